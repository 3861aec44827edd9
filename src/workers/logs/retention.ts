/**
 * LOG_RETENTION_DAYS: the logs worker deletes older execution logs on a timer, in batches small enough that
 * no statement holds its locks for long. An advisory lock lets one logs worker do it when several run.
 */
import type { Runtime } from '../../runtime.js';
import { withAdvisoryLock } from '../../store/db.js';
import { deleteOldLogs } from '../../store/sql/execution-logs.js';

/** Arbitrary but fixed: the advisory-lock key that elects one retention sweep. */
const RETENTION_LOCK_KEY = 7_349_002;
/** Rows per DELETE: a few milliseconds of work each. */
const BATCH = 5000;

export async function applyRetention(rt: Pick<Runtime, 'pool' | 'config' | 'logger'>): Promise<number> {
  if (rt.config.LOG_RETENTION_DAYS === 0) return 0;
  const deleted = (await withAdvisoryLock(rt.pool, RETENTION_LOCK_KEY, () => deleteOldLogs(rt.pool, rt.config.LOG_RETENTION_DAYS, BATCH))) ?? 0;
  if (deleted > 0) rt.logger.info({ deleted, retentionDays: rt.config.LOG_RETENTION_DAYS }, 'old execution logs deleted');
  return deleted;
}

export function startRetention(rt: Runtime): () => void {
  const timer = setInterval(() => {
    applyRetention(rt).catch((err: unknown) => rt.logger.warn({ err }, 'log retention failed; will try again'));
  }, rt.config.LOG_RETENTION_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
