/** Steering a roadmap: answer its review, retry what failed, cancel it, regenerate one piece. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.js';
import { conceptsOf } from '../../domain/roadmap.js';
import { enqueueContent, enqueueRoadmap } from '../../queue/enqueue.js';
import type { Services } from '../../runtime.js';
import { addVersion, currentPieces, resetUnfinished } from '../../store/sql/content.js';
import { insertReview, listReviews } from '../../store/sql/reviews.js';
import { cancelRoadmap, reopenContent, requeue, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { startContent } from '../../workers/content/content-phase.js';
import { emitOutcome } from '../../workers/content/outcome.js';
import { withTransaction } from '../../store/db.js';
import { ownedRoadmap } from '../ownership.js';
import {
  conceptParamsSchema,
  errorSchema,
  idParamsSchema,
  regenerateAcceptedSchema,
  regenerateBodySchema,
  reviewAcceptedSchema,
  reviewBodySchema,
  statusSchema,
} from '../schemas.js';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema, 503: errorSchema };
const RETRYABLE = ['partial', 'failed', 'cancelled'] as const;

export function controlRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool, queues, config, logs } = deps;
  return async (app) => {
    app.post(
      '/v1/roadmaps/:id/review',
      {
        schema: {
          summary: "Answer a roadmap's outline review",
          description: '`{ approve: true }` continues to content; `{ approve: false, feedback }` repairs the outline with the feedback and asks again.',
          tags: ['roadmaps'],
          params: idParamsSchema,
          body: reviewBodySchema,
          response: { 202: reviewAcceptedSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { approve, feedback } = request.body;
        await ownedRoadmap(pool, request.params.id, request.ownerId);
        const { row, round } = await withTransaction(pool, async (client) => {
          // The row lock serialises two answers to the same review: the second finds it no longer waiting.
          const locked = await client.query<RoadmapRow>('SELECT * FROM roadmaps WHERE id = $1 FOR UPDATE', [request.params.id]);
          const current = locked.rows[0];
          if (current?.status !== 'awaiting_review' || !current.outline) throw new AppError('NOT_AWAITING_REVIEW');
          const next = (await listReviews(client, current.id)).length + 1;
          await insertReview(client, { roadmapId: current.id, round: next, approved: approve, feedback: feedback ?? null, outline: current.outline });
          const updated = await client.query<RoadmapRow>(
            `UPDATE roadmaps SET status = 'queued', job_seq = job_seq + 1, updated_at = now() WHERE id = $1 RETURNING *`,
            [current.id],
          );
          return { row: updated.rows[0], round: next };
        });
        if (!row) throw new AppError('NOT_AWAITING_REVIEW');
        logs.emit({ roadmapId: row.id, requestId: request.id, category: 'api', level: 'info', step: 'review', message: approve ? `Outline approved (round ${round})` : `Outline rejected with feedback (round ${round})`, details: { round, approve, feedback: feedback ?? null } });
        await enqueueRoadmap(queues, config, { roadmapId: row.id, requestId: request.id }, row.job_seq).catch((err: unknown) =>
          request.log.warn({ err, roadmapId: row.id }, 'enqueue failed; the sweeper will enqueue this roadmap'),
        );
        return reply.status(202).send({ id: row.id, status: row.status, round });
      },
    );

    app.post(
      '/v1/roadmaps/:id/retry',
      {
        schema: {
          summary: 'Retry a partial, failed or cancelled roadmap',
          description: 'Redoes only failed or missing pieces, with the same roadmap and concept ids and the existing outline.',
          tags: ['roadmaps'],
          params: idParamsSchema,
          response: { 202: statusSchema, ...errors },
        },
      },
      async (request, reply) => {
        const existing = await ownedRoadmap(pool, request.params.id, request.ownerId);
        if (!(RETRYABLE as readonly string[]).includes(existing.status)) throw new AppError('NOT_RETRYABLE');
        const hasContent = (await currentPieces(pool, existing.id)).length > 0;
        let row: RoadmapRow | null;
        if (hasContent && existing.outline) {
          row = await reopenContent(pool, existing.id, RETRYABLE);
          if (!row) throw new AppError('NOT_RETRYABLE');
          await resetUnfinished(pool, row.id);
          await startContent(deps, row, existing.outline);
        } else {
          // The workflow stopped before content: run it again; its checkpoints keep everything it finished.
          row = await requeue(pool, existing.id, RETRYABLE);
          if (!row) throw new AppError('NOT_RETRYABLE');
          await enqueueRoadmap(queues, config, { roadmapId: row.id, requestId: request.id }, row.job_seq);
        }
        logs.emit({ roadmapId: row.id, requestId: request.id, category: 'api', level: 'info', step: row.step, message: `Retry requested (was ${existing.status})` });
        return reply.status(202).send({ id: row.id, status: row.status, step: row.step });
      },
    );

    app.post(
      '/v1/roadmaps/:id/cancel',
      { schema: { summary: 'Cancel a roadmap; in-flight work stops promptly', tags: ['roadmaps'], params: idParamsSchema, response: { 200: statusSchema, ...errors } } },
      async (request) => {
        await ownedRoadmap(pool, request.params.id, request.ownerId);
        const row = await cancelRoadmap(pool, request.params.id);
        if (!row) throw new AppError('ALREADY_FINISHED');
        emitOutcome(logs, { roadmapId: row.id, requestId: request.id, jobSeq: row.job_seq }, 'cancelled', row.step, 'cancelled by the learner');
        return { id: row.id, status: row.status, step: row.step };
      },
    );

    app.post(
      '/v1/roadmaps/:id/concepts/:conceptId/regenerate',
      {
        schema: {
          summary: 'Regenerate one piece of a concept as a new version',
          description: 'The previous versions are kept; the concept id does not change, so learner progress survives.',
          tags: ['concepts'],
          params: conceptParamsSchema,
          body: regenerateBodySchema,
          response: { 202: regenerateAcceptedSchema, ...errors },
        },
      },
      async (request, reply) => {
        const row = await ownedRoadmap(pool, request.params.id, request.ownerId);
        const { conceptId } = request.params;
        if (!row.outline || !conceptsOf(row.outline).some((c) => c.id === conceptId)) throw new AppError('CONCEPT_NOT_FOUND');
        if (row.status === 'cancelled') throw new AppError('ALREADY_FINISHED', { message: 'The roadmap was cancelled; retry it first.' });
        if ((await currentPieces(pool, row.id, conceptId)).length === 0) throw new AppError('CONTENT_NOT_READY');
        const { kind, instructions } = request.body;
        const version = await addVersion(pool, row.id, conceptId, kind, instructions ?? null);
        await enqueueContent(queues, config, [{ roadmapId: row.id, requestId: request.id, conceptId, regenerate: { kind, version } }]);
        logs.emit({ roadmapId: row.id, requestId: request.id, category: 'api', level: 'info', step: 'content', conceptId, agent: kind, message: `Regeneration of ${kind} requested (v${version})`, details: { instructions: instructions ?? null } });
        return reply.status(202).send({ conceptId, kind, version, status: 'pending' as const });
      },
    );
  };
}
