/** Rule 1: a roadmap row whose job was never enqueued (a crash between insert and enqueue) still runs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBareRoadmap } from '../helpers/db.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

describe.each(['postgres', 'redis'] as const)('sweeper (%s)', (backend) => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem(backend, { env: { SWEEP_INTERVAL_MS: '500', SWEEP_GRACE_MS: '300' } });
  });
  afterAll(() => sys?.close());

  it('enqueues a queued roadmap that has no job, exactly once', async () => {
    const id = await insertBareRoadmap(sys.api.pool, 'Learn Kubernetes', 'crashed-request');
    expect(await sys.api.queues.queue('roadmap').getJob(`roadmap-${id}`)).toBeFalsy();
    const row = await waitFor(async () => {
      const { rows } = await sys.api.pool.query('SELECT status, attempts FROM roadmaps WHERE id = $1', [id]);
      return rows[0]?.status === 'completed' ? rows[0] : undefined;
    }, 15_000, 'the swept roadmap to complete');
    expect(row.attempts).toBe(1);
  });
});
