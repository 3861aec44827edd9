/**
 * POST /v1/roadmaps: validate, check the caller's quotas, store, enqueue, answer — within milliseconds. With
 * a limit on roadmaps generating at once, the new roadmap is admitted to the queue only if its owner has a free
 * slot; otherwise it waits `queued`, in order, and admission gives it its job when an earlier one finishes.
 * Concurrent requests are stored and enqueued together (group commit: src/api/accept-roadmaps.ts).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { quotasOf } from '../../accounts/quotas.js';
import { AppError } from '../../domain/errors.js';
import { roadmapRequestSchema, type RoadmapRequest } from '../../domain/roadmap.js';
import { keyed } from '../../logsink/events.js';
import type { Services } from '../../runtime.js';
import { tracer } from '../../telemetry/tracing.js';
import { acceptRoadmaps, type Accepted, type RoadmapToAccept } from '../accept-roadmaps.js';
import { callerOf } from '../auth/caller.js';
import { GroupCommit } from '../group-commit.js';
import { requestHash } from '../request-hash.js';
import { setRateLimitHeaders } from '../auth/write-limits.js';
import { acceptedSchema, createHeadersSchema, errorSchema } from '../schemas.js';
import { linksFor } from '../views.js';

const DAY_S = 24 * 3600;

export function createRoadmapRoute(deps: Services): FastifyPluginAsyncZod {
  const { pool, config, logs } = deps;
  const base = config.PUBLIC_BASE_URL.replace(/\/$/, '');
  // One per process: every request of this API instance joins the same groups (src/api/accept-roadmaps.ts).
  const accept = new GroupCommit<RoadmapToAccept, Accepted>((items) => acceptRoadmaps({ ...deps, logger: deps.logger }, items), {
    maxBatch: config.CREATE_BATCH_MAX,
    maxInFlight: config.CREATE_BATCHES_IN_FLIGHT,
  });
  return async (app) => {
    app.post(
      '/v1/roadmaps',
      {
        schema: {
          summary: 'Request a roadmap',
          description:
            'Validates, stores and enqueues the request, then answers at once; watch `links.events`. Over a quota: `429 QUOTA_EXCEEDED` with `Retry-After`. Past the roadmaps generating at once, it is accepted and waits `queued` (`waitingForSlot`) until an earlier one finishes.',
          tags: ['roadmaps'],
          body: roadmapRequestSchema,
          headers: createHeadersSchema,
          response: { 202: acceptedSchema, 400: errorSchema, 401: errorSchema, 404: errorSchema, 413: errorSchema, 415: errorSchema, 422: errorSchema, 429: errorSchema, 503: errorSchema },
        },
      },
      async (request, reply) => {
        const { user } = callerOf(request);
        const quotas = quotasOf(user, config);
        // The content mode is stored resolved, so a later change of the server's default changes no roadmap.
        const body: RoadmapRequest = { ...request.body, content: request.body.content ?? config.CONTENT_DEFAULT };
        const hash = requestHash(body);
        const { row, created, waitingForSlot, leftToday } = await accept.submit({
          roadmap: { id: randomUUID(), ownerId: user.id, request: body, requestHash: hash, idempotencyKey: request.headers['idempotency-key'] ?? null, requestId: request.id, clientRequestId: request.clientRequestId },
          quotas,
          trace: tracer().carrier(),
        });
        if (!created && row.request_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_MISMATCH');
        if (leftToday !== undefined) setRateLimitHeaders(reply, { limit: quotas.roadmapsPerDay, remaining: Math.max(0, leftToday), resetSeconds: DAY_S });
        if (created) {
          logs.emit({ roadmapId: row.id, requestId: request.id, clientRequestId: request.clientRequestId, level: 'info', category: 'api', step: 'queued', message: 'Roadmap request accepted', details: keyed('request.accepted') });
        }
        const links = linksFor(base, row.id);
        return reply.status(202).header('location', links.self).send({ id: row.id, status: row.status, waitingForSlot, links });
      },
    );
  };
}
