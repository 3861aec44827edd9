/**
 * The `roadmap` queue's processor: claims the roadmap, runs the outline workflow (resuming after the last
 * checkpoint), then either pauses for the learner's review or starts the content phase. The database is
 * updated before anything is announced (rule 9); a terminal transition happens at most once.
 */
import { UnrecoverableError, type Job } from 'bullmq';
import { isTerminal } from '../../domain/enums.js';
import { StepError } from '../../domain/errors.js';
import { LlmError, type LlmProvider } from '../../llm/port.js';
import type { RoadmapJob } from '../../queue/jobs.js';
import type { Runtime } from '../../runtime.js';
import { awaitReview, finishRun, getRoadmap, startRun } from '../../store/sql/roadmaps.js';
import { RoadmapCancelled, type CancellationWatcher } from './cancellation.js';
import { startContent } from './content-phase.js';
import { emitOutcome } from './outcome.js';
import { StepRunner, type RunDeps } from './step-runner.js';
import { runOutlineWorkflow } from './workflow.js';

export function roadmapProcessor(rt: Runtime, llm: LlmProvider, cancellation: CancellationWatcher) {
  return async (job: Job<RoadmapJob>): Promise<{ status: string }> => {
    const { roadmapId, requestId } = job.data;
    const logger = rt.logger.child({ roadmapId, requestId, jobId: job.id, attempt: job.attemptsMade + 1 });
    const roadmap = await startRun(rt.pool, roadmapId);
    if (!roadmap) {
      // Finished already: a redelivery after a crash between the outcome's commit and its announcement.
      // Announce it again; the event's id is stable, so it is stored once.
      const row = await getRoadmap(rt.pool, roadmapId);
      if (row && isTerminal(row.status) && row.status !== 'cancelled') {
        emitOutcome(rt.logs, { roadmapId, requestId, jobSeq: row.job_seq }, row.status, row.step, row.error?.message);
        await rt.logs.flush();
      }
      logger.info({ status: row?.status }, 'roadmap is gone or already finished; nothing to do');
      return { status: 'skipped' };
    }
    const run = { roadmapId, requestId, jobSeq: roadmap.job_seq };
    const event = { roadmapId, requestId, category: 'workflow' as const };
    const { signal, release } = cancellation.track(roadmapId, rt.config.ROADMAP_JOB_TIMEOUT_MS);
    const deps: RunDeps = { roadmapId, requestId, request: roadmap.request, pool: rt.pool, llm, logs: rt.logs, logger, signal };
    if (roadmap.attempts === 1) rt.logs.emit({ ...event, level: 'info', step: 'queued', message: 'Roadmap generation started', dedupeKey: 'started' });
    else rt.logs.emit({ ...event, level: 'info', step: roadmap.step, message: `Roadmap generation resumed (run ${roadmap.attempts})` });
    logger.info({ step: roadmap.step }, 'roadmap run started');
    try {
      const result = await runOutlineWorkflow(await StepRunner.load(deps), deps);
      if (result.kind === 'awaiting_review') {
        if (await awaitReview(rt.pool, roadmapId)) {
          rt.logs.emit({ ...event, level: 'info', step: 'review', message: `Outline ready for review (round ${result.round})`, details: { status: 'awaiting_review', round: result.round }, dedupeKey: `review-${result.round}/waiting` });
        }
        return { status: 'awaiting_review' };
      }
      await startContent(rt, roadmap, result.outline);
      rt.logs.emit({ ...event, level: 'info', step: 'content', message: 'Outline final; generating content for every concept', dedupeKey: `content-${roadmap.job_seq}/started` });
      return { status: 'content' };
    } catch (err) {
      if (signal.aborted && signal.reason instanceof RoadmapCancelled) {
        logger.info('roadmap cancelled; workflow stopped');
        return { status: 'cancelled' };
      }
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const retryable = !(err instanceof StepError && !err.retryable) && !(err instanceof LlmError && !err.retryable);
      const message = err instanceof Error ? err.message : String(err);
      if (retryable && !finalAttempt) {
        rt.logs.emit({ ...event, level: 'warn', step: null, message: `Attempt failed, will retry: ${message}` });
        logger.warn({ err }, 'roadmap attempt failed; the queue will retry');
        throw err;
      }
      const current = (await getRoadmap(rt.pool, roadmapId))?.step ?? roadmap.step;
      if (await finishRun(rt.pool, roadmapId, { status: 'failed', step: current, error: { code: 'GENERATION_FAILED', message, retryable } })) {
        emitOutcome(rt.logs, run, 'failed', current, message);
      }
      logger.error({ err }, 'roadmap failed');
      throw new UnrecoverableError(message);
    } finally {
      release();
      // Rule 5: the run's events reach the queue before the job is acknowledged, on every path.
      await rt.logs.flush();
    }
  };
}
