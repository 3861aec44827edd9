/** SQL for the `roadmaps` table: creating, reading and listing rows. Status changes are in roadmap-runs.ts. */
import type { ContentKind, RoadmapStatus, WorkflowStep } from '../../domain/enums.js';
import type { FailureCode } from '../../domain/errors.js';
import type { Outline, RoadmapRequest } from '../../domain/roadmap.js';
import type { Queryable } from '../db.js';

/** Why a run did not complete, as stored on the row; `code` is from the failure catalogue. */
export interface StoredRunError {
  code: FailureCode;
  message: string;
  failed?: Array<{ conceptId: string; kind: ContentKind; error: string | null }>;
}

export interface RoadmapRow {
  id: string;
  owner_id: string;
  status: RoadmapStatus;
  step: WorkflowStep;
  request: RoadmapRequest;
  outline: Outline | null;
  error: StoredRunError | null;
  idempotency_key: string | null;
  request_hash: string;
  request_id: string | null;
  client_request_id: string | null;
  attempts: number;
  /** Generation of the roadmap's jobs: every restart of its work (review answered, retry, rescue) increments it. */
  job_seq: number;
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  /** When a queued roadmap got its place in the queue; null while it is held for a free generation slot. */
  admitted_at: Date | null;
  forked_from: string | null;
  /** Incremented by every edit of the outline after it was final (outline-edits.ts). */
  outline_version: number;
  /** Concepts removed from the outline, whose stored history stays hidden. */
  hidden_concepts: string[];
}

export interface NewRoadmap {
  id: string;
  ownerId: string;
  request: RoadmapRequest;
  requestHash: string;
  idempotencyKey: string | null;
  requestId: string | null;
  /** The client's own X-Request-Id, kept beside the server's (never trusted to be unique). */
  clientRequestId?: string | null;
  /** Admitted to the queue at once (its owner has a free generation slot), or held until admission. */
  admitted: boolean;
}

/** What accepting a request needs of its row (no more: this is read back on the request path). */
export interface AcceptedRow {
  id: string;
  owner_id: string;
  status: RoadmapStatus;
  request_hash: string;
  idempotency_key: string | null;
  request_id: string | null;
  job_seq: number;
  /** Has its place in the queue (`admitted_at` is set), or is held for a free generation slot. */
  admitted: boolean;
}

const ACCEPTED_COLUMNS = 'id, owner_id, status, request_hash, idempotency_key, request_id, job_seq, admitted_at IS NOT NULL AS admitted';

/**
 * Inserts roadmaps with one statement, in the order given: `created_at` grows by a microsecond along it, so rows
 * of one statement keep their order for admission (oldest first). A row whose owner already used its Idempotency-Key is skipped
 * (see roadmapsByIdempotencyKey). Returns the inserted rows, in the order given.
 */
export async function insertRoadmaps(db: Queryable, rs: readonly NewRoadmap[]): Promise<AcceptedRow[]> {
  if (rs.length === 0) return [];
  const { rows } = await db.query<AcceptedRow>(
    `INSERT INTO roadmaps (id, owner_id, request, request_hash, idempotency_key, request_id, client_request_id, admitted_at, created_at, updated_at)
     SELECT x.id, x.owner_id, x.request::jsonb, x.request_hash, x.idempotency_key, x.request_id, x.client_request_id,
            CASE WHEN x.admitted THEN now() END, now() + (x.n - 1) * interval '1 microsecond', now()
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[]) WITH ORDINALITY
       AS x(id, owner_id, request, request_hash, idempotency_key, request_id, client_request_id, admitted, n)
     ORDER BY x.n
     ON CONFLICT (owner_id, idempotency_key) DO NOTHING
     RETURNING ${ACCEPTED_COLUMNS}`,
    [
      rs.map((r) => r.id),
      rs.map((r) => r.ownerId),
      rs.map((r) => JSON.stringify(r.request)),
      rs.map((r) => r.requestHash),
      rs.map((r) => r.idempotencyKey),
      rs.map((r) => r.requestId),
      rs.map((r) => r.clientRequestId ?? null),
      rs.map((r) => r.admitted),
    ],
  );
  const order = new Map(rs.map((r, i) => [r.id, i]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** The rows that hold these (owner, Idempotency-Key) pairs. */
export async function roadmapsByIdempotencyKey(db: Queryable, keys: ReadonlyArray<{ ownerId: string; key: string }>): Promise<AcceptedRow[]> {
  if (keys.length === 0) return [];
  const { rows } = await db.query<AcceptedRow>(
    `SELECT ${ACCEPTED_COLUMNS} FROM roadmaps JOIN unnest($1::uuid[], $2::text[]) AS k(key_owner, key_text) ON owner_id = key_owner AND idempotency_key = key_text`,
    [keys.map((k) => k.ownerId), keys.map((k) => k.key)],
  );
  return rows;
}

/**
 * Inserts a roadmap, or — when the owner already used this Idempotency-Key — returns the existing row with
 * `created: false` so the caller can compare request hashes.
 */
export async function insertRoadmap(db: Queryable, r: NewRoadmap): Promise<{ row: AcceptedRow; created: boolean }> {
  const [inserted] = await insertRoadmaps(db, [r]);
  if (inserted) return { row: inserted, created: true };
  const [existing] = await roadmapsByIdempotencyKey(db, [{ ownerId: r.ownerId, key: r.idempotencyKey! }]);
  if (!existing) throw new Error('idempotency conflict without an existing row');
  return { row: existing, created: false };
}

export async function getRoadmap(db: Queryable, id: string): Promise<RoadmapRow | null> {
  const { rows } = await db.query<RoadmapRow>('SELECT * FROM roadmaps WHERE id = $1', [id]);
  return rows[0] ?? null;
}

/** The row, locked until the transaction `client` belongs to ends: decisions about it are then serialised. */
export async function lockRoadmap(client: Queryable, id: string): Promise<RoadmapRow | null> {
  const { rows } = await client.query<RoadmapRow>('SELECT * FROM roadmaps WHERE id = $1 FOR UPDATE', [id]);
  return rows[0] ?? null;
}

export interface RoadmapPageCursor {
  createdAt: string;
  id: string;
}

/** Newest first; keyset pagination on (created_at, id) so pages stay stable while rows are added. */
export async function listRoadmaps(
  db: Queryable,
  q: { ownerId: string; limit: number; before?: RoadmapPageCursor; status?: RoadmapStatus },
): Promise<RoadmapRow[]> {
  const { rows } = await db.query<RoadmapRow>(
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

/** Of the given roadmaps, those that are cancelled: the workers poll this to abort their work promptly. */
export async function cancelledAmong(db: Queryable, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM roadmaps WHERE id = ANY($1::uuid[]) AND status = 'cancelled'`, [ids]);
  return rows.map((r) => r.id);
}

export async function countByStatus(db: Queryable): Promise<Record<string, number>> {
  const { rows } = await db.query<{ status: string; n: string }>('SELECT status, count(*)::text AS n FROM roadmaps GROUP BY status ORDER BY status');
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** The goal and outline of each of the owner's roadmaps among `ids` (for naming things across roadmaps). */
export async function outlinesOf(db: Queryable, ownerId: string, ids: readonly string[]): Promise<Map<string, { goal: string; outline: Outline | null }>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; goal: string; outline: Outline | null }>(
    `SELECT id, request->>'goal' AS goal, outline FROM roadmaps WHERE owner_id = $1 AND id = ANY($2::uuid[])`,
    [ownerId, ids],
  );
  return new Map(rows.map((r) => [r.id, { goal: r.goal, outline: r.outline }]));
}
