/**
 * Spaced review over the store: a quiz attempt rates the card of every question answered, a review rates one
 * card. Both lock the cards they rate, so two ratings of one card at once are applied one after the other.
 */
import { randomUUID } from 'node:crypto';
import { quizSchema, type Question } from '../domain/content.js';
import type { ReviewRating } from '../domain/enums.js';
import { AppError } from '../domain/errors.js';
import { isCorrect } from '../domain/quiz.js';
import { ratingFor, review } from '../domain/spaced-review.js';
import type { Queryable } from '../store/db.js';
import { latestQuizzes, quizKey } from '../store/sql/content.js';
import { lockCard, lockConceptCards, saveCards, type ReviewCard } from '../store/sql/review-cards.js';

/** The questions of quiz bodies as stored, or none where a body is not a valid quiz. */
export function questionsOf(body: unknown): Question[] {
  const quiz = quizSchema.safeParse(body);
  return quiz.success ? quiz.data.questions : [];
}

/** Inside the attempt's transaction: each question with a chosen option becomes (or moves) its card. */
export async function rateQuizAnswers(
  client: Queryable,
  a: { ownerId: string; roadmapId: string; conceptId: string; questions: readonly Question[]; answers: readonly (readonly number[])[]; now: Date },
): Promise<void> {
  const existing = new Map((await lockConceptCards(client, a.ownerId, a.roadmapId, a.conceptId)).map((c) => [c.questionId, c]));
  const rated = a.questions.flatMap((q, i): ReviewCard[] => {
    const chosen = a.answers[i] ?? [];
    // A question left without a choice was not answered: nothing to remember yet.
    if (chosen.length === 0) return [];
    const card = existing.get(q.id);
    const rating = ratingFor(isCorrect(q, chosen));
    return [{ id: card?.id ?? randomUUID(), roadmapId: a.roadmapId, conceptId: a.conceptId, questionId: q.id, memory: review(card?.memory ?? null, rating, a.now), lastRating: rating }];
  });
  await saveCards(client, a.ownerId, rated);
}

/** Inside a transaction: one of the owner's cards rated, or its question answered and scored. */
export async function rateCard(
  client: Queryable,
  ownerId: string,
  cardId: string,
  given: { rating: ReviewRating } | { answer: number[] },
  now: Date,
): Promise<{ card: ReviewCard; correct?: boolean }> {
  const card = await lockCard(client, ownerId, cardId);
  if (!card) throw new AppError('REVIEW_CARD_NOT_FOUND');
  let rating: ReviewRating;
  let correct: boolean | undefined;
  if ('rating' in given) rating = given.rating;
  else {
    const quiz = (await latestQuizzes(client, [card])).get(quizKey(card.roadmapId, card.conceptId));
    const question = questionsOf(quiz).find((q) => q.id === card.questionId);
    if (!question) throw new AppError('CONTENT_NOT_READY', { message: "The card's question is no longer in its concept's quiz; send a rating instead." });
    correct = isCorrect(question, given.answer);
    rating = ratingFor(correct);
  }
  const next = { ...card, memory: review(card.memory, rating, now), lastRating: rating };
  await saveCards(client, ownerId, [next]);
  return { card: next, ...(correct === undefined ? {} : { correct }) };
}
