/** SQL for `reviews`: every round of the learner's review of an outline, and what became of each rejection. */
import type { ReviewOutcome } from '../../domain/review-outcome.js';
import type { Outline } from '../../domain/roadmap.js';
import type { Queryable } from '../db.js';

export interface ReviewRow {
  round: number;
  approved: boolean;
  feedback: string | null;
  outline: Outline;
  outcome: ReviewOutcome | null;
  created_at: Date;
}

export async function listReviews(db: Queryable, roadmapId: string): Promise<ReviewRow[]> {
  const { rows } = await db.query<ReviewRow>(
    'SELECT round, approved, feedback, outline, outcome, created_at FROM reviews WHERE roadmap_id = $1 ORDER BY round',
    [roadmapId],
  );
  return rows;
}

export async function insertReview(
  db: Queryable,
  r: { roadmapId: string; round: number; approved: boolean; feedback: string | null; outline: Outline },
): Promise<void> {
  await db.query('INSERT INTO reviews (roadmap_id, round, approved, feedback, outline) VALUES ($1, $2, $3, $4, $5)', [
    r.roadmapId,
    r.round,
    r.approved,
    r.feedback,
    r.outline,
  ]);
}

/** Written once: a replayed workflow computes the same outcome from the same checkpoints, so the first stands. */
export async function recordReviewOutcome(db: Queryable, roadmapId: string, round: number, outcome: ReviewOutcome): Promise<void> {
  await db.query('UPDATE reviews SET outcome = $3 WHERE roadmap_id = $1 AND round = $2 AND outcome IS NULL', [roadmapId, round, outcome]);
}
