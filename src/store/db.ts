/**
 * PostgreSQL pools. Each process builds exactly one pool for its role at start, sized from the config
 * (DESIGN.md rule 4), and names its connections `pathsmith:<role>` so `pathsmith status` and the benchmark can
 * count them in pg_stat_activity.
 */
import pg from 'pg';
import { AppError } from '../domain/errors.js';
import type { Logger } from '../telemetry/logger.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

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

/**
 * Turns "the pool had no free connection in time" into SERVICE_BUSY (503 + Retry-After) and "the server is
 * unreachable" into DEPENDENCY_UNAVAILABLE, so saturation is a fast answer, never a hang or a 500.
 */
export function mapDatabaseError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  if (/timeout exceeded when trying to connect/i.test(err.message)) {
    return new AppError('SERVICE_BUSY', { retryAfter: 1, cause: err });
  }
  const code = (err as { code?: string }).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '57P01' || code === '57P03' || code === 'ECONNRESET') {
    return new AppError('DEPENDENCY_UNAVAILABLE', { retryAfter: 2, cause: err });
  }
  return err;
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

/**
 * Runs `fn` only if this process wins the session advisory lock `key` (another holder means someone else is
 * already doing the work); returns null when it did not.
 */
export async function withAdvisoryLock<T>(pool: Pool, key: number, fn: () => Promise<T>): Promise<T | null> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
    if (!rows[0]?.locked) return null;
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    client.release();
  }
}
