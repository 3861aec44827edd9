/**
 * Is a dependency (PostgreSQL, Redis) unavailable right now — away, restarting, unreachable — so that trying
 * again later can succeed? The retry policy treats such a failure as an infrastructure fault, the API answers
 * it with 503, and the log producer keeps its batch. A statement rejected for its data is not one of these.
 * Plain predicates over the errors' shapes (codes, SQLSTATEs, messages), shared by every layer.
 */

/** Socket-level failures; Node reports a failed connection to a host with several addresses as an AggregateError. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);

export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isNetworkError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (NETWORK_CODES.has(errorCode(err) ?? '')) return true;
  if (err instanceof AggregateError) return err.errors.some(isNetworkError);
  return err.cause !== undefined && err.cause !== err && isNetworkError(err.cause);
}

/** SQLSTATEs of a connection that broke, a server shutting down, starting or out of connections. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300|53400)$/;
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return isNetworkError(err) || UNAVAILABLE_SQLSTATE.test(errorCode(err) ?? '') || UNAVAILABLE_MESSAGE.test(err.message);
}

/**
 * Redis: the connection is closed or reconnecting, or a command ran out of retries. On the PostgreSQL queue
 * backend the queue's failures are the database's, and `isDatabaseUnavailable` knows them.
 */
export function isRedisUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return isNetworkError(err) || err.name === 'MaxRetriesPerRequestError' || /Connection is closed|Stream isn't writeable|Connection closed/i.test(err.message);
}

export function isDependencyUnavailable(err: unknown): boolean {
  return isDatabaseUnavailable(err) || isRedisUnavailable(err);
}
