/** SQL for `execution_logs`: batched writes (one statement per batch) and ordered reads. */
import type { LogLevel } from '../../domain/enums.js';
import type { Queryable } from '../db.js';

/** One execution-log event as stored (the producer's event, validated by the logs worker, has this shape). */
export interface LogRowInput {
  id: string;
  roadmapId: string;
  seq: number;
  level: LogLevel;
  category: string;
  step: string | null;
  agent: string | null;
  conceptId: string | null;
  message: string;
  details: Record<string, unknown> | null;
  durationMs: number | null;
  requestId: string | null;
  clientRequestId: string | null;
  time: string;
}

/**
 * Writes a whole batch with one `unnest` INSERT. Idempotent by event id, so a batch redelivered after a crash
 * stores nothing twice. Returns how many rows were new.
 */
export async function insertLogBatch(db: Queryable, events: readonly LogRowInput[]): Promise<number> {
  if (events.length === 0) return 0;
  const col = <K extends keyof LogRowInput>(k: K) => events.map((e) => e[k]);
  const { rowCount } = await db.query(
    `INSERT INTO execution_logs
       (id, roadmap_id, seq, level, category, step, agent, concept_id, message, details, duration_ms, request_id,
        client_request_id, created_at)
     SELECT * FROM unnest(
       $1::uuid[], $2::uuid[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
       $9::text[], $10::jsonb[], $11::integer[], $12::text[], $13::text[], $14::timestamptz[])
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
      col('clientRequestId'),
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
  client_request_id: string | null;
  created_at: Date;
}

export interface LogCursor {
  seq: string;
  id: string;
}

export interface LogFilter {
  levels?: readonly LogLevel[];
  categories?: readonly string[];
  steps?: readonly string[];
  conceptId?: string;
}

/** Ascending by (seq, id) after an optional cursor, filtered by level, category, step and concept. */
export async function listLogs(db: Queryable, q: { roadmapId: string; after?: LogCursor; limit: number } & LogFilter): Promise<LogRow[]> {
  const { rows } = await db.query<LogRow>(
    `SELECT id, roadmap_id, seq::text AS seq, level, category, step, agent, concept_id, message, details,
            duration_ms, request_id, client_request_id, created_at
     FROM execution_logs
     WHERE roadmap_id = $1
       AND ($2::bigint IS NULL OR (seq, id) > ($2::bigint, $3::uuid))
       AND ($4::text[] IS NULL OR level = ANY($4::text[]))
       AND ($5::text[] IS NULL OR category = ANY($5::text[]))
       AND ($6::text[] IS NULL OR step = ANY($6::text[]))
       AND ($7::text IS NULL OR concept_id = $7)
     ORDER BY seq, id
     LIMIT $8`,
    [q.roadmapId, q.after?.seq ?? null, q.after?.id ?? null, q.levels ?? null, q.categories ?? null, q.steps ?? null, q.conceptId ?? null, q.limit],
  );
  return rows;
}

export interface LogSummary {
  total: number;
  byLevel: Record<string, number>;
  byCategory: Record<string, number>;
  byStep: Record<string, number>;
  totalDurationMs: number;
  first: Date | null;
  last: Date | null;
}

export async function summarizeLogs(db: Queryable, roadmapId: string): Promise<LogSummary> {
  const { rows } = await db.query<{ dim: string; key: string | null; n: number; dur: string | null; first: Date | null; last: Date | null }>(
    `SELECT 'level' AS dim, level AS key, count(*)::int AS n, NULL::text AS dur, NULL::timestamptz AS first, NULL::timestamptz AS last
       FROM execution_logs WHERE roadmap_id = $1 GROUP BY level
     UNION ALL
     SELECT 'category', category, count(*)::int, NULL, NULL, NULL FROM execution_logs WHERE roadmap_id = $1 GROUP BY category
     UNION ALL
     SELECT 'step', coalesce(step, 'none'), count(*)::int, NULL, NULL, NULL FROM execution_logs WHERE roadmap_id = $1 GROUP BY step
     UNION ALL
     SELECT 'all', NULL, count(*)::int, coalesce(sum(duration_ms), 0)::text, min(created_at), max(created_at) FROM execution_logs WHERE roadmap_id = $1`,
    [roadmapId],
  );
  const pick = (dim: string) => Object.fromEntries(rows.filter((r) => r.dim === dim).map((r) => [r.key ?? 'none', r.n]));
  const all = rows.find((r) => r.dim === 'all');
  return {
    total: all?.n ?? 0,
    byLevel: pick('level'),
    byCategory: pick('category'),
    byStep: pick('step'),
    totalDurationMs: Number(all?.dur ?? 0),
    first: all?.first ?? null,
    last: all?.last ?? null,
  };
}

/**
 * Deletes rows older than the retention in batches of `batch` (each its own short statement, so no long lock
 * is held); returns how many went.
 */
export async function deleteOldLogs(db: Queryable, retentionDays: number, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const { rowCount } = await db.query(
      `DELETE FROM execution_logs WHERE ctid = ANY(ARRAY(
         SELECT ctid FROM execution_logs WHERE created_at < now() - make_interval(days => $1) LIMIT $2))`,
      [retentionDays, batch],
    );
    total += rowCount ?? 0;
    if ((rowCount ?? 0) < batch) return total;
  }
}

export interface StreamCursor {
  tx: string;
  pos: string;
}

export const STREAM_START: StreamCursor = { tx: '0', pos: '0' };

/**
 * Rows after `cursor` in (tx, pos) order, limited to transactions older than every running one, so a row can
 * never appear later behind a cursor already handed out (see the live_events migration). The sort names the
 * table's typed columns: the select list has text aliases of the same names, and sorting by those would put
 * transaction 1000 before 999.
 */
export async function listStableLogsAfter(
  db: Queryable,
  roadmapId: string,
  cursor: StreamCursor,
  limit: number,
): Promise<Array<LogRow & StreamCursor & { written_at: Date }>> {
  const { rows } = await db.query<LogRow & StreamCursor & { written_at: Date }>(
    `SELECT id, roadmap_id, seq::text AS seq, level, category, step, agent, concept_id, message, details,
            duration_ms, request_id, client_request_id, created_at, written_at, tx::text AS tx, pos::text AS pos
     FROM execution_logs
     WHERE roadmap_id = $1 AND (tx, pos) > ($2::xid8, $3::bigint)
       AND tx < pg_snapshot_xmin(pg_current_snapshot())
     ORDER BY execution_logs.tx, execution_logs.pos
     LIMIT $4`,
    [roadmapId, cursor.tx, cursor.pos, limit],
  );
  return rows;
}

/** Whether the event `id` is stored at or before `cursor` in stream order: it has been sent on that stream. */
export async function sentBefore(db: Queryable, id: string, cursor: StreamCursor): Promise<boolean> {
  const { rows } = await db.query<{ sent: boolean }>('SELECT (tx, pos) <= ($2::xid8, $3::bigint) AS sent FROM execution_logs WHERE id = $1', [
    id,
    cursor.tx,
    cursor.pos,
  ]);
  return rows[0]?.sent === true;
}

/** Stores events that cannot be written, with the reason, so nothing is dropped silently. */
export async function insertDeadLogs(db: Queryable, dead: ReadonlyArray<{ event: unknown; error: string }>): Promise<void> {
  if (dead.length === 0) return;
  // jsonb cannot hold U+0000 (often the very reason a row was rejected): keep it as a visible escape instead.
  const safe = (text: string) => text.replaceAll('\\u0000', '\\\\u0000').replaceAll('\u0000', '\\0');
  await db.query(`INSERT INTO execution_logs_dead (event, error) SELECT * FROM unnest($1::jsonb[], $2::text[])`, [
    dead.map((d) => safe(JSON.stringify(d.event) ?? 'null')),
    dead.map((d) => safe(d.error)),
  ]);
}
