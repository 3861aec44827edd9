/**
 * A private PgBouncer (Debian's package; .ci/run installs it) in transaction pooling mode, in front of the test
 * PostgreSQL: its own ini file and port in a temporary folder, stopped by its pid.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../src/supervisor/free-port.js';
import { waitFor } from './system.js';

export const PGBOUNCER = '/usr/sbin/pgbouncer';

export interface PgBouncer {
  port: number;
  /** `url` (a direct PostgreSQL URL) rewritten to go through this PgBouncer. */
  through(url: string): string;
  /** Rows of the admin console's `SHOW <what>` (POOLS, STATS, …). */
  show(what: string): Promise<Array<Record<string, unknown>>>;
  stop(): Promise<void>;
}

export async function startPgBouncer(upstream: { host: string; port: number; user: string }): Promise<PgBouncer> {
  if (!existsSync(PGBOUNCER)) throw new Error(`${PGBOUNCER} not found: install it (apt-get install -y pgbouncer); .ci/run does.`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-pgbouncer-'));
  // PgBouncer refuses to run as root; as root it is told to switch to `nobody`, who must write its log here.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chmodSync(dir, 0o777);
  const port = await freePort();
  const ini = path.join(dir, 'pgbouncer.ini');
  writeFileSync(path.join(dir, 'users.txt'), `"${upstream.user}" ""\n`);
  writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${upstream.host} port=${upstream.port}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 500',
      'default_pool_size = 20',
      `admin_users = ${upstream.user}`,
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      ...(asRoot ? ['user = nobody'] : []),
      '',
    ].join('\n'),
  );
  const proc = spawn(PGBOUNCER, [ini], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const log = () => (existsSync(path.join(dir, 'pgbouncer.log')) ? readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8') : '') + stderr;
  await waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        if (proc.exitCode !== null) return resolve(false);
        const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
        socket.once('error', () => resolve(false));
      }),
    10_000,
    'PgBouncer to listen',
  ).catch((err: unknown) => {
    proc.kill('SIGKILL');
    throw new Error(`${String(err)}\n${log()}`);
  });
  const admin = `postgres://${upstream.user}@127.0.0.1:${port}/pgbouncer`;
  return {
    port,
    through(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    async show(what) {
      if (!/^[A-Z_]+$/.test(what)) throw new Error(`not a SHOW command: ${what}`);
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        return (await client.query(`SHOW ${what}`)).rows as Array<Record<string, unknown>>;
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
