/**
 * The content phase of a roadmap: start it once the outline is final, and finish it when every current piece
 * is completed or failed. Per-roadmap concurrency comes from lanes: `CONTENT_PER_ROADMAP` concept jobs are
 * enqueued at first, and each finished concept job enqueues the next concept of its lane. An on-demand roadmap
 * has no content phase: its run ends with the final outline, and concepts get their pieces when they are opened
 * (src/learning/open-concept.ts).
 */
import { conceptsOf, contentModeOf, type Outline } from '../../domain/roadmap.js';
import { isUnfinished, ON_DEMAND_FINISH } from '../../domain/lifecycle.js';
import { contentOutcome } from '../../domain/outcome.js';
import { admit } from '../../accounts/admission.js';
import { enqueueContent } from '../../queue/enqueue.js';
import type { ContentJob } from '../../queue/jobs.js';
import type { Services } from '../../runtime.js';
import { withTransaction } from '../../store/db.js';
import { currentPieces, initContent } from '../../store/sql/content.js';
import { finishRun, setStep } from '../../store/sql/roadmap-runs.js';
import { lockRoadmap, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { emitOutcome } from '../../logsink/outcome.js';
import { roadmapsFinished } from '../../telemetry/metrics.js';

type RunOf = Pick<RoadmapRow, 'id' | 'request_id' | 'job_seq' | 'request' | 'owner_id'>;

/**
 * Creates the pieces (idempotent) and enqueues the first concept of every lane, for generation `job_seq`; or,
 * for an on-demand roadmap, ends the run with its outline.
 */
export async function startContent(rt: Services, roadmap: RunOf, outline: Outline): Promise<void> {
  if (contentModeOf(roadmap.request) === 'on_demand') return finishOnDemand(rt, roadmap);
  await initContent(rt.pool, roadmap.id, conceptsOf(outline).map((c) => c.id));
  await setStep(rt.pool, roadmap.id, 'content');
  const pieces = await currentPieces(rt.pool, roadmap.id);
  const unfinished = new Set(pieces.filter((p) => isUnfinished(p.status)).map((p) => p.concept_id));
  const order = conceptsOf(outline).map((c) => c.id).filter((id) => unfinished.has(id));
  if (order.length === 0) {
    await finalizeIfDone(rt, roadmap.id, roadmap.request_id);
    return;
  }
  const width = Math.min(rt.config.CONTENT_PER_ROADMAP, order.length);
  const first = order.slice(0, width).map((conceptId, index) => laneJob(roadmap, conceptId, { order, index, width, seq: roadmap.job_seq }));
  await enqueueContent(rt.queues, rt.config, first);
}

async function finishOnDemand(rt: Services, roadmap: RunOf): Promise<void> {
  const { status, step } = ON_DEMAND_FINISH;
  if (!(await finishRun(rt.pool, roadmap.id, roadmap.job_seq, { status, step, error: null }))) return;
  roadmapsFinished.inc({ status });
  emitOutcome(rt.logs, { roadmapId: roadmap.id, requestId: roadmap.request_id, jobSeq: roadmap.job_seq }, status, step);
  rt.logger.info({ roadmapId: roadmap.id, requestId: roadmap.request_id }, 'on-demand roadmap finished with its outline');
  await admit(rt, roadmap.owner_id);
}

/** The next concept of a finished job's lane, if any. */
export async function continueLane(rt: Services, job: ContentJob): Promise<void> {
  const lane = job.lane;
  if (!lane) return;
  const next = lane.index + lane.width;
  const conceptId = lane.order[next];
  if (conceptId === undefined) return;
  await enqueueContent(rt.queues, rt.config, [laneJob({ id: job.roadmapId, request_id: job.requestId }, conceptId, { ...lane, index: next })]);
}

function laneJob(roadmap: Pick<RoadmapRow, 'id' | 'request_id'>, conceptId: string, lane: NonNullable<ContentJob['lane']>): ContentJob {
  return { roadmapId: roadmap.id, requestId: roadmap.request_id, conceptId, lane };
}

/**
 * Ends the content phase when no piece is pending or generating: `completed` if every piece is, `partial`
 * with the failed pieces listed if some failed, `failed` if all did. The roadmap row is locked while this
 * is decided, so of two jobs finishing at once exactly one ends the roadmap.
 */
export async function finalizeIfDone(rt: Services, roadmapId: string, requestId: string | null): Promise<void> {
  const outcome = await withTransaction(rt.pool, async (client) => {
    const row = await lockRoadmap(client, roadmapId);
    if (row?.status !== 'running' || row.step !== 'content') return null;
    const decided = contentOutcome(await currentPieces(client, roadmapId));
    if (!decided) return null;
    const step = decided.status === 'completed' ? 'done' : 'content';
    if (!(await finishRun(client, roadmapId, row.job_seq, { ...decided, step }))) return null;
    return { ...decided, step, jobSeq: row.job_seq, ownerId: row.owner_id } as const;
  });
  if (outcome) {
    roadmapsFinished.inc({ status: outcome.status });
    emitOutcome(rt.logs, { roadmapId, requestId, jobSeq: outcome.jobSeq }, outcome.status, outcome.step, outcome.error?.message);
    rt.logger.info({ roadmapId, requestId, status: outcome.status }, 'roadmap finished');
    await admit(rt, outcome.ownerId);
  }
}
