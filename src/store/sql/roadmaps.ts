/** SQL for the `roadmaps` table: one function per statement. */
import type { ContentKind, RoadmapStatus, TerminalStatus, WorkflowStep } from '../../domain/enums.js';
import type { Outline, RoadmapRequest } from '../../domain/roadmap.js';
import type { Pool } from '../db.js';

export interface RoadmapRow {
  id: string;
  owner_id: string;
  status: RoadmapStatus;
  step: WorkflowStep;
  request: RoadmapRequest;
  outline: Outline | null;
  error: {
    code: string;
    message: string;
    retryable?: boolean;
    failed?: Array<{ conceptId: string; kind: ContentKind; error: string | null }>;
  } | null;
  idempotency_key: string | null;
  request_hash: string;
  request_id: string | null;
  attempts: number;
  /** Generation of the roadmap's jobs: every restart of its work (review answered, retry) increments it. */
  job_seq: number;
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface NewRoadmap {
  id: string;
  ownerId: string;
  request: RoadmapRequest;
  requestHash: string;
  idempotencyKey: string | null;
  requestId: string | null;
}

/**
 * Inserts a roadmap, or — when the owner already used this Idempotency-Key — returns the existing row with
 * `created: false` so the caller can compare request hashes.
 */
export async function insertRoadmap(pool: Pool, r: NewRoadmap): Promise<{ row: RoadmapRow; created: boolean }> {
  const inserted = await pool.query<RoadmapRow>(
    `INSERT INTO roadmaps (id, owner_id, request, request_hash, idempotency_key, request_id)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (owner_id, idempotency_key) DO NOTHING
     RETURNING *`,
    [r.id, r.ownerId, r.request, r.requestHash, r.idempotencyKey, r.requestId],
  );
  if (inserted.rows[0]) return { row: inserted.rows[0], created: true };
  const existing = await pool.query<RoadmapRow>(
    'SELECT * FROM roadmaps WHERE owner_id = $1 AND idempotency_key = $2',
    [r.ownerId, r.idempotencyKey],
  );
  if (!existing.rows[0]) throw new Error('idempotency conflict without an existing row');
  return { row: existing.rows[0], created: false };
}

export async function getRoadmap(pool: Pool, id: string): Promise<RoadmapRow | null> {
  const { rows } = await pool.query<RoadmapRow>('SELECT * FROM roadmaps WHERE id = $1', [id]);
  return rows[0] ?? null;
}

export interface RoadmapPageCursor {
  createdAt: string;
  id: string;
}

/** Newest first; keyset pagination on (created_at, id) so pages stay stable while rows are added. */
export async function listRoadmaps(
  pool: Pool,
  q: { ownerId: string; limit: number; before?: RoadmapPageCursor; status?: RoadmapStatus },
): Promise<RoadmapRow[]> {
  const { rows } = await pool.query<RoadmapRow>(
    `SELECT * FROM roadmaps
     WHERE owner_id = $1
       AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       AND ($4::text IS NULL OR status = $4)
     ORDER BY created_at DESC, id DESC
     LIMIT $5`,
    [q.ownerId, q.before?.createdAt ?? null, q.before?.id ?? null, q.status ?? null, q.limit],
  );
  return rows;
}

/**
 * Claims a roadmap for a run: queued → running (or stays running on a redelivery). Returns null when the
 * roadmap is gone or already terminal, so a duplicate delivery does nothing.
 */
export async function startRun(pool: Pool, id: string): Promise<RoadmapRow | null> {
  const { rows } = await pool.query<RoadmapRow>(
    `UPDATE roadmaps
     SET status = 'running', attempts = attempts + 1, updated_at = now(), started_at = coalesce(started_at, now())
     WHERE id = $1 AND status IN ('queued', 'running')
     RETURNING *`,
    [id],
  );
  return rows[0] ?? null;
}

export async function setStep(pool: Pool, id: string, step: WorkflowStep): Promise<void> {
  await pool.query(
    `UPDATE roadmaps SET step = $2, updated_at = now() WHERE id = $1 AND status = 'running'`,
    [id, step],
  );
}

export async function saveOutline(pool: Pool, id: string, outline: Outline): Promise<void> {
  await pool.query(`UPDATE roadmaps SET outline = $2, updated_at = now() WHERE id = $1`, [id, outline]);
}

/** Moves a running roadmap to a terminal status; returns false if it was not running (e.g. cancelled). */
export async function finishRun(
  pool: Pool,
  id: string,
  outcome: { status: TerminalStatus; step: WorkflowStep; error?: RoadmapRow['error'] },
): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE roadmaps
     SET status = $2, step = $3, error = $4, updated_at = now(), finished_at = now()
     WHERE id = $1 AND status IN ('queued', 'running')`,
    [id, outcome.status, outcome.step, outcome.error ?? null],
  );
  return rowCount === 1;
}

/** Pauses a running roadmap until the learner reviews its outline. */
export async function awaitReview(pool: Pool, id: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE roadmaps SET status = 'awaiting_review', step = 'review', updated_at = now() WHERE id = $1 AND status = 'running'`,
    [id],
  );
  return rowCount === 1;
}

/**
 * Puts a roadmap back in the queue with a new job generation (after a review, or a retry of the workflow);
 * only from the given statuses. Returns the updated row, or null if the roadmap was not in one of them.
 */
export async function requeue(pool: Pool, id: string, from: readonly RoadmapStatus[]): Promise<RoadmapRow | null> {
  const { rows } = await pool.query<RoadmapRow>(
    `UPDATE roadmaps SET status = 'queued', job_seq = job_seq + 1, error = NULL, finished_at = NULL, updated_at = now()
     WHERE id = $1 AND status = ANY($2::text[]) RETURNING *`,
    [id, from],
  );
  return rows[0] ?? null;
}

/** Reopens the content phase of a finished roadmap for a retry, with a new job generation. */
export async function reopenContent(pool: Pool, id: string, from: readonly RoadmapStatus[]): Promise<RoadmapRow | null> {
  const { rows } = await pool.query<RoadmapRow>(
    `UPDATE roadmaps SET status = 'running', step = 'content', job_seq = job_seq + 1, error = NULL, finished_at = NULL, updated_at = now()
     WHERE id = $1 AND status = ANY($2::text[]) RETURNING *`,
    [id, from],
  );
  return rows[0] ?? null;
}

/** Cancels a roadmap that is not finished; returns the row, or null if it was already terminal. */
export async function cancelRoadmap(pool: Pool, id: string): Promise<RoadmapRow | null> {
  const { rows } = await pool.query<RoadmapRow>(
    `UPDATE roadmaps SET status = 'cancelled', finished_at = now(), updated_at = now()
     WHERE id = $1 AND status IN ('queued', 'running', 'awaiting_review') RETURNING *`,
    [id],
  );
  return rows[0] ?? null;
}

/** Of the given roadmaps, those that are cancelled: the workers poll this to abort their work promptly. */
export async function cancelledAmong(pool: Pool, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await pool.query<{ id: string }>(`SELECT id FROM roadmaps WHERE id = ANY($1::uuid[]) AND status = 'cancelled'`, [ids]);
  return rows.map((r) => r.id);
}

/** Queued roadmaps older than the grace period: candidates for a re-enqueue by the sweeper (rule 1). */
export async function listStaleQueued(pool: Pool, graceMs: number, limit: number): Promise<RoadmapRow[]> {
  const { rows } = await pool.query<RoadmapRow>(
    `SELECT * FROM roadmaps
     WHERE status = 'queued' AND created_at < now() - make_interval(secs => $1::double precision / 1000)
     ORDER BY created_at
     LIMIT $2`,
    [graceMs, limit],
  );
  return rows;
}

export async function countByStatus(pool: Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ status: string; n: string }>(
    'SELECT status, count(*)::text AS n FROM roadmaps GROUP BY status ORDER BY status',
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
