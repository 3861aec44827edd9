/**
 * Rule 1's safety net. The API inserts a roadmap and then enqueues its job; a crash between the two leaves a
 * queued row without a job. The sweeper re-enqueues queued rows older than a grace period. Job ids come from
 * roadmap ids, so re-adding a job that exists is a no-op, and one advisory lock keeps several content workers
 * from sweeping at once.
 */
import { enqueueRoadmap } from '../../queue/enqueue.js';
import { roadmapJobId } from '../../queue/jobs.js';
import type { Runtime } from '../../runtime.js';
import { listStaleQueued } from '../../store/sql/roadmaps.js';

/** Arbitrary but fixed: the advisory-lock key that elects one sweeper. */
const SWEEPER_LOCK_KEY = 7_349_001;
const BATCH = 500;

export async function sweepOnce(rt: Runtime): Promise<number> {
  const client = await rt.pool.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [SWEEPER_LOCK_KEY]);
    if (!rows[0]?.locked) return 0;
    try {
      const stale = await listStaleQueued(rt.pool, rt.config.SWEEP_GRACE_MS, BATCH);
      const queue = rt.queues.queue('roadmap');
      let enqueued = 0;
      for (const r of stale) {
        const existing = await queue.getJob(roadmapJobId(r.id, r.job_seq));
        if (existing) continue;
        await enqueueRoadmap(rt.queues, rt.config, { roadmapId: r.id, requestId: r.request_id }, r.job_seq);
        rt.logger.warn({ roadmapId: r.id, requestId: r.request_id }, 'queued roadmap had no job; enqueued it again');
        enqueued++;
      }
      return enqueued;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SWEEPER_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

export function startSweeper(rt: Runtime): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepOnce(rt)
      .catch((err: unknown) => rt.logger.warn({ err }, 'sweep failed; will try again'))
      .finally(() => (running = false));
  }, rt.config.SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
