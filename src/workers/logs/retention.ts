/**
 * LOG_RETENTION_DAYS: the logs worker deletes older execution logs on a timer, in batches small enough that
 * no statement holds its locks for long. A lease elects one logs worker to do it when several run.
 */
import type { Runtime } from '../../runtime.js';
import { deleteOldLogs } from '../../store/sql/execution-logs.js';
import { runElected, type ElectedDuty } from '../elected.js';

/** Rows per DELETE: a few milliseconds of work each. */
const BATCH = 5000;

export async function applyRetention(rt: Pick<Runtime, 'pool' | 'config' | 'logger'>): Promise<number> {
  if (rt.config.LOG_RETENTION_DAYS === 0) return 0;
  const deleted = await deleteOldLogs(rt.pool, rt.config.LOG_RETENTION_DAYS, BATCH);
  if (deleted > 0) rt.logger.info({ deleted, retentionDays: rt.config.LOG_RETENTION_DAYS }, 'old execution logs deleted');
  return deleted;
}

export function startRetention(rt: Runtime): ElectedDuty {
  return runElected({
    pool: rt.pool,
    logger: rt.logger,
    name: 'log-retention',
    intervalMs: rt.config.LOG_RETENTION_INTERVAL_MS,
    duty: async () => void (await applyRetention(rt)),
  });
}
