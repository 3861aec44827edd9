/** A roadmap as one downloadable document: Markdown (outline, tutorials, resources, quizzes) or JSON. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.js';
import { roadmapMarkdown, type ConceptContent } from '../../export/markdown.js';
import type { Services } from '../../runtime.js';
import { masteryByConcept } from '../../domain/spaced-review.js';
import { currentPieces } from '../../store/sql/content.js';
import { roadmapCards } from '../../store/sql/review-cards.js';
import { callerOf, roadmapOf } from '../auth/caller.js';
import { errorSchema, idParamsSchema } from '../schemas.js';
import { actionsFor, roadmapView } from '../views.js';
import { liveWork } from '../../inspect/work.js';

export function exportRoutes(deps: Services): FastifyPluginAsyncZod {
  const base = deps.config.PUBLIC_BASE_URL.replace(/\/$/, '');
  return async (app) => {
    app.get(
      '/v1/roadmaps/:id/export',
      {
        schema: {
          summary: 'Download a roadmap as Markdown or JSON, with every finished tutorial, resource list and quiz',
          description: "Markdown is written in the roadmap's language and shows the learner's mastery per concept.",
          tags: ['roadmaps'],
          params: idParamsSchema,
          querystring: z.strictObject({ format: z.enum(['md', 'json']).default('md') }),
          response: { 200: z.string(), 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const row = roadmapOf(request);
        if (!row.outline) throw new AppError('CONTENT_NOT_READY', { message: 'The roadmap has no outline yet.' });
        const [pieces, cards] = await Promise.all([currentPieces(deps.pool, row.id), roadmapCards(deps.pool, callerOf(request).user.id, row.id)]);
        const content = new Map<string, ConceptContent>();
        for (const p of pieces) if (p.status === 'completed') content.set(p.concept_id, { ...content.get(p.concept_id), [p.kind]: p.body });
        const name = `roadmap-${row.id.slice(0, 8)}`;
        const mastery = new Map([...masteryByConcept(cards, new Date())].map(([id, m]) => [id, m.mastery]));
        if (request.query.format === 'json') {
          const actions = actionsFor(row, await liveWork(deps, row));
          const body = JSON.stringify({ ...roadmapView(row, base, actions, pieces), concepts: Object.fromEntries(content) }, null, 2);
          return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="${name}.json"`).serializer((x) => x as string).send(body);
        }
        return reply
          .type('text/markdown; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.md"`)
          .serializer((x) => x as string)
          .send(roadmapMarkdown(row.outline, content, { language: row.request.language, mastery }));
      },
    );
  };
}
