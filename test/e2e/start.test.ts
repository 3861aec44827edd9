/**
 * `pathsmith start` as a new user runs it: no DATABASE_URL, no REDIS_URL. It boots the embedded PostgreSQL,
 * serves a round trip through BullMQ's PostgreSQL backend, and on SIGTERM stops leaving no process behind.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/system.js';
import { isAlive, spawnPathsmith, type Spawned } from '../helpers/processes.js';

const isRoot = process.getuid?.() === 0;
// Run as the current user; when that is root, also as an unprivileged one (PostgreSQL then runs as that user).
const users: Array<string | undefined> = isRoot ? [undefined, 'nobody'] : [undefined];

describe.each(users)('pathsmith start (embedded default) as %s', (asUser) => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-start-'));
  // As root the embedded server runs as the postgres user, which must be able to reach the data folder.
  chmodSync(tmp, 0o755);
  if (asUser) execFileSync('chown', [asUser, tmp]);
  const dataDir = path.join(tmp, 'data');
  let sup: Spawned | undefined;

  afterAll(() => {
    if (sup && sup.proc.exitCode === null) sup.proc.kill('SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
  });

  it('boots, completes a roadmap, keeps its data, and stops cleanly', async () => {
    sup = spawnPathsmith(['start'], {
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      PATHSMITH_DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'info',
    }, asUser);
    const ready = await sup.waitForLine((l) => l.service === 'supervisor' && typeof l.url === 'string', 90_000);
    const base = String(ready.url);
    const postgresPid = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(postgresPid)).toBe(true);

    const res = await fetch(`${base}/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ goal: 'Learn Go for backend development', hoursPerWeek: 8, weeks: 10 }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const done = await waitFor(async () => {
      const body = (await (await fetch(`${base}/v1/roadmaps/${id}`)).json()) as { status: string; outline?: { stages: unknown[] } };
      return body.status === 'completed' ? body : undefined;
    }, 10_000, 'the roadmap to complete within 10 s');
    expect(done.outline?.stages.length).toBeGreaterThan(0);
    expect(((await (await fetch(`${base}/readyz`)).json()) as { status: string }).status).toBe('ready');

    // A crashed child is restarted by the supervisor.
    const worker = await sup.waitForLine((l) => l.service === 'content-worker' && l.msg === 'content worker ready');
    process.kill(Number(worker.pid), 'SIGKILL');
    await sup.waitForLine((l) => l.service === 'supervisor' && l.msg === 'child exited; restarting' && l.child === 'content-worker');
    const restarted = await sup.waitForLine((l) => l.service === 'content-worker' && l.msg === 'content worker ready' && l.pid !== worker.pid);
    expect(isAlive(Number(restarted.pid))).toBe(true);

    const childPids = [...new Set(sup.lines.filter((l) => ['api', 'content-worker', 'logs-worker'].includes(String(l.service))).map((l) => Number(l.pid)))];
    expect(childPids.length).toBeGreaterThanOrEqual(4);
    expect(readFileSync(path.join(dataDir, 'database.url'), 'utf8')).toMatch(/^postgres:\/\/.*127\.0\.0\.1/);

    // Signal the supervisor itself (under runuser, sup.proc is runuser).
    process.kill(Number(ready.pid), 'SIGTERM');
    const exit = await sup.exited;
    expect(exit.code).toBe(0);
    for (const pid of [...childPids, postgresPid]) expect(isAlive(pid), `pid ${pid} still running`).toBe(false);
    expect(sup.lines.filter((l) => l.level === 'error' || l.level === 'fatal').map((l) => l.msg)).toEqual(['child exited; restarting']);
    expect(existsSync(path.join(dataDir, 'database.url'))).toBe(false);
    // The data folder is kept for the next start.
    expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
  }, 150_000);
});
