/**
 * SQL for `concept_content`, the single source of truth of every concept's tutorial, resources and quiz.
 * The current piece of a (concept, kind) is its highest version.
 */
import { CONTENT_KINDS, type ContentKind, type ContentStatus } from '../../domain/enums.js';
import type { Pool, PoolClient } from '../db.js';

export interface PieceKey {
  roadmapId: string;
  conceptId: string;
  kind: ContentKind;
  version: number;
}

export interface PieceRow {
  concept_id: string;
  kind: ContentKind;
  version: number;
  status: ContentStatus;
  body: unknown;
  error: { code: string; message: string } | null;
  attempts: number;
  instructions: string | null;
  created_at: Date;
  updated_at: Date;
}

const CURRENT = `
  SELECT DISTINCT ON (concept_id, kind) concept_id, kind, version, status, body, error, attempts, instructions, created_at, updated_at
  FROM concept_content WHERE roadmap_id = $1`;

/** Creates version 1 of every piece that does not exist yet; safe to run again. */
export async function initContent(pool: Pool, roadmapId: string, conceptIds: readonly string[]): Promise<void> {
  const concepts = conceptIds.flatMap((c) => CONTENT_KINDS.map(() => c));
  const kinds = conceptIds.flatMap(() => [...CONTENT_KINDS]);
  await pool.query(
    `INSERT INTO concept_content (roadmap_id, concept_id, kind, version)
     SELECT $1, c, k, 1 FROM unnest($2::text[], $3::text[]) AS t(c, k)
     ON CONFLICT DO NOTHING`,
    [roadmapId, concepts, kinds],
  );
}

export async function currentPieces(pool: Pool | PoolClient, roadmapId: string, conceptId?: string): Promise<PieceRow[]> {
  const { rows } = await pool.query<PieceRow>(
    `${CURRENT} AND ($2::text IS NULL OR concept_id = $2) ORDER BY concept_id, kind, version DESC`,
    [roadmapId, conceptId ?? null],
  );
  return rows;
}

export async function listVersions(pool: Pool, roadmapId: string, conceptId: string): Promise<PieceRow[]> {
  const { rows } = await pool.query<PieceRow>(
    `SELECT concept_id, kind, version, status, body, error, attempts, instructions, created_at, updated_at
     FROM concept_content WHERE roadmap_id = $1 AND concept_id = $2 ORDER BY kind, version DESC`,
    [roadmapId, conceptId],
  );
  return rows;
}

export async function markGenerating(pool: Pool, k: PieceKey): Promise<void> {
  await pool.query(
    `UPDATE concept_content SET status = 'generating', attempts = attempts + 1, updated_at = now()
     WHERE roadmap_id = $1 AND concept_id = $2 AND kind = $3 AND version = $4 AND status <> 'completed'`,
    [k.roadmapId, k.conceptId, k.kind, k.version],
  );
}

/** Stores a finished piece. Returns false if it was already completed (a duplicate delivery): the first wins. */
export async function completePiece(pool: Pool, k: PieceKey, body: unknown): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE concept_content SET status = 'completed', body = $5, error = NULL, updated_at = now()
     WHERE roadmap_id = $1 AND concept_id = $2 AND kind = $3 AND version = $4 AND status <> 'completed'`,
    [k.roadmapId, k.conceptId, k.kind, k.version, JSON.stringify(body)],
  );
  return rowCount === 1;
}

export async function failPiece(pool: Pool, k: PieceKey, error: { code: string; message: string }): Promise<void> {
  await pool.query(
    `UPDATE concept_content SET status = 'failed', error = $5, updated_at = now()
     WHERE roadmap_id = $1 AND concept_id = $2 AND kind = $3 AND version = $4 AND status <> 'completed'`,
    [k.roadmapId, k.conceptId, k.kind, k.version, error],
  );
}

/** Makes every unfinished current piece pending again, for a retry; returns the concepts concerned. */
export async function resetUnfinished(pool: Pool, roadmapId: string): Promise<string[]> {
  const { rows } = await pool.query<{ concept_id: string }>(
    `WITH cur AS (${CURRENT} ORDER BY concept_id, kind, version DESC)
     UPDATE concept_content c SET status = 'pending', error = NULL, attempts = 0, updated_at = now()
     FROM cur
     WHERE c.roadmap_id = $1 AND c.concept_id = cur.concept_id AND c.kind = cur.kind AND c.version = cur.version
       AND cur.status <> 'completed'
     RETURNING c.concept_id`,
    [roadmapId],
  );
  return [...new Set(rows.map((r) => r.concept_id))];
}

/** Adds a new pending version of one piece, keeping the old ones; returns its version number. */
export async function addVersion(pool: Pool, roadmapId: string, conceptId: string, kind: ContentKind, instructions: string | null): Promise<number> {
  const { rows } = await pool.query<{ version: number }>(
    `INSERT INTO concept_content (roadmap_id, concept_id, kind, version, instructions)
     SELECT $1, $2, $3, coalesce(max(version), 0) + 1, $4 FROM concept_content
     WHERE roadmap_id = $1 AND concept_id = $2 AND kind = $3
     RETURNING version`,
    [roadmapId, conceptId, kind, instructions],
  );
  return rows[0]!.version;
}

/** For each roadmap, how many concepts have all their current pieces completed. */
export async function doneConceptCounts(pool: Pool, roadmapIds: readonly string[]): Promise<Map<string, number>> {
  if (roadmapIds.length === 0) return new Map();
  const { rows } = await pool.query<{ roadmap_id: string; n: number }>(
    `WITH cur AS (
       SELECT DISTINCT ON (roadmap_id, concept_id, kind) roadmap_id, concept_id, status
       FROM concept_content WHERE roadmap_id = ANY($1::uuid[])
       ORDER BY roadmap_id, concept_id, kind, version DESC)
     SELECT roadmap_id, count(*)::int AS n FROM (
       SELECT roadmap_id, concept_id FROM cur GROUP BY roadmap_id, concept_id HAVING bool_and(status = 'completed')) done
     GROUP BY roadmap_id`,
    [roadmapIds],
  );
  return new Map(rows.map((r) => [r.roadmap_id, r.n]));
}
