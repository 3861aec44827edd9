/**
 * `pathsmith start`: one command that runs the whole system on one machine. It starts the embedded PostgreSQL
 * when no DATABASE_URL is set, applies migrations, then runs api, content-worker and logs-worker as child
 * processes; a child that dies is restarted with exponential backoff; SIGINT/SIGTERM stops the children
 * first, then the database, and exits. Each child gets its own metrics port (METRICS_PORT and the next two, or
 * free ones). On a terminal the children log JSON to the supervisor, which prints it readably (./console.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ConfigError, directDatabaseUrl, type Config } from '../config.js';
import { packageRoot } from '../paths.js';
import { queueSchemaOf } from '../runtime.js';
import { migrate } from '../store/migrate.js';
import { loggerFor, prettyLogs } from '../telemetry/logger.js';
import { EXIT_CONFIG } from '../cli/exit-codes.js';
import { banner, relayPretty } from './console.js';
import type { KeeperMessage } from './db-keeper.js';
import { freePort } from './free-port.js';

const CHILDREN = [
  { name: 'api', args: ['api'] },
  { name: 'content-worker', args: ['worker', 'content'] },
  { name: 'logs-worker', args: ['worker', 'logs'] },
] as const;

/** A child that ran this long before dying is taken as healthy again: its backoff starts over. */
const STABLE_AFTER_MS = 30_000;
/**
 * How often the supervisor checks that whoever started it is still there. `npm start` and `npx` put a shell
 * between npm and this process that does not pass SIGTERM on; when npm is killed, this process is re-parented
 * (its parent pid changes) and stops by itself instead of running on unseen.
 */
const PARENT_CHECK_MS = 1000;

type ChildState = 'running' | 'backoff' | 'stopped';

interface Supervised {
  name: string;
  args: readonly string[];
  process: ChildProcess | null;
  state: ChildState;
  failures: number;
  startedAt: number;
}

/** METRICS_PORT and the next ports, one per child in CHILDREN's order; with 0, free ones. */
async function metricsPortsOf(config: Config): Promise<Record<string, number>> {
  const ports: Record<string, number> = {};
  for (const [i, c] of CHILDREN.entries()) ports[c.name] = config.METRICS_PORT > 0 ? config.METRICS_PORT + i : await freePort();
  return ports;
}

/** Starts the db keeper and waits for the embedded database's URL. */
async function startKeeper(): Promise<{ url: string; stop(): Promise<void> }> {
  const keeper = fork(fileURLToPath(new URL('./db-keeper.js', import.meta.url)), [], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => keeper.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    keeper.once('message', (msg: KeeperMessage) => (msg.type === 'ready' ? resolve(msg.url) : reject(new ConfigError([`embedded PostgreSQL: ${msg.message}`]))));
    keeper.once('exit', (code) => reject(new Error(`the embedded PostgreSQL keeper exited (code ${code})`)));
  });
  return {
    url,
    async stop() {
      if (keeper.connected) keeper.send({ type: 'stop' });
      await exited;
    },
  };
}

export async function runSupervisor(config: Config): Promise<void> {
  const logger = loggerFor('supervisor', config);
  let db: { stop(): Promise<void> } | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    const keeper = await startKeeper();
    db = keeper;
    url = keeper.url;
  }
  await migrate(directDatabaseUrl(config, url), logger, queueSchemaOf(config));

  const bin = path.join(packageRoot, 'bin', 'pathsmith.js');
  const pretty = prettyLogs(config);
  const metricsPorts = await metricsPortsOf(config);
  // Printing readably, the supervisor reads its children's JSON; their per-request lines stay off unless asked for.
  const logEnv = pretty ? { LOG_FORMAT: 'json', ...(config.LOG_REQUESTS === undefined ? { LOG_REQUESTS: 'false' } : {}) } : {};
  const env = { ...process.env, ...logEnv, DATABASE_URL: url };
  let announced = false;
  let apiAnnouncement: { url: string; authMode: string } | null = null;
  const ready = new Set<string>();
  /** The banner, once: when the API listens and both workers are up. */
  const announce = () => {
    if (announced || !apiAnnouncement || ready.size < CHILDREN.length) return;
    announced = true;
    if (pretty) process.stdout.write(banner({ ...apiAnnouncement, dataDir: db ? config.dataDir : null, queueBackend: config.queueBackend, metricsPorts }));
  };
  const children: Supervised[] = CHILDREN.map((c) => ({ ...c, process: null, state: 'stopped', failures: 0, startedAt: 0 }));
  let shuttingDown = false;

  const spawnChild = (child: Supervised) => {
    // Own process group: a Ctrl-C in the terminal reaches only the supervisor, which stops children in order.
    const proc = fork(bin, [...child.args], {
      env: { ...env, METRICS_PORT: String(metricsPorts[child.name]) },
      detached: true,
      stdio: ['ignore', pretty ? 'pipe' : 'inherit', pretty ? 'pipe' : 'inherit', 'ipc'],
    });
    if (pretty) relayPretty(proc.stdout!, proc.stderr!);
    child.process = proc;
    child.state = 'running';
    child.startedAt = Date.now();
    proc.on('message', (msg: { type?: string; url?: string; authMode?: string }) => {
      if (msg?.type === 'listening') {
        const url = String(msg.url);
        if (!pretty) {
          const mode = msg.authMode === 'accounts' ? 'accounts (log in or sign up)' : 'local (one learner, no login)';
          logger.info({ url, authMode: msg.authMode, metricsPorts }, `Pathsmith API listening on ${url} (docs at ${url}/docs); mode: ${mode}`);
        }
        apiAnnouncement = { url, authMode: String(msg.authMode) };
        ready.add(child.name);
        process.send?.(msg);
      }
      if (msg?.type === 'ready') ready.add(child.name);
      announce();
    });
    proc.on('exit', (code, signal) => {
      child.process = null;
      if (shuttingDown) return;
      if (code === EXIT_CONFIG) {
        logger.fatal({ child: child.name, code }, 'child cannot start with this configuration; stopping');
        void shutdown(1);
        return;
      }
      if (Date.now() - child.startedAt > STABLE_AFTER_MS) child.failures = 0;
      child.failures++;
      const delay = Math.min(config.RESTART_BACKOFF_MAX_MS, config.RESTART_BACKOFF_MS * 2 ** (child.failures - 1));
      child.state = 'backoff';
      logger.error({ child: child.name, code, signal, restartInMs: delay }, 'child exited; restarting');
      setTimeout(() => {
        if (!shuttingDown) spawnChild(child);
      }, delay).unref();
    });
  };

  const shutdown = async (exitCode: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info('stopping children');
    const exits = children
      .filter((c) => c.process)
      .map(
        (c) =>
          new Promise<void>((resolve) => {
            const p = c.process!;
            p.once('exit', () => resolve());
            p.kill('SIGTERM');
          }),
      );
    const done = Promise.all(exits);
    const timedOut = await Promise.race([done.then(() => false), sleep(config.SHUTDOWN_TIMEOUT_MS).then(() => true)]);
    if (timedOut) {
      logger.warn('children did not stop in time; killing them');
      for (const c of children) c.process?.kill('SIGKILL');
      await done;
    }
    for (const c of children) c.state = 'stopped';
    if (db) {
      logger.info('stopping embedded PostgreSQL');
      await db.stop();
    }
    logger.info('stopped');
    process.exit(exitCode);
  };

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      logger.info({ signal }, 'stopping');
      void shutdown(0);
    });
  }
  watchParent(() => {
    logger.warn('the process that started pathsmith is gone; stopping');
    void shutdown(0);
  });
  for (const c of children) spawnChild(c);
}

/** Calls `onGone` once if this process is re-parented, i.e. the process that started it has died. */
function watchParent(onGone: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone();
  }, PARENT_CHECK_MS);
  timer.unref();
}
