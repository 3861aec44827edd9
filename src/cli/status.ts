/**
 * `pathsmith status`: each dependency (a clear line when it is down), connections in use per role, queue depths
 * with the oldest waiting job's age, roadmaps by status, and stuck work — roadmaps that must have live work but
 * whose jobs the queue does not have (the reconciler re-creates those; here an operator sees them). Every
 * dependency is asked with a time limit, so the command never hangs on one that is away.
 */
import { directDatabaseUrl, type Config } from '../config.js';
import { queueDepths } from '../queue/depth.js';
import { createQueueKit, type QueueKit } from '../queue/kit.js';
import { stuckWork } from '../inspect/work.js';
import { APPLICATION_NAME_PREFIX, createPool, type Pool } from '../store/db.js';
import { connectionsByRole, maxConnections } from '../store/sql/activity.js';
import { countByStatus } from '../store/sql/roadmaps.js';

/** Long enough for a loaded server to answer, short enough that a dead one is reported promptly. */
const DEPENDENCY_TIMEOUT_MS = 3000;
/** Roadmaps younger than this are mid-transition; the reconciler's grace, at least. */
const STUCK_AFTER_MS = 30_000;
const STUCK_SHOWN = 20;

function limit<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${DEPENDENCY_TIMEOUT_MS} ms`)), DEPENDENCY_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));
const ago = (ms: number) => (ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`);

/** Prints the report; resolves with the exit code: 0, or 1 when a dependency is down. */
export async function runStatus(config: Config, url: string): Promise<number> {
  const pool = createPool({ url, role: 'cli', max: 2, acquireTimeoutMs: DEPENDENCY_TIMEOUT_MS, statementTimeoutMs: DEPENDENCY_TIMEOUT_MS });
  const queues = createQueueKit({
    redisUrl: config.REDIS_URL ?? null,
    databaseUrl: directDatabaseUrl(config, url),
    namespace: config.QUEUE_NAMESPACE,
    postgresPoolMax: 1,
    connectionName: `${APPLICATION_NAME_PREFIX}cli`,
    failFast: true,
  });
  let down = 0;
  try {
    const database = await limit('PostgreSQL', maxConnections(pool)).then(
      (max) => `ok (max_connections ${max})`,
      (err: unknown) => (down++, `DOWN: ${reason(err)}`),
    );
    const queue = await limit(`queues (${queues.backend})`, queues.ping()).then(
      () => 'ok',
      (err: unknown) => (down++, `DOWN: ${reason(err)}`),
    );
    console.log(`PostgreSQL: ${database}`);
    console.log(`Queues (${queues.backend}): ${queue}`);
    if (database.startsWith('ok')) await printDatabase(pool);
    if (queue === 'ok') await printQueues(queues);
    if (database.startsWith('ok') && queue === 'ok') await printStuck(pool, queues);
  } finally {
    await limit('closing', Promise.allSettled([queues.close(), pool.end()])).catch(() => undefined);
  }
  return down > 0 ? 1 : 0;
}

async function printDatabase(pool: Pool): Promise<void> {
  const rows = await limit('PostgreSQL', connectionsByRole(pool, APPLICATION_NAME_PREFIX));
  if (rows.length === 0) console.log('Database connections: none from Pathsmith roles');
  else {
    console.log('Database connections:');
    console.table(rows);
  }
  console.log('Roadmaps by status:');
  console.table(await limit('PostgreSQL', countByStatus(pool)));
}

async function printQueues(queues: QueueKit): Promise<void> {
  const depth: Record<string, Record<string, number | string>> = {};
  for (const d of await limit('queues', queueDepths(queues))) {
    const row = (depth[d.queue] ??= {});
    row[d.state] = d.jobs;
    if (d.state === 'waiting') row['oldest waiting'] = d.jobs > 0 ? ago((d.oldestAgeSeconds ?? 0) * 1000) : '—';
  }
  console.log('Queues:');
  console.table(depth);
}

async function printStuck(pool: Pool, queues: QueueKit): Promise<void> {
  const stuck = await limit('PostgreSQL and queues', stuckWork({ pool, queues }, STUCK_AFTER_MS, 1000));
  if (stuck.length === 0) {
    console.log('Stuck work: none (every queued or running roadmap has a live job)');
    return;
  }
  console.log(`Stuck work: ${stuck.length} roadmap(s) must have work but the queue has no live job for them (the reconciler re-creates it):`);
  console.table(stuck.slice(0, STUCK_SHOWN).map((r) => ({ roadmap: r.id, status: r.status, step: r.step, 'unchanged for': ago(Date.now() - r.updated_at.getTime()) })));
}
