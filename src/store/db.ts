/**
 * PostgreSQL pools. Each process builds exactly one pool for its role at start, sized from the config
 * (DESIGN.md rule 4), and names its connections `pathsmith:<role>` so `pathsmith status` and the benchmark can
 * count them in pg_stat_activity.
 *
 * The pool keeps no session state, so it works through PgBouncer in transaction mode: the statement timeout is
 * set per transaction (`SET LOCAL`) and enforced client-side for single statements, never sent as a startup
 * parameter (which PgBouncer refuses); statements are unnamed (a named prepared statement lives in one server
 * session). What needs a session — LISTEN, the PostgreSQL queue backend, migrations — uses DATABASE_DIRECT_URL.
 */
import pg from 'pg';
import type { Logger } from '../telemetry/logger.js';
import { tracer } from '../telemetry/tracing.js';
import { TracedClient } from './traced-client.js';

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

/**
 * The client-side timeout waits this much longer than the server-side one, so that where the server enforces
 * it (in transactions, or with `ALTER ROLE … SET statement_timeout`) the server cancels the statement and the
 * connection stays usable; the client's own timeout is the backstop for a statement nothing else caps.
 */
const CLIENT_TIMEOUT_MARGIN_MS = 1000;

const statementTimeouts = new WeakMap<pg.Pool, number>();

export function createPool(options: PoolOptions, logger?: Logger): Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    connectionTimeoutMillis: options.acquireTimeoutMs,
    idleTimeoutMillis: 30_000,
    application_name: `${APPLICATION_NAME_PREFIX}${options.role}`,
    query_timeout: options.statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
    // With traces on, every statement is a span; otherwise the plain client, at no cost.
    ...(tracer().enabled ? { Client: TracedClient } : {}),
  });
  statementTimeouts.set(pool, options.statementTimeoutMs);
  // An idle client can lose its server (restart, network); pg emits the error on the pool, and an unhandled
  // 'error' event would crash the process. The pool replaces the client on the next checkout.
  pool.on('error', (err) => logger?.warn({ err }, 'idle database connection lost'));
  logger?.debug({ role: options.role, poolMax: options.max }, 'database pool created');
  return pool;
}

/** The pool had no free connection within DB_ACQUIRE_TIMEOUT_MS: the process is at its connection budget. */
export function isPoolSaturated(err: unknown): boolean {
  return err instanceof Error && /timeout exceeded when trying to connect/i.test(err.message);
}

/**
 * Runs `fn` in a transaction on one pooled connection: committed if it resolves, rolled back if it throws. The
 * pool's statement timeout holds for the transaction alone (`SET LOCAL`), so no setting outlives it on a
 * connection PgBouncer hands to someone else next.
 */
export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    const timeoutMs = statementTimeouts.get(pool);
    // One round trip; the value is an integer from the config, never outside input.
    await client.query(timeoutMs === undefined ? 'BEGIN' : `BEGIN; SET LOCAL statement_timeout = ${Math.trunc(timeoutMs)}`);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // A connection that cannot even roll back (it timed out, or broke) must not go back to the pool.
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw err;
  } finally {
    client.release(broken);
  }
}
