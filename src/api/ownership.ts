/** The one ownership check: a roadmap exists for a caller only if the caller owns it. */
import { AppError } from '../domain/errors.js';
import type { Pool } from '../store/db.js';
import { getRoadmap, type RoadmapRow } from '../store/sql/roadmaps.js';

export async function ownedRoadmap(pool: Pool, id: string, ownerId: string): Promise<RoadmapRow> {
  const row = await getRoadmap(pool, id);
  if (!row || row.owner_id !== ownerId) throw new AppError('ROADMAP_NOT_FOUND');
  return row;
}
