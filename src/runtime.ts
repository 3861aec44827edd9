/**
 * What every role process has: its config, its structured logger, its own database pool (sized for the role),
 * the queue kit and the execution-log producer — and one orderly way to close them on SIGINT/SIGTERM. The pools
 * and queues are reported in /metrics for as long as the runtime is open.
 */
import { directDatabaseUrl, requireDatabaseUrl, type Config } from './config.js';
import type { Role } from './domain/enums.js';
import { postgresNotifier, redisNotifier, type Notifier } from './livefeed/notifier.js';
import { LogProducer, type LogSink } from './logsink/producer.js';
import type { LogBatchJob } from './logsink/events.js';
import { queueDepths } from './queue/depth.js';
import { createQueueKit, POSTGRES_QUEUE_SCHEMA, type QueueKit } from './queue/kit.js';
import { readiness } from './readiness.js';
import { createPool, type Pool } from './store/db.js';
import { assertMigrated } from './store/migrate.js';
import { insertUsage } from './store/sql/usage.js';
import type { UsageSink } from './llm/port.js';
import { loggerFor, type Logger } from './telemetry/logger.js';
import { observePool, observeQueues, registry } from './telemetry/metrics.js';
import { startMetricsServer } from './telemetry/metrics-server.js';

/** The services a piece of work needs, whichever process it runs in. */
export interface Services {
  config: Config;
  logger: Logger;
  pool: Pool;
  queues: QueueKit;
  logs: LogSink;
  notifier: Notifier;
}

export interface Runtime extends Services {
  role: Role;
  logs: LogProducer;
  close(): Promise<void>;
}

/** The schema of the queue tables when the queues live in PostgreSQL; null on Redis. */
export function queueSchemaOf(config: Config): string | null {
  return config.queueBackend === 'postgres' ? POSTGRES_QUEUE_SCHEMA : null;
}

/** Reports a pg pool in the pool gauges, read live at each scrape; returns the function that stops it. */
function observe(role: Role, kind: 'app' | 'queue', pool: Pool): () => void {
  return observePool({
    role,
    pool: kind,
    max: pool.options.max ?? 0,
    get totalCount() {
      return pool.totalCount;
    },
    get idleCount() {
      return pool.idleCount;
    },
    get waitingCount() {
      return pool.waitingCount;
    },
  });
}

export async function createRuntime(role: Role, config: Config, poolMax: number, logger = loggerFor(role, config)): Promise<Runtime> {
  const url = requireDatabaseUrl(config);
  const pool = createPool(
    { url, role, max: poolMax, acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS, statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS },
    logger,
  );
  try {
    await assertMigrated(pool, queueSchemaOf(config));
  } catch (err) {
    await pool.end();
    throw err;
  }
  // LISTEN and the queue backend's sessions need a connection of their own, never one PgBouncer shares.
  const directUrl = directDatabaseUrl(config, url);
  const queues = createQueueKit({
    redisUrl: config.REDIS_URL ?? null,
    databaseUrl: directUrl,
    namespace: config.QUEUE_NAMESPACE,
    postgresPoolMax: config.QUEUE_DB_POOL_MAX,
    connectionName: `pathsmith:${role}`,
  });
  logger.debug({ queueBackend: queues.backend, queuePoolMax: queues.backend === 'postgres' ? config.QUEUE_DB_POOL_MAX : undefined }, 'queue backend selected');
  const logs = new LogProducer(
    queues.queue<LogBatchJob>('logs'),
    { batchSize: config.LOG_BATCH_SIZE, flushMs: config.LOG_FLUSH_MS, bufferMax: config.LOG_BUFFER_MAX },
    logger,
  );
  const notifier = config.REDIS_URL ? redisNotifier(config.REDIS_URL, config.QUEUE_NAMESPACE, logger) : postgresNotifier(pool, directUrl, logger);
  const unobserve = [observe(role, 'app', pool), observeQueues(() => queueDepths(queues))];
  if (queues.pgPool) unobserve.push(observe(role, 'queue', queues.pgPool));
  return {
    role,
    config,
    logger,
    pool,
    queues,
    logs,
    notifier,
    async close() {
      for (const stop of unobserve) stop();
      await logs.close();
      await notifier.close();
      await queues.close();
      await pool.end();
    },
  };
}

/**
 * Serves this process's /metrics, /healthz and /readyz on METRICS_PORT (none when it is 0); resolves with the
 * function that stops it.
 */
export async function serveMetrics(rt: Runtime): Promise<() => Promise<void>> {
  if (rt.config.METRICS_PORT === 0) return async () => undefined;
  const server = await startMetricsServer({
    port: rt.config.METRICS_PORT,
    host: rt.config.METRICS_HOST ?? rt.config.HOST,
    logger: rt.logger,
    metrics: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
    ready: () => readiness(rt),
  });
  return () => server.close();
}

/** Records each LLM call's usage in `llm_usage`; bookkeeping, so a failed insert is logged, never allowed to fail the work. */
export function usageRecorder(pool: Pool, logger: Logger): UsageSink {
  return (usage) => void insertUsage(pool, usage).catch((err: unknown) => logger.warn({ err, roadmapId: usage.roadmapId }, 'LLM usage not recorded'));
}

/**
 * Runs `stop` once on the first SIGINT/SIGTERM/SIGHUP, then exits. A hard cap keeps a wedged dependency from holding
 * the process forever; a second signal exits at once.
 */
export function exitOnSignal(logger: Logger, timeoutMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown took too long: exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  // The terminal it ran in was closed.
  process.on('SIGHUP', handler);
  // Started by the supervisor (or a cluster primary) with an IPC channel: if that parent dies, stop too.
  if (process.connected) process.on('disconnect', () => handler('SIGTERM'));
}
