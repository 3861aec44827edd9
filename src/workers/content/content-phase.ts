/**
 * The content phase of a roadmap: start it once the outline is final, and finish it when every current piece
 * is completed or failed. Per-roadmap concurrency comes from lanes: the pieces are independent of each other,
 * so each is a job of its own; `CONTENT_PER_ROADMAP` of them are enqueued at first, and each finished job
 * starts the first piece of the order that no job carries yet, as long as fewer than that many are live. The
 * lanes share one order (a free lane takes the next piece, whichever lane finished), and the longest pieces go
 * first (every tutorial, then the quizzes, then the resources), so the lanes end together instead of one
 * finishing a tutorial while the others sit idle.
 * An on-demand roadmap has no content phase: its run ends with the final outline, and concepts get their pieces
 * when they are opened (src/learning/open-concept.ts).
 */
import { conceptsOf, contentModeOf, type Outline } from '../../domain/roadmap.js';
import { isUnfinished, ON_DEMAND_FINISH } from '../../domain/lifecycle.js';
import { contentOutcome } from '../../domain/outcome.js';
import { admit } from '../../accounts/admission.js';
import type { ContentKind } from '../../domain/enums.js';
import { enqueueContent } from '../../queue/enqueue.js';
import { contentJobId, laneEntry, parseLaneEntry, type ContentJob } from '../../queue/jobs.js';
import type { Services } from '../../runtime.js';
import { withTransaction } from '../../store/db.js';
import { currentPieces, initContent } from '../../store/sql/content.js';
import { finishRun, setStep } from '../../store/sql/roadmap-runs.js';
import { lockRoadmap, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { emitOutcome } from '../../logsink/outcome.js';
import { roadmapsFinished } from '../../telemetry/metrics.js';

type RunOf = Pick<RoadmapRow, 'id' | 'request_id' | 'job_seq' | 'request' | 'owner_id'>;

/** Longest answers first: a tutorial is several times a quiz, and a quiz longer than a list of resources. */
const LONGEST_FIRST: readonly ContentKind[] = ['tutorial', 'quiz', 'resources'];

/**
 * The content phase of generation `job_seq` starts (or resumes) for every concept of the outline; or, for an
 * on-demand roadmap, the run ends with its outline.
 */
export async function startContent(rt: Services, roadmap: RunOf, outline: Outline): Promise<void> {
  if (contentModeOf(roadmap.request) === 'on_demand') return finishOnDemand(rt, roadmap);
  await setStep(rt.pool, roadmap.id, 'content');
  await enqueueConceptContent(rt, roadmap, conceptsOf(outline).map((c) => c.id));
}

/**
 * Enqueue content for these concepts, in this order: the one point where concepts' pieces are asked for (a
 * first run, a retry, a rescue, or an edit that added concepts, which resumes the content phase). It creates
 * their pieces (idempotent) and enqueues the first piece of every lane over those still unfinished, tutorials
 * first; with none left, the phase is finalised.
 */
export async function enqueueConceptContent(rt: Services, roadmap: RunOf, conceptIds: readonly string[]): Promise<void> {
  await initContent(rt.pool, roadmap.id, conceptIds);
  const pieces = await currentPieces(rt.pool, roadmap.id);
  const unfinished = new Set(pieces.filter((p) => isUnfinished(p.status)).map((p) => laneEntry(p.concept_id, p.kind)));
  const order = LONGEST_FIRST.flatMap((kind) => conceptIds.map((id) => laneEntry(id, kind))).filter((entry) => unfinished.has(entry));
  if (order.length === 0) {
    await finalizeIfDone(rt, roadmap.id, roadmap.request_id);
    return;
  }
  const width = Math.min(rt.config.CONTENT_PER_ROADMAP, order.length);
  const first = order.slice(0, width).map((entry, index) => laneJob(roadmap, entry, { order, index, width, seq: roadmap.job_seq }));
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

/**
 * From lane job `from`, once its answer is in (or it ended): the first unfinished piece of the order that has no
 * job yet, unless `width` lanes are busy. A lane is busy with a job that has not finished and has not handed on
 * yet: a job that added another (its `lane.from`) is only storing what it made. What is live is the queue's
 * answer, so a redelivered job starts nothing twice, and a lane that was lost (its job failed without
 * continuing) is made up for by the next one to hand on. Two lanes handing on at once may pick the same piece:
 * the queue keeps one job per id, the job records who added it, and the one that did not goes on to the next
 * piece. No lock is held, so lanes never queue up for the database.
 */
export async function continueLane(rt: Services, job: ContentJob, from: string): Promise<void> {
  const lane = job.lane;
  if (!lane) return;
  const queue = rt.queues.queue<ContentJob>('content');
  const unfinished = new Set<string>();
  for (const p of await currentPieces(rt.pool, job.roadmapId)) {
    if (isUnfinished(p.status)) unfinished.add(laneEntry(p.concept_id, p.kind)).add(p.concept_id);
  }
  const live: Array<{ id: string; from?: string }> = [];
  const busy = () => {
    const handedOn = new Set(live.map((j) => j.from));
    return live.filter((j) => !handedOn.has(j.id)).length;
  };
  for (const [index, entry] of lane.order.entries()) {
    if (!unfinished.has(entry)) continue;
    const next = laneJob({ id: job.roadmapId, request_id: job.requestId }, entry, { ...lane, index, from });
    const id = contentJobId(next);
    if (id === from) continue;
    let existing = await queue.getJob(id);
    if (!existing) {
      if (busy() >= lane.width) return;
      await enqueueContent(rt.queues, rt.config, [next]);
      existing = await queue.getJob(id);
      if (existing?.data.lane?.from === from) return;
    }
    if (existing && !existing.finishedOn) live.push({ id, from: existing.data.lane?.from });
  }
}

function laneJob(roadmap: Pick<RoadmapRow, 'id' | 'request_id'>, entry: string, lane: NonNullable<ContentJob['lane']>): ContentJob {
  return { roadmapId: roadmap.id, requestId: roadmap.request_id, ...parseLaneEntry(entry), lane };
}

/**
 * Ends the content phase when no piece is pending or generating: `completed` if every piece is, `partial`
 * with the failed pieces listed if some failed, `failed` if all did. The roadmap row is locked while this
 * is decided, so of two jobs finishing at once exactly one ends the roadmap.
 */
export async function finalizeIfDone(rt: Services, roadmapId: string, requestId: string | null): Promise<void> {
  // Most jobs end with pieces still to do: they find out without taking a connection for a lock. The one that
  // ends the last piece reads after its own commit, so it sees every other piece's end.
  if (!contentOutcome(await currentPieces(rt.pool, roadmapId))) return;
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
