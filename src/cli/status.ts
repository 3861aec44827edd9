/** `pathsmith status`: connections in use per role, queue depths and roadmaps by status, as a table. */
import type { Config } from '../config.js';
import { QUEUE_NAMES } from '../domain/enums.js';
import { createQueueKit } from '../queue/kit.js';
import { APPLICATION_NAME_PREFIX, createPool } from '../store/db.js';
import { countByStatus } from '../store/sql/roadmaps.js';

export async function runStatus(config: Config, url: string): Promise<void> {
  const pool = createPool({ url, role: 'cli', max: 1, acquireTimeoutMs: 5000, statementTimeoutMs: 10_000 });
  const queues = createQueueKit({
    redisUrl: config.REDIS_URL ?? null,
    databaseUrl: url,
    namespace: config.QUEUE_NAMESPACE,
    postgresPoolMax: 1,
    connectionName: `${APPLICATION_NAME_PREFIX}cli`,
  });
  try {
    const { rows: conns } = await pool.query<{ role: string; state: string; n: string }>(
      `SELECT substr(application_name, length($1) + 1) AS role, coalesce(state, 'unknown') AS state, count(*)::text AS n
       FROM pg_stat_activity
       WHERE datname = current_database() AND application_name LIKE $1 || '%' AND pid <> pg_backend_pid()
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [APPLICATION_NAME_PREFIX],
    );
    const { rows: max } = await pool.query<{ max_connections: string }>('SHOW max_connections');
    console.log(`Database connections (max_connections ${max[0]?.max_connections}):`);
    console.table(conns.map((c) => ({ role: c.role, state: c.state, connections: Number(c.n) })));
    console.log(`Queues (${queues.backend}):`);
    const depth: Record<string, Record<string, number>> = {};
    for (const name of Object.values(QUEUE_NAMES)) {
      depth[name] = await queues.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    }
    console.table(depth);
    console.log('Roadmaps by status:');
    console.table(await countByStatus(pool));
  } finally {
    await queues.close();
    await pool.end();
  }
}
