/**
 * The logs-worker role: consumes batches from the `logs` queue and writes each with one statement.
 * A failed write (database down) fails the job, and the queue retries it with backoff; nothing is lost.
 * After each batch it notifies the API processes, which wake the live event streams of those roadmaps.
 */
import type { Config } from '../../config.js';
import type { LogBatchJob } from '../../logsink/events.js';
import { createRuntime, exitOnSignal, type Runtime } from '../../runtime.js';
import { startRetention } from './retention.js';
import { writeBatch } from './write-batch.js';

export async function startLogsWorker(rt: Runtime): Promise<{ close(): Promise<void> }> {
  const { config } = rt;
  const worker = rt.queues.worker<LogBatchJob>(
    'logs',
    async (job) => {
      const result = await writeBatch(rt.pool, job.data.events);
      if (result.dead > 0) rt.logger.error({ jobId: job.id, dead: result.dead }, 'log events rejected by the database; kept in execution_logs_dead');
      // Wake live streams; a notification that is lost only delays them until their next poll.
      await rt.notifier.publish([...new Set(job.data.events.map((e) => e.roadmapId))]).catch((err: unknown) => rt.logger.warn({ err }, 'live notification failed'));
      return { received: job.data.events.length, ...result };
    },
    { concurrency: config.LOGS_CONCURRENCY, lockDuration: config.JOB_LOCK_MS, stalledInterval: config.STALLED_INTERVAL_MS },
  );
  worker.on('error', (err) => rt.logger.error({ err }, 'logs worker error'));
  worker.on('failed', (job, err) => rt.logger.warn({ err, jobId: job?.id, attempts: job?.attemptsMade }, 'log batch not written; the queue will retry'));
  await worker.waitUntilReady();
  const stopRetention = startRetention(rt);
  rt.logger.info({ concurrency: config.LOGS_CONCURRENCY, poolMax: config.LOGS_DB_POOL_MAX }, 'logs worker ready');
  return {
    async close() {
      stopRetention();
      await worker.close();
    },
  };
}

export async function runLogsWorker(config: Config): Promise<void> {
  const rt = await createRuntime('logs-worker', config, config.LOGS_DB_POOL_MAX);
  const worker = await startLogsWorker(rt);
  exitOnSignal(rt.logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await worker.close();
    await rt.close();
  });
}
