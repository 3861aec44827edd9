/**
 * Editing a final outline: PATCH …/outline applies the learner's operations on a base version, GET
 * …/outline/history lists what changed it, and POST …/modules/:moduleId/regenerate asks the content worker to
 * re-plan one module. The decisions are in src/learning/outline-editing.ts; the work is the workers'.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { editOutline } from '../../learning/outline-editing.js';
import { requestModuleRegeneration } from '../../learning/module-regeneration.js';
import type { Services } from '../../runtime.js';
import { listRegenerations } from '../../store/sql/module-regenerations.js';
import { listOutlineEdits } from '../../store/sql/outline-edits.js';
import { callerOf, roadmapOf } from '../auth/caller.js';
import {
  historyQuerySchema,
  moduleParamsSchema,
  moduleRegenerateAcceptedSchema,
  moduleRegenerateBodySchema,
  outlineEditBodySchema,
  outlineEditedSchema,
  outlineHistorySchema,
} from '../outline-schemas.js';
import { errorSchema, idParamsSchema } from '../schemas.js';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema, 503: errorSchema };

export function outlineRoutes(deps: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.patch(
      '/v1/roadmaps/:id/outline',
      {
        schema: {
          summary: "Edit a roadmap's outline",
          description:
            'Operations applied in order on `baseVersion`: a stale base → 409 `OUTLINE_CONFLICT`; a status that takes no edits (only completed and partial do) → 409 `OUTLINE_NOT_EDITABLE`; an edit that breaks the structure checks → 422 `OUTLINE_EDIT_INVALID` with the issues, each naming its operation. Kept ids keep their progress, quiz history and review cards; removed concepts are hidden with their history kept; added concepts get their content generated (the roadmap is queued again meanwhile).',
          tags: ['roadmaps'],
          params: idParamsSchema,
          body: outlineEditBodySchema,
          response: { 200: outlineEditedSchema, 422: errorSchema, ...errors },
        },
      },
      async (request) => {
        const row = roadmapOf(request);
        const { baseVersion, operations } = request.body;
        const edit = await editOutline(deps, row, { baseVersion, operations, userId: callerOf(request).user.id, requestId: request.id });
        return { id: edit.row.id, status: edit.row.status, outlineVersion: edit.row.outline_version, outline: edit.row.outline!, added: edit.added, removed: edit.removed, changes: edit.changes };
      },
    );

    app.get(
      '/v1/roadmaps/:id/outline/history',
      {
        schema: {
          summary: "What changed a roadmap's outline after it was final, newest first",
          tags: ['roadmaps'],
          params: idParamsSchema,
          querystring: historyQuerySchema,
          response: { 200: outlineHistorySchema, ...errors },
        },
      },
      async (request) => {
        const me = callerOf(request).user.id;
        const id = roadmapOf(request).id;
        const [rows, regenerations] = await Promise.all([listOutlineEdits(deps.pool, id, request.query.limit), listRegenerations(deps.pool, id, request.query.limit)]);
        return {
          regenerations: regenerations.map((g) => ({
            regenerationId: g.id,
            moduleId: g.module_id,
            status: g.status,
            instructions: g.instructions,
            result: g.result,
            requestedAt: g.created_at.toISOString(),
            updatedAt: g.updated_at.toISOString(),
          })),
          items: rows.map((r) => ({
            fromVersion: r.from_version,
            toVersion: r.to_version,
            kind: r.kind,
            userId: r.user_id,
            byYou: r.user_id === me,
            operations: r.operations,
            changes: r.changes,
            at: r.created_at.toISOString(),
          })),
        };
      },
    );

    app.post(
      '/v1/roadmaps/:id/modules/:moduleId/regenerate',
      {
        schema: {
          summary: 'Re-plan one module with instructions',
          description:
            "The content worker asks the LLM to re-plan the module's concepts within its hours; concepts that survive keep their ids (and progress), new ones get content. The result is a new outline version, in the history; the answer is 409 `OUTLINE_NOT_EDITABLE` unless the roadmap is completed or partial.",
          tags: ['roadmaps'],
          params: moduleParamsSchema,
          body: moduleRegenerateBodySchema,
          response: { 202: moduleRegenerateAcceptedSchema, ...errors },
        },
      },
      async (request, reply) => {
        const row = roadmapOf(request);
        const accepted = await requestModuleRegeneration(deps, row, {
          moduleId: request.params.moduleId,
          instructions: request.body.instructions,
          baseVersion: request.body.baseVersion,
          userId: callerOf(request).user.id,
          requestId: request.id,
        });
        return reply.status(202).send({ ...accepted, moduleId: request.params.moduleId, status: 'pending' as const });
      },
    );
  };
}
