/** SQL for `execution_logs`: batched writes (one statement per batch) and ordered reads. */
import type { LogLevel } from '../../domain/enums.js';
import type { LogEvent } from '../../logsink/events.js';
import type { Pool } from '../db.js';

/**
 * Writes a whole batch with one `unnest` INSERT. Idempotent by event id, so a batch redelivered after a crash
 * stores nothing twice. Returns how many rows were new.
 */
export async function insertLogBatch(pool: Pool, events: readonly LogEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const col = <K extends keyof LogEvent>(k: K) => events.map((e) => e[k]);
  const { rowCount } = await pool.query(
    `INSERT INTO execution_logs
       (id, roadmap_id, seq, level, category, step, agent, concept_id, message, details, duration_ms, request_id, created_at)
     SELECT * FROM unnest(
       $1::uuid[], $2::uuid[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::jsonb[], $11::integer[], $12::text[], $13::timestamptz[])
     ON CONFLICT (id) DO NOTHING`,
    [
      col('id'),
      col('roadmapId'),
      col('seq'),
      col('level'),
      col('category'),
      col('step'),
      col('agent'),
      col('conceptId'),
      col('message'),
      events.map((e) => (e.details === null ? null : JSON.stringify(e.details))),
      col('durationMs'),
      col('requestId'),
      col('time'),
    ],
  );
  return rowCount ?? 0;
}

export interface LogRow {
  id: string;
  roadmap_id: string;
  seq: string;
  level: LogLevel;
  category: string;
  step: string | null;
  agent: string | null;
  concept_id: string | null;
  message: string;
  details: Record<string, unknown> | null;
  duration_ms: number | null;
  request_id: string | null;
  created_at: Date;
}

export interface LogCursor {
  seq: string;
  id: string;
}

/** Ascending by (seq, id) after an optional cursor; `levels` filters when given. */
export async function listLogs(
  pool: Pool,
  q: { roadmapId: string; after?: LogCursor; levels?: readonly LogLevel[]; limit: number },
): Promise<LogRow[]> {
  const { rows } = await pool.query<LogRow>(
    `SELECT id, roadmap_id, seq::text AS seq, level, category, step, agent, concept_id, message, details,
            duration_ms, request_id, created_at
     FROM execution_logs
     WHERE roadmap_id = $1
       AND ($2::bigint IS NULL OR (seq, id) > ($2::bigint, $3::uuid))
       AND ($4::text[] IS NULL OR level = ANY($4::text[]))
     ORDER BY seq, id
     LIMIT $5`,
    [q.roadmapId, q.after?.seq ?? null, q.after?.id ?? null, q.levels ?? null, q.limit],
  );
  return rows;
}

export interface StreamCursor {
  tx: string;
  pos: string;
}

export const STREAM_START: StreamCursor = { tx: '0', pos: '0' };

/**
 * Rows after `cursor` in (tx, pos) order, limited to transactions older than every running one, so a row can
 * never appear later behind a cursor already handed out (see the live_events migration).
 */
export async function listStableLogsAfter(pool: Pool, roadmapId: string, cursor: StreamCursor, limit: number): Promise<Array<LogRow & StreamCursor>> {
  const { rows } = await pool.query<LogRow & StreamCursor>(
    `SELECT id, roadmap_id, seq::text AS seq, level, category, step, agent, concept_id, message, details,
            duration_ms, request_id, created_at, tx::text AS tx, pos::text AS pos
     FROM execution_logs
     WHERE roadmap_id = $1 AND (tx, pos) > ($2::xid8, $3::bigint)
       AND tx < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY tx, pos
     LIMIT $4`,
    [roadmapId, cursor.tx, cursor.pos, limit],
  );
  return rows;
}

/** Stores events that cannot be written, with the reason, so nothing is dropped silently. */
export async function insertDeadLogs(pool: Pool, dead: ReadonlyArray<{ event: unknown; error: string }>): Promise<void> {
  if (dead.length === 0) return;
  await pool.query(`INSERT INTO execution_logs_dead (event, error) SELECT * FROM unnest($1::jsonb[], $2::text[])`, [
    dead.map((d) => JSON.stringify(d.event)),
    dead.map((d) => d.error),
  ]);
}
