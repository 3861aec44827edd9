/**
 * The `roadmap` queue's processor: claims the roadmap, runs the workflow steps (resuming after the last
 * checkpoint), and records the outcome. The database is updated before anything is announced (rule 9), and
 * a terminal transition happens at most once, so a duplicate delivery announces nothing twice.
 */
import { UnrecoverableError, type Job } from 'bullmq';
import { isTerminal, type TerminalStatus, type WorkflowStep } from '../../domain/enums.js';
import { StepError } from '../../domain/errors.js';
import type { LlmProvider } from '../../llm/port.js';
import type { RoadmapJob } from '../../queue/jobs.js';
import type { Runtime } from '../../runtime.js';
import { finishRun, getRoadmap, startRun } from '../../store/sql/roadmaps.js';
import { runSteps, type AnyStep, type StepDeps } from './pipeline.js';
import { intentStep } from './steps/intent.js';
import { outlineStep } from './steps/outline.js';
import { validationStep } from './steps/validation.js';

export const WORKFLOW: readonly AnyStep[] = [intentStep, outlineStep, validationStep];

export function roadmapProcessor(rt: Runtime, llm: LlmProvider) {
  return async (job: Job<RoadmapJob>, _token?: string, signal?: AbortSignal): Promise<{ status: string }> => {
    const { roadmapId, requestId } = job.data;
    const logger = rt.logger.child({ roadmapId, requestId, jobId: job.id, attempt: job.attemptsMade + 1 });
    const roadmap = await startRun(rt.pool, roadmapId);
    if (!roadmap) {
      // Finished already: a redelivery after a crash between the outcome's commit and its announcement.
      // Announce it again; the event's id is stable, so it is stored once.
      const row = await getRoadmap(rt.pool, roadmapId);
      if (row && isTerminal(row.status)) {
        emitOutcome(rt, row.id, requestId, row.status, row.step, row.error?.message);
        await rt.logs.flush();
      }
      logger.info({ status: row?.status }, 'roadmap is gone or already finished; nothing to do');
      return { status: 'skipped' };
    }
    const deps: StepDeps = {
      roadmapId,
      requestId,
      request: roadmap.request,
      pool: rt.pool,
      llm,
      logs: rt.logs,
      logger,
      signal: signal ?? new AbortController().signal,
    };
    const event = { roadmapId, requestId, category: 'workflow' as const };
    if (roadmap.attempts === 1) rt.logs.emit({ ...event, level: 'info', step: 'queued', message: 'Roadmap generation started' });
    else rt.logs.emit({ ...event, level: 'warn', step: roadmap.step, message: `Roadmap generation resumed (attempt ${roadmap.attempts})` });
    logger.info({ step: roadmap.step }, 'roadmap run started');
    try {
      const state = await runSteps(WORKFLOW, deps);
      if (!state.validation?.valid) {
        const detail = state.validation?.issues.map((i) => i.message).join('; ') ?? 'no validation report';
        throw new StepError(`The outline failed the structure checks: ${detail}`, { retryable: false });
      }
      if (await finishRun(rt.pool, roadmapId, { status: 'completed', step: 'done' })) {
        emitOutcome(rt, roadmapId, requestId, 'completed', 'done');
        logger.info('roadmap completed');
      }
      return { status: 'completed' };
    } catch (err) {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const retryable = !(err instanceof StepError && !err.retryable) && !(err instanceof UnrecoverableError);
      const message = err instanceof Error ? err.message : String(err);
      if (retryable && !finalAttempt) {
        rt.logs.emit({ ...event, level: 'warn', step: null, message: `Attempt failed, will retry: ${message}` });
        logger.warn({ err }, 'roadmap attempt failed; the queue will retry');
        throw err;
      }
      const current = (await getRoadmap(rt.pool, roadmapId))?.step ?? roadmap.step;
      if (await finishRun(rt.pool, roadmapId, { status: 'failed', step: current, error: { code: 'GENERATION_FAILED', message, retryable } })) {
        emitOutcome(rt, roadmapId, requestId, 'failed', current, message);
      }
      logger.error({ err }, 'roadmap failed');
      throw new UnrecoverableError(message);
    } finally {
      // Rule 5: the run's events reach the queue before the job is acknowledged, on every path.
      await rt.logs.flush();
    }
  };
}

/** The terminal event of a run. Its id derives from the roadmap, so announcing it twice stores it once. */
function emitOutcome(rt: Runtime, roadmapId: string, requestId: string | null, status: TerminalStatus, step: WorkflowStep, error?: string): void {
  rt.logs.emit({
    roadmapId,
    requestId,
    category: 'workflow',
    level: status === 'failed' ? 'error' : 'info',
    step,
    message: status === 'completed' ? 'Roadmap completed' : `Roadmap ${status}${error ? `: ${error}` : ''}`,
    details: { status },
    dedupeKey: 'outcome',
  });
}
