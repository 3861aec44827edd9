/**
 * The live event stream: replay after the end, resume by Last-Event-ID, heartbeats, and the replay/live seam
 * under concurrent writers, checked event by event.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogProducer } from '../../src/logsink/producer.js';
import { createQueueKit } from '../../src/queue/kit.js';
import { claimRun, finishRun } from '../../src/store/sql/roadmap-runs.js';
import { createLogger } from '../../src/telemetry/logger.js';
import { emitOutcome } from '../../src/logsink/outcome.js';
import { insertBareRoadmap } from '../helpers/db.js';
import { TEST_REDIS_URL } from '../helpers/services.js';
import { readSse } from '../helpers/sse.js';
import { startSystem, waitFor, type Backend, type TestSystem } from '../helpers/system.js';

describe.each<Backend>(['postgres', 'redis'])('GET /v1/roadmaps/:id/events (%s)', (backend) => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem(backend, { env: { SSE_HEARTBEAT_MS: '200' } });
  });
  afterAll(() => sys?.close());

  const logIds = async (id: string) =>
    (await sys.api.pool.query<{ id: string }>('SELECT id FROM execution_logs WHERE roadmap_id = $1', [id])).rows.map((r) => r.id).sort();

  it('replays a finished roadmap in full and ends with its status; resumes exactly after Last-Event-ID', async () => {
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ goal: 'Learn SQL', weeks: 2 }) });
    const { id } = (await res.json()) as { id: string };
    await waitFor(async () => ((await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}`)).json()) as { status: string }).status === 'completed', 15_000, 'completion');
    // Let the last batches land, then compare against the table.
    await waitFor(async () => (await logIds(id)).length > 0 && (await sys.api.pool.query('SELECT 1 FROM execution_logs WHERE roadmap_id = $1 AND message = $2', [id, 'Roadmap completed'])).rowCount === 1, 10_000, 'logs');
    const full = readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events`);
    await full.done;
    const logs = full.events.filter((e) => e.event === 'log');
    expect(full.events.at(-1)).toMatchObject({ event: 'end', data: JSON.stringify({ status: 'completed' }) });
    expect(logs.map((e) => (JSON.parse(e.data) as { id: string }).id).sort()).toEqual(await logIds(id));

    const k = Math.floor(logs.length / 2);
    const resumed = readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events`, { 'last-event-id': logs[k - 1]!.id! });
    await resumed.done;
    expect(resumed.events.filter((e) => e.event === 'log').map((e) => e.id)).toEqual(logs.slice(k).map((e) => e.id));
    const viaQuery = readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events?after=${logs[k - 1]!.id}`);
    await viaQuery.done;
    expect(viaQuery.events.filter((e) => e.event === 'log')).toHaveLength(logs.length - k);

    const bad = await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/events?after=nonsense`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('INVALID_CURSOR');
    expect((await fetch(`${sys.baseUrl}/v1/roadmaps/${randomUUID()}/events`)).status).toBe(404);
  });

  it('has no gap and no duplicate at the replay/live seam under concurrent writers, and ends after the outcome', async () => {
    const id = await insertBareRoadmap(sys.api.pool, 'Seam test');
    await claimRun(sys.api.pool, id, 0);
    // Three independent producers (as three processes would be), each with its own queue connection.
    const producers = Array.from({ length: 3 }, () => {
      const kit = createQueueKit({ redisUrl: backend === 'redis' ? TEST_REDIS_URL : null, databaseUrl: sys.config.DATABASE_URL!, namespace: sys.config.QUEUE_NAMESPACE, postgresPoolMax: 2, connectionName: 'pathsmith:test' });
      return { kit, producer: new LogProducer(kit.queue('logs'), { batchSize: 7, flushMs: 5, bufferMax: 100_000 }, createLogger('cli', 'silent')) };
    });
    const burst = async (n: number) => {
      await Promise.all(
        producers.map(async ({ producer }, p) => {
          for (let i = 0; i < n; i++) {
            producer.emit({ roadmapId: id, level: 'info', category: 'agent', message: `p${p} e${i}` });
            if (i % 10 === 0) await new Promise((r) => setTimeout(r, 1));
          }
          await producer.flush();
        }),
      );
    };
    await burst(40); // before the client connects
    await waitFor(async () => (await logIds(id)).length === 120, 10_000, 'the first burst');
    const stream = readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events`);
    await burst(100); // while it replays and switches to live
    // Streams that join while the first is live replay from the feed's memory, not the database.
    const joined = [readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events`)];
    await burst(60);
    joined.push(readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events`));
    await finishRun(sys.api.pool, id, 0, { status: 'completed', step: 'done', error: null });
    emitOutcome(producers[0]!.producer, { roadmapId: id, requestId: null, jobSeq: 0 }, 'completed', 'done');
    await producers[0]!.producer.flush();
    await stream.done;
    await Promise.all(joined.map((j) => j.done));
    for (const { producer, kit } of producers) {
      await producer.close();
      await kit.close();
    }
    const received = stream.events.filter((e) => e.event === 'log').map((e) => (JSON.parse(e.data) as { id: string }).id);
    expect(new Set(received).size).toBe(received.length); // no duplicate
    expect([...received].sort()).toEqual(await logIds(id)); // no gap
    expect(received).toHaveLength(3 * 200 + 1);
    expect(stream.events.at(-1)).toMatchObject({ event: 'end' });
    // Every stream that joined later got exactly the same events, in the same order.
    for (const j of joined) {
      expect(j.events.filter((e) => e.event === 'log').map((e) => e.id)).toEqual(stream.events.filter((e) => e.event === 'log').map((e) => e.id));
      expect(j.events.at(-1)).toMatchObject({ event: 'end' });
    }
  }, 60_000);

  it('sends heartbeats on an idle stream and stays open for a roadmap that is waiting', async () => {
    const id = await insertBareRoadmap(sys.api.pool, 'Idle');
    await sys.api.pool.query(`UPDATE roadmaps SET status = 'awaiting_review' WHERE id = $1`, [id]);
    const stream = readSse(`${sys.baseUrl}/v1/roadmaps/${id}/events`);
    await waitFor(async () => stream.comments.filter((c) => c === 'heartbeat').length >= 2, 5000, 'two heartbeats');
    expect(stream.events.filter((e) => e.event === 'end')).toHaveLength(0);
    stream.stop();
    await stream.done;
  });
});
