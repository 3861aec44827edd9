/**
 * PostgreSQL pools. Each process builds exactly one pool for its role at start, sized from the config
 * (DESIGN.md rule 4), and names its connections `pathsmith:<role>` so `pathsmith status` and the benchmark can
 * count them in pg_stat_activity.
 */
import pg from 'pg';
import type { Logger } from '../telemetry/logger.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;
/** Store functions take any of them: alone they run on the pool, inside `withTransaction` on its client. */
export type Queryable = pg.Pool | pg.ClientBase;

export interface PoolOptions {
  url: string;
  role: string;
  max: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
}

export const APPLICATION_NAME_PREFIX = 'pathsmith:';

export function createPool(options: PoolOptions, logger?: Logger): Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    connectionTimeoutMillis: options.acquireTimeoutMs,
    idleTimeoutMillis: 30_000,
    application_name: `${APPLICATION_NAME_PREFIX}${options.role}`,
    statement_timeout: options.statementTimeoutMs,
  });
  // An idle client can lose its server (restart, network); pg emits the error on the pool, and an unhandled
  // 'error' event would crash the process. The pool replaces the client on the next checkout.
  pool.on('error', (err) => logger?.warn({ err }, 'idle database connection lost'));
  logger?.info({ role: options.role, poolMax: options.max }, 'database pool created');
  return pool;
}

/** The pool had no free connection within DB_ACQUIRE_TIMEOUT_MS: the process is at its connection budget. */
export function isPoolSaturated(err: unknown): boolean {
  return err instanceof Error && /timeout exceeded when trying to connect/i.test(err.message);
}

/** Runs `fn` in a transaction on one pooled connection: committed if it resolves, rolled back if it throws. */
export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
