/**
 * Sharing: a read-only link to a roadmap's outline and content (no progress, nothing about its owner), and
 * forking a shared roadmap into one's own, with its own progress.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { newSecret } from '../../accounts/tokens.js';
import { AppError } from '../../domain/errors.js';
import { contentOutcome } from '../../domain/outcome.js';
import type { Services } from '../../runtime.js';
import { withTransaction } from '../../store/db.js';
import { currentPieces } from '../../store/sql/content.js';
import { forkRoadmap } from '../../store/sql/forks.js';
import { getRoadmap, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { liveShare, revokeShare, shareRoadmap, sharedRoadmapId, type ShareRow } from '../../store/sql/shares.js';
import { sharedRoadmapSchema, shareSchema, shareTokenParamsSchema } from '../account-schemas.js';
import { callerOf, roadmapOf } from '../auth/caller.js';
import { acceptedSchema, errorSchema, idParamsSchema } from '../schemas.js';
import { linksFor } from '../views.js';

const errors = { 400: errorSchema, 401: errorSchema, 404: errorSchema, 409: errorSchema };
/** Only a roadmap whose content phase has ended can be forked: a fork copies content, it never generates it. */
const FORKABLE = new Set(['completed', 'partial']);

export function shareRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool, config } = deps;
  const base = config.PUBLIC_BASE_URL.replace(/\/$/, '');
  const shareView = (s: ShareRow) => ({ token: s.token, url: `${base}/shared/${s.token}`, createdAt: s.created_at.toISOString() });

  async function shared(token: string): Promise<RoadmapRow> {
    const id = await sharedRoadmapId(pool, token);
    const row = id ? await getRoadmap(pool, id) : null;
    if (!row?.outline) throw new AppError('SHARE_NOT_FOUND');
    return row;
  }

  return async (app) => {
    app.post(
      '/v1/roadmaps/:id/share',
      { schema: { summary: 'A read-only link to this roadmap (the same link while it lives)', tags: ['sharing'], params: idParamsSchema, response: { 200: shareSchema, ...errors } } },
      async (request) => {
        const row = roadmapOf(request);
        if (!row.outline) throw new AppError('CONTENT_NOT_READY', { message: 'The roadmap has no outline yet to share.' });
        return shareView(await shareRoadmap(pool, row.id, newSecret(24)));
      },
    );
    app.get(
      '/v1/roadmaps/:id/share',
      { schema: { summary: "This roadmap's live share link", tags: ['sharing'], params: idParamsSchema, response: { 200: shareSchema, ...errors } } },
      async (request) => {
        const share = await liveShare(pool, roadmapOf(request).id);
        if (!share) throw new AppError('SHARE_NOT_FOUND');
        return shareView(share);
      },
    );
    app.delete(
      '/v1/roadmaps/:id/share',
      { schema: { summary: 'Revoke the share link', tags: ['sharing'], params: idParamsSchema, response: { 204: z.null().describe('No content'), ...errors } } },
      async (request, reply) => {
        if (!(await revokeShare(pool, roadmapOf(request).id))) throw new AppError('SHARE_NOT_FOUND');
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/v1/shared/:token',
      {
        config: { access: 'public' },
        schema: { summary: 'A shared roadmap, read-only: outline and finished content', tags: ['sharing'], params: shareTokenParamsSchema, response: { 200: sharedRoadmapSchema, 400: errorSchema, 404: errorSchema } },
      },
      async (request) => {
        const row = await shared(request.params.token);
        const outline = row.outline!;
        const concepts: Record<string, Record<string, unknown>> = {};
        for (const p of await currentPieces(pool, row.id)) if (p.status === 'completed') (concepts[p.concept_id] ??= {})[p.kind] = p.body;
        return { title: outline.title, goal: row.request.goal, outline, concepts, sharedAt: row.updated_at.toISOString() };
      },
    );

    app.post(
      '/v1/shared/:token/fork',
      { schema: { summary: 'Copy a shared roadmap into your roadmaps, with your own progress', tags: ['sharing'], params: shareTokenParamsSchema, response: { 201: acceptedSchema, ...errors } } },
      async (request, reply) => {
        const source = await shared(request.params.token);
        if (!FORKABLE.has(source.status)) throw new AppError('CONTENT_NOT_READY', { message: 'This roadmap is still being generated; fork it once it is finished.' });
        const outcome = contentOutcome(await currentPieces(pool, source.id));
        if (!outcome) throw new AppError('CONTENT_NOT_READY', { message: 'Some of its content is still being generated; fork it once it is finished.' });
        const fork = await withTransaction(pool, (client) =>
          forkRoadmap(client, { sourceId: source.id, newId: randomUUID(), ownerId: callerOf(request).user.id, requestId: request.id, ...outcome }),
        );
        if (!fork) throw new AppError('SHARE_NOT_FOUND');
        const links = linksFor(base, fork.id);
        return reply.status(201).header('location', links.self).send({ id: fork.id, status: fork.status, links });
      },
    );
  };
}
