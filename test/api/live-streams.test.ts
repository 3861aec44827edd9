/**
 * Live streams at scale: watchers of one roadmap share one reader (the database work does not grow with them),
 * streams are capped per client and per process with Retry-After, and a stream that cannot go on ends with an
 * `error` event.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertLogBatch } from '../../src/store/sql/execution-logs.js';
import { client, newApiKey, signUp } from '../helpers/accounts.js';
import { insertBareRoadmap } from '../helpers/db.js';
import { readSse } from '../helpers/sse.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

/** Counts the statements the API's pool runs that read the live log, over a window. */
function countLiveReads(sys: TestSystem) {
  let reads = 0;
  const original = sys.api.pool.query.bind(sys.api.pool) as (...args: unknown[]) => unknown;
  (sys.api.pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('pg_snapshot_xmin')) reads++;
    return original(...args);
  };
  return { get reads() { return reads; }, reset: () => (reads = 0) };
}

describe('live streams', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem('postgres', { content: false, env: { SSE_HEARTBEAT_MS: '200', SSE_MAX_STREAMS_PER_CLIENT: '60' } });
  });
  afterAll(() => sys?.close());

  const url = (id: string) => `${sys.baseUrl}/v1/roadmaps/${id}/events`;

  it('fifty watchers of one roadmap share one reader: the feed reads as often as for one watcher', async () => {
    const id = await insertBareRoadmap(sys.api.pool, 'Learn Go');
    const counter = countLiveReads(sys);
    const one = readSse(url(id));
    await waitFor(async () => one.comments.length >= 2, 5000, 'the first heartbeats');
    counter.reset();
    await waitFor(async () => one.comments.length >= 12, 10_000, 'two seconds of heartbeats');
    const alone = counter.reads;
    const many = Array.from({ length: 49 }, () => readSse(url(id)));
    await waitFor(async () => many.every((s) => s.comments.length >= 2), 10_000, 'every watcher connected');
    counter.reset();
    const before = one.comments.length;
    await waitFor(async () => one.comments.length >= before + 10, 10_000, 'two more seconds of heartbeats');
    // The same idle polling as with one watcher (within a poll or two of timing noise), not fifty times it.
    expect(counter.reads).toBeLessThanOrEqual(alone + 2);
    for (const s of [one, ...many]) s.stop();
  }, 30_000);

  it('watchers joining a watched roadmap replay its stored log from the feed, with no query of their own', async () => {
    const id = await insertBareRoadmap(sys.api.pool, 'Learn SQL');
    const at = Date.now();
    await insertLogBatch(
      sys.api.pool,
      Array.from({ length: 30 }, (_, i) => ({
        id: randomUUID(), roadmapId: id, seq: i + 1, level: 'info' as const, category: 'agent' as const, step: null, agent: null, conceptId: null,
        message: `event ${i}`, details: null, durationMs: null, requestId: null, clientRequestId: null, time: new Date(at + i).toISOString(),
      })),
    );
    const first = readSse(url(id));
    await waitFor(async () => first.events.length === 30 && first.comments.length >= 2, 5000, 'the first watcher live');
    const counter = countLiveReads(sys);
    const joined = Array.from({ length: 20 }, () => readSse(url(id)));
    await waitFor(async () => joined.every((s) => s.events.length === 30), 10_000, 'every watcher replayed');
    // Twenty replays, and at most the feed's own idle polls meanwhile: not one read per watcher.
    expect(counter.reads).toBeLessThanOrEqual(3);
    for (const s of joined) expect(s.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    for (const s of [first, ...joined]) s.stop();
  }, 30_000);

  it('a stream whose feed cannot read the log ends with an error event', async () => {
    const id = await insertBareRoadmap(sys.api.pool, 'Learn SQL');
    const stream = readSse(url(id));
    await waitFor(async () => stream.comments.length >= 1, 5000, 'the stream');
    // The log table is renamed away under the feed: every read now fails, as in an outage of that table.
    await sys.api.pool.query('ALTER TABLE execution_logs RENAME TO execution_logs_away');
    try {
      await waitFor(async () => stream.events.some((e) => e.event === 'error'), 10_000, 'the error event');
      await stream.done;
      expect(JSON.parse(stream.events.find((e) => e.event === 'error')!.data)).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE' });
    } finally {
      await sys.api.pool.query('ALTER TABLE execution_logs_away RENAME TO execution_logs');
    }
  }, 30_000);
});

describe('live stream caps', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem('postgres', { content: false, env: { AUTH_MODE: 'accounts', SSE_MAX_STREAMS: '8', SSE_MAX_STREAMS_PER_CLIENT: '5', SSE_HEARTBEAT_MS: '200' } });
  });
  afterAll(() => sys?.close());

  it('past the per-client cap: 429 TOO_MANY_STREAMS; past the per-process cap: 503 STREAMS_AT_CAPACITY; both with Retry-After', async () => {
    const users = await Promise.all(['a@example.com', 'b@example.com'].map(async (email) => {
      const key = await newApiKey(sys.baseUrl, (await signUp(sys.baseUrl, email)).cookie);
      const headers = { authorization: `Bearer ${key}` };
      const id = (await client(sys.baseUrl, { apiKey: key })('POST', '/v1/roadmaps', { goal: 'Learn Go' })).body.id as string;
      return { headers, url: `${sys.baseUrl}/v1/roadmaps/${id}/events` };
    }));
    const [a, b] = users as [(typeof users)[0], (typeof users)[0]];
    const refusal = async (u: typeof a) => {
      const res = await fetch(u.url, { headers: u.headers });
      return [res.status, ((await res.json()) as { error: { code: string } }).error.code, Number(res.headers.get('retry-after')) > 0];
    };
    const streams = Array.from({ length: 5 }, () => readSse(a.url, a.headers));
    await waitFor(async () => streams.every((s) => s.comments.length >= 1), 10_000, 'five streams of one user');
    expect(await refusal(a)).toEqual([429, 'TOO_MANY_STREAMS', true]);
    streams.push(...Array.from({ length: 3 }, () => readSse(b.url, b.headers)));
    await waitFor(async () => streams.every((s) => s.comments.length >= 1), 10_000, 'eight streams in all');
    expect(await refusal(b)).toEqual([503, 'STREAMS_AT_CAPACITY', true]);
    // Closing one gives its place back.
    streams.pop()!.stop();
    await waitFor(async () => {
      const res = await fetch(b.url, { headers: b.headers, signal: AbortSignal.timeout(1000) }).catch(() => null);
      await res?.body?.cancel();
      return res?.status === 200;
    }, 10_000, 'a place given back');
    for (const s of streams) s.stop();
  }, 30_000);
});
