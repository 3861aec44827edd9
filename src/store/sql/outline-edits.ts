/**
 * SQL for changing a final outline: the version check and the write are one conditional UPDATE
 * (`WHERE outline_version = base AND status = ANY(editable)`), so of two edits made on the same version exactly
 * one is stored; each stored change is recorded in `outline_edits` in the same transaction.
 */
import type { OutlineEditKind } from '../../domain/enums.js';
import { fromStatuses } from '../../domain/lifecycle.js';
import type { OutlineChange } from '../../domain/outline-diff.js';
import { conceptsOf, type Outline } from '../../domain/roadmap.js';
import type { Queryable } from '../db.js';
import type { RoadmapRow } from './roadmaps.js';

export interface OutlineCommit {
  roadmapId: string;
  baseVersion: number;
  outline: Outline;
  /** Concepts the change removed: hidden from now on. */
  removed: readonly string[];
  /** Concepts were added: the run is reopened at content (the `extendContent` transition), else `editOutline`. */
  reopen: boolean;
  userId: string | null;
  kind: OutlineEditKind;
  operations: unknown;
  changes: readonly OutlineChange[];
}

/**
 * Stores the new outline as version base + 1 and records the edit; null when the outline is no longer at
 * `baseVersion` or the roadmap's status does not take edits (the caller reads the row to say which).
 */
export async function commitOutline(client: Queryable, c: OutlineCommit): Promise<RoadmapRow | null> {
  const { rows } = await client.query<RoadmapRow>(
    `UPDATE roadmaps SET
       outline = $3, outline_version = outline_version + 1, updated_at = now(),
       hidden_concepts = ARRAY(SELECT unnest(hidden_concepts || $4::text[]) EXCEPT SELECT unnest($5::text[]) ORDER BY 1),
       status = CASE WHEN $6 THEN 'queued' ELSE status END,
       step = CASE WHEN $6 THEN 'content' ELSE step END,
       job_seq = job_seq + CASE WHEN $6 THEN 1 ELSE 0 END,
       admitted_at = CASE WHEN $6 THEN NULL ELSE admitted_at END,
       error = CASE WHEN $6 THEN NULL ELSE error END,
       finished_at = CASE WHEN $6 THEN NULL ELSE finished_at END
     WHERE id = $1 AND outline_version = $2 AND status = ANY($7::text[])
     RETURNING *`,
    [
      c.roadmapId,
      c.baseVersion,
      c.outline,
      c.removed,
      conceptsOf(c.outline).map((x) => x.id),
      c.reopen,
      fromStatuses(c.reopen ? 'extendContent' : 'editOutline'),
    ],
  );
  const row = rows[0];
  if (!row) return null;
  await client.query(
    `INSERT INTO outline_edits (roadmap_id, from_version, to_version, user_id, kind, operations, changes) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [c.roadmapId, c.baseVersion, row.outline_version, c.userId, c.kind, JSON.stringify(c.operations), JSON.stringify(c.changes)],
  );
  return row;
}

export interface OutlineEditRow {
  from_version: number;
  to_version: number;
  user_id: string | null;
  kind: OutlineEditKind;
  operations: unknown;
  changes: OutlineChange[];
  created_at: Date;
}

/** A roadmap's outline edits, newest first. */
export async function listOutlineEdits(db: Queryable, roadmapId: string, limit: number): Promise<OutlineEditRow[]> {
  const { rows } = await db.query<OutlineEditRow>(
    `SELECT from_version, to_version, user_id, kind, operations, changes, created_at FROM outline_edits
     WHERE roadmap_id = $1 ORDER BY to_version DESC LIMIT $2`,
    [roadmapId, limit],
  );
  return rows;
}

/** Every concept id the roadmap's stored history knows (pieces, progress, attempts, cards): none may be reused. */
export async function knownConceptIds(db: Queryable, roadmapId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT unnest(hidden_concepts) AS id FROM roadmaps WHERE id = $1
     UNION SELECT concept_id FROM concept_content WHERE roadmap_id = $1
     UNION SELECT concept_id FROM concept_progress WHERE roadmap_id = $1
     UNION SELECT concept_id FROM quiz_attempts WHERE roadmap_id = $1`,
    [roadmapId],
  );
  return rows.map((r) => r.id);
}
