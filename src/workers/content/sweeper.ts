/**
 * Rule 1's safety net. The API inserts a roadmap and then enqueues its job; a crash between the two leaves a
 * queued row without a job. The sweeper re-enqueues queued rows older than a grace period. Job ids come from
 * roadmap ids, so re-adding a job that exists is a no-op, and one advisory lock keeps several content workers
 * from sweeping at once.
 */
import { enqueueRoadmap } from '../../queue/enqueue.js';
import { roadmapJobId } from '../../queue/jobs.js';
import type { Runtime } from '../../runtime.js';
import { withAdvisoryLock } from '../../store/db.js';
import { listStaleQueued } from '../../store/sql/roadmaps.js';

/** Arbitrary but fixed: the advisory-lock key that elects one sweeper. */
const SWEEPER_LOCK_KEY = 7_349_001;
const BATCH = 500;

export async function sweepOnce(rt: Runtime): Promise<number> {
  const swept = await withAdvisoryLock(rt.pool, SWEEPER_LOCK_KEY, async () => {
    const stale = await listStaleQueued(rt.pool, rt.config.SWEEP_GRACE_MS, BATCH);
    const queue = rt.queues.queue('roadmap');
    let enqueued = 0;
    for (const r of stale) {
      if (await queue.getJob(roadmapJobId(r.id, r.job_seq))) continue;
      await enqueueRoadmap(rt.queues, rt.config, { roadmapId: r.id, requestId: r.request_id }, r.job_seq);
      rt.logger.warn({ roadmapId: r.id, requestId: r.request_id }, 'queued roadmap had no job; enqueued it again');
      enqueued++;
    }
    return enqueued;
  });
  return swept ?? 0;
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
