/** Shared pieces of the benchmarks: a scratch database, progress lines, child processes, markdown tables. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { packageRoot } from '../src/paths.js';
import { migrate } from '../src/store/migrate.js';
import { createLogger } from '../src/telemetry/logger.js';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const quick = process.argv.includes('--quick');

const started = Date.now();
/** Progress goes to stderr, results to stdout. */
export function progress(message: string): void {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
}

export async function scratchDatabase(queueSchema: string | null): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pathsmith_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  await migrate(url.toString(), createLogger('cli', 'silent'), queueSchema);
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Starts `pathsmith <args>` and resolves once it logs `readyMsg`. */
export async function startRole(args: string[], env: Record<string, string>, readyMsg: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(packageRoot, 'bin', 'pathsmith.js'), ...args], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes(`"msg":"${readyMsg}"`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.resume();
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  return child;
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
