/**
 * SQL for `concept_content`, the single source of truth of every concept's tutorial, resources and quiz.
 * The current piece of a (concept, kind) is its highest version. Status changes name their allowed "from"
 * statuses from the lifecycle module, so a completed piece is never overwritten and a failed one only reset.
 */
import { CONTENT_KINDS, type ContentKind, type ContentStatus } from '../../domain/enums.js';
import type { FailureCode } from '../../domain/errors.js';
import { isUnfinished, pieceFrom, UNFINISHED_PIECE_STATUSES } from '../../domain/lifecycle.js';
import type { Queryable } from '../db.js';
import { lockRoadmap } from './roadmaps.js';

export interface PieceKey {
  roadmapId: string;
  conceptId: string;
  kind: ContentKind;
  version: number;
}

export interface StoredPieceError {
  code: FailureCode;
  message: string;
}

export interface PieceRow {
  concept_id: string;
  kind: ContentKind;
  version: number;
  status: ContentStatus;
  body: unknown;
  error: StoredPieceError | null;
  attempts: number;
  instructions: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'concept_id, kind, version, status, body, error, attempts, instructions, created_at, updated_at';
/**
 * Pieces of concepts removed from the outline stay stored but are left out of every "current" read, so a
 * hidden concept counts for nothing: not for the outcome, the progress, the reconciler or a retry.
 */
const VISIBLE = `concept_id <> ALL (coalesce((SELECT hidden_concepts FROM roadmaps WHERE id = $1), '{}'))`;
const CURRENT = `SELECT DISTINCT ON (concept_id, kind) ${COLUMNS} FROM concept_content WHERE roadmap_id = $1 AND ${VISIBLE}`;

/**
 * Creates version 1 of every piece that does not exist yet; safe to run again. Returns the pieces this call
 * created: of two concurrent calls, each piece is created (and returned) by exactly one.
 */
export async function initContent(db: Queryable, roadmapId: string, conceptIds: readonly string[]): Promise<Array<{ conceptId: string; kind: ContentKind }>> {
  const concepts = conceptIds.flatMap((c) => CONTENT_KINDS.map(() => c));
  const kinds = conceptIds.flatMap(() => [...CONTENT_KINDS]);
  const { rows } = await db.query<{ concept_id: string; kind: ContentKind }>(
    `INSERT INTO concept_content (roadmap_id, concept_id, kind, version)
     SELECT $1, c, k, 1 FROM unnest($2::text[], $3::text[]) AS t(c, k)
     ON CONFLICT DO NOTHING
     RETURNING concept_id, kind`,
    [roadmapId, concepts, kinds],
  );
  return rows.map((r) => ({ conceptId: r.concept_id, kind: r.kind }));
}

export async function currentPieces(db: Queryable, roadmapId: string, conceptId?: string): Promise<PieceRow[]> {
  const { rows } = await db.query<PieceRow>(`${CURRENT} AND ($2::text IS NULL OR concept_id = $2) ORDER BY concept_id, kind, version DESC`, [
    roadmapId,
    conceptId ?? null,
  ]);
  return rows;
}

export type PieceState = Pick<PieceRow, 'concept_id' | 'kind' | 'status'>;

/** The status of every current piece, without the bodies: for views that only say how far the content is. */
export async function pieceStates(db: Queryable, roadmapId: string, conceptId?: string): Promise<PieceState[]> {
  const { rows } = await db.query<PieceState>(
    `SELECT DISTINCT ON (concept_id, kind) concept_id, kind, status FROM concept_content
     WHERE roadmap_id = $1 AND ${VISIBLE} AND ($2::text IS NULL OR concept_id = $2) ORDER BY concept_id, kind, version DESC`,
    [roadmapId, conceptId ?? null],
  );
  return rows;
}

/** The current pieces that still need work (pending or generating), for the given roadmaps. */
export async function unfinishedPieces(db: Queryable, roadmapIds: readonly string[]): Promise<Array<PieceKey>> {
  if (roadmapIds.length === 0) return [];
  const { rows } = await db.query<{ roadmap_id: string; concept_id: string; kind: ContentKind; version: number }>(
    `SELECT roadmap_id, concept_id, kind, version FROM (
       SELECT DISTINCT ON (c.roadmap_id, c.concept_id, c.kind) c.roadmap_id, c.concept_id, c.kind, c.version, c.status
       FROM concept_content c JOIN roadmaps r ON r.id = c.roadmap_id
       WHERE c.roadmap_id = ANY($1::uuid[]) AND c.concept_id <> ALL (r.hidden_concepts)
       ORDER BY c.roadmap_id, c.concept_id, c.kind, c.version DESC) cur
     WHERE status = ANY($2::text[])`,
    [roadmapIds, [...UNFINISHED_PIECE_STATUSES]],
  );
  return rows.map((r) => ({ roadmapId: r.roadmap_id, conceptId: r.concept_id, kind: r.kind, version: r.version }));
}

/** Whether any current piece of the roadmap is pending or generating. */
export async function hasUnfinishedPieces(db: Queryable, roadmapId: string): Promise<boolean> {
  const { rows } = await db.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM concept_content WHERE roadmap_id = $1 AND status = ANY($2::text[])) AS any`,
    [roadmapId, [...UNFINISHED_PIECE_STATUSES]],
  );
  return rows[0]!.any;
}

/** Roadmaps in one of `statuses` with an unfinished piece untouched for `graceMs`: regenerations the reconciler checks. */
export async function roadmapsWithUnfinishedPieces(db: Queryable, statuses: readonly string[], graceMs: number, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ roadmap_id: string }>(
    `SELECT DISTINCT c.roadmap_id FROM concept_content c JOIN roadmaps r ON r.id = c.roadmap_id
     WHERE c.status = ANY($1::text[]) AND c.updated_at < now() - make_interval(secs => $2::double precision / 1000)
       AND r.status = ANY($3::text[]) AND c.concept_id <> ALL (r.hidden_concepts)
     LIMIT $4`,
    [[...UNFINISHED_PIECE_STATUSES], graceMs, statuses, limit],
  );
  return rows.map((r) => r.roadmap_id);
}

export async function listVersions(db: Queryable, roadmapId: string, conceptId: string): Promise<PieceRow[]> {
  const { rows } = await db.query<PieceRow>(
    `SELECT ${COLUMNS} FROM concept_content WHERE roadmap_id = $1 AND concept_id = $2 ORDER BY kind, version DESC`,
    [roadmapId, conceptId],
  );
  return rows;
}

export async function markGenerating(db: Queryable, k: PieceKey): Promise<void> {
  await db.query(
    `UPDATE concept_content SET status = 'generating', attempts = attempts + 1, updated_at = now()
     WHERE roadmap_id = $1 AND concept_id = $2 AND kind = $3 AND version = $4 AND status = ANY($5::text[])`,
    [k.roadmapId, k.conceptId, k.kind, k.version, pieceFrom('start')],
  );
}

/** Stores a finished piece. Returns false if it was already finished (a duplicate delivery): the first wins. */
export async function completePiece(db: Queryable, k: PieceKey, body: unknown): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE concept_content SET status = 'completed', body = $5, error = NULL, updated_at = now()
     WHERE roadmap_id = $1 AND concept_id = $2 AND kind = $3 AND version = $4 AND status = ANY($6::text[])`,
    [k.roadmapId, k.conceptId, k.kind, k.version, JSON.stringify(body), pieceFrom('complete')],
  );
  return rowCount === 1;
}

export async function failPiece(db: Queryable, k: PieceKey, error: StoredPieceError): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE concept_content SET status = 'failed', error = $5, updated_at = now()
     WHERE roadmap_id = $1 AND concept_id = $2 AND kind = $3 AND version = $4 AND status = ANY($6::text[])`,
    [k.roadmapId, k.conceptId, k.kind, k.version, error, pieceFrom('fail')],
  );
  return rowCount === 1;
}

/**
 * Fails every unfinished current piece of one concept, or only its piece of `kind` (a job for it failed for
 * good); returns their kinds.
 */
export async function failUnfinishedOfConcept(db: Queryable, roadmapId: string, conceptId: string, error: StoredPieceError, kind?: ContentKind): Promise<ContentKind[]> {
  const { rows } = await db.query<{ kind: ContentKind }>(
    `WITH cur AS (${CURRENT} AND concept_id = $2 ORDER BY concept_id, kind, version DESC)
     UPDATE concept_content c SET status = 'failed', error = $3, updated_at = now()
     FROM cur
     WHERE c.roadmap_id = $1 AND c.concept_id = $2 AND c.kind = cur.kind AND c.version = cur.version
       AND c.status = ANY($4::text[]) AND ($5::text IS NULL OR c.kind = $5)
     RETURNING c.kind`,
    [roadmapId, conceptId, error, pieceFrom('fail'), kind ?? null],
  );
  return rows.map((r) => r.kind);
}

/** Makes every unfinished current piece pending again, for a retry; returns the concepts concerned. */
export async function resetUnfinished(db: Queryable, roadmapId: string): Promise<string[]> {
  const { rows } = await db.query<{ concept_id: string }>(
    `WITH cur AS (${CURRENT} ORDER BY concept_id, kind, version DESC)
     UPDATE concept_content c SET status = 'pending', error = NULL, attempts = 0, updated_at = now()
     FROM cur
     WHERE c.roadmap_id = $1 AND c.concept_id = cur.concept_id AND c.kind = cur.kind AND c.version = cur.version
       AND cur.status = ANY($2::text[])
     RETURNING c.concept_id`,
    [roadmapId, pieceFrom('reset')],
  );
  return [...new Set(rows.map((r) => r.concept_id))];
}

export type AddVersionResult = { added: true; version: number } | { added: false; inProgress: number };

/**
 * Adds a new pending version of one piece, keeping the old ones. Run inside a transaction: the roadmap row is
 * locked first, so two concurrent requests for the same piece are serialised — the second finds the first's
 * version still unfinished and is told so, instead of colliding on the version number.
 */
export async function addVersion(
  client: Queryable,
  k: Omit<PieceKey, 'version'>,
  instructions: string | null,
): Promise<AddVersionResult> {
  await lockRoadmap(client, k.roadmapId);
  const { rows } = await client.query<{ version: number; status: ContentStatus }>(
    `SELECT version, status FROM concept_content WHERE roadmap_id = $1 AND concept_id = $2 AND kind = $3 ORDER BY version DESC LIMIT 1`,
    [k.roadmapId, k.conceptId, k.kind],
  );
  const current = rows[0];
  if (current && isUnfinished(current.status)) return { added: false, inProgress: current.version };
  const version = (current?.version ?? 0) + 1;
  await client.query(`INSERT INTO concept_content (roadmap_id, concept_id, kind, version, instructions) VALUES ($1, $2, $3, $4, $5)`, [
    k.roadmapId,
    k.conceptId,
    k.kind,
    version,
    instructions,
  ]);
  return { added: true, version };
}

/** For each roadmap, how many concepts have all their current pieces completed. */
export async function doneConceptCounts(db: Queryable, roadmapIds: readonly string[]): Promise<Map<string, number>> {
  if (roadmapIds.length === 0) return new Map();
  const { rows } = await db.query<{ roadmap_id: string; n: number }>(
    `WITH cur AS (
       SELECT DISTINCT ON (c.roadmap_id, c.concept_id, c.kind) c.roadmap_id, c.concept_id, c.status
       FROM concept_content c JOIN roadmaps r ON r.id = c.roadmap_id
       WHERE c.roadmap_id = ANY($1::uuid[]) AND c.concept_id <> ALL (r.hidden_concepts)
       ORDER BY c.roadmap_id, c.concept_id, c.kind, c.version DESC)
     SELECT roadmap_id, count(*)::int AS n FROM (
       SELECT roadmap_id, concept_id FROM cur GROUP BY roadmap_id, concept_id HAVING bool_and(status = 'completed')) done
     GROUP BY roadmap_id`,
    [roadmapIds],
  );
  return new Map(rows.map((r) => [r.roadmap_id, r.n]));
}

/** The latest completed quiz of each (roadmap, concept) pair given: what questions are scored and reviewed against. */
export async function latestQuizzes(db: Queryable, pairs: ReadonlyArray<{ roadmapId: string; conceptId: string }>): Promise<Map<string, unknown>> {
  if (pairs.length === 0) return new Map();
  const { rows } = await db.query<{ roadmap_id: string; concept_id: string; body: unknown }>(
    `SELECT DISTINCT ON (roadmap_id, concept_id) roadmap_id, concept_id, body FROM concept_content
     WHERE kind = 'quiz' AND status = 'completed'
       AND (roadmap_id, concept_id) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))
     ORDER BY roadmap_id, concept_id, version DESC`,
    [pairs.map((p) => p.roadmapId), pairs.map((p) => p.conceptId)],
  );
  return new Map(rows.map((r) => [quizKey(r.roadmap_id, r.concept_id), r.body]));
}

export const quizKey = (roadmapId: string, conceptId: string) => `${roadmapId}/${conceptId}`;
