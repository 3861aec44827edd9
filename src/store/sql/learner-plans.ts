/** SQL for `learner_plans`: the start date and weekly hours a learner set for one of their roadmaps. */
import type { Queryable } from '../db.js';

export interface LearnerPlanRow {
  /** `YYYY-MM-DD`, read as text: pg would turn a date into a Date at local midnight. */
  start_date: string;
  hours_per_week: number;
  updated_at: Date;
}

const COLUMNS = 'start_date::text AS start_date, hours_per_week, updated_at';

export async function getLearnerPlan(db: Queryable, ownerId: string, roadmapId: string): Promise<LearnerPlanRow | null> {
  const { rows } = await db.query<LearnerPlanRow>(`SELECT ${COLUMNS} FROM learner_plans WHERE owner_id = $1 AND roadmap_id = $2`, [ownerId, roadmapId]);
  return rows[0] ?? null;
}

export async function saveLearnerPlan(db: Queryable, p: { ownerId: string; roadmapId: string; start: string; hoursPerWeek: number }): Promise<LearnerPlanRow> {
  const { rows } = await db.query<LearnerPlanRow>(
    `INSERT INTO learner_plans (owner_id, roadmap_id, start_date, hours_per_week) VALUES ($1, $2, $3, $4)
     ON CONFLICT (owner_id, roadmap_id) DO UPDATE SET start_date = EXCLUDED.start_date, hours_per_week = EXCLUDED.hours_per_week, updated_at = now()
     RETURNING ${COLUMNS}`,
    [p.ownerId, p.roadmapId, p.start, p.hoursPerWeek],
  );
  return rows[0]!;
}
