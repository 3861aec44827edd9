/**
 * SQL for `review_cards`: one FSRS card per learner and quiz question. Every statement names the owner, so a
 * card is only ever read or changed by the learner it belongs to.
 */
import type { CardState, ReviewRating } from '../../domain/enums.js';
import type { MemoryState } from '../../domain/spaced-review.js';
import type { Queryable } from '../db.js';

export interface ReviewCard {
  id: string;
  roadmapId: string;
  conceptId: string;
  questionId: string;
  memory: MemoryState;
  lastRating: ReviewRating;
}

interface CardRow {
  id: string;
  roadmap_id: string;
  concept_id: string;
  question_id: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardState;
  last_review: Date | null;
  last_rating: ReviewRating;
}

const COLUMNS = `id, roadmap_id, concept_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps,
  reps, lapses, state, last_review, last_rating`;

const toCard = (r: CardRow): ReviewCard => ({
  id: r.id,
  roadmapId: r.roadmap_id,
  conceptId: r.concept_id,
  questionId: r.question_id,
  lastRating: r.last_rating,
  memory: {
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsed_days,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.last_review,
  },
});

/** The cards of one concept, locked until the transaction ends: a quiz attempt rates them one at a time. */
export async function lockConceptCards(client: Queryable, ownerId: string, roadmapId: string, conceptId: string): Promise<ReviewCard[]> {
  const { rows } = await client.query<CardRow>(
    `SELECT ${COLUMNS} FROM review_cards WHERE owner_id = $1 AND roadmap_id = $2 AND concept_id = $3 ORDER BY question_id FOR UPDATE`,
    [ownerId, roadmapId, conceptId],
  );
  return rows.map(toCard);
}

/** One of the owner's cards, locked until the transaction ends; null if they have no card with this id. */
export async function lockCard(client: Queryable, ownerId: string, cardId: string): Promise<ReviewCard | null> {
  const { rows } = await client.query<CardRow>(`SELECT ${COLUMNS} FROM review_cards WHERE owner_id = $1 AND id = $2 FOR UPDATE`, [ownerId, cardId]);
  return rows[0] ? toCard(rows[0]) : null;
}

/** Inserts new cards and updates rated ones, in one statement; a card is found by its question. */
export async function saveCards(db: Queryable, ownerId: string, cards: readonly ReviewCard[]): Promise<void> {
  if (cards.length === 0) return;
  const col = <T>(f: (c: ReviewCard) => T) => cards.map(f);
  await db.query(
    `INSERT INTO review_cards (owner_id, id, roadmap_id, concept_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days,
       learning_steps, reps, lapses, state, last_review, last_rating)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[], $7::float8[], $8::float8[], $9::int[],
       $10::int[], $11::int[], $12::int[], $13::int[], $14::text[], $15::timestamptz[], $16::text[])
     ON CONFLICT (owner_id, roadmap_id, concept_id, question_id) DO UPDATE SET
       due = EXCLUDED.due, stability = EXCLUDED.stability, difficulty = EXCLUDED.difficulty, elapsed_days = EXCLUDED.elapsed_days,
       scheduled_days = EXCLUDED.scheduled_days, learning_steps = EXCLUDED.learning_steps, reps = EXCLUDED.reps, lapses = EXCLUDED.lapses,
       state = EXCLUDED.state, last_review = EXCLUDED.last_review, last_rating = EXCLUDED.last_rating, updated_at = now()`,
    [
      ownerId,
      col((c) => c.id),
      col((c) => c.roadmapId),
      col((c) => c.conceptId),
      col((c) => c.questionId),
      col((c) => c.memory.due),
      col((c) => c.memory.stability),
      col((c) => c.memory.difficulty),
      col((c) => c.memory.elapsedDays),
      col((c) => c.memory.scheduledDays),
      col((c) => c.memory.learningSteps),
      col((c) => c.memory.reps),
      col((c) => c.memory.lapses),
      col((c) => c.memory.state),
      col((c) => c.memory.lastReview),
      col((c) => c.lastRating),
    ],
  );
}

/** The owner's cards due by `until`, soonest first, across all their roadmaps. */
/** Cards of concepts removed from their outline are kept, but never come due. */
const NOT_HIDDEN = `NOT EXISTS (SELECT 1 FROM roadmaps r WHERE r.id = review_cards.roadmap_id AND review_cards.concept_id = ANY (r.hidden_concepts))`;

export async function dueCards(db: Queryable, ownerId: string, until: Date, limit: number): Promise<ReviewCard[]> {
  const { rows } = await db.query<CardRow>(`SELECT ${COLUMNS} FROM review_cards WHERE owner_id = $1 AND due <= $2 AND ${NOT_HIDDEN} ORDER BY due, id LIMIT $3`, [
    ownerId,
    until,
    limit,
  ]);
  return rows.map(toCard);
}

/** Per roadmap of the owner, how many of their cards are due by `until`. */
export async function dueCounts(db: Queryable, ownerId: string, until: Date): Promise<Map<string, number>> {
  const { rows } = await db.query<{ roadmap_id: string; n: number }>(
    `SELECT roadmap_id, count(*)::int AS n FROM review_cards WHERE owner_id = $1 AND due <= $2 AND ${NOT_HIDDEN} GROUP BY roadmap_id`,
    [ownerId, until],
  );
  return new Map(rows.map((r) => [r.roadmap_id, r.n]));
}

/** Every card the owner has for one roadmap. */
export async function roadmapCards(db: Queryable, ownerId: string, roadmapId: string): Promise<ReviewCard[]> {
  const { rows } = await db.query<CardRow>(`SELECT ${COLUMNS} FROM review_cards WHERE owner_id = $1 AND roadmap_id = $2 ORDER BY concept_id, question_id`, [
    ownerId,
    roadmapId,
  ]);
  return rows.map(toCard);
}
