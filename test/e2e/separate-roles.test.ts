/**
 * The deployed shape: api (two cluster processes), content worker and logs worker each started on its own
 * against PostgreSQL and Redis. A request completes, and its job went through Redis.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { spawnPathsmith, type Spawned } from '../helpers/processes.js';
import { clearRedisNamespace, TEST_REDIS_URL } from '../helpers/services.js';
import { waitFor } from '../helpers/system.js';
import { freePort } from '../../src/supervisor/free-port.js';

describe('three roles as separate processes on PostgreSQL and Redis', () => {
  let db: TestDatabase;
  const namespace = `roles_${randomBytes(4).toString('hex')}`;
  const procs: Spawned[] = [];
  beforeAll(async () => {
    db = await createTestDatabase({ queueSchema: null });
  });
  afterAll(async () => {
    for (const p of procs) if (p.proc.exitCode === null) p.proc.kill('SIGKILL');
    await clearRedisNamespace(namespace);
    await db?.drop();
  });

  it('serves a round trip, with WEB_CONCURRENCY=2 API processes, through Redis', async () => {
    const env = { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, QUEUE_NAMESPACE: namespace, LOG_LEVEL: 'info', PORT: '0' };
    const metricsPort = await freePort();
    const api = spawnPathsmith(['api'], { ...env, WEB_CONCURRENCY: '2', METRICS_PORT: String(metricsPort) });
    const content = spawnPathsmith(['worker', 'content'], env);
    const logs = spawnPathsmith(['worker', 'logs'], env);
    procs.push(api, content, logs);
    await content.waitForLine((l) => l.msg === 'content worker ready');
    await logs.waitForLine((l) => l.msg === 'logs worker ready');
    const listening = await api.waitForLine((l) => l.msg === 'API listening');
    await waitFor(async () => new Set(api.lines.filter((l) => l.msg === 'API listening').map((l) => l.pid)).size === 2, 20_000, 'two API processes');
    const base = String(listening.url);

    const res = await fetch(`${base}/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'separate-roles' },
      body: JSON.stringify({ goal: 'Learn Go for backend development', hoursPerWeek: 8, weeks: 10 }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const requestId = res.headers.get('x-request-id');
    expect(res.headers.get('x-client-request-id')).toBe('separate-roles');
    await waitFor(async () => ((await (await fetch(`${base}/v1/roadmaps/${id}`)).json()) as { status: string }).status === 'completed', 15_000, 'completion');

    // The job is in Redis under this deployment's prefix, completed; PostgreSQL has no queue schema at all.
    const redis = new Redis(TEST_REDIS_URL);
    expect(await redis.hget(`${namespace}:roadmap:roadmap-${id}`, 'finishedOn')).toBeTruthy();
    expect(await redis.zscore(`${namespace}:roadmap:completed`, `roadmap-${id}`)).not.toBeNull();
    await redis.quit();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = 'bullmq'`);
    await client.end();
    expect(rows).toHaveLength(0);

    // The worker's log lines for this job carry the request's (server) id and the roadmap id.
    await waitFor(async () => content.lines.some((l) => l.msg === 'roadmap finished'), 5000, 'the worker log line');
    const line = content.lines.find((l) => l.msg === 'roadmap finished');
    expect(line).toMatchObject({ roadmapId: id, requestId, service: 'content-worker', status: 'completed' });

    // One metrics port for the two API processes: the cluster primary adds up what each reports.
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/^pathsmith_db_pool_max_connections\{role="api",pool="app"\} 20$/m);
    expect(metrics).toMatch(/^http_request_duration_seconds_count\{route="\/v1\/roadmaps",method="POST",status_code="202"\} 1$/m);

    for (const p of [api, content, logs]) p.proc.kill('SIGTERM');
    const exits = await Promise.all([api.exited, content.exited, logs.exited]);
    expect(exits.map((e) => e.code)).toEqual([0, 0, 0]);
  }, 90_000);
});
