/**
 * The learner's schedule for one roadmap: their saved start and hours (else the day the roadmap was made and
 * the hours it was asked with), the concepts they marked done, and the plan the domain makes of them.
 */
import { learnerSchedule, type LearnerSchedule } from '../domain/schedule.js';
import { AppError } from '../domain/errors.js';
import type { Queryable } from '../store/db.js';
import { getLearnerPlan } from '../store/sql/learner-plans.js';
import { doneConcepts } from '../store/sql/progress.js';
import type { RoadmapRow } from '../store/sql/roadmaps.js';

export interface Schedule extends LearnerSchedule {
  roadmapId: string;
  start: string;
  hoursPerWeek: number;
  saved: boolean;
  today: string;
}

export const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export async function scheduleOf(db: Queryable, ownerId: string, row: RoadmapRow, ask: { start?: string; today?: string }): Promise<Schedule> {
  if (!row.outline) throw new AppError('CONTENT_NOT_READY', { message: 'The roadmap has no outline yet.' });
  const [plan, done] = await Promise.all([getLearnerPlan(db, ownerId, row.id), doneConcepts(db, ownerId, row.id)]);
  const start = ask.start ?? plan?.start_date ?? utcDay(row.created_at);
  const hoursPerWeek = plan?.hours_per_week ?? row.request.hoursPerWeek;
  const today = ask.today ?? utcDay(new Date());
  const schedule = learnerSchedule({ outline: row.outline, hoursPerWeek, start, today, done: new Set(done) });
  return { roadmapId: row.id, start, hoursPerWeek, saved: plan !== null, today, ...schedule };
}
