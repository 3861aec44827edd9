/** SQL for `module_regenerations`: a learner's request to re-plan a module, and what became of it. */
import type { ModuleRegenerationStatus } from '../../domain/enums.js';
import type { Queryable } from '../db.js';

export interface RegenerationRow {
  id: string;
  roadmap_id: string;
  module_id: string;
  user_id: string | null;
  instructions: string;
  status: ModuleRegenerationStatus;
  result: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
}

export async function insertRegeneration(db: Queryable, r: { id: string; roadmapId: string; moduleId: string; userId: string | null; instructions: string }): Promise<void> {
  await db.query(`INSERT INTO module_regenerations (id, roadmap_id, module_id, user_id, instructions) VALUES ($1, $2, $3, $4, $5)`, [
    r.id,
    r.roadmapId,
    r.moduleId,
    r.userId,
    r.instructions,
  ]);
}

export async function getRegeneration(db: Queryable, id: string): Promise<RegenerationRow | null> {
  const { rows } = await db.query<RegenerationRow>('SELECT * FROM module_regenerations WHERE id = $1', [id]);
  return rows[0] ?? null;
}

/** Ends a pending regeneration; false if it had already ended (a redelivered job stores nothing twice). */
export async function finishRegeneration(db: Queryable, id: string, status: Exclude<ModuleRegenerationStatus, 'pending'>, result: Record<string, unknown>): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE module_regenerations SET status = $2, result = $3, updated_at = now() WHERE id = $1 AND status = 'pending'`,
    [id, status, JSON.stringify(result)],
  );
  return rowCount === 1;
}

/** A roadmap's regenerations, newest first. */
export async function listRegenerations(db: Queryable, roadmapId: string, limit: number): Promise<RegenerationRow[]> {
  const { rows } = await db.query<RegenerationRow>('SELECT * FROM module_regenerations WHERE roadmap_id = $1 ORDER BY created_at DESC, id LIMIT $2', [roadmapId, limit]);
  return rows;
}

/** Pending regenerations unchanged for `graceMs`: the reconciler asks the queue whether their jobs live. */
export async function pendingRegenerations(db: Queryable, graceMs: number, limit: number): Promise<RegenerationRow[]> {
  const { rows } = await db.query<RegenerationRow>(
    `SELECT * FROM module_regenerations
     WHERE status = 'pending' AND updated_at < now() - make_interval(secs => $1::double precision / 1000)
     ORDER BY updated_at LIMIT $2`,
    [graceMs, limit],
  );
  return rows;
}
