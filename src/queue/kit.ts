/**
 * The queue port. BullMQ runs on Redis when REDIS_URL is set and on its PostgreSQL backend otherwise; this
 * module is the only place that knows which. Everything else asks the kit for a Queue, a Worker or
 * QueueEvents by queue name and uses the ordinary BullMQ API.
 */
import {
  createPostgresBackend,
  createRedisBackend,
  DEFAULT_SCHEMA,
  withBackend,
  type BackendFactory,
  type IQueueBackend,
  type JobsOptions,
  type Processor,
  type Queue,
  type QueueEvents,
  type Worker,
} from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { QueueName } from '../domain/enums.js';

export type AnyQueue<T = unknown> = Queue<T, unknown, string, T, unknown, string, IQueueBackend, unknown>;
export type AnyWorker<T = unknown> = Worker<T, unknown, string, IQueueBackend, never, unknown>;
export type AnyQueueEvents = QueueEvents<unknown, IQueueBackend, unknown>;

export interface QueueKitOptions {
  /** Redis URL, or null for the PostgreSQL backend on `databaseUrl`. */
  redisUrl: string | null;
  databaseUrl: string | null;
  /** Redis key prefix, so several deployments (or test runs) can share a Redis server. */
  namespace: string;
  /** Pool size of the PostgreSQL backend in this process (each worker holds one connection for LISTEN). */
  postgresPoolMax: number;
  /** Connection name shown in pg_stat_activity / CLIENT LIST, e.g. `pathsmith:api`. */
  connectionName: string;
  /**
   * Give up at once when the backend is away instead of reconnecting: for one-shot commands such as
   * `pathsmith status`, which must report an outage, not wait it out. Default: off (roles wait for it).
   */
  failFast?: boolean;
}

export interface WorkerTuning {
  concurrency: number;
  lockDuration: number;
  stalledInterval: number;
  /** How often a job may be found stalled before it is failed; each time it is redelivered. */
  maxStalledCount?: number;
}

export interface QueueKit {
  readonly backend: 'redis' | 'postgres';
  /** The PostgreSQL backend's connection pool, for the pool gauges of /metrics; null on Redis. */
  readonly pgPool: pg.Pool | null;
  queue<T>(name: QueueName): AnyQueue<T>;
  worker<T>(name: QueueName, processor: Processor<T>, tuning: WorkerTuning): AnyWorker<T>;
  events(name: QueueName): AnyQueueEvents;
  /** Resolves when the backend answers; used by /readyz and at start. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The PostgreSQL backend's tables live in BullMQ's default schema of the application's database. */
export const POSTGRES_QUEUE_SCHEMA = DEFAULT_SCHEMA;

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export function createQueueKit(o: QueueKitOptions): QueueKit {
  const closers: Array<() => Promise<unknown>> = [];
  let connection: unknown;
  let workerConnection: () => unknown;
  let factory: BackendFactory<IQueueBackend, unknown>;
  let pgPool: pg.Pool | null = null;
  if (o.redisUrl) {
    // Producers fail fast while Redis is away (the API answers 503); workers wait for it indefinitely.
    const producer = new Redis(o.redisUrl, {
      connectionName: o.connectionName,
      maxRetriesPerRequest: 2,
      ...(o.failFast ? { retryStrategy: () => null, connectTimeout: 3000 } : {}),
    });
    producer.on('error', () => undefined);
    closers.push(() => producer.quit().catch(() => producer.disconnect()));
    connection = producer;
    workerConnection = () => {
      const c = new Redis(o.redisUrl as string, { connectionName: o.connectionName, maxRetriesPerRequest: null });
      c.on('error', () => undefined);
      closers.push(() => c.quit().catch(() => c.disconnect()));
      return c;
    };
    factory = createRedisBackend as BackendFactory<IQueueBackend, unknown>;
  } else {
    if (!o.databaseUrl) throw new Error('the PostgreSQL queue backend needs a database URL');
    // One pool for every queue and worker of this process, so QUEUE_DB_POOL_MAX is the process's whole queue
    // budget. BullMQ keeps the tables of a shared pool in its default schema, which the pool's search_path names.
    const pool = new pg.Pool({
      connectionString: o.databaseUrl,
      max: o.postgresPoolMax,
      application_name: o.connectionName,
      keepAlive: true,
      options: `-c search_path=${POSTGRES_QUEUE_SCHEMA}`,
      ...(o.failFast ? { connectionTimeoutMillis: 3000 } : {}),
    });
    pool.on('error', () => undefined);
    closers.push(() => pool.end());
    pgPool = pool;
    connection = pool;
    workerConnection = () => connection;
    factory = createPostgresBackend as BackendFactory<IQueueBackend, unknown>;
  }
  const classes = withBackend(factory);
  const prefix = o.redisUrl ? { prefix: o.namespace } : {};
  const queues = new Map<QueueName, AnyQueue<unknown>>();

  const kit: QueueKit = {
    backend: o.redisUrl ? 'redis' : 'postgres',
    pgPool,
    queue<T>(name: QueueName) {
      let q = queues.get(name);
      if (!q) {
        q = new classes.Queue(name, { connection, ...prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }) as AnyQueue<unknown>;
        q.on('error', () => undefined);
        queues.set(name, q);
      }
      return q as AnyQueue<T>;
    },
    worker<T>(name: QueueName, processor: Processor<T>, t: WorkerTuning) {
      const w = new classes.Worker(name, processor, {
        connection: workerConnection(),
        ...prefix,
        concurrency: t.concurrency,
        lockDuration: t.lockDuration,
        stalledInterval: t.stalledInterval,
        maxStalledCount: t.maxStalledCount ?? 2,
        name: o.connectionName,
      });
      return w as unknown as AnyWorker<T>;
    },
    events(name: QueueName) {
      return new classes.QueueEvents(name, { connection: workerConnection(), ...prefix }) as unknown as AnyQueueEvents;
    },
    async ping() {
      await kit.queue('roadmap').getJobCountByTypes('waiting');
    },
    async close() {
      await Promise.allSettled([...queues.values()].map((q) => q.close()));
      await Promise.allSettled(closers.map((c) => c()));
    },
  };
  return kit;
}
