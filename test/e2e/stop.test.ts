/**
 * `pathsmith start` stops when asked, however it is asked: SIGTERM to the npm process that started it (npm
 * puts a shell in between that does not pass the signal on), or SIGHUP when its terminal closes. Either way
 * no supervisor, role, database keeper or PostgreSQL process is left behind.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, spawnCommand, spawnPathsmith, type Spawned } from '../helpers/processes.js';
import { waitFor } from '../helpers/system.js';

/** A stop runs the roles' shutdown and then PostgreSQL's; well within this on a busy two-core machine. */
const STOPPED_WITHIN_MS = 30_000;

const started: Spawned[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const s of started) if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function dataDir(): string {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-stop-'));
  // As root the embedded server runs as the postgres user, which must be able to reach the data folder.
  chmodSync(tmp, 0o755);
  dirs.push(tmp);
  return path.join(tmp, 'data');
}

const env = (dir: string) => ({ DATABASE_URL: undefined, REDIS_URL: undefined, PATHSMITH_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'info' });

/** Every process of a running `pathsmith start`: the supervisor, its roles and keeper, and PostgreSQL. */
async function processesOf(s: Spawned, dir: string): Promise<number[]> {
  const ready = await s.waitForLine((l) => l.service === 'supervisor' && typeof l.url === 'string', 90_000);
  await s.waitForLine((l) => l.service === 'content-worker' && l.msg === 'content worker ready');
  await s.waitForLine((l) => l.service === 'logs-worker' && l.msg === 'logs worker ready');
  const roles = s.lines.filter((l) => ['api', 'content-worker', 'logs-worker', 'supervisor'].includes(String(l.service))).map((l) => Number(l.pid));
  const postgres = Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return [...new Set([Number(ready.pid), ...roles, postgres])];
}

async function allGone(pids: number[]): Promise<void> {
  await waitFor(async () => pids.every((pid) => !isAlive(pid)), STOPPED_WITHIN_MS, `pids ${pids.filter(isAlive).join(', ')} to exit`);
}

describe('pathsmith start stops when asked', () => {
  it('kill -TERM of the npm process that runs `npm start` leaves no process', async () => {
    const dir = dataDir();
    const npm = spawnCommand(['npm', 'start', '--silent'], env(dir), 'npm start');
    started.push(npm);
    const pids = await processesOf(npm, dir);
    expect(pids.length).toBeGreaterThanOrEqual(5);
    npm.proc.kill('SIGTERM');
    await allGone(pids);
  }, 150_000);

  it('SIGHUP (the terminal closed) stops it cleanly, exit 0', async () => {
    const dir = dataDir();
    const sup = spawnPathsmith(['start'], env(dir));
    started.push(sup);
    const pids = await processesOf(sup, dir);
    sup.proc.kill('SIGHUP');
    expect((await sup.exited).code).toBe(0);
    await allGone(pids);
  }, 150_000);
});
