/** SQL for the learner's progress: concepts marked done, and quiz attempts. */
import type { Queryable } from '../db.js';

export async function setConceptDone(db: Queryable, p: { ownerId: string; roadmapId: string; conceptId: string; done: boolean }): Promise<Date> {
  const { rows } = await db.query<{ updated_at: Date }>(
    `INSERT INTO concept_progress (owner_id, roadmap_id, concept_id, done) VALUES ($1, $2, $3, $4)
     ON CONFLICT (owner_id, roadmap_id, concept_id) DO UPDATE SET done = EXCLUDED.done, updated_at = now()
     RETURNING updated_at`,
    [p.ownerId, p.roadmapId, p.conceptId, p.done],
  );
  return rows[0]!.updated_at;
}

export async function doneConcepts(db: Queryable, ownerId: string, roadmapId: string): Promise<string[]> {
  const { rows } = await db.query<{ concept_id: string }>(
    'SELECT concept_id FROM concept_progress WHERE owner_id = $1 AND roadmap_id = $2 AND done ORDER BY concept_id',
    [ownerId, roadmapId],
  );
  return rows.map((r) => r.concept_id);
}

export interface AttemptRow {
  concept_id: string;
  quiz_version: number;
  correct: number;
  total: number;
  score: number;
  created_at: Date;
}

export async function insertAttempt(
  db: Queryable,
  a: { ownerId: string; roadmapId: string; conceptId: string; quizVersion: number; answers: unknown; correct: number; total: number; score: number },
): Promise<Date> {
  const { rows } = await db.query<{ created_at: Date }>(
    `INSERT INTO quiz_attempts (owner_id, roadmap_id, concept_id, quiz_version, answers, correct, total, score)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING created_at`,
    [a.ownerId, a.roadmapId, a.conceptId, a.quizVersion, JSON.stringify(a.answers), a.correct, a.total, a.score],
  );
  return rows[0]!.created_at;
}

export async function listAttempts(db: Queryable, ownerId: string, roadmapId: string): Promise<AttemptRow[]> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT concept_id, quiz_version, correct, total, score, created_at FROM quiz_attempts
     WHERE owner_id = $1 AND roadmap_id = $2 ORDER BY created_at`,
    [ownerId, roadmapId],
  );
  return rows;
}
