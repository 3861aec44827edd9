/** SQL for forking a shared roadmap: a copy with a new owner, the same outline and the completed content. */
import type { Queryable } from '../db.js';
import type { RoadmapRow, StoredRunError } from './roadmaps.js';

/**
 * Copies `sourceId` to a new roadmap `newId` of `ownerId`: the request, the outline, every current completed
 * piece as version 1, and every other piece as failed (nothing to copy), so the fork tells what is missing
 * and a retry generates it. Its outcome is decided by the caller from the source's pieces.
 */
export async function forkRoadmap(
  db: Queryable,
  f: { sourceId: string; newId: string; ownerId: string; requestId: string; status: 'completed' | 'partial' | 'failed'; error: StoredRunError | null },
): Promise<RoadmapRow | null> {
  const { rows } = await db.query<RoadmapRow>(
    `INSERT INTO roadmaps (id, owner_id, status, step, error, request, outline, hidden_concepts, request_hash, request_id, admitted_at, forked_from, started_at, finished_at)
     SELECT $2, $3, $5, CASE WHEN $5 = 'completed' THEN 'done' ELSE 'content' END, $6, request, outline, hidden_concepts, request_hash, $4, now(), id, now(), now()
     FROM roadmaps WHERE id = $1 AND outline IS NOT NULL
     RETURNING *`,
    [f.sourceId, f.newId, f.ownerId, f.requestId, f.status, f.error],
  );
  if (!rows[0]) return null;
  await db.query(
    `INSERT INTO concept_content (roadmap_id, concept_id, kind, version, status, body, error)
     SELECT $2, concept_id, kind, 1, CASE WHEN status = 'completed' THEN 'completed' ELSE 'failed' END,
            CASE WHEN status = 'completed' THEN body END,
            CASE WHEN status = 'completed' THEN NULL ELSE jsonb_build_object('code', 'CONTENT_INCOMPLETE', 'message', 'not generated in the shared roadmap') END
     FROM (SELECT DISTINCT ON (concept_id, kind) concept_id, kind, status, body FROM concept_content
           WHERE roadmap_id = $1 ORDER BY concept_id, kind, version DESC) cur`,
    [f.sourceId, f.newId],
  );
  return rows[0];
}
