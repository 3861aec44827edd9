/** SQL for `step_checkpoints`: the stored output of each workflow step. */
import type { WorkflowStep } from '../../domain/enums.js';
import type { Queryable } from '../db.js';

export interface Checkpoint {
  key: string;
  step: WorkflowStep;
  output: unknown;
  duration_ms: number;
  created_at: Date;
}

export async function loadCheckpoints(db: Queryable, roadmapId: string): Promise<Map<string, Checkpoint>> {
  const { rows } = await db.query<Checkpoint>(
    'SELECT key, step, output, duration_ms, created_at FROM step_checkpoints WHERE roadmap_id = $1',
    [roadmapId],
  );
  return new Map(rows.map((r) => [r.key, r]));
}

/**
 * Stores a step's output. The first writer wins: if two deliveries of one job race, both continue from the
 * same stored output rather than from two different ones.
 */
export async function saveCheckpoint(
  db: Queryable,
  c: { roadmapId: string; key: string; step: WorkflowStep; output: unknown; durationMs: number },
): Promise<unknown> {
  const { rows } = await db.query<{ output: unknown }>(
    `WITH ins AS (
       INSERT INTO step_checkpoints (roadmap_id, key, step, output, duration_ms)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (roadmap_id, key) DO NOTHING
       RETURNING output)
     SELECT output FROM ins
     UNION ALL
     SELECT output FROM step_checkpoints WHERE roadmap_id = $1 AND key = $2
     LIMIT 1`,
    [c.roadmapId, c.key, c.step, JSON.stringify(c.output), Math.round(c.durationMs)],
  );
  return rows[0]?.output;
}
