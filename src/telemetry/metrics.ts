/**
 * The Prometheus registry of a process and every metric Pathsmith exposes (README "Metrics and traces"). The
 * few central places that count — the API's response hook, the job runner, the LLM decorator, the log producer
 * and logs worker, the reconciler — import their metric from here; nothing else defines one. Gauges of state
 * outside the process (queue depths, pools) are read when Prometheus scrapes, from sources the roles register.
 *
 * Conventions: `pathsmith_` prefix, units in the name, `_total` counters, and label values from closed sets
 * (queue names, statuses, route templates, configured models) — never ids.
 */
import client from 'prom-client';

export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry });
// An API started with WEB_CONCURRENCY > 1 serves one /metrics from its cluster primary, which asks each
// worker process for this registry (prom-client's AggregatorRegistry).
client.AggregatorRegistry.setRegistries([registry]);

const registers = [registry];

const aggregator = new client.AggregatorRegistry();

/** In a cluster primary: every worker process's metrics, added up (gauges of shared state by their maximum). */
export async function aggregatedMetrics(): Promise<{ contentType: string; body: string }> {
  const merged = await aggregator.clusterMetrics();
  return { contentType: aggregator.contentType, body: merged };
}

export const httpRequestDuration = new client.Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP answers by route template, method and status code. Event streams are counted by pathsmith_sse_streams_open instead.',
  labelNames: ['route', 'method', 'status_code'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

export const jobDuration = new client.Histogram({
  name: 'pathsmith_job_duration_seconds',
  help: 'Time one run of a job took, by queue and outcome (completed, cancelled, waiting_out, retried, failed).',
  labelNames: ['queue', 'outcome'] as const,
  // From a log batch (milliseconds) to a whole roadmap workflow on a slow model (many minutes).
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600, 1800],
  registers,
});

export const jobsTotal = new client.Counter({
  name: 'pathsmith_jobs_total',
  help: 'Job runs by queue and outcome; `failed` counts jobs that ended for good (attempts used, or stalled too often).',
  labelNames: ['queue', 'outcome'] as const,
  registers,
});

export const roadmapsFinished = new client.Counter({
  name: 'pathsmith_roadmaps_finished_total',
  help: 'Roadmaps that reached a terminal status, by status.',
  labelNames: ['status'] as const,
  registers,
});

export const piecesTotal = new client.Counter({
  name: 'pathsmith_pieces_total',
  help: 'Content pieces finished, by kind (tutorial, resources, quiz) and outcome (completed, failed).',
  labelNames: ['kind', 'outcome'] as const,
  registers,
});

export const llmRequests = new client.Counter({
  name: 'pathsmith_llm_requests_total',
  help: 'LLM calls (one structured answer, retries included) by provider, model, task and outcome (ok or the error kind).',
  labelNames: ['provider', 'model', 'task', 'outcome'] as const,
  registers,
});

export const llmDuration = new client.Histogram({
  name: 'pathsmith_llm_request_duration_seconds',
  help: 'Duration of LLM calls, retries and repair included, by provider, model and task.',
  labelNames: ['provider', 'model', 'task'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300],
  registers,
});

export const llmTokens = new client.Counter({
  name: 'pathsmith_llm_tokens_total',
  help: 'LLM tokens by provider, model, task and type (input, output).',
  labelNames: ['provider', 'model', 'task', 'type'] as const,
  registers,
});

export const llmCost = new client.Counter({
  name: 'pathsmith_llm_cost_usd_total',
  help: 'Estimated LLM cost in US dollars (LLM_PRICE_*_PER_MTOK), by provider, model and task.',
  labelNames: ['provider', 'model', 'task'] as const,
  registers,
});

export const logEvents = new client.Counter({
  name: 'pathsmith_log_events_total',
  help: 'Execution-log events by outcome: emitted (buffered by a producer), dropped (buffer full or refused by the queue), written and dead (by the logs worker).',
  labelNames: ['outcome'] as const,
  registers,
});

export const logLag = new client.Histogram({
  name: 'pathsmith_log_lag_seconds',
  help: 'From an execution-log event being emitted to its row being committed by the logs worker.',
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
  registers,
});

export const sseStreamsOpen = new client.Gauge({
  name: 'pathsmith_sse_streams_open',
  help: 'Live event streams (GET /v1/roadmaps/:id/events) open now.',
  registers,
});

export const limitRejections = new client.Counter({
  name: 'pathsmith_limit_rejections_total',
  help: 'Requests refused with 429 by a quota or rate limit (roadmaps_per_day, tokens_per_month, login_attempts, signup_attempts, write_rate).',
  labelNames: ['limit'] as const,
  registers,
});

export const stuckRoadmaps = new client.Gauge({
  name: 'pathsmith_stuck_roadmaps',
  help: "Roadmaps the reconciler's last round found without live work in the queue (reported by the elected content worker).",
  aggregator: 'max',
  registers,
});

/** The connection pools of this process, read at scrape time. */
export interface ObservedPool {
  role: string;
  /** `app` (the role's pool) or `queue` (the PostgreSQL queue backend's). */
  pool: 'app' | 'queue';
  max: number;
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new Set<ObservedPool>();

/** Reports `pool` in pathsmith_db_pool_connections until the returned function is called. */
export function observePool(pool: ObservedPool): () => void {
  pools.add(pool);
  return () => pools.delete(pool);
}

new client.Gauge({
  name: 'pathsmith_db_pool_connections',
  help: 'Database pool connections by role, pool (app, queue) and state (in_use, idle, waiting: requests queued for one).',
  labelNames: ['role', 'pool', 'state'] as const,
  registers,
  collect() {
    this.reset();
    for (const p of pools) {
      this.inc({ role: p.role, pool: p.pool, state: 'in_use' }, p.totalCount - p.idleCount);
      this.inc({ role: p.role, pool: p.pool, state: 'idle' }, p.idleCount);
      this.inc({ role: p.role, pool: p.pool, state: 'waiting' }, p.waitingCount);
    }
  },
});

new client.Gauge({
  name: 'pathsmith_db_pool_max_connections',
  help: 'The size each database pool may grow to (API_DB_POOL_MAX, CONTENT_DB_POOL_MAX, …), by role and pool.',
  labelNames: ['role', 'pool'] as const,
  registers,
  collect() {
    this.reset();
    for (const p of pools) this.inc({ role: p.role, pool: p.pool }, p.max);
  },
});

/** One queue's jobs in one state, as src/queue/depth.ts reads them. */
export interface QueueDepth {
  queue: string;
  state: string;
  jobs: number;
  /** Only for the states where an age means something (waiting, delayed, active). */
  oldestAgeSeconds?: number;
}

/**
 * Queue depths are asked of the queue backend at most once per this long, however many scrapes come (several
 * Prometheus servers, or the two gauges of one scrape): each read is a few queries per queue.
 */
const QUEUE_READ_CACHE_MS = 5000;
/** A scrape must answer quickly even when the queue backend hangs; then the queue gauges are left out. */
const QUEUE_READ_TIMEOUT_MS = 2000;

let queueSource: (() => Promise<QueueDepth[]>) | null = null;
let cached: { at: number; depths: Promise<QueueDepth[]> } | null = null;

/** Reports queue depths from `read` until the returned function is called; one source per process is enough. */
export function observeQueues(read: () => Promise<QueueDepth[]>): () => void {
  queueSource ??= read;
  return () => {
    if (queueSource !== read) return;
    queueSource = null;
    cached = null;
  };
}

async function queueDepths(): Promise<QueueDepth[]> {
  const read = queueSource;
  if (!read) return [];
  if (!cached || Date.now() - cached.at > QUEUE_READ_CACHE_MS) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('queue depth: no answer in time')), QUEUE_READ_TIMEOUT_MS)));
    cached = { at: Date.now(), depths: Promise.race([read(), timeout]).finally(() => clearTimeout(timer)) };
  }
  return cached.depths.catch(() => {
    cached = null;
    return [];
  });
}

new client.Gauge({
  name: 'pathsmith_queue_jobs',
  help: 'Jobs in each queue by state (waiting, active, delayed, failed, completed), as the queue backend reports them.',
  labelNames: ['queue', 'state'] as const,
  // Every process of a deployment reports the same queues: the largest answer is the freshest.
  aggregator: 'max',
  registers,
  async collect() {
    const depths = await queueDepths();
    this.reset();
    for (const d of depths) this.set({ queue: d.queue, state: d.state }, d.jobs);
  },
});

new client.Gauge({
  name: 'pathsmith_queue_oldest_job_age_seconds',
  help: 'Age of the oldest job in each queue by state (waiting and delayed: since it was added; active: since it started); 0 when there is none.',
  labelNames: ['queue', 'state'] as const,
  aggregator: 'max',
  registers,
  async collect() {
    const depths = await queueDepths();
    this.reset();
    for (const d of depths) if (d.oldestAgeSeconds !== undefined) this.set({ queue: d.queue, state: d.state }, d.oldestAgeSeconds);
  },
});
