/**
 * PostgreSQL and Redis servers of a test's own, on free ports of 127.0.0.1, so a fault test can stop, kill and
 * restart them without touching the machine's shared 5432 and 6379. Both are the real Debian servers; their
 * data lives in a fresh temporary folder that is removed when they are closed.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { isAlive } from './processes.js';
import { waitFor } from './system.js';

const run = promisify(execFile);
const PG_BIN = '/usr/lib/postgresql/15/bin';
/** Servers are started as root by the tests; PostgreSQL refuses to run as root, so it runs as this OS user. */
const PG_OS_USER = 'postgres';
/** A start or stop of either server takes well under a second here; this only bounds a broken one. */
const SERVER_DEADLINE_MS = 60_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface PrivatePostgres {
  port: number;
  /** The `postgres` database as the `postgres` user (trust authentication on 127.0.0.1). */
  url: string;
  /** A clean shutdown (`pg_ctl stop -m fast`): connections are closed, committed data is kept. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** SIGKILL of the postmaster and its backends, by pid: a crash. */
  kill(): Promise<void>;
  /** The server's own log, for failure messages. */
  logTail(lines?: number): string;
  /** Stops the server (killing it if it will not stop) and removes its data. */
  close(): Promise<void>;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  if (!existsSync(path.join(PG_BIN, 'initdb'))) throw new Error(`PostgreSQL 15's server programs are not in ${PG_BIN} (Debian: apt-get install postgresql-15)`);
  if (process.getuid?.() !== 0) throw new Error(`a private PostgreSQL is started as the ${PG_OS_USER} OS user through runuser, which needs root`);
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-fault-pg-'));
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const [uid, gid] = await Promise.all([idOf('-u'), idOf('-g')]);
  chmodSync(dir, 0o755);
  chownSync(dir, uid, gid);
  const asPostgres = (bin: string, args: string[]) => run('runuser', ['-u', PG_OS_USER, '--', path.join(PG_BIN, bin), ...args], { timeout: SERVER_DEADLINE_MS });
  await asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // Durability settings off for speed: a clean stop still keeps every committed row, and a kill is a process
  // crash, not a power loss, so the server still recovers from its WAL in the page cache.
  appendFileSync(
    path.join(data, 'postgresql.conf'),
    [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 100',
      'shared_buffers = 32MB',
      '',
    ].join('\n'),
  );
  const start = () => asPostgres('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', 'start']).then(() => undefined);
  const postmasterPid = () => Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const running = () => {
    try {
      return isAlive(postmasterPid());
    } catch {
      return false;
    }
  };
  const kill = async () => {
    const pid = postmasterPid();
    const children = await childPids(pid);
    process.kill(pid, 'SIGKILL');
    // Backends leave by themselves once their postmaster is gone; a new postmaster refuses to start while any
    // of them still holds the old shared memory, so wait for them (and kill any that lingers).
    const all = [pid, ...children];
    await waitFor(async () => all.every((p) => !isAlive(p)), 5000, 'the old backends to exit').catch(() => {
      for (const p of all) if (isAlive(p)) process.kill(p, 'SIGKILL');
    });
    await waitFor(async () => all.every((p) => !isAlive(p)), 5000, 'the killed backends to exit');
  };
  await start();
  onTestProcessExit(() => running() && process.kill(postmasterPid(), 'SIGKILL'));
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop: () => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']).then(() => undefined),
    kill,
    logTail: (lines = 20) => tail(logFile, lines),
    async close() {
      if (running()) {
        await asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '20', 'stop']).catch(() => kill());
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivateRedis {
  port: number;
  url: string;
  /** Whether writes are kept in an append-only file (fsync on every write) across a restart. */
  appendOnly: boolean;
  /** SIGKILL by pid: no shutdown save, whatever is not in the AOF is gone. */
  kill(): Promise<void>;
  /** Starts it on the same port; `wipe` empties its data folder first (a server that lost its data). */
  start(options?: { wipe?: boolean }): Promise<void>;
  logTail(lines?: number): string;
  close(): Promise<void>;
}

export async function startPrivateRedis(options: { appendOnly: boolean }): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-fault-redis-'));
  const dataDir = path.join(dir, 'data');
  const log: string[] = [];
  let child: ChildProcess | null = null;
  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--save', '',
    '--appendonly', options.appendOnly ? 'yes' : 'no', '--appendfsync', 'always', '--dir', dataDir,
  ];
  const start = async (o: { wipe?: boolean } = {}) => {
    if (o.wipe) rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${log.slice(-10).join('\n')}`)), SERVER_DEADLINE_MS);
      const onLine = (line: string) => {
        log.push(line);
        if (/Ready to accept connections/.test(line)) {
          clearTimeout(timer);
          resolve();
        }
      };
      createInterface({ input: proc.stdout! }).on('line', onLine);
      createInterface({ input: proc.stderr! }).on('line', onLine);
      proc.once('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`redis-server could not be started (Debian: apt-get install redis-server): ${err.message}`));
      });
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code ?? signal}):\n${log.slice(-10).join('\n')}`));
      });
    });
    await ready;
  };
  const kill = async () => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
  };
  await start();
  onTestProcessExit(() => child?.kill('SIGKILL'));
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    appendOnly: options.appendOnly,
    kill,
    start,
    logTail: (lines = 20) => log.slice(-lines).join('\n'),
    async close() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The last resort when a test process dies without its afterAll (a crash, a timeout kill): no server of ours
 * outlives it. Only synchronous work is possible here, so it is a SIGKILL; the data folder stays in /tmp.
 */
function onTestProcessExit(killServer: () => unknown): void {
  process.once('exit', () => {
    try {
      killServer();
    } catch {
      // already gone
    }
  });
}

async function idOf(flag: '-u' | '-g'): Promise<number> {
  return Number((await run('id', [flag, PG_OS_USER])).stdout.trim());
}

async function childPids(pid: number): Promise<number[]> {
  try {
    return (await run('pgrep', ['-P', String(pid)])).stdout.split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
