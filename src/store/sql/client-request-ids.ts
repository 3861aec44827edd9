/**
 * `roadmaps.client_request_id`: the client's X-Request-Id of the request that created a roadmap. Its own
 * statement right after the insert for now, because src/store/sql/roadmaps.ts is being rewritten (issue 9);
 * the column belongs in that module's INSERT once the rewrite lands.
 */
import type { Pool } from '../db.js';

export async function setRoadmapClientRequestId(pool: Pool, roadmapId: string, clientRequestId: string): Promise<void> {
  await pool.query('UPDATE roadmaps SET client_request_id = $2 WHERE id = $1 AND client_request_id IS NULL', [roadmapId, clientRequestId]);
}
