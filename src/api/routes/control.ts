/**
 * Steering a roadmap: answer its review, retry what failed (or rescue lost work), cancel it, regenerate one
 * piece. Every decision is a transition of the lifecycle (src/domain/lifecycle.ts) taken by the store under
 * its conditions; the API only records the decision and enqueues — the workers do the work.
 */
import { keyed } from '../../logsink/events.js';
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { admit } from '../../accounts/admission.js';
import { AppError } from '../../domain/errors.js';
import { can } from '../../domain/lifecycle.js';
import { emitOutcome } from '../../logsink/outcome.js';
import { roadmapsFinished } from '../../telemetry/metrics.js';
import { enqueueContent, enqueueRoadmap } from '../../queue/enqueue.js';
import type { Services } from '../../runtime.js';
import { withTransaction } from '../../store/db.js';
import { addVersion, pieceStates, resetUnfinished } from '../../store/sql/content.js';
import { insertReview, listReviews } from '../../store/sql/reviews.js';
import { answerReview, cancelRun, rescueRun, retryContent, retryWorkflow } from '../../store/sql/roadmap-runs.js';
import { lockRoadmap, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { conceptOf, roadmapOf } from '../auth/caller.js';
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
import { liveWork } from '../../inspect/work.js';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema, 503: errorSchema };

export function controlRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool, queues, config, logs } = deps;
  /** The row is committed: if the queue cannot take the job now, the reconciler creates it (rule 1). */
  const enqueueRun = (row: RoadmapRow, requestId: string, log: FastifyBaseLogger) =>
    enqueueRoadmap(queues, config, { roadmapId: row.id, requestId }, row.job_seq).catch((err: unknown) =>
      log.warn({ err, roadmapId: row.id }, 'enqueue failed; the reconciler will create this job'),
    );

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
        const { row, round } = await withTransaction(pool, async (client) => {
          // The row lock serialises two answers to the same review: the second finds it no longer waiting.
          const current = await lockRoadmap(client, request.params.id);
          if (!current || !can('answerReview', current.status) || !current.outline) throw new AppError('NOT_AWAITING_REVIEW');
          const next = (await listReviews(client, current.id)).length + 1;
          await insertReview(client, { roadmapId: current.id, round: next, approved: approve, feedback: feedback ?? null, outline: current.outline });
          const updated = await answerReview(client, current.id);
          if (!updated) throw new AppError('NOT_AWAITING_REVIEW');
          return { row: updated, round: next };
        });
        logs.emit({ roadmapId: row.id, requestId: request.id, clientRequestId: request.clientRequestId, category: 'api', level: 'info', step: 'review', message: approve ? `Outline approved (round ${round})` : `Outline rejected with feedback (round ${round})`, details: keyed(approve ? 'review.approved' : 'review.rejected', { round, approve, feedback: feedback ?? null }) });
        // Queued again, it waits for a free generation slot of its owner like any other.
        await admit({ ...deps, logger: request.log }, row.owner_id);
        return reply.status(202).send({ id: row.id, status: row.status, round });
      },
    );

    app.post(
      '/v1/roadmaps/:id/retry',
      {
        schema: {
          summary: 'Retry a partial, failed or cancelled roadmap, or one whose work was lost',
          description:
            'Redoes only failed or missing pieces, with the same roadmap and concept ids and the existing outline. A queued or running roadmap whose work the queue no longer has is given its work again; while its work is live the answer is 409 `RUN_IN_PROGRESS`.',
          tags: ['roadmaps'],
          params: idParamsSchema,
          response: { 202: statusSchema, ...errors },
        },
      },
      async (request, reply) => {
        const existing = roadmapOf(request);
        const row = await retried(deps, existing);
        // A rescued run kept its slot and gets its job now; a retried one waits for a slot like any other.
        if (row.admitted_at) await enqueueRun(row, request.id, request.log);
        else await admit({ ...deps, logger: request.log }, row.owner_id);
        logs.emit({ roadmapId: row.id, requestId: request.id, clientRequestId: request.clientRequestId, category: 'api', level: 'info', step: row.step, message: `Retry requested (was ${existing.status})`, details: keyed('retry.requested', { was: existing.status }) });
        return reply.status(202).send({ id: row.id, status: row.status, step: row.step });
      },
    );

    app.post(
      '/v1/roadmaps/:id/cancel',
      { schema: { summary: 'Cancel a roadmap; in-flight work stops promptly', tags: ['roadmaps'], params: idParamsSchema, response: { 200: statusSchema, ...errors } } },
      async (request) => {
        const row = await cancelRun(pool, roadmapOf(request).id);
        if (!row) throw new AppError('ALREADY_FINISHED');
        roadmapsFinished.inc({ status: 'cancelled' });
        emitOutcome(logs, { roadmapId: row.id, requestId: request.id, jobSeq: row.job_seq }, 'cancelled', row.step, 'cancelled by the learner');
        await admit({ ...deps, logger: request.log }, row.owner_id);
        return { id: row.id, status: row.status, step: row.step };
      },
    );

    app.post(
      '/v1/roadmaps/:id/concepts/:conceptId/regenerate',
      {
        schema: {
          summary: 'Regenerate one piece of a concept as a new version',
          description:
            'The previous versions are kept; the concept id does not change, so learner progress survives. While a new version of the same piece is still being generated the answer is 409 `REGENERATE_IN_PROGRESS`.',
          tags: ['concepts'],
          params: conceptParamsSchema,
          body: regenerateBodySchema,
          response: { 202: regenerateAcceptedSchema, ...errors },
        },
      },
      async (request, reply) => {
        const row = roadmapOf(request);
        const { conceptId } = request.params;
        conceptOf(row, conceptId);
        if (row.status === 'cancelled') throw new AppError('ALREADY_FINISHED', { message: 'The roadmap was cancelled; retry it first.' });
        if ((await pieceStates(pool, row.id, conceptId)).length === 0) throw new AppError('CONTENT_NOT_READY');
        const { kind, instructions } = request.body;
        const added = await withTransaction(pool, (client) => addVersion(client, { roadmapId: row.id, conceptId, kind }, instructions ?? null));
        if (!added.added) throw new AppError('REGENERATE_IN_PROGRESS', { details: { kind, version: added.inProgress } });
        const { version } = added;
        // The version is stored: if the queue cannot take its job now, the reconciler adds it.
        await enqueueContent(queues, config, [{ roadmapId: row.id, requestId: request.id, conceptId, regenerate: { kind, version } }]).catch((err: unknown) =>
          request.log.warn({ err, roadmapId: row.id }, 'enqueue failed; the reconciler will create this job'),
        );
        logs.emit({ roadmapId: row.id, requestId: request.id, clientRequestId: request.clientRequestId, category: 'api', level: 'info', step: 'content', conceptId, agent: kind, message: `Regeneration of ${kind} requested (v${version})`, details: keyed('regenerate.requested', { kind, version, instructions: instructions ?? null }) });
        return reply.status(202).send({ conceptId, kind, version, status: 'pending' as const });
      },
    );
  };
}

/**
 * The transition a retry takes: a finished run goes back to its content phase (when it has content) or to its
 * workflow; a queued or running run whose work is not live is rescued; anything else is a 409.
 */
async function retried(deps: Services, existing: RoadmapRow): Promise<RoadmapRow> {
  const { pool } = deps;
  if (can('retryWorkflow', existing.status)) {
    const hasContent = existing.outline !== null && (await pieceStates(pool, existing.id)).length > 0;
    const row = hasContent
      ? await withTransaction(pool, async (client) => {
          const reopened = await retryContent(client, existing.id);
          if (reopened) await resetUnfinished(client, existing.id);
          return reopened;
        })
      : await retryWorkflow(pool, existing.id);
    if (!row) throw new AppError('NOT_RETRYABLE');
    return row;
  }
  if (!can('rescue', existing.status)) throw new AppError('NOT_RETRYABLE');
  if (await liveWork(deps, existing)) throw new AppError('RUN_IN_PROGRESS');
  const row = await rescueRun(pool, existing.id, existing.job_seq);
  // Someone restarted it between the queue's answer and now: its work is new, and live.
  if (!row) throw new AppError('RUN_IN_PROGRESS');
  return row;
}
