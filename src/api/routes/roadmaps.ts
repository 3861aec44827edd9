/** /v1/roadmaps: read, list, read execution logs and review rounds (creating one is in create-roadmap.ts). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listLogs, summarizeLogs } from '../../store/sql/execution-logs.js';
import { doneConceptCounts, pieceStates } from '../../store/sql/content.js';
import { listReviews } from '../../store/sql/reviews.js';
import { listRoadmaps } from '../../store/sql/roadmaps.js';
import { usageByTask } from '../../store/sql/usage.js';
import { callerOf, roadmapOf } from '../auth/caller.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ApiDeps } from '../app.js';
import {
  errorSchema,
  idParamsSchema,
  listQuerySchema,
  logPageSchema,
  logSummarySchema,
  logsQuerySchema,
  reviewListSchema,
  roadmapPageSchema,
  roadmapViewSchema,
} from '../schemas.js';
import { actionsFor, linksFor, logEntry, roadmapSummary, roadmapView } from '../views.js';
import { liveWork } from '../../inspect/work.js';
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

export function roadmapRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  const { pool, config } = deps;
  const base = config.PUBLIC_BASE_URL.replace(/\/$/, '');
  return async (app) => {
    app.get(
      '/v1/roadmaps/:id',
      { schema: { summary: 'Read a roadmap', tags: ['roadmaps'], params: idParamsSchema, response: { 200: roadmapViewSchema, ...errors } } },
      async (request) => {
        const row = roadmapOf(request);
        const [pieces, usage, live] = await Promise.all([pieceStates(pool, row.id), usageByTask(pool, row.id), liveWork(deps, row)]);
        return roadmapView(row, base, actionsFor(row, live), pieces, usage);
      },
    );

    app.get(
      '/v1/roadmaps',
      { schema: { summary: 'List roadmaps, newest first', tags: ['roadmaps'], querystring: listQuerySchema, response: { 200: roadmapPageSchema, ...errors } } },
      async (request) => {
        const { limit, cursor, status } = request.query;
        const before = decodeCursor(roadmapCursor, cursor);
        const rows = await listRoadmaps(pool, { ownerId: callerOf(request).user.id, limit: limit + 1, before, status });
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
        const row = roadmapOf(request);
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
        const row = roadmapOf(request);
        const s = await summarizeLogs(pool, row.id);
        return { ...s, first: s.first?.toISOString() ?? null, last: s.last?.toISOString() ?? null };
      },
    );

    app.get(
      '/v1/roadmaps/:id/reviews',
      {
        schema: {
          summary: "A roadmap's review rounds, oldest first",
          description:
            "Every answer to the outline review; a rejection's `outcome`, once its repair is validated, says what changed (by stable id) and which parts of the feedback could not be applied.",
          tags: ['roadmaps'],
          params: idParamsSchema,
          response: { 200: reviewListSchema, ...errors },
        },
      },
      async (request) => {
        const rows = await listReviews(pool, roadmapOf(request).id);
        return {
          items: rows.map((r) => ({ round: r.round, approved: r.approved, feedback: r.feedback, outcome: r.outcome, createdAt: r.created_at.toISOString() })),
        };
      },
    );
  };
}
