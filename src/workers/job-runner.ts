/**
 * Every job of Pathsmith runs inside this runner, which applies the one retry rule (retry-policy.ts) and
 * guarantees the failure path (DESIGN.md lifecycle, mechanism 1):
 * - a transient fault moves the job back to the delayed set with capped backoff (`moveToDelayed` does not
 *   count an attempt), until TRANSIENT_RETRY_WINDOW_MS has passed since the first one;
 * - a content failure spends an attempt (the queue retries with its backoff), a permanent one ends the job;
 * - a job that ends for good — attempts used, a permanent failure, the transient window exhausted, its time
 *   limit on the last attempt, or BullMQ failing it on its stalled limit without our code running at all —
 *   reaches `failedForGood` through the worker's `failed` event, which fires in every one of those cases.
 * If the failure path itself cannot run (the database is down), the roadmap stays as it was and the
 * reconciler, which asks the queue, finds the failed job and creates the work again.
 *
 * Being the one place every job passes through, it also times and counts every run by queue and outcome
 * (/metrics), and runs it in a consumer span whose parent is the trace context the job carries.
 */
import { DelayedError, UnrecoverableError, type Job, type Processor } from 'bullmq';
import type { FailureCode } from '../domain/errors.js';
import type { TransientState } from '../queue/jobs.js';
import type { AnyWorker } from '../queue/kit.js';
import type { Logger } from '../telemetry/logger.js';
import { jobDuration, jobsTotal } from '../telemetry/metrics.js';
import { tracer, type TraceCarrier } from '../telemetry/tracing.js';
import { classify, transientDelayMs } from './retry-policy.js';

export interface RunContext {
  /** Aborted on cancel and at the job's time limit; pass it to every LLM call. */
  signal: AbortSignal;
  /** This is the last attempt: a content failure now ends the job (or the piece) for good. */
  finalAttempt: boolean;
}

/** How a job ended for good, for its queue's failure path and for the stored error. */
export interface FinalFailure {
  code: FailureCode;
  message: string;
}

/** Ends a job for good (no further attempts) and carries the code the failure path stores. */
export class JobFailedForGood extends UnrecoverableError {
  constructor(readonly failure: FinalFailure) {
    super(`${failure.code}: ${failure.message}`);
    this.name = 'JobFailedForGood';
  }
}

/** BullMQ's reason when it fails a job that stalled more than `maxStalledCount` times. */
const STALLED_LIMIT = /stalled more than allowable limit/;

/** What a run of a job came to, for the job metrics; `failed` (ended for good) is counted by onFailedForGood. */
type RunOutcome = 'completed' | 'cancelled' | 'waiting_out' | 'retried' | 'failed';

/** The data every job may carry: the retry policy's state and the trace context of whoever enqueued it. */
interface JobEnvelope {
  transient?: TransientState;
  trace?: TraceCarrier;
}

export interface RunnerOptions<T extends JobEnvelope, R> {
  logger: Logger;
  transientWindowMs: number;
  /** The signal a run works under (cancellation, time limit); released when the run ends. */
  track(job: Job<T>): { signal: AbortSignal; release(): void };
  run(job: Job<T>, ctx: RunContext): Promise<R>;
  /** After every run however it ended: buffered events reach the queue before the job is acknowledged (rule 5). */
  settle(): Promise<void>;
}

export function resilientProcessor<T extends JobEnvelope, R>(o: RunnerOptions<T, R>): Processor<T, R | { status: 'cancelled' }> {
  return (job, token) =>
    tracer().span(
      `${job.queueName} process`,
      {
        kind: 'consumer',
        parent: job.data.trace,
        attributes: { 'messaging.system': 'bullmq', 'messaging.operation.type': 'process', 'messaging.destination.name': job.queueName, 'messaging.message.id': job.id, 'pathsmith.attempt': job.attemptsMade + 1 },
      },
      async () => {
        const started = performance.now();
        let outcome: RunOutcome = 'failed';
        try {
          const result = await runOnce(o, job, token);
          outcome = result.outcome;
          return result.value;
        } catch (err) {
          outcome = err instanceof DelayedError ? 'waiting_out' : err instanceof JobFailedForGood ? 'failed' : 'retried';
          throw err;
        } finally {
          jobDuration.observe({ queue: job.queueName, outcome }, (performance.now() - started) / 1000);
          // Ends for good are counted once, by onFailedForGood, which also sees the stalled limit.
          if (outcome !== 'failed') jobsTotal.inc({ queue: job.queueName, outcome });
        }
      },
    );
}

async function runOnce<T extends JobEnvelope, R>(o: RunnerOptions<T, R>, job: Job<T>, token: string | undefined): Promise<{ outcome: RunOutcome; value: R | { status: 'cancelled' } }> {
  const { signal, release } = o.track(job);
  try {
    return { outcome: 'completed', value: await o.run(job, { signal, finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) }) };
  } catch (err) {
    const verdict = classify(err, signal);
    const log = o.logger.child({ jobId: job.id, attempt: job.attemptsMade + 1 });
    if (verdict.kind === 'cancelled') {
      log.info('roadmap cancelled; the job stops');
      return { outcome: 'cancelled', value: { status: 'cancelled' } };
    }
    if (verdict.kind === 'transient') {
      const transient = job.data.transient ?? { since: Date.now(), waits: 0 };
      if (Date.now() - transient.since < o.transientWindowMs) {
        await waitOut(job, token, { since: transient.since, waits: transient.waits + 1 }, log, verdict.message);
        throw new DelayedError();
      }
      log.error({ code: verdict.code, since: new Date(transient.since).toISOString() }, 'infrastructure fault outlasted the retry window');
      throw new JobFailedForGood({ code: verdict.code, message: `${verdict.message} (for longer than the retry window)` });
    }
    if (verdict.kind === 'permanent') throw new JobFailedForGood(verdict);
    if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) throw new JobFailedForGood(verdict);
    log.warn({ code: verdict.code, err }, 'attempt failed; the queue will retry');
    throw err;
  } finally {
    release();
    await o.settle().catch((err: unknown) => o.logger.warn({ err, jobId: job.id }, 'could not flush the job’s events'));
  }
}

/** Puts the job back in the delayed set without counting an attempt; if even that fails, the error stands. */
async function waitOut(job: Job<{ transient?: TransientState }>, token: string | undefined, transient: TransientState, log: Logger, reason: string): Promise<void> {
  const delayMs = transientDelayMs(transient.waits);
  log.warn({ reason, waits: transient.waits, delayMs }, 'infrastructure fault; waiting it out without spending an attempt');
  await job.updateData({ ...job.data, transient });
  await job.moveToDelayed(Date.now() + delayMs, token);
}

/**
 * Calls `failedForGood` for every job of `worker` that fails with no attempt left. Failures of the path itself
 * are logged and left to the reconciler, which sees the failed job and the unfinished work.
 */
export function onFailedForGood<T>(worker: AnyWorker<T>, logger: Logger, failedForGood: (job: Job<T>, failure: FinalFailure) => Promise<void>): void {
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = err instanceof UnrecoverableError || STALLED_LIMIT.test(err.message) || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return;
    jobsTotal.inc({ queue: job.queueName, outcome: 'failed' });
    const failure: FinalFailure =
      err instanceof JobFailedForGood
        ? err.failure
        : STALLED_LIMIT.test(err.message)
          ? { code: 'JOB_STALLED', message: 'the worker doing this stopped in the middle too many times' }
          : { code: 'UNEXPECTED_ERROR', message: err.message };
    failedForGood(job as Job<T>, failure).catch((pathErr: unknown) =>
      logger.error({ err: pathErr, jobId: job.id, failure }, 'failure path could not run; the reconciler will pick this up'),
    );
  });
}
