/**
 * The only module that reads environment variables. Every setting, its default and the reason for the default
 * live here; `.env.example` documents the same list for operators.
 */
import path from 'node:path';
import { z } from 'zod';
import { AUTH_MODES, CONTENT_MODES, LLM_PROVIDERS, SERVICE_TYPES, SIGNUP_MODES, type AuthMode, type LlmProviderName } from './domain/enums.js';
import { QUOTA_MAX } from './domain/quotas.js';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
/** An unset or empty variable means "not configured". */
const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url().optional());

/** An optional setting; set to the empty string it counts as unset, as shells and compose files often leave it. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  /**
   * `auto`: readable lines on a terminal, JSON lines otherwise (log collectors and the supervisor read JSON);
   * `json` or `pretty` force one.
   */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  /**
   * A log line per HTTP request. Unset: on, except in production and on a terminal (`pathsmith start` in one
   * included), where a walk through the web app would bury everything else under hundreds of lines.
   */
  LOG_REQUESTS: optional(z.enum(['true', 'false']).transform((v) => v === 'true')),

  /** Which role a bare `pathsmith` (or the container entrypoint) runs. */
  SERVICE_TYPE: z.enum(SERVICE_TYPES).default('all'),

  // HTTP
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Worker processes of the API (node:cluster), as the seed's `uvicorn --workers`. */
  WEB_CONCURRENCY: int(1, 64).default(1),
  /** A roadmap request is under 5 KB; 64 KB leaves room without inviting abuse. */
  BODY_LIMIT_BYTES: int(1024, 10 * 1024 * 1024).default(64 * 1024),
  /** Comment lines on idle event streams, so proxies and browsers keep them open. */
  SSE_HEARTBEAT_MS: int(100, 300_000).default(15_000),
  /** Live streams one API process holds open at most; a watcher costs a socket and a few KB (past it: 503). */
  SSE_MAX_STREAMS: int(1, 1_000_000).default(10_000),
  /** Live streams one client (a user; in local mode an address) may hold open at once: a few tabs, not a loop (past it: 429). */
  SSE_MAX_STREAMS_PER_CLIENT: int(1, 100_000).default(20),
  /** A stream is closed after this long and the client reconnects after its last event, so none is held forever. */
  SSE_MAX_DURATION_MS: int(1000, 24 * 3600_000).default(30 * 60_000),
  /** A client that leaves this much unread is dropped rather than buffered without bound. */
  SSE_MAX_BUFFER_BYTES: int(1024, 1024 * 1024 * 1024).default(1024 * 1024),
  /** Public base URL used in Location headers and links; empty means relative links. */
  PUBLIC_BASE_URL: z.string().default(''),
  /**
   * A client sends its headers at once; one still sending them after this long is broken or holding the
   * socket on purpose (slowloris), so it gets 408 and is closed.
   */
  HTTP_HEADERS_TIMEOUT_MS: int(1000, 600_000).default(10_000),
  /**
   * Time to receive a whole request, body included (at most BODY_LIMIT_BYTES), counted from its first byte; it
   * ends with the request, so long answers (event streams) are not cut by it. At least HTTP_HEADERS_TIMEOUT_MS.
   */
  HTTP_REQUEST_TIMEOUT_MS: int(1000, 600_000).default(10_000),
  /**
   * A socket with no byte either way for this long is dead and closed. Longer than SSE_HEARTBEAT_MS, so a
   * quiet event stream stays open, and than DB_STATEMENT_TIMEOUT_MS, so a slow answer is not cut.
   */
  HTTP_CONNECTION_TIMEOUT_MS: int(1000, 3_600_000).default(60_000),
  /**
   * An idle keep-alive connection is closed after this long. Longer than the 60 s idle timeout of common load
   * balancers, so the balancer closes first and never sends a request on a socket we are closing.
   */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: int(1000, 600_000).default(72_000),

  // Accounts (README "Accounts and limits")
  /**
   * `local`: one learner, no login — only for a server on a loopback address; `accounts`: users, sessions and
   * API keys. Unset: `local` while HOST is a loopback address, else `accounts`.
   */
  AUTH_MODE: z.enum(AUTH_MODES).optional(),
  /** Who may create an account: anyone, holders of an admin's invite code, or nobody (admins create them). */
  SIGNUP: z.enum(SIGNUP_MODES).default('open'),
  /** Sliding lifetime of a login session; a month, so a learner who studies weekly stays logged in. */
  SESSION_TTL_HOURS: int(1, 24 * 366).default(720),
  /**
   * The session cookie's Secure flag: `auto` sets it when the request came over TLS (directly, or as a
   * proxy trusted by TRUST_PROXY says), so plain-HTTP localhost still works.
   */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Behind a load balancer: trust its X-Forwarded-* headers for the client address and protocol. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** Failed logins allowed per account and per address in LOGIN_WINDOW_MS before 429 RATE_LIMITED. */
  LOGIN_ATTEMPTS_PER_ACCOUNT: int(1, 10_000).default(10),
  LOGIN_ATTEMPTS_PER_ADDRESS: int(1, 100_000).default(50),
  LOGIN_WINDOW_MS: int(1000, 24 * 3600_000).default(15 * 60_000),
  /** Sign-ups allowed per address in LOGIN_WINDOW_MS: enough for a household or a classroom, not for a script. */
  SIGNUP_ATTEMPTS_PER_ADDRESS: int(1, 100_000).default(20),
  /** Roadmaps one user may request per 24 hours (0: no limit); each costs about 40 LLM calls. */
  QUOTA_ROADMAPS_PER_DAY: int(0, QUOTA_MAX.roadmapsPerDay).default(20),
  /** Roadmaps of one user generating at once (0: no limit); further requests wait `queued`, in order. */
  QUOTA_ACTIVE_ROADMAPS: int(0, QUOTA_MAX.activeRoadmaps).default(2),
  /** LLM tokens one user may spend per calendar month (0: no limit); set it when the model costs money. */
  QUOTA_TOKENS_PER_MONTH: int(0, QUOTA_MAX.tokensPerMonth).default(0),
  /** Requests per minute one user may make to the write routes (RateLimit-* headers tell how many are left). */
  WRITE_RATE_PER_MINUTE: int(1, 1_000_000).default(120),
  /** Creates this admin at start if no account has this email (the first admin of a new deployment). */
  ADMIN_EMAIL: optional(z.email()),
  ADMIN_PASSWORD: optional(z.string().min(12)),
  /** The API key the CLI's `generate` sends (`--api-key` overrides it). */
  PATHSMITH_API_KEY: optional(z.string().min(1)),

  // Stores
  /** Unset → `pathsmith start` runs an embedded PostgreSQL under PATHSMITH_DATA_DIR. */
  DATABASE_URL: optionalUrl,
  /**
   * A direct connection to the same database, for what needs a session of its own: LISTEN/NOTIFY, the
   * PostgreSQL queue backend and migrations (advisory locks). Set it when DATABASE_URL goes through PgBouncer
   * in transaction mode; unset → DATABASE_URL.
   */
  DATABASE_DIRECT_URL: optionalUrl,
  /** Unset → the queues run on BullMQ's PostgreSQL backend in DATABASE_URL. */
  REDIS_URL: optionalUrl,
  PATHSMITH_DATA_DIR: z.string().min(1).default('.pathsmith'),
  /** 0 picks a free port for the embedded PostgreSQL. */
  EMBEDDED_PG_PORT: int(0, 65535).default(0),
  /** Redis key prefix of the queues (on PostgreSQL they live in the schema `bullmq`). */
  QUEUE_NAMESPACE: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,40}$/, 'lower-case letters, digits and _')
    .default('pathsmith_queue'),

  // Connection budget (DESIGN.md rule 4): per process, see README "Connection budget".
  /** Each API process answers from at most this many connections; the rest wait briefly, then get 503. */
  API_DB_POOL_MAX: int(1, 200).default(10),
  /** The content worker holds a connection only around short reads and writes, never across an LLM call. */
  CONTENT_DB_POOL_MAX: int(1, 200).default(5),
  /** The logs worker needs one connection per concurrent batch. */
  LOGS_DB_POOL_MAX: int(1, 200).default(4),
  /**
   * One pool per process for the PostgreSQL queue backend, shared by its queues and workers; each worker keeps
   * one of its connections for LISTEN. Unused on Redis.
   */
  QUEUE_DB_POOL_MAX: int(1, 50).default(4),
  /**
   * Group commit of POST /v1/roadmaps: concurrent requests are stored by one INSERT and enqueued by one bulk add,
   * up to this many per batch, with at most CREATE_BATCHES_IN_FLIGHT batches written at once. A lone request is
   * written at once; under load the batches grow with the round trip.
   */
  CREATE_BATCH_MAX: int(1, 1000).default(128),
  CREATE_BATCHES_IN_FLIGHT: int(1, 50).default(2),
  /** How long a request may wait for a pooled connection before it is answered 503 + Retry-After. */
  DB_ACQUIRE_TIMEOUT_MS: int(50, 60_000).default(1000),
  /**
   * Cap on any single statement, so a stuck query frees its connection. Set per transaction (`SET LOCAL`) and
   * as a client-side timeout, never as a connection parameter, which PgBouncer refuses (README "PgBouncer").
   */
  DB_STATEMENT_TIMEOUT_MS: int(100, 600_000).default(30_000),

  // Workers
  /** Roadmap workflows one content-worker process runs at once; they mostly wait on the LLM. */
  ROADMAP_CONCURRENCY: int(1, 1000).default(20),
  LOGS_CONCURRENCY: int(1, 64).default(2),
  /** Content jobs (one piece each: a concept's tutorial, resources or quiz) one content-worker process runs at once. */
  CONTENT_CONCURRENCY: int(1, 1000).default(16),
  /**
   * Pieces of one roadmap generated at once across all workers (its lanes), so one big roadmap cannot starve
   * others. The content phase's critical path is max(the longest piece, all pieces' time ÷ this); at 4, a
   * roadmap of a dozen concepts finishes within 1.25× of it (`npm run bench:critical-path`).
   */
  CONTENT_PER_ROADMAP: int(1, 100).default(4),
  /**
   * A request's `content` when it names none: `eager` writes every concept once the outline is final (the
   * roadmap is complete when you open it); `on_demand` writes a concept when it is first opened, which spends
   * LLM tokens only on what is read.
   */
  CONTENT_DEFAULT: z.enum(CONTENT_MODES).default('eager'),
  /** Time limits per job; past them the job's work is aborted and the job retried. */
  ROADMAP_JOB_TIMEOUT_MS: int(1000, 24 * 3600_000).default(15 * 60_000),
  CONTENT_JOB_TIMEOUT_MS: int(1000, 24 * 3600_000).default(10 * 60_000),
  /** How often a worker checks whether a roadmap it works on was cancelled. */
  CANCEL_POLL_MS: int(50, 60_000).default(500),
  /**
   * `http`: a resource link that is not from the curated catalogue is kept only if it answers an HTTP check;
   * `off`: such links are never fetched and become search suggestions.
   */
  RESOURCE_LINK_CHECK: z.enum(['http', 'off']).default('http'),
  LINK_CHECK_TIMEOUT_MS: int(100, 60_000).default(5000),
  /** Attempts per job before it is failed for good; only content failures spend them (see TRANSIENT_RETRY_WINDOW_MS). */
  JOB_ATTEMPTS: int(1, 20).default(3),
  JOB_BACKOFF_MS: int(0, 600_000).default(2000),
  /**
   * An infrastructure fault (PostgreSQL or Redis unreachable, the LLM's 5xx/429/timeouts) is waited out for this
   * long, with capped backoff, without spending the content attempts: a restart or failover of a dependency
   * takes minutes, not hours. After it, the job fails for good and the roadmap says why.
   */
  TRANSIENT_RETRY_WINDOW_MS: int(1000, 24 * 3600_000).default(10 * 60_000),
  /**
   * A job whose worker stops renewing its lock for this long is taken as stalled and redelivered. BullMQ renews
   * it every half of this, so a live worker keeps it with a 3 s margin; with the stalled check below, an
   * interrupted job is taken over within about 6 + 4 s (DESIGN.md asks for 15 s).
   */
  JOB_LOCK_MS: int(1000, 600_000).default(6000),
  /** How often a worker looks for stalled jobs; one cheap query or script per queue and interval. */
  STALLED_INTERVAL_MS: int(500, 600_000).default(4000),
  /**
   * How often the elected reconciler compares the roadmaps that must have live work with what the queue reports
   * for their job ids, and re-creates what is missing (DESIGN.md lifecycle, mechanism 3). It acts on a roadmap
   * only after two rounds in a row found no live job, so a job between two states is never doubled.
   */
  RECONCILE_INTERVAL_MS: int(100, 3_600_000).default(10_000),
  /** Roadmaps changed more recently than this are left for the next round: they are mid-transition. */
  RECONCILE_GRACE_MS: int(0, 3_600_000).default(5000),
  SHUTDOWN_TIMEOUT_MS: int(100, 300_000).default(15_000),

  // Execution logs
  LOG_BATCH_SIZE: int(1, 10_000).default(500),
  /** Short enough that a watcher sees progress promptly, long enough to batch a burst. */
  LOG_FLUSH_MS: int(10, 60_000).default(200),
  /** Execution logs older than this are deleted (in small batches, by the logs worker); 0 keeps them forever. */
  LOG_RETENTION_DAYS: int(0, 36_500).default(30),
  LOG_RETENTION_INTERVAL_MS: int(1000, 7 * 24 * 3600_000).default(3600_000),
  /** Events buffered in memory per process; past this the oldest are dropped, counted and reported. */
  LOG_BUFFER_MAX: int(100, 1_000_000).default(50_000),

  // LLM
  /** `openai` (any OpenAI-compatible API) or `offline`; unset: `openai` when OPENAI_API_KEY is set. */
  LLM_PROVIDER: z.enum(LLM_PROVIDERS).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** OpenAI, Azure, DeepSeek, Qwen, Ollama, vLLM… anything that speaks the chat completions API. */
  OPENAI_BASE_URL: optionalUrl,
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  /** Per-task model overrides; unset ones use LLM_MODEL. */
  LLM_MODEL_INTENT: z.string().min(1).optional(),
  LLM_MODEL_OUTLINE: z.string().min(1).optional(),
  LLM_MODEL_VALIDATION: z.string().min(1).optional(),
  LLM_MODEL_REPAIR: z.string().min(1).optional(),
  LLM_MODEL_CONTENT: z.string().min(1).optional(),
  /** The concept tutor's model: a conversation, where a faster, cheaper model often serves as well. */
  LLM_MODEL_TUTOR: z.string().min(1).optional(),
  /** Timeout of one LLM request; a slower answer is abandoned and retried. */
  LLM_TIMEOUT_MS: int(1000, 600_000).default(120_000),
  /** Retries of a failed request (429, 5xx, timeout), with exponential backoff, jitter and Retry-After. */
  LLM_MAX_RETRIES: int(0, 10).default(4),
  LLM_RETRY_BASE_MS: int(10, 60_000).default(1000),
  /** LLM calls in flight at once per process, across all jobs (DESIGN.md rule 3). */
  LLM_CONCURRENCY: int(1, 1000).default(16),
  /** Requests per minute per process; 0 means no limit. */
  LLM_RPM: int(0, 1_000_000).default(0),
  /** Stream answers (server-sent chunks) rather than wait for the whole body. */
  LLM_STREAM: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Prices for the cost estimate, USD per million tokens. */
  LLM_PRICE_INPUT_PER_MTOK: z.coerce.number().min(0).default(0),
  LLM_PRICE_OUTPUT_PER_MTOK: z.coerce.number().min(0).default(0),
  /** Simulated latency of each offline call; 0 in normal use, set by tests and benchmarks. */
  OFFLINE_LLM_DELAY_MS: int(0, 600_000).default(0),

  // Operations (README "Metrics and traces")
  /**
   * Port of this process's Prometheus `/metrics` (workers also answer `/healthz` and `/readyz` there); 0: none,
   * so roles started by hand on one machine do not collide. Under `pathsmith start` it is the first of three
   * consecutive ports (api, content worker, logs worker); 0 there picks free ones.
   */
  METRICS_PORT: int(0, 65535).default(0),
  /** Address the metrics port binds to; unset → HOST (the container image sets 0.0.0.0, for Prometheus). */
  METRICS_HOST: optional(z.string().min(1)),
  /** An OTLP/HTTP collector, e.g. http://otel-collector:4318: traces are sent there. Unset: no tracing code is loaded. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  /** The service name on exported spans; the role is added to it (`pathsmith-api`, …). */
  OTEL_SERVICE_NAME: z.string().min(1).default('pathsmith'),

  // Supervisor
  RESTART_BACKOFF_MS: int(10, 60_000).default(500),
  RESTART_BACKOFF_MAX_MS: int(100, 600_000).default(30_000),
});

export type Env = z.infer<typeof envSchema>;

/** Every variable the configuration reads (documented one by one in .env.example). */
export const ENV_KEYS = Object.keys(envSchema.shape).sort();

export interface Config extends Env {
  authMode: AuthMode;
  llmProvider: LlmProviderName;
  dataDir: string;
  queueBackend: 'redis' | 'postgres';
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS) {
    throw new ConfigError(['HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS (the headers are part of the request)']);
  }
  if (e.HTTP_CONNECTION_TIMEOUT_MS <= Math.max(e.SSE_HEARTBEAT_MS, e.DB_STATEMENT_TIMEOUT_MS)) {
    throw new ConfigError(['HTTP_CONNECTION_TIMEOUT_MS: must exceed SSE_HEARTBEAT_MS and DB_STATEMENT_TIMEOUT_MS, or quiet streams and slow answers are cut']);
  }
  const llmProvider = e.LLM_PROVIDER ?? (e.OPENAI_API_KEY ? 'openai' : 'offline');
  if (llmProvider === 'openai' && !e.OPENAI_API_KEY) {
    throw new ConfigError(['OPENAI_API_KEY: required with LLM_PROVIDER=openai (use any value for a local server that ignores it)']);
  }
  const authMode = e.AUTH_MODE ?? (isLoopback(e.HOST) ? 'local' : 'accounts');
  if (authMode === 'local' && !isLoopback(e.HOST)) {
    throw new ConfigError([
      `AUTH_MODE=local serves every caller as one learner who owns everything; on HOST=${e.HOST} anyone who can reach it would. ` +
        'Set AUTH_MODE=accounts (with ADMIN_EMAIL and ADMIN_PASSWORD for the first admin), or HOST=127.0.0.1.',
    ]);
  }
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) {
    throw new ConfigError(['ADMIN_EMAIL and ADMIN_PASSWORD: set both (the first admin), or neither']);
  }
  return {
    ...e,
    authMode,
    llmProvider,
    dataDir: path.resolve(e.PATHSMITH_DATA_DIR),
    queueBackend: e.REDIS_URL ? 'redis' : 'postgres',
  };
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The config with DATABASE_URL known to be set, as every role but the supervisor needs. */
export function requireDatabaseUrl(config: Config): string {
  if (!config.DATABASE_URL) {
    throw new ConfigError([
      'DATABASE_URL: required for this role; run `pathsmith start` to use the embedded PostgreSQL instead',
    ]);
  }
  return config.DATABASE_URL;
}

/** The connection for session features (LISTEN, the PostgreSQL queue backend, migrations): DATABASE_DIRECT_URL, else `url`. */
export function directDatabaseUrl(config: Config, url: string): string {
  return config.DATABASE_DIRECT_URL ?? url;
}
