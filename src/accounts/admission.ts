/**
 * Fairness (QUOTA_ACTIVE_ROADMAPS): a queued roadmap gets its job only once its owner has a free generation
 * slot, so one user's fifty requests wait in order, with no job, and cannot delay another user's first
 * roadmap in the shared queue. Admission runs when a roadmap is requested and whenever one of the owner's
 * roadmaps stops generating (finished, failed, waiting for review, cancelled); the reconciler runs it too,
 * as the net for an admission lost to a crash.
 */
import type { Config } from '../config.js';
import { enqueueRoadmap } from '../queue/enqueue.js';
import type { QueueKit } from '../queue/kit.js';
import { withTransaction, type Pool, type Queryable } from '../store/db.js';
import { admitHeld } from '../store/sql/quotas.js';
import { lockUser } from '../store/sql/users.js';
import type { Logger } from '../telemetry/logger.js';
import { quotasOf } from './quotas.js';

export type Admitted = Awaited<ReturnType<typeof admitHeld>>;

/** Admission inside the caller's transaction (the owner's row is locked until it ends). */
export async function admitWithin(client: Queryable, ownerId: string, config: Config): Promise<Admitted> {
  const user = await lockUser(client, ownerId);
  return user ? admitHeld(client, ownerId, quotasOf(user, config).activeRoadmaps) : [];
}

/** Enqueues admitted roadmaps; one the queue cannot take now is created by the reconciler (rule 1). */
export async function enqueueAdmitted(deps: { queues: QueueKit; config: Config; logger: Pick<Logger, 'warn'> }, admitted: Admitted): Promise<void> {
  for (const r of admitted) {
    await enqueueRoadmap(deps.queues, deps.config, { roadmapId: r.id, requestId: r.request_id }, r.job_seq).catch((err: unknown) =>
      deps.logger.warn({ err, roadmapId: r.id }, 'enqueue failed; the reconciler will create this job'),
    );
  }
}

/** Admits and enqueues what the owner's free slots allow; returns how many roadmaps it admitted. */
export async function admit(deps: { pool: Pool; queues: QueueKit; config: Config; logger: Pick<Logger, 'warn'> }, ownerId: string): Promise<number> {
  const admitted = await withTransaction(deps.pool, (client) => admitWithin(client, ownerId, deps.config));
  await enqueueAdmitted(deps, admitted);
  return admitted.length;
}
