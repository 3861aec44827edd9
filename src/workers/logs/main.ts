/**
 * The logs-worker role: consumes batches from the `logs` queue and writes each with one statement.
 * A write that fails because the database is down is waited out by the job runner's retry policy, without
 * spending attempts; nothing is lost. After each batch it notifies the API processes, which wake the live
 * event streams of those roadmaps.
 */
import type { Config } from '../../config.js';
import type { LogBatchJob } from '../../logsink/events.js';
import { logEvents, logLag } from '../../telemetry/metrics.js';
import { createRuntime, exitOnSignal, serveMetrics, type Runtime } from '../../runtime.js';
import { startTracing } from '../../telemetry/tracing.js';
import { onFailedForGood, resilientProcessor } from '../job-runner.js';
import { startRetention } from './retention.js';
import { writeBatch } from './write-batch.js';

export async function startLogsWorker(rt: Runtime): Promise<{ close(): Promise<void> }> {
  const { config } = rt;
  const processor = resilientProcessor<LogBatchJob, { received: number; written: number; dead: number }>({
    logger: rt.logger,
    transientWindowMs: config.TRANSIENT_RETRY_WINDOW_MS,
    // A batch belongs to no single roadmap and is never cancelled.
    track: () => ({ signal: new AbortController().signal, release: () => undefined }),
    run: async (job) => {
      const result = await writeBatch(rt.pool, job.data.events);
      recordCommitted(job.data.events, result);
      if (result.dead > 0) rt.logger.error({ jobId: job.id, dead: result.dead }, 'log events rejected by the database; kept in execution_logs_dead');
      // Wake live streams; a notification that is lost only delays them until their next poll.
      await rt.notifier.publish([...new Set(job.data.events.map((e) => e.roadmapId))]).catch((err: unknown) => rt.logger.warn({ err }, 'live notification failed'));
      return { received: job.data.events.length, ...result };
    },
    settle: async () => undefined,
  });
  const worker = rt.queues.worker<LogBatchJob>('logs', processor, {
    concurrency: config.LOGS_CONCURRENCY,
    lockDuration: config.JOB_LOCK_MS,
    stalledInterval: config.STALLED_INTERVAL_MS,
  });
  worker.on('error', (err) => rt.logger.error({ err }, 'logs worker error'));
  // The batch stays in the queue's failed set, where an operator can retry it once the cause is fixed.
  onFailedForGood(worker, rt.logger, async (job, failure) => rt.logger.error({ jobId: job.id, events: job.data.events.length, failure }, 'log batch failed for good'));
  await worker.waitUntilReady();
  const retention = startRetention(rt);
  rt.logger.info({ concurrency: config.LOGS_CONCURRENCY, poolMax: config.LOGS_DB_POOL_MAX }, 'logs worker ready');
  return {
    async close() {
      await retention.stop();
      await worker.close();
    },
  };
}

/**
 * Counts a committed batch: rows written (a redelivered batch's duplicates are not) and dead, and each event's
 * lag from its emission (the producer's clock) to now.
 */
function recordCommitted(events: readonly LogBatchJob['events'][number][], result: { written: number; dead: number }): void {
  logEvents.inc({ outcome: 'written' }, result.written);
  if (result.dead > 0) logEvents.inc({ outcome: 'dead' }, result.dead);
  const now = Date.now();
  for (const e of events) {
    const emitted = Date.parse(e.time);
    if (Number.isFinite(emitted)) logLag.observe(Math.max(0, (now - emitted) / 1000));
  }
}

export async function runLogsWorker(config: Config): Promise<void> {
  const stopTracing = await startTracing(config, 'logs-worker');
  const rt = await createRuntime('logs-worker', config, config.LOGS_DB_POOL_MAX);
  const worker = await startLogsWorker(rt);
  const stopMetrics = await serveMetrics(rt);
  // Tells a supervising `pathsmith start` that this role is up (its banner waits for every role).
  process.send?.({ type: 'ready' });
  exitOnSignal(rt.logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await worker.close();
    await rt.close();
    await stopMetrics();
    await stopTracing();
  });
}
