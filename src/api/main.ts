/**
 * The api role. With WEB_CONCURRENCY > 1 the process becomes a node:cluster primary that forks that many
 * API workers sharing the port (the seed's `uvicorn --workers`) and replaces any that die; each worker has its
 * own database pool of API_DB_POOL_MAX. The metrics port is then the primary's, serving the workers' metrics
 * added up (a port shared by the workers would answer for a random one of them).
 */
import cluster from 'node:cluster';
import type { Config } from '../config.js';
import { EXIT_CONFIG } from '../cli/exit-codes.js';
import { createRuntime, exitOnSignal, serveMetrics } from '../runtime.js';
import { loggerFor } from '../telemetry/logger.js';
import { aggregatedMetrics } from '../telemetry/metrics.js';
import { startMetricsServer } from '../telemetry/metrics-server.js';
import { startTracing } from '../telemetry/tracing.js';
import { ensureAdmin } from '../accounts/accounts.js';
import { buildApp } from './app.js';

export async function runApi(config: Config): Promise<void> {
  if (cluster.isPrimary && config.WEB_CONCURRENCY > 1) return runPrimary(config);
  const stopTracing = await startTracing(config, 'api');
  const rt = await createRuntime('api', config, config.API_DB_POOL_MAX);
  await ensureAdmin(rt.pool, config, rt.logger);
  const app = await buildApp(rt);
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  const url = address.replace('[::1]', 'localhost');
  rt.logger.info({ url, authMode: config.authMode, poolMax: config.API_DB_POOL_MAX, worker: cluster.worker?.id }, 'API listening');
  process.send?.({ type: 'listening', url, authMode: config.authMode });
  const stopMetrics = cluster.isWorker ? async () => undefined : await serveMetrics(rt);
  exitOnSignal(rt.logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await app.close();
    await rt.close();
    await stopMetrics();
    await stopTracing();
  });
}

async function runPrimary(config: Config): Promise<void> {
  const logger = loggerFor('api', config);
  let stopping = false;
  let announced = false;
  logger.info({ workers: config.WEB_CONCURRENCY, poolMaxEach: config.API_DB_POOL_MAX }, 'starting API workers');
  for (let i = 0; i < config.WEB_CONCURRENCY; i++) cluster.fork();
  cluster.on('message', (_worker, msg: { type?: string }) => {
    if (msg?.type === 'listening' && !announced) {
      announced = true;
      process.send?.(msg);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (code === EXIT_CONFIG) {
      // A worker that cannot start with this configuration will not start the next time either.
      logger.fatal({ worker: worker.id, code }, 'API worker cannot start with this configuration');
      process.exit(EXIT_CONFIG);
    }
    logger.error({ worker: worker.id, code, signal }, 'API worker exited; starting another');
    setTimeout(() => cluster.fork(), 500).unref();
  });
  const metrics =
    config.METRICS_PORT === 0
      ? null
      : await startMetricsServer({ port: config.METRICS_PORT, host: config.METRICS_HOST ?? config.HOST, logger, metrics: aggregatedMetrics });
  exitOnSignal(logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    stopping = true;
    await metrics?.close();
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(
      workers.map((w) => new Promise<void>((resolve) => {
        w.once('exit', () => resolve());
        w.process.kill('SIGTERM');
      })),
    );
  });
}
