/** /v1/roadmaps: create (validate, store, enqueue, answer), read, list, and read execution logs. */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.js';
import { enqueueRoadmap } from '../../queue/enqueue.js';
import { listLogs, summarizeLogs } from '../../store/sql/execution-logs.js';
import { currentPieces, doneConceptCounts } from '../../store/sql/content.js';
import { insertRoadmap, listRoadmaps } from '../../store/sql/roadmaps.js';
import { setRoadmapClientRequestId } from '../../store/sql/client-request-ids.js';
import { usageByTask } from '../../store/sql/usage.js';
import { ownedRoadmap } from '../ownership.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ApiDeps } from '../app.js';
import {
  acceptedSchema,
  createHeadersSchema,
  errorSchema,
  idParamsSchema,
  listQuerySchema,
  logPageSchema,
  logSummarySchema,
  logsQuerySchema,
  roadmapPageSchema,
  roadmapViewSchema,
} from '../schemas.js';
import { roadmapRequestSchema } from '../../domain/roadmap.js';
import { actionsFor, linksFor, logEntry, roadmapSummary, roadmapView } from '../views.js';
import { liveWork } from '../work.js';
import type { LogLevel } from '../../domain/enums.js';

/** Cursors come back from clients: every value must also be in range for the column it is compared with. */
const PG_BIGINT_MAX = 2n ** 63n - 1n;
const roadmapCursor = z.object({
  // timestamptz has no year 0, which the ISO format allows.
  createdAt: z.iso.datetime().refine((v) => !v.startsWith('0000'), 'year 0 does not exist'),
  id: z.uuid(),
});
const logCursor = z.object({ seq: z.string().regex(/^\d{1,19}$/).refine((v) => BigInt(v) <= PG_BIGINT_MAX, 'beyond bigint'), id: z.uuid() });
const errors = { 400: errorSchema, 404: errorSchema, 503: errorSchema };

/** Hash of the validated request, so an Idempotency-Key replay can be told from a reuse with another body. */
function requestHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)]))
      : v;
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('hex');
}

export function roadmapRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const { pool, queues, config, logs } = deps;
  const base = config.PUBLIC_BASE_URL.replace(/\/$/, '');
  return async (app) => {
    app.post(
      '/v1/roadmaps',
      {
        schema: {
          summary: 'Request a roadmap',
          description: 'Validates, stores and enqueues the request, then answers at once; watch `links.events`.',
          tags: ['roadmaps'],
          body: roadmapRequestSchema,
          headers: createHeadersSchema,
          response: { 202: acceptedSchema, 413: errorSchema, 415: errorSchema, 422: errorSchema, ...errors },
        },
      },
      async (request, reply) => {
        const idempotencyKey = request.headers['idempotency-key'] ?? null;
        const hash = requestHash(request.body);
        const { row, created } = await insertRoadmap(pool, {
          id: randomUUID(),
          ownerId: request.ownerId,
          request: request.body,
          requestHash: hash,
          idempotencyKey,
          requestId: request.id,
        });
        if (!created && row.request_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_MISMATCH');
        if (created) {
          const { clientRequestId } = request;
          if (clientRequestId) await setRoadmapClientRequestId(pool, row.id, clientRequestId);
          logs.emit({ roadmapId: row.id, requestId: request.id, clientRequestId, level: 'info', category: 'api', step: 'queued', message: 'Roadmap request accepted' });
        }
        // The row is stored: the request is accepted even if the queue is briefly unreachable, because the
        // reconciler enqueues any queued row that has no job (rule 1). A replay re-adds the job, a no-op if it exists.
        try {
          await enqueueRoadmap(queues, config, { roadmapId: row.id, requestId: row.request_id }, row.job_seq);
        } catch (err) {
          request.log.warn({ err, roadmapId: row.id }, 'enqueue failed; the reconciler will enqueue this roadmap');
        }
        const links = linksFor(base, row.id);
        return reply.status(202).header('location', links.self).send({ id: row.id, status: row.status, links });
      },
    );

    app.get(
      '/v1/roadmaps/:id',
      { schema: { summary: 'Read a roadmap', tags: ['roadmaps'], params: idParamsSchema, response: { 200: roadmapViewSchema, ...errors } } },
      async (request) => {
        const row = await ownedRoadmap(pool, request.params.id, request.ownerId);
        const [pieces, usage, live] = await Promise.all([currentPieces(pool, row.id), usageByTask(pool, row.id), liveWork(deps, row)]);
        return roadmapView(row, base, actionsFor(row, live), pieces, usage);
      },
    );

    app.get(
      '/v1/roadmaps',
      { schema: { summary: 'List roadmaps, newest first', tags: ['roadmaps'], querystring: listQuerySchema, response: { 200: roadmapPageSchema, ...errors } } },
      async (request) => {
        const { limit, cursor, status } = request.query;
        const before = decodeCursor(roadmapCursor, cursor);
        const rows = await listRoadmaps(pool, { ownerId: request.ownerId, limit: limit + 1, before, status });
        const page = rows.slice(0, limit);
        const last = page.at(-1);
        const done = await doneConceptCounts(pool, page.map((r) => r.id));
        return {
          items: page.map((r) => roadmapSummary(r, base, done.get(r.id) ?? 0)),
          nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.created_at.toISOString(), id: last.id }) : null,
        };
      },
    );

    app.get(
      '/v1/roadmaps/:id/logs',
      {
        schema: {
          summary: "Read a roadmap's execution log, oldest first",
          tags: ['roadmaps'],
          params: idParamsSchema,
          querystring: logsQuerySchema,
          response: { 200: logPageSchema, ...errors },
        },
      },
      async (request) => {
        const row = await ownedRoadmap(pool, request.params.id, request.ownerId);
        const { after, level, category, step, conceptId, limit } = request.query;
        const rows = await listLogs(pool, {
          roadmapId: row.id,
          after: decodeCursor(logCursor, after),
          levels: level?.split(',') as LogLevel[] | undefined,
          categories: category?.split(','),
          steps: step?.split(','),
          conceptId,
          limit: limit + 1,
        });
        const page = rows.slice(0, limit);
        const last = page.at(-1);
        return {
          items: page.map(logEntry),
          // The log of a running roadmap grows: the last page still carries a cursor to poll from.
          nextCursor: last ? encodeCursor({ seq: last.seq, id: last.id }) : (after ?? null),
        };
      },
    );

    app.get(
      '/v1/roadmaps/:id/logs/summary',
      {
        schema: {
          summary: "Counts of a roadmap's execution log per level, category and step; total duration; first and last time",
          tags: ['roadmaps'],
          params: idParamsSchema,
          response: { 200: logSummarySchema, ...errors },
        },
      },
      async (request) => {
        const row = await ownedRoadmap(pool, request.params.id, request.ownerId);
        const s = await summarizeLogs(pool, row.id);
        return { ...s, first: s.first?.toISOString() ?? null, last: s.last?.toISOString() ?? null };
      },
    );
  };
}
