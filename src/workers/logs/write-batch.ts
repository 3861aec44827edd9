/**
 * Writing one batch of execution-log events. The whole batch goes in one `unnest` INSERT; if the database
 * rejects it for its data (a bad row, not an outage), the batch is split in halves until the bad rows are
 * isolated: those go to `execution_logs_dead` with the error, the rest is stored. An outage (connection
 * refused, server shutting down) is thrown, so the queue retries the whole batch later.
 */
import { logEventSchema, type LogEvent } from '../../logsink/events.js';
import type { Pool } from '../../store/db.js';
import { insertDeadLogs, insertLogBatch } from '../../store/sql/execution-logs.js';

/** SQLSTATE classes that blame the data: 22 data exception, 23 integrity constraint violation. */
const isDataError = (err: unknown) => /^2[23]/.test(String((err as { code?: string }).code ?? ''));

export interface BatchResult {
  written: number;
  dead: number;
}

export async function writeBatch(pool: Pool, events: readonly unknown[]): Promise<BatchResult> {
  const valid: LogEvent[] = [];
  const dead: Array<{ event: unknown; error: string }> = [];
  for (const e of events) {
    const parsed = logEventSchema.safeParse(e);
    if (parsed.success) valid.push(parsed.data);
    else dead.push({ event: e, error: `invalid event: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
  }
  const written = await insertIsolating(pool, valid, dead);
  await insertDeadLogs(pool, dead);
  return { written, dead: dead.length };
}

async function insertIsolating(pool: Pool, events: LogEvent[], dead: Array<{ event: unknown; error: string }>): Promise<number> {
  if (events.length === 0) return 0;
  try {
    return await insertLogBatch(pool, events);
  } catch (err) {
    if (!isDataError(err)) throw err;
    if (events.length === 1) {
      dead.push({ event: events[0], error: String((err as Error).message) });
      return 0;
    }
    const mid = Math.ceil(events.length / 2);
    return (await insertIsolating(pool, events.slice(0, mid), dead)) + (await insertIsolating(pool, events.slice(mid), dead));
  }
}
