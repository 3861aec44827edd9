/**
 * Group commit on POST /v1/roadmaps: concurrent requests are stored by shared INSERTs (rows of one batch share
 * the transaction id that wrote them) and enqueued together, each answered as if alone — idempotency keys,
 * quotas and admission order intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/api/group-commit.js';
import { client, newApiKey, signUp } from '../helpers/accounts.js';
import { startSystem, type TestSystem } from '../helpers/system.js';

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as Record<string, any>,
  }));

describe('GroupCommit', () => {
  const recorder = (fail?: (items: number[]) => Error | null) => {
    const batches: number[][] = [];
    const gc = new GroupCommit<number, string>(
      async (items) => {
        batches.push(items);
        const err = fail?.(items);
        if (err) throw err;
        return items.map((i) => (i < 0 ? new Error(`refused ${i}`) : `ok ${i}`));
      },
      { maxBatch: 4, maxInFlight: 1 },
    );
    return { gc, batches };
  };

  it('runs a lone item by itself, gathers concurrent ones up to maxBatch, and answers each its own result', async () => {
    const { gc, batches } = recorder();
    expect(await gc.submit(1)).toBe('ok 1');
    const answers = await Promise.allSettled([2, 3, -4, 5, 6, 7].map((i) => gc.submit(i)));
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value : (a.reason as Error).message))).toEqual(['ok 2', 'ok 3', 'refused -4', 'ok 5', 'ok 6', 'ok 7']);
    expect(batches).toEqual([[1], [2, 3, -4, 5], [6, 7]]);
  });

  it('a batch that fails for one item is run again item by item; a dependency outage fails the batch as a whole', async () => {
    const poisoned = recorder((items) => (items.includes(13) ? new Error('value out of range') : null));
    const answers = await Promise.allSettled([12, 13, 14].map((i) => poisoned.gc.submit(i)));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(poisoned.batches).toEqual([[12, 13, 14], [12], [13], [14]]);

    const away = recorder(() => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }));
    const outage = await Promise.allSettled([1, 2, 3].map((i) => away.gc.submit(i)));
    expect(outage.map((a) => a.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(away.batches).toEqual([[1, 2, 3]]);
  });
});

describe.each(['postgres', 'redis'] as const)('POST /v1/roadmaps in groups (%s)', (backend) => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem(backend, { content: false, logs: false });
  });
  afterAll(() => sys?.close());

  const writers = async (ids: string[]) =>
    (await sys.api.pool.query<{ n: number }>('SELECT count(DISTINCT xmin::text)::int AS n FROM roadmaps WHERE id = ANY($1::uuid[])', [ids])).rows[0]!.n;

  it('200 concurrent requests are stored by fewer statements than requests, each with its own job', async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => post(sys.baseUrl, { goal: `Learn Go ${i}`, weeks: 2 })));
    expect(answers.every((a) => a.status === 202)).toBe(true);
    const ids = answers.map((a) => a.body.id as string);
    expect(new Set(ids).size).toBe(200);
    expect(await writers(ids)).toBeLessThan(200);
    const goals = await sys.api.pool.query<{ id: string; goal: string }>(`SELECT id, request->>'goal' AS goal FROM roadmaps WHERE id = ANY($1::uuid[])`, [ids]);
    expect(new Map(goals.rows.map((r) => [r.id, r.goal]))).toEqual(new Map(ids.map((id, i) => [id, `Learn Go ${i}`])));
    const states = await Promise.all(ids.map((id) => sys.api.queues.queue('roadmap').getJobState(`roadmap-${id}`)));
    expect(states.every((s) => s === 'waiting')).toBe(true);

    // Idle again: a lone request is a batch of its own.
    const lone = await post(sys.baseUrl, { goal: 'Learn SQL', weeks: 2 });
    expect(lone.status).toBe(202);
  });

  it('one Idempotency-Key sent 30 times at once is one roadmap; the same key with another body is refused', async () => {
    const same = await Promise.all(Array.from({ length: 30 }, () => post(sys.baseUrl, { goal: 'Learn Rust', weeks: 3 }, { 'idempotency-key': 'burst-1' })));
    expect(same.map((a) => a.status)).toEqual(Array(30).fill(202));
    expect(new Set(same.map((a) => a.body.id)).size).toBe(1);
    const mixed = await Promise.all([
      post(sys.baseUrl, { goal: 'Learn Rust', weeks: 3 }, { 'idempotency-key': 'burst-2' }),
      post(sys.baseUrl, { goal: 'Learn Zig', weeks: 3 }, { 'idempotency-key': 'burst-2' }),
      post(sys.baseUrl, { goal: 'Learn Rust', weeks: 3 }, { 'idempotency-key': 'burst-1' }),
    ]);
    expect(mixed.map((a) => a.status)).toEqual([202, 422, 202]);
    expect(mixed[1]!.body.error.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
    expect(mixed[2]!.body.id).toBe(same[0]!.body.id);
    const stored = await sys.api.pool.query(`SELECT 1 FROM roadmaps WHERE idempotency_key IN ('burst-1', 'burst-2')`);
    expect(stored.rowCount).toBe(2);
  });
});

describe('POST /v1/roadmaps in groups, with quotas (accounts)', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem('redis', { content: false, logs: false, env: { AUTH_MODE: 'accounts', QUOTA_ROADMAPS_PER_DAY: '5', QUOTA_ACTIVE_ROADMAPS: '2', WRITE_RATE_PER_MINUTE: '1000' } });
  });
  afterAll(() => sys?.close());

  it('a burst past the daily quota: exactly the quota is stored, the rest 429; two admitted, the others held in order', async () => {
    const as = client(sys.baseUrl, { apiKey: await newApiKey(sys.baseUrl, (await signUp(sys.baseUrl, 'burst@example.com')).cookie) });
    const other = client(sys.baseUrl, { apiKey: await newApiKey(sys.baseUrl, (await signUp(sys.baseUrl, 'calm@example.com')).cookie) });
    const [answers, calm] = await Promise.all([
      Promise.all(Array.from({ length: 12 }, (_, i) => as('POST', '/v1/roadmaps', { goal: `Learn Go ${i}`, weeks: 2 }))),
      other('POST', '/v1/roadmaps', { goal: 'Learn Python', weeks: 2 }),
    ]);
    const accepted = answers.filter((a) => a.status === 202);
    expect(accepted).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429).every((a) => a.body.error.code === 'QUOTA_EXCEEDED')).toBe(true);
    expect([...accepted.map((a) => a.headers.get('ratelimit-remaining'))].sort()).toEqual(['0', '1', '2', '3', '4']);
    expect(accepted.filter((a) => a.body.waitingForSlot === false)).toHaveLength(2);
    expect(calm.status).toBe(202);
    expect(calm.body.waitingForSlot).toBe(false);

    const { rows } = await sys.api.pool.query<{ id: string; admitted: boolean }>(
      `SELECT r.id, r.admitted_at IS NOT NULL AS admitted FROM roadmaps r JOIN users u ON u.id = r.owner_id WHERE u.email = 'burst@example.com' ORDER BY r.created_at, r.id`,
    );
    expect(rows).toHaveLength(5);
    // Admission is oldest first: the two admitted are the two earliest stored.
    expect(rows.map((r) => r.admitted)).toEqual([true, true, false, false, false]);
  });
});
