/** Connection budget: a saturated pool is a fast 503 with Retry-After, never a hang; readiness reflects it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type TestSystem } from '../helpers/system.js';

describe('pool saturation', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem('postgres', { content: false, logs: false, env: { API_DB_POOL_MAX: '1', DB_ACQUIRE_TIMEOUT_MS: '200' } });
  });
  afterAll(() => sys?.close());

  it('answers 503 SERVICE_BUSY with Retry-After while every connection is taken, then recovers', async () => {
    const held = await sys.api.pool.connect();
    try {
      const res = await sys.app.inject({ method: 'POST', url: '/v1/roadmaps', headers: { 'content-type': 'application/json' }, payload: { goal: 'Learn Go' } });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('SERVICE_BUSY');
      expect(res.headers['retry-after']).toBe('1');
      const ready = await sys.app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().checks.database).not.toBe('ok');
    } finally {
      held.release();
    }
    const { rows } = await sys.api.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM roadmaps');
    expect(rows[0]!.n).toBe(0);
    const ok = await sys.app.inject({ method: 'POST', url: '/v1/roadmaps', headers: { 'content-type': 'application/json' }, payload: { goal: 'Learn Go' } });
    expect(ok.statusCode).toBe(202);
  });
});
