/**
 * Pathsmith as deployed, for fault tests: the api, the content worker and the logs worker as separate
 * `pathsmith` processes on a private PostgreSQL and a private Redis (or the PostgreSQL queue backend), the fake
 * OpenAI server in this process with real latency. A role that dies by itself is started again, as the
 * deployment's restart policy would (docker-compose.yml: `restart: unless-stopped`); a test kills roles on
 * purpose with `restart`, and stops or kills the servers through `pg` and `redis`.
 */
import pg from 'pg';
import { createQueueKit, type QueueKit } from '../../src/queue/kit.js';
import { startFakeOpenAi, type FakeOpenAi, type FaultPlan } from '../../tools/fake-openai/server.js';
import { spawnPathsmith } from './processes.js';
import { freePort, startPrivatePostgres, startPrivateRedis, type PrivatePostgres, type PrivateRedis } from './private-servers.js';
import { ROLE_NAMES, superviseRoles, type RoleExit, type RoleName } from './roles.js';

/** A real LLM's spread of answer times; each roadmap makes about 25 calls. */
export const LLM_PLAN: FaultPlan = { latencyMs: 300, latencyMaxMs: 800 };

/**
 * Short but realistic settings: an interrupted job is taken over within seconds (4 s lock, 2 s stalled
 * check), retries back off from 0.5 s, logs are flushed every 50 ms. The RECONCILE_* and TRANSIENT_* variables
 * are the settings of the reconciler and the retry classifier (issue 9, items 3 and 4); a build without them
 * ignores them. Links are not fetched: the tests must not depend on the internet.
 */
export const FAULT_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  JOB_LOCK_MS: '4000',
  STALLED_INTERVAL_MS: '2000',
  JOB_BACKOFF_MS: '500',
  LOG_FLUSH_MS: '50',
  CONTENT_PER_ROADMAP: '4',
  SWEEP_INTERVAL_MS: '2000',
  SWEEP_GRACE_MS: '2000',
  RECONCILE_INTERVAL_MS: '2000',
  RECONCILE_GRACE_MS: '2000',
  TRANSIENT_RETRY_WINDOW_MS: '600000',
  LLM_TIMEOUT_MS: '30000',
  RESOURCE_LINK_CHECK: 'off',
  SHUTDOWN_TIMEOUT_MS: '5000',
};

/** Catalogue goals with real curricula of 6–9 concepts at 4 h/week for 3 weeks. */
const GOALS = [
  'Learn Go for backend development',
  'Learn Rust',
  'Learn TypeScript',
  'Learn React',
  'Learn Docker and Kubernetes',
  'Learn SQL for data analysis',
  'Learn Python',
  'Learn Java',
  'Learn machine learning',
  'Learn Linux administration',
];

/** How the API answered one request for a roadmap: its status (and the id, if accepted), or why there was none. */
export type Answer = { status: number; id?: string } | { failure: string };

/** Per-request deadline of a learner's client: a hanging request is an answer too ("timeout"). */
const REQUEST_TIMEOUT_MS = 5000;

export interface FaultSystem {
  backend: 'redis' | 'postgres';
  pg: PrivatePostgres;
  redis: PrivateRedis | null;
  llm: FakeOpenAi;
  baseUrl: string;
  /** This process's own connection to the private database, for reading what was stored. */
  db: pg.Pool;
  /** This process's view of the queues, to ask the queue what it holds. */
  queues: QueueKit;
  /** Roles that exited without being asked to (each was started again). */
  exits: RoleExit[];
  /** SIGKILL of a role, then a new process of it; resolves once the new one is ready. */
  restart(role: RoleName): Promise<void>;
  /** One learner's request for a roadmap (goals in turn, numbered); never throws. */
  ask(): Promise<Answer>;
  /** Asks for `count` roadmaps; every one must be answered 202 (call it when no fault is active). */
  submit(count: number): Promise<string[]>;
  /** The goal submitted for a roadmap, so a fault can aim at its prompts. */
  goalOf(roadmapId: string): string | undefined;
  /** The roles' warnings and errors, and the servers' last lines: for failure messages. */
  diagnostics(): string;
  close(): Promise<void>;
}

export interface FaultSystemOptions {
  /** Where the queues live; default Redis. */
  backend?: 'redis' | 'postgres';
  /** Redis keeps an append-only file, fsynced on every write; default off (a restart loses everything). */
  redisAppendOnly?: boolean;
}

export async function startFaultSystem(options: FaultSystemOptions = {}): Promise<FaultSystem> {
  const backend = options.backend ?? 'redis';
  const closers: Array<() => Promise<unknown>> = [];
  const closeAll = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    const pgServer = await startPrivatePostgres();
    closers.push(() => pgServer.close());
    const redis = backend === 'redis' ? await startPrivateRedis({ appendOnly: options.redisAppendOnly ?? false }) : null;
    if (redis) closers.push(() => redis.close());
    const llm = await startFakeOpenAi({ faults: LLM_PLAN });
    closers.push(() => llm.close());
    const port = await freePort();
    const env: Record<string, string | undefined> = {
      ...FAULT_ENV,
      DATABASE_URL: pgServer.url,
      // Unset (not inherited) for the PostgreSQL backend: spawnPathsmith drops variables set to undefined.
      REDIS_URL: redis?.url,
      QUEUE_NAMESPACE: 'pathsmith_fault',
      PORT: String(port),
      HOST: '127.0.0.1',
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'test',
      OPENAI_BASE_URL: llm.url,
    };
    const migrate = spawnPathsmith(['migrate'], env);
    const migrated = await migrate.exited;
    if (migrated.code !== 0) throw new Error(`pathsmith migrate failed:\n${migrate.lines.map((l) => JSON.stringify(l)).join('\n')}`);

    const db = new pg.Pool({ connectionString: pgServer.url, max: 2, connectionTimeoutMillis: 2000 });
    db.on('error', () => undefined); // an idle connection lost to a stopped server; the next query reconnects
    closers.push(() => db.end());
    const queues = createQueueKit({ redisUrl: redis?.url ?? null, databaseUrl: pgServer.url, namespace: env.QUEUE_NAMESPACE!, postgresPoolMax: 2, connectionName: 'pathsmith:fault-observer' });
    closers.push(() => queues.close());

    const roles = superviseRoles(env);
    closers.push(() => roles.stopAll());
    await Promise.all(ROLE_NAMES.map((r) => roles.start(r)));

    const goals = new Map<string, string>();
    let submitted = 0;
    const baseUrl = `http://127.0.0.1:${port}`;
    const ask = async (): Promise<Answer> => {
      const n = ++submitted;
      // A numbered goal, so a fault can aim at one roadmap's prompts; the catalogue still matches the goal.
      const body = { goal: `${GOALS[(n - 1) % GOALS.length]} (#${n})`, hoursPerWeek: 4, weeks: 3 };
      try {
        const res = await fetch(`${baseUrl}/v1/roadmaps`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const answer = (await res.json().catch(() => ({}))) as { id?: string };
        if (res.status === 202 && answer.id) goals.set(answer.id, body.goal);
        return { status: res.status, id: res.status === 202 ? answer.id : undefined };
      } catch (err) {
        return { failure: failureOf(err) };
      }
    };
    return {
      backend,
      pg: pgServer,
      redis,
      llm,
      baseUrl,
      db,
      queues,
      exits: roles.exits,
      restart: (role) => roles.restart(role),
      ask,
      async submit(count) {
        const answers = await Promise.all(Array.from({ length: count }, ask));
        return answers.map((a) => {
          if (!('status' in a) || a.status !== 202 || !a.id) throw new Error(`POST /v1/roadmaps answered ${JSON.stringify(a)} with no fault active`);
          return a.id;
        });
      },
      goalOf: (id) => goals.get(id),
      diagnostics: () =>
        [
          roles.diagnostics(),
          roles.exits.length ? `role exits nobody asked for: ${roles.exits.map((e) => `${e.role} (${e.code ?? e.signal})`).join(', ')}` : '',
          `postgres log:\n${pgServer.logTail(8)}`,
          redis ? `redis log:\n${redis.logTail(8)}` : '',
        ].filter(Boolean).join('\n\n'),
      close: closeAll,
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

/** What a client can tell about a request that got no answer. */
function failureOf(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timeout';
  const code = (err as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'reset';
  return code ?? (err instanceof Error ? err.message : String(err));
}

