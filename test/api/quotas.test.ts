/**
 * Quotas and fairness (accounts mode): the daily roadmap quota answers 429 QUOTA_EXCEEDED with Retry-After and
 * RateLimit-* headers; roadmaps past QUOTA_ACTIVE_ROADMAPS wait `queued` with no job and start in order; and one
 * user's fifty waiting roadmaps do not delay another user's first one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, newApiKey, signUp } from '../helpers/accounts.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';
import { limitRejections } from '../../src/telemetry/metrics.js';
import { counterValue } from '../helpers/metrics.js';

describe.each(['postgres', 'redis'] as const)('quotas and fairness (%s)', (backend) => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem(backend, {
      env: { AUTH_MODE: 'accounts', QUOTA_ROADMAPS_PER_DAY: '60', QUOTA_ACTIVE_ROADMAPS: '2', OFFLINE_LLM_DELAY_MS: '20', WRITE_RATE_PER_MINUTE: '1000' },
    });
  });
  afterAll(() => sys?.close());

  const user = async (email: string) => client(sys.baseUrl, { apiKey: await newApiKey(sys.baseUrl, (await signUp(sys.baseUrl, email)).cookie) });
  const statuses = async (ownerEmail: string) => {
    const { rows } = await sys.api.pool.query<{ status: string; admitted: boolean; n: number }>(
      `SELECT r.status, r.admitted_at IS NOT NULL AS admitted, count(*)::int AS n FROM roadmaps r JOIN users u ON u.id = r.owner_id WHERE u.email = $1 GROUP BY 1, 2`,
      [ownerEmail],
    );
    return rows;
  };

  it('the daily quota: RateLimit-* headers count down, then 429 QUOTA_EXCEEDED with Retry-After; nothing stored', async () => {
    const as = await user('daily@example.com');
    const owner = (await sys.api.pool.query<{ id: string }>(`SELECT id FROM users WHERE email = 'daily@example.com'`)).rows[0]!.id;
    await sys.api.pool.query('UPDATE users SET quota_roadmaps_per_day = 3 WHERE id = $1', [owner]);
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await as('POST', '/v1/roadmaps', { goal: `Learn Go ${i}`, hoursPerWeek: 2, weeks: 2 });
      expect(res.status).toBe(202);
      expect(res.headers.get('ratelimit-limit')).toBe('3');
      remaining.push(res.headers.get('ratelimit-remaining')!);
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const counted = await counterValue(limitRejections, { limit: 'roadmaps_per_day' });
    const refused = await as('POST', '/v1/roadmaps', { goal: 'Learn Go once more', hoursPerWeek: 2, weeks: 2 });
    expect([refused.status, refused.body.error.code]).toEqual([429, 'QUOTA_EXCEEDED']);
    expect(await counterValue(limitRejections, { limit: 'roadmaps_per_day' })).toBe(counted + 1);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(23 * 3600);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect((await sys.api.pool.query('SELECT 1 FROM roadmaps WHERE owner_id = $1', [owner])).rowCount).toBe(3);
    expect((await as('GET', '/v1/me')).body.usage).toMatchObject({ roadmapsToday: 3 });
  });

  it('one user’s 50 waiting roadmaps do not delay another user’s first; each generates at most 2 at once, in order', async () => {
    const busy = await user('busy@example.com');
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push((await busy('POST', '/v1/roadmaps', { goal: `Learn Rust ${i}`, hoursPerWeek: 4, weeks: 4 })).body.id as string);
    const first = await busy('GET', `/v1/roadmaps/${ids[49]}`);
    expect(first.body).toMatchObject({ status: 'queued', waitingForSlot: true });
    // The list says which ones wait too (My roadmaps shows it): the newest are held, the oldest two are not.
    const listed = (await busy('GET', '/v1/roadmaps?limit=100')).body.items as Array<{ id: string; waitingForSlot: boolean }>;
    const waiting = new Map(listed.map((r) => [r.id, r.waitingForSlot]));
    expect(waiting.get(ids[49]!)).toBe(true);
    expect([waiting.get(ids[0]!), waiting.get(ids[1]!)]).toEqual([false, false]);

    const newcomer = await user('newcomer@example.com');
    const accepted = await newcomer('POST', '/v1/roadmaps', { goal: 'Learn Python', hoursPerWeek: 4, weeks: 4 });
    expect(accepted.body.waitingForSlot).toBe(false);
    let mostActive = 0;
    await waitFor(async () => {
      const rows = await statuses('busy@example.com');
      const active = rows.filter((r) => r.status === 'running' || (r.status === 'queued' && r.admitted)).reduce((n, r) => n + r.n, 0);
      mostActive = Math.max(mostActive, active);
      return (await newcomer('GET', `/v1/roadmaps/${accepted.body.id}`)).body.status === 'completed';
    }, 60_000, 'the newcomer’s roadmap');
    // While the newcomer's roadmap generated, the busy user's went on two at a time beside it: only a few of them
    // finished in that time. Waiting behind the busy user's queue, it would have seen all fifty finish first.
    const { rows: [overtaken] } = await sys.api.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM roadmaps b, roadmaps n
       WHERE n.id = $1 AND b.id = ANY($2::uuid[]) AND b.finished_at > n.created_at AND b.finished_at <= n.finished_at`,
      [accepted.body.id, ids],
    );
    expect(overtaken!.n).toBeLessThanOrEqual(10);
    expect(mostActive).toBeLessThanOrEqual(2);

    // The busy user's roadmaps all finish, admitted in the order they were requested.
    await waitFor(async () => (await statuses('busy@example.com')).every((r) => r.status === 'completed'), 120_000, 'the busy user’s 50 roadmaps');
    const { rows } = await sys.api.pool.query<{ id: string }>('SELECT id FROM roadmaps WHERE id = ANY($1::uuid[]) ORDER BY admitted_at, created_at', [ids]);
    expect(rows.map((r) => r.id)).toEqual(ids);
  }, 200_000);
});
