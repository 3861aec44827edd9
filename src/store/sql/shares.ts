/** SQL for `shares`: read-only links to a roadmap, one live link per roadmap. */
import type { Queryable } from '../db.js';

export interface ShareRow {
  token: string;
  roadmap_id: string;
  created_at: Date;
}

/**
 * The roadmap's live link, created with `token` if it has none (a second share returns the first link). When
 * two shares race, the loser's insert waits for the winner's and does nothing; the winner's row is then read
 * by a new statement, whose snapshot sees it.
 */
export async function shareRoadmap(db: Queryable, roadmapId: string, token: string): Promise<ShareRow> {
  const { rows } = await db.query<ShareRow>(
    `INSERT INTO shares (token, roadmap_id) VALUES ($1, $2) ON CONFLICT (roadmap_id) WHERE revoked_at IS NULL DO NOTHING
     RETURNING token, roadmap_id, created_at`,
    [token, roadmapId],
  );
  const share = rows[0] ?? (await liveShare(db, roadmapId));
  // Revoked between the two statements: share again.
  return share ?? shareRoadmap(db, roadmapId, token);
}

export async function liveShare(db: Queryable, roadmapId: string): Promise<ShareRow | null> {
  const { rows } = await db.query<ShareRow>('SELECT token, roadmap_id, created_at FROM shares WHERE roadmap_id = $1 AND revoked_at IS NULL', [roadmapId]);
  return rows[0] ?? null;
}

/** Ends the roadmap's live link; false if it had none. */
export async function revokeShare(db: Queryable, roadmapId: string): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE shares SET revoked_at = now() WHERE roadmap_id = $1 AND revoked_at IS NULL', [roadmapId]);
  return rowCount === 1;
}

/** The roadmap a live token opens, or null. */
export async function sharedRoadmapId(db: Queryable, token: string): Promise<string | null> {
  const { rows } = await db.query<{ roadmap_id: string }>('SELECT roadmap_id FROM shares WHERE token = $1 AND revoked_at IS NULL', [token]);
  return rows[0]?.roadmap_id ?? null;
}
