/** Reading one concept: where it sits, its current tutorial, resources and quiz, and every version. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CONTENT_KINDS } from '../../domain/enums.js';
import type { Services } from '../../runtime.js';
import { listVersions, type PieceRow } from '../../store/sql/content.js';
import { openConcept } from '../../learning/open-concept.js';
import { callerOf, conceptOf, roadmapOf } from '../auth/caller.js';
import { conceptParamsSchema, conceptViewSchema, errorSchema } from '../schemas.js';

function piece(p: PieceRow, withBody: boolean) {
  return {
    version: p.version,
    status: p.status,
    ...(withBody && p.status === 'completed' ? { body: p.body } : {}),
    ...(p.error ? { error: { code: p.error.code, message: p.error.message } } : {}),
    ...(p.instructions ? { instructions: p.instructions } : {}),
    updatedAt: p.updated_at.toISOString(),
  };
}

export function conceptRoutes(deps: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/roadmaps/:id/concepts/:conceptId',
      {
        schema: {
          summary: "A concept's tutorial, resources and quiz (current versions, and the history)",
          tags: ['concepts'],
          params: conceptParamsSchema,
          response: { 200: conceptViewSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      async (request) => {
        const row = roadmapOf(request);
        const { conceptId } = request.params;
        const { stage, module: mod, concept } = conceptOf(row, conceptId);
        // On demand, the first open asks for this concept's pieces (and the next one's), then answers at once.
        await openConcept(deps, callerOf(request).user.id, row, conceptId);
        const versions = await listVersions(deps.pool, row.id, conceptId);
        const content = Object.fromEntries(
          CONTENT_KINDS.map((kind) => {
            const all = versions.filter((v) => v.kind === kind); // newest first
            const current = all[0];
            // The pieces are created when the content phase starts; until then each one is simply pending.
            if (!current) return [kind, { current: { status: 'pending' as const } }];
            const completed = current.status === 'completed' ? undefined : all.find((v) => v.status === 'completed');
            return [kind, { current: piece(current, true), ...(completed ? { latestCompleted: piece(completed, true) } : {}) }];
          }),
        );
        return {
          roadmapId: row.id,
          concept,
          stage: { id: stage.id, title: stage.title },
          module: { id: mod.id, title: mod.title },
          content: content as Record<(typeof CONTENT_KINDS)[number], (typeof content)[string]>,
          versions: versions.map((v) => ({ kind: v.kind, ...piece(v, false) })),
        };
      },
    );
  };
}
