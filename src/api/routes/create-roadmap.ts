/**
 * POST /v1/roadmaps: validate, check the caller's quotas, store, enqueue, answer — within milliseconds. With
 * a limit on roadmaps generating at once, the new roadmap is admitted to the queue only if its owner has a free
 * slot; otherwise it waits `queued`, in order, and admission gives it its job when an earlier one finishes.
 */
import { keyed } from '../../logsink/events.js';
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { admitWithin, enqueueAdmitted, type Admitted } from '../../accounts/admission.js';
import { assertWithinQuota, quotasOf, type Quotas } from '../../accounts/quotas.js';
import { AppError } from '../../domain/errors.js';
import { roadmapRequestSchema, type RoadmapRequest } from '../../domain/roadmap.js';
import type { Services } from '../../runtime.js';
import { withTransaction, type Queryable } from '../../store/db.js';
import { usageOf } from '../../store/sql/quotas.js';
import { insertRoadmap, type NewRoadmap, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { lockUser } from '../../store/sql/users.js';
import { callerOf } from '../auth/caller.js';
import { setRateLimitHeaders } from '../auth/write-limits.js';
import { acceptedSchema, createHeadersSchema, errorSchema } from '../schemas.js';
import { linksFor } from '../views.js';

const DAY_S = 24 * 3600;

/** Hash of the validated request, so an Idempotency-Key replay can be told from a reuse with another body. */
function requestHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)]))
      : v;
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('hex');
}

const limited = (q: Quotas) => q.roadmapsPerDay > 0 || q.activeRoadmaps > 0 || q.tokensPerMonth > 0;

interface Created {
  row: RoadmapRow;
  created: boolean;
  admitted: Admitted;
  /** Roadmaps the daily quota still allows after this one (when there is a daily quota). */
  leftToday?: number;
}

/**
 * With limits, everything happens under the owner's row lock, so concurrent requests of one user are counted
 * against the quota one after the other; without limits (the local learner), a single INSERT.
 */
async function store(db: Services['pool'], roadmap: Omit<NewRoadmap, 'admitted'>, quotas: Quotas, services: Services): Promise<Created> {
  if (!limited(quotas)) {
    const { row, created } = await insertRoadmap(db, { ...roadmap, admitted: true });
    return { row, created, admitted: [row] };
  }
  return withTransaction(db, async (client: Queryable) => {
    await lockUser(client, roadmap.ownerId);
    const usage = (await usageOf(client, [roadmap.ownerId])).get(roadmap.ownerId)!;
    const { row, created } = await insertRoadmap(client, { ...roadmap, admitted: false });
    if (created) assertWithinQuota(usage, quotas);
    const admitted = await admitWithin(client, roadmap.ownerId, services.config);
    return { row, created, admitted: row.admitted_at && !admitted.some((a) => a.id === row.id) ? [...admitted, row] : admitted, leftToday: quotas.roadmapsPerDay - usage.roadmapsToday - 1 };
  });
}

export function createRoadmapRoute(deps: Services): FastifyPluginAsyncZod {
  const { pool, config, logs } = deps;
  const base = config.PUBLIC_BASE_URL.replace(/\/$/, '');
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
        const body: RoadmapRequest = request.body;
        const hash = requestHash(body);
        const { row, created, admitted, leftToday } = await store(
          pool,
          { id: randomUUID(), ownerId: user.id, request: body, requestHash: hash, idempotencyKey: request.headers['idempotency-key'] ?? null, requestId: request.id, clientRequestId: request.clientRequestId },
          quotas,
          deps,
        );
        if (!created && row.request_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_MISMATCH');
        if (leftToday !== undefined && quotas.roadmapsPerDay > 0) {
          setRateLimitHeaders(reply, { limit: quotas.roadmapsPerDay, remaining: Math.max(0, leftToday), resetSeconds: DAY_S });
        }
        if (created) {
          logs.emit({ roadmapId: row.id, requestId: request.id, clientRequestId: request.clientRequestId, level: 'info', category: 'api', step: 'queued', message: 'Roadmap request accepted', details: keyed('request.accepted') });
        }
        // The row is stored: the request is accepted even if the queue is briefly unreachable, because the
        // reconciler enqueues any admitted row that has no job (rule 1). A replay re-adds the job, a no-op if it exists.
        await enqueueAdmitted({ ...deps, logger: request.log }, admitted);
        const waitingForSlot = !admitted.some((a) => a.id === row.id) && row.admitted_at === null;
        const links = linksFor(base, row.id);
        return reply.status(202).header('location', links.self).send({ id: row.id, status: row.status, waitingForSlot, links });
      },
    );
  };
}
