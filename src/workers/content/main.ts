/** The content-worker role: the roadmap workflow (`roadmap` queue) and per-concept content (`content` queue). */
import type { Config } from '../../config.js';
import { createLlmProvider } from '../../llm/index.js';
import type { LlmProvider } from '../../llm/port.js';
import type { ContentQueueJob, RoadmapJob } from '../../queue/jobs.js';
import { createRuntime, exitOnSignal, serveMetrics, usageRecorder, type Runtime } from '../../runtime.js';
import { startTracing } from '../../telemetry/tracing.js';
import { CancellationWatcher } from '../cancellation.js';
import { onFailedForGood } from '../job-runner.js';
import { conceptFailed, contentProcessor } from './content-job.js';
import { catalogueUrls } from '../../llm/offline/catalogue-urls.js';
import { httpLinkChecker, noLinkChecks } from './link-check.js';
import { startReconciler } from './reconciler.js';
import { roadmapFailed, roadmapProcessor } from './roadmap-job.js';

/** Starts consuming on an existing runtime; resolves once both workers are connected. */
export async function startContentWorker(rt: Runtime, llm: LlmProvider): Promise<{ close(): Promise<void> }> {
  const { config } = rt;
  // The catalogue's links vouch for resources; loading them takes the CPU for a second or two, so it is done
  // before the first job rather than in the middle of one, where it would stall every lane of the process.
  catalogueUrls();
  const cancellation = new CancellationWatcher(rt.pool, config.CANCEL_POLL_MS, rt.logger);
  const tuning = { lockDuration: config.JOB_LOCK_MS, stalledInterval: config.STALLED_INTERVAL_MS };
  const roadmaps = rt.queues.worker<RoadmapJob>('roadmap', roadmapProcessor(rt, llm, cancellation), { concurrency: config.ROADMAP_CONCURRENCY, ...tuning });
  const checkLink = config.RESOURCE_LINK_CHECK === 'http' ? httpLinkChecker(config.LINK_CHECK_TIMEOUT_MS) : noLinkChecks;
  const content = rt.queues.worker<ContentQueueJob>('content', contentProcessor({ rt, llm, cancellation, checkLink }), { concurrency: config.CONTENT_CONCURRENCY, ...tuning });
  onFailedForGood(roadmaps, rt.logger, (job, failure) => roadmapFailed(rt, job, failure));
  onFailedForGood(content, rt.logger, (job, failure) => conceptFailed(rt, job, failure));
  for (const [name, w] of [['roadmap', roadmaps], ['content', content]] as const) {
    w.on('error', (err) => rt.logger.error({ err, queue: name }, 'worker error'));
    w.on('stalled', (jobId) => rt.logger.warn({ jobId, queue: name }, 'stalled job found; it will be redelivered'));
  }
  await Promise.all([roadmaps.waitUntilReady(), content.waitUntilReady()]);
  const reconciler = startReconciler(rt);
  rt.logger.info(
    { llm: llm.name, roadmapConcurrency: config.ROADMAP_CONCURRENCY, contentConcurrency: config.CONTENT_CONCURRENCY, poolMax: config.CONTENT_DB_POOL_MAX },
    'content worker ready',
  );
  return {
    async close() {
      await reconciler.stop();
      cancellation.stop();
      await Promise.all([roadmaps.close(), content.close()]);
    },
  };
}

export async function runContentWorker(config: Config): Promise<void> {
  const stopTracing = await startTracing(config, 'content-worker');
  const rt = await createRuntime('content-worker', config, config.CONTENT_DB_POOL_MAX);
  const worker = await startContentWorker(rt, createLlmProvider(config, { logger: rt.logger, onUsage: usageRecorder(rt.pool, rt.logger) }));
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
