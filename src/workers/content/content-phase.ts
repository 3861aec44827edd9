/**
 * The content phase of a roadmap: start it once the outline is final, and finish it when every current piece
 * is completed or failed. Per-roadmap concurrency comes from lanes: `CONTENT_PER_ROADMAP` concept jobs are
 * enqueued at first, and each finished concept job enqueues the next concept of its lane.
 */
import { conceptsOf, type Outline } from '../../domain/roadmap.js';
import { enqueueContent } from '../../queue/enqueue.js';
import type { ContentJob } from '../../queue/jobs.js';
import type { Services } from '../../runtime.js';
import { currentPieces, initContent } from '../../store/sql/content.js';
import { withTransaction } from '../../store/db.js';
import { setStep, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { emitOutcome } from './outcome.js';

/** Creates the pieces (idempotent) and enqueues the first concept of every lane. */
export async function startContent(rt: Services, roadmap: Pick<RoadmapRow, 'id' | 'request_id' | 'job_seq'>, outline: Outline): Promise<void> {
  await initContent(rt.pool, roadmap.id, conceptsOf(outline).map((c) => c.id));
  await setStep(rt.pool, roadmap.id, 'content');
  const pieces = await currentPieces(rt.pool, roadmap.id);
  const unfinished = new Set(pieces.filter((p) => p.status !== 'completed').map((p) => p.concept_id));
  const order = conceptsOf(outline).map((c) => c.id).filter((id) => unfinished.has(id));
  if (order.length === 0) {
    await finalizeIfDone(rt, roadmap.id, roadmap.request_id);
    return;
  }
  const width = Math.min(rt.config.CONTENT_PER_ROADMAP, order.length);
  const first = order.slice(0, width).map((conceptId, index) => laneJob(roadmap, conceptId, { order, index, width, seq: roadmap.job_seq }));
  await enqueueContent(rt.queues, rt.config, first);
}

/** The next concept of a finished job's lane, if any. */
export async function continueLane(rt: Services, job: ContentJob): Promise<void> {
  const lane = job.lane;
  if (!lane) return;
  const next = lane.index + lane.width;
  const conceptId = lane.order[next];
  if (conceptId === undefined) return;
  await enqueueContent(rt.queues, rt.config, [
    laneJob({ id: job.roadmapId, request_id: job.requestId }, conceptId, { ...lane, index: next }),
  ]);
}

function laneJob(roadmap: { id: string; request_id: string | null }, conceptId: string, lane: NonNullable<ContentJob['lane']>): ContentJob {
  return { roadmapId: roadmap.id, requestId: roadmap.request_id, conceptId, lane };
}

/**
 * Ends the content phase when no piece is pending or generating: `completed` if every piece is, `partial`
 * with the failed pieces listed if some failed, `failed` if all did. The roadmap row is locked while this
 * is decided, so of two jobs finishing at once exactly one ends the roadmap.
 */
export async function finalizeIfDone(rt: Services, roadmapId: string, requestId: string | null): Promise<void> {
  const outcome = await withTransaction(rt.pool, async (client) => {
    const { rows } = await client.query<{ status: string; step: string; job_seq: number }>(
      'SELECT status, step, job_seq FROM roadmaps WHERE id = $1 FOR UPDATE',
      [roadmapId],
    );
    if (rows[0]?.status !== 'running' || rows[0].step !== 'content') return null;
    const pieces = await currentPieces(client, roadmapId);
    if (pieces.length === 0 || pieces.some((p) => p.status !== 'completed' && p.status !== 'failed')) return null;
    const failed = pieces.filter((p) => p.status === 'failed');
    const status = failed.length === 0 ? 'completed' : failed.length === pieces.length ? 'failed' : 'partial';
    const message = failed.length ? `${failed.length} of ${pieces.length} content pieces failed` : undefined;
    const error = failed.length
      ? { code: 'CONTENT_INCOMPLETE', message, failed: failed.map((p) => ({ conceptId: p.concept_id, kind: p.kind, error: p.error?.message ?? null })) }
      : null;
    await client.query(`UPDATE roadmaps SET status = $2, step = $3, error = $4, finished_at = now(), updated_at = now() WHERE id = $1`, [
      roadmapId,
      status,
      status === 'completed' ? 'done' : 'content',
      error,
    ]);
    return { status, message, jobSeq: rows[0].job_seq } as const;
  });
  if (outcome) {
    emitOutcome(rt.logs, { roadmapId, requestId, jobSeq: outcome.jobSeq }, outcome.status, outcome.status === 'completed' ? 'done' : 'content', outcome.message);
    rt.logger.info({ roadmapId, requestId, status: outcome.status }, 'roadmap finished');
  }
}
