/** Spaced review across all the caller's roadmaps: the cards due, and rating one. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { conceptsOf } from '../../domain/roadmap.js';
import { questionsOf, rateCard } from '../../learning/review-cards.js';
import type { Services } from '../../runtime.js';
import { withTransaction } from '../../store/db.js';
import { latestQuizzes, quizKey } from '../../store/sql/content.js';
import { dueCards, dueCounts } from '../../store/sql/review-cards.js';
import { outlinesOf } from '../../store/sql/roadmaps.js';
import { callerOf } from '../auth/caller.js';
import { cardParamsSchema, dueQuerySchema, dueReviewsSchema, rateBodySchema, reviewedSchema } from '../learner-schemas.js';
import { errorSchema } from '../schemas.js';

export function reviewRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool } = deps;
  return async (app) => {
    app.get(
      '/v1/reviews/due',
      {
        schema: {
          summary: 'Your review cards due by a time, soonest first, across all your roadmaps',
          description: 'Each card comes with its question from the concept\'s current quiz, and the counts per roadmap.',
          tags: ['progress'],
          querystring: dueQuerySchema,
          response: { 200: dueReviewsSchema, 400: errorSchema },
        },
      },
      async (request) => {
        const ownerId = callerOf(request).user.id;
        const until = request.query.until ? new Date(request.query.until) : new Date();
        const [cards, counts] = await Promise.all([dueCards(pool, ownerId, until, request.query.limit), dueCounts(pool, ownerId, until)]);
        const [quizzes, roadmaps] = await Promise.all([latestQuizzes(pool, cards), outlinesOf(pool, ownerId, [...new Set(cards.map((c) => c.roadmapId))])]);
        const titles = new Map([...roadmaps].flatMap(([id, r]) => (r.outline ? conceptsOf(r.outline) : []).map((c) => [quizKey(id, c.id), c.title] as const)));
        return {
          until: until.toISOString(),
          total: [...counts.values()].reduce((a, b) => a + b, 0),
          byRoadmap: [...counts].map(([roadmapId, due]) => ({ roadmapId, due })),
          items: cards.map((c) => {
            const key = quizKey(c.roadmapId, c.conceptId);
            const question = questionsOf(quizzes.get(key)).find((q) => q.id === c.questionId);
            const conceptTitle = titles.get(key);
            return {
              cardId: c.id,
              roadmapId: c.roadmapId,
              conceptId: c.conceptId,
              questionId: c.questionId,
              due: c.memory.due.toISOString(),
              ...(conceptTitle === undefined ? {} : { conceptTitle }),
              ...(question ? { question } : {}),
            };
          }),
        };
      },
    );

    app.post(
      '/v1/reviews/:cardId',
      {
        schema: {
          summary: 'Rate recalling a review card, or answer its question: the card with its next due time',
          tags: ['progress'],
          params: cardParamsSchema,
          body: rateBodySchema,
          response: { 200: reviewedSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request) => {
        const ownerId = callerOf(request).user.id;
        const { card, correct } = await withTransaction(pool, (client) => rateCard(client, ownerId, request.params.cardId, request.body, new Date()));
        return {
          cardId: card.id,
          roadmapId: card.roadmapId,
          conceptId: card.conceptId,
          questionId: card.questionId,
          due: card.memory.due.toISOString(),
          state: card.memory.state,
          reps: card.memory.reps,
          lapses: card.memory.lapses,
          rating: card.lastRating,
          ...(correct === undefined ? {} : { correct }),
        };
      },
    );
  };
}
