/**
 * The `roadmap` queue's processor: claims the roadmap for its job generation, runs the outline workflow
 * (resuming after the last checkpoint), then either pauses for the learner's review or starts the content
 * phase. The database is updated before anything is announced (rule 9); a terminal transition happens at most
 * once. Retries, infrastructure faults and the failure path are the job runner's (src/workers/job-runner.ts).
 */
import { keyed } from '../../logsink/events.js';
import type { Job } from 'bullmq';
import { admit } from '../../accounts/admission.js';
import { isTerminal } from '../../domain/enums.js';
import { contentModeOf } from '../../domain/roadmap.js';
import type { LlmProvider } from '../../llm/port.js';
import type { RoadmapJob } from '../../queue/jobs.js';
import type { Runtime } from '../../runtime.js';
import { awaitReview, claimRun, finishRun } from '../../store/sql/roadmap-runs.js';
import { getRoadmap } from '../../store/sql/roadmaps.js';
import type { CancellationWatcher } from '../cancellation.js';
import { resilientProcessor, type FinalFailure, type RunContext } from '../job-runner.js';
import { startContent } from './content-phase.js';
import { emitOutcome } from '../../logsink/outcome.js';
import { roadmapsFinished } from '../../telemetry/metrics.js';
import { StepRunner, type RunDeps } from './step-runner.js';
import { runOutlineWorkflow } from './workflow.js';

export function roadmapProcessor(rt: Runtime, llm: LlmProvider, cancellation: CancellationWatcher) {
  return resilientProcessor<RoadmapJob, { status: string }>({
    logger: rt.logger,
    transientWindowMs: rt.config.TRANSIENT_RETRY_WINDOW_MS,
    track: (job) => cancellation.track(job.data.roadmapId, rt.config.ROADMAP_JOB_TIMEOUT_MS),
    run: (job, ctx) => runRoadmap(rt, llm, job, ctx),
    settle: () => rt.logs.flush(),
  });
}

async function runRoadmap(rt: Runtime, llm: LlmProvider, job: Job<RoadmapJob>, ctx: RunContext): Promise<{ status: string }> {
  const { roadmapId, requestId, seq } = job.data;
  const logger = rt.logger.child({ roadmapId, requestId, jobId: job.id, attempt: job.attemptsMade + 1 });
  const roadmap = await claimRun(rt.pool, roadmapId, seq);
  if (!roadmap) return skip(rt, job, logger);
  const event = { roadmapId, requestId, category: 'workflow' as const };
  if (roadmap.step === 'content' && roadmap.outline) {
    // A retry or a rescue of the content phase: the stored outline (possibly edited by the learner) is final
    // as it stands (rule 8); the workflow is not replayed over it.
    await startContent(rt, roadmap, roadmap.outline);
    rt.logs.emit({ ...event, level: 'info', step: 'content', message: 'Content generation resumed for the unfinished pieces', details: keyed('content.resumed'), dedupeKey: `content-${seq}/resumed` });
    return { status: 'content' };
  }
  const deps: RunDeps = { roadmapId, requestId, request: roadmap.request, pool: rt.pool, llm, logs: rt.logs, logger, signal: ctx.signal };
  if (roadmap.attempts === 1) rt.logs.emit({ ...event, level: 'info', step: 'queued', message: 'Roadmap generation started', details: keyed('run.started'), dedupeKey: 'started' });
  else rt.logs.emit({ ...event, level: 'info', step: roadmap.step, message: `Roadmap generation resumed (run ${roadmap.attempts})`, details: keyed('run.resumed', { run: roadmap.attempts }) });
  logger.info({ step: roadmap.step }, 'roadmap run started');
  const result = await runOutlineWorkflow(await StepRunner.load(deps), deps);
  if (result.kind === 'awaiting_review') {
    if (await awaitReview(rt.pool, roadmapId, seq)) {
      rt.logs.emit({ ...event, level: 'info', step: 'review', message: `Outline ready for review (round ${result.round})`, details: keyed('review.waiting', { status: 'awaiting_review', round: result.round }), dedupeKey: `review-${result.round}/waiting` });
      // Waiting for the learner is not generating: the slot goes to the owner's next roadmap.
      await admit(rt, roadmap.owner_id);
    }
    return { status: 'awaiting_review' };
  }
  if (contentModeOf(roadmap.request) === 'on_demand') {
    // Announced before the outcome, which ends the run (and the event streams that follow it).
    rt.logs.emit({ ...event, level: 'info', step: 'done', message: 'Outline final; each concept’s content is written when it is first opened', details: keyed('content.on_demand'), dedupeKey: `content-${seq}/on-demand` });
    await startContent(rt, roadmap, result.outline);
    return { status: 'completed' };
  }
  await startContent(rt, roadmap, result.outline);
  rt.logs.emit({ ...event, level: 'info', step: 'content', message: 'Outline final; generating content for every concept', details: keyed('content.started'), dedupeKey: `content-${seq}/started` });
  return { status: 'content' };
}

/**
 * The job does not apply: the roadmap finished already (a redelivery after a crash between the outcome's
 * commit and its announcement: announce it again, its id is stable so it is stored once), it is gone, or the
 * job belongs to an older generation than the roadmap's.
 */
async function skip(rt: Runtime, job: Job<RoadmapJob>, logger: Runtime['logger']): Promise<{ status: string }> {
  const { roadmapId, requestId, seq } = job.data;
  const row = await getRoadmap(rt.pool, roadmapId);
  if (row && row.job_seq === seq && isTerminal(row.status) && row.status !== 'cancelled') {
    emitOutcome(rt.logs, { roadmapId, requestId, jobSeq: row.job_seq }, row.status, row.step, row.error?.message);
  }
  logger.info({ status: row?.status, jobSeq: row?.job_seq, seq }, 'roadmap is gone, finished or in a newer run; nothing to do');
  return { status: 'skipped' };
}

/**
 * The failure path of a roadmap job that ended for good: the run fails with the reason stored. In the content
 * phase the pieces decide the outcome instead; if none of their jobs is live, the reconciler restarts them.
 */
export async function roadmapFailed(rt: Runtime, job: Job<RoadmapJob>, failure: FinalFailure): Promise<void> {
  const { roadmapId, requestId, seq } = job.data;
  const row = await getRoadmap(rt.pool, roadmapId);
  if (!row || row.job_seq !== seq || row.step === 'content') return;
  if (await finishRun(rt.pool, roadmapId, seq, { status: 'failed', step: row.step, error: failure })) {
    roadmapsFinished.inc({ status: 'failed' });
    emitOutcome(rt.logs, { roadmapId, requestId, jobSeq: seq }, 'failed', row.step, failure.message);
    rt.logger.error({ roadmapId, requestId, failure }, 'roadmap failed');
    await admit(rt, row.owner_id);
  }
  await rt.logs.flush();
}
