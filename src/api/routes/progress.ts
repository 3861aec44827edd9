/** The learner's progress: concepts marked done, quiz attempts scored on the server, and the totals. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { quizSchema } from '../../domain/content.js';
import { AppError } from '../../domain/errors.js';
import { scoreQuiz } from '../../domain/quiz.js';
import { conceptsOf } from '../../domain/roadmap.js';
import { masteryByConcept } from '../../domain/spaced-review.js';
import { rateQuizAnswers } from '../../learning/review-cards.js';
import type { Services } from '../../runtime.js';
import { withTransaction } from '../../store/db.js';
import { listVersions } from '../../store/sql/content.js';
import { doneConcepts, insertAttempt, listAttempts, setConceptDone } from '../../store/sql/progress.js';
import { roadmapCards } from '../../store/sql/review-cards.js';
import { callerOf, conceptOf, roadmapOf } from '../auth/caller.js';
import { progressQuerySchema } from '../learner-schemas.js';
import {
  conceptParamsSchema,
  conceptProgressSchema,
  errorSchema,
  idParamsSchema,
  progressBodySchema,
  progressViewSchema,
  quizAttemptBodySchema,
  quizResultSchema,
} from '../schemas.js';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

export function progressRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool } = deps;
  return async (app) => {
    app.put(
      '/v1/roadmaps/:id/progress/:conceptId',
      { schema: { summary: 'Mark a concept done (or not)', tags: ['progress'], params: conceptParamsSchema, body: progressBodySchema, response: { 200: conceptProgressSchema, ...errors } } },
      async (request) => {
        const row = roadmapOf(request);
        conceptOf(row, request.params.conceptId);
        const updatedAt = await setConceptDone(pool, { ownerId: callerOf(request).user.id, roadmapId: row.id, conceptId: request.params.conceptId, done: request.body.done });
        return { conceptId: request.params.conceptId, done: request.body.done, updatedAt: updatedAt.toISOString() };
      },
    );

    app.post(
      '/v1/roadmaps/:id/concepts/:conceptId/quiz-attempts',
      {
        schema: {
          summary: "Submit answers to a concept's quiz: score and corrections",
          description:
            'Scored against the latest completed version of the quiz; every attempt is stored. Each question answered becomes a review card ' +
            '(or moves the one it has): a right answer rates it good, a wrong one again.',
          tags: ['progress'],
          params: conceptParamsSchema,
          body: quizAttemptBodySchema,
          response: { 201: quizResultSchema, ...errors },
        },
      },
      async (request, reply) => {
        const row = roadmapOf(request);
        const { conceptId } = request.params;
        conceptOf(row, conceptId);
        const quiz = (await listVersions(pool, row.id, conceptId)).find((v) => v.kind === 'quiz' && v.status === 'completed');
        if (!quiz) throw new AppError('CONTENT_NOT_READY', { message: 'This concept has no quiz yet.' });
        const { questions } = quizSchema.parse(quiz.body);
        if (request.body.answers.length !== questions.length) {
          throw new AppError('VALIDATION_FAILED', {
            details: [{ field: 'body.answers', issue: 'length', message: `the quiz has ${questions.length} questions; send one answer list per question` }],
          });
        }
        const result = scoreQuiz(questions, request.body.answers);
        const ownerId = callerOf(request).user.id;
        const attemptedAt = await withTransaction(pool, async (client) => {
          await rateQuizAnswers(client, { ownerId, roadmapId: row.id, conceptId, questions, answers: request.body.answers, now: new Date() });
          return insertAttempt(client, {
            ownerId,
            roadmapId: row.id,
            conceptId,
            quizVersion: quiz.version,
            answers: request.body.answers,
            correct: result.correct,
            total: result.total,
            score: result.score,
          });
        });
        return reply.status(201).send({ conceptId, quizVersion: quiz.version, ...result, attemptedAt: attemptedAt.toISOString() });
      },
    );

    app.get(
      '/v1/roadmaps/:id/progress',
      {
        schema: { summary: "The learner's progress on a roadmap", tags: ['progress'], params: idParamsSchema, querystring: progressQuerySchema, response: { 200: progressViewSchema, ...errors } },
      },
      async (request) => {
        const row = roadmapOf(request);
        const ownerId = callerOf(request).user.id;
        const [done, attempts, cards] = await Promise.all([doneConcepts(pool, ownerId, row.id), listAttempts(pool, ownerId, row.id), roadmapCards(pool, ownerId, row.id)]);
        const mastery = masteryByConcept(cards, new Date(), request.query.dueBy ? new Date(request.query.dueBy) : undefined);
        // Only concepts still in the outline count (a repair may have removed one the learner had ticked).
        const stages = (row.outline?.stages ?? []).map((s) => {
          const ids = s.modules.flatMap((m) => m.concepts.map((c) => c.id));
          return { stageId: s.id, total: ids.length, done: ids.filter((id) => done.includes(id)).length };
        });
        return {
          roadmapId: row.id,
          conceptsDone: done,
          overall: { done: stages.reduce((n, s) => n + s.done, 0), total: stages.reduce((n, s) => n + s.total, 0) },
          stages,
          quizAttempts: attempts.map((a) => ({ conceptId: a.concept_id, quizVersion: a.quiz_version, correct: a.correct, total: a.total, score: a.score, attemptedAt: a.created_at.toISOString() })),
          mastery: (row.outline ? conceptsOf(row.outline) : []).flatMap((c) => {
            const m = mastery.get(c.id);
            return m ? [{ conceptId: c.id, ...m }] : [];
          }),
        };
      },
    );
  };
}
