/** The content-worker role: consumes the `roadmap` queue and runs the generation workflow. */
import type { Config } from '../../config.js';
import { createLlmProvider } from '../../llm/index.js';
import type { LlmProvider } from '../../llm/port.js';
import type { RoadmapJob } from '../../queue/jobs.js';
import { createRuntime, exitOnSignal, type Runtime } from '../../runtime.js';
import { roadmapProcessor } from './roadmap-job.js';
import { startSweeper } from './sweeper.js';

/** Starts consuming on an existing runtime; resolves once the worker is connected. */
export async function startContentWorker(rt: Runtime, llm: LlmProvider): Promise<{ close(): Promise<void> }> {
  const { config } = rt;
  const worker = rt.queues.worker<RoadmapJob>('roadmap', roadmapProcessor(rt, llm), {
    concurrency: config.ROADMAP_CONCURRENCY,
    lockDuration: config.JOB_LOCK_MS,
    stalledInterval: config.STALLED_INTERVAL_MS,
  });
  worker.on('error', (err) => rt.logger.error({ err }, 'roadmap worker error'));
  worker.on('stalled', (jobId) => rt.logger.warn({ jobId }, 'stalled job found; it will be redelivered'));
  await worker.waitUntilReady();
  const stopSweeper = startSweeper(rt);
  rt.logger.info({ llm: llm.name, concurrency: config.ROADMAP_CONCURRENCY, poolMax: config.CONTENT_DB_POOL_MAX }, 'content worker ready');
  return {
    async close() {
      stopSweeper();
      await worker.close();
    },
  };
}

export async function runContentWorker(config: Config): Promise<void> {
  const rt = await createRuntime('content-worker', config, config.CONTENT_DB_POOL_MAX);
  const worker = await startContentWorker(rt, createLlmProvider(config));
  exitOnSignal(rt.logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await worker.close();
    await rt.close();
  });
}
