/**
 * Spaced review of quiz questions with FSRS (ts-fsrs 5), and the mastery of a concept that follows from it.
 * Each answered question is a card in FSRS's memory model; every rating — from a quiz answer or from the
 * review page — moves the card to its next due time.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { CARD_STATES, type CardState, type ReviewRating } from './enums.js';

/** A card's FSRS memory state, as stored. */
export interface MemoryState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
}

/**
 * One learning step of ten minutes (ts-fsrs's default is 1 and 10): a question answered wrong comes back once
 * more in the same sitting, a right one is due in days. `request_retention` stays FSRS's default 90 %.
 */
const scheduler = fsrs({ learning_steps: ['10m'], relearning_steps: ['10m'], enable_fuzz: true });

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATES: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

function toCard(m: MemoryState): Card {
  return {
    due: m.due,
    stability: m.stability,
    difficulty: m.difficulty,
    elapsed_days: m.elapsedDays,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: STATES[m.state],
    ...(m.lastReview ? { last_review: m.lastReview } : {}),
  };
}

function fromCard(c: Card): MemoryState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: CARD_STATES[c.state],
    lastReview: c.last_review ?? null,
  };
}

/** A quiz answer rates its card: right is `good`, wrong is `again`. */
export const ratingFor = (correct: boolean): ReviewRating => (correct ? 'good' : 'again');

/** The card after a rating at `now`; `null` is a question never reviewed before. */
export function review(card: MemoryState | null, rating: ReviewRating, now: Date): MemoryState {
  return fromCard(scheduler.next(card ? toCard(card) : createEmptyCard(now), now, GRADES[rating]).card);
}

/** FSRS's probability, from 0 to 1, that the learner recalls the card at `now`. */
export function retrievability(card: MemoryState, now: Date): number {
  return scheduler.get_retrievability(toCard(card), now, false);
}

export interface ConceptMastery {
  /** 0–1. */
  mastery: number;
  cards: number;
  /** Cards due by `dueBy` (default `now`). */
  due: number;
}

/**
 * How well each concept is known now, from 0 to 1: the mean over its cards of their retrievability, where a
 * card whose last answer was wrong counts 0 until it is answered right (just after a wrong answer FSRS still
 * rates recall as almost certain, which would read as mastery). Only concepts with a card are in the map.
 */
export function masteryByConcept(
  cards: ReadonlyArray<{ conceptId: string; memory: MemoryState; lastRating: ReviewRating }>,
  now: Date,
  dueBy: Date = now,
): Map<string, ConceptMastery> {
  const out = new Map<string, { sum: number; cards: number; due: number }>();
  for (const c of cards) {
    const m = out.get(c.conceptId) ?? { sum: 0, cards: 0, due: 0 };
    m.sum += c.lastRating === 'again' ? 0 : retrievability(c.memory, now);
    m.cards += 1;
    if (c.memory.due <= dueBy) m.due += 1;
    out.set(c.conceptId, m);
  }
  return new Map([...out].map(([id, { sum, cards: n, due }]) => [id, { mastery: sum / n, cards: n, due }]));
}
