/**
 * Socket-level failures, shared by the store's and the queue's "is this dependency unavailable?" predicates:
 * the server went away, refused or cannot be reached. Node reports a failed connection to a host with several
 * addresses as an AggregateError whose members carry the codes.
 */
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
