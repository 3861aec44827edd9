/** Request and response schemas of outline editing: PATCH …/outline, its history, module regeneration. */
import { z } from 'zod';
import { MODULE_REGENERATION_STATUSES, OUTLINE_EDIT_KINDS, ROADMAP_STATUSES } from '../domain/enums.js';
import { outlineChangeSchema } from '../domain/outline-diff.js';
import { outlineOperationSchema } from '../domain/outline-edit.js';
import { outlineSchema, slugId } from '../domain/roadmap.js';

export const outlineEditBodySchema = z
  .strictObject({
    baseVersion: z.number().int().min(1).describe('The `outlineVersion` the edit was made on; another one → 409 OUTLINE_CONFLICT.'),
    operations: z.array(outlineOperationSchema).min(1).max(100).describe('Applied in order; ids of kept items never change.'),
  })
  .meta({ id: 'OutlineEdit' });

export const outlineEditedSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(ROADMAP_STATUSES).describe('queued when concepts were added to an eager roadmap: their content is being generated (an on-demand roadmap writes them when they are opened).'),
    outlineVersion: z.number().int().positive(),
    outline: outlineSchema,
    added: z.array(z.string()).describe('Ids of the concepts added (content is generated for them).'),
    removed: z.array(z.string()).describe('Ids of the concepts removed: hidden, their progress and history kept.'),
    changes: z.array(outlineChangeSchema),
  })
  .meta({ id: 'OutlineEdited' });

export const historyQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export const outlineHistorySchema = z
  .object({
    regenerations: z
      .array(
        z.object({
          regenerationId: z.uuid(),
          moduleId: z.string(),
          status: z.enum(MODULE_REGENERATION_STATUSES),
          instructions: z.string(),
          result: z.record(z.string(), z.unknown()).nullable().describe('Once done: kept, added and removed ids, hours, the summary and which wishes were applied; once failed: the reason.'),
          requestedAt: z.iso.datetime(),
          updatedAt: z.iso.datetime(),
        }),
      )
      .describe('Module regenerations asked for, newest first.'),
    items: z.array(
      z.object({
        fromVersion: z.number().int(),
        toVersion: z.number().int(),
        kind: z.enum(OUTLINE_EDIT_KINDS),
        userId: z.uuid().nullable(),
        byYou: z.boolean().describe('Made by the caller.'),
        operations: z.unknown().describe('The operations of an edit; `{ moduleId, instructions }` of a regeneration.'),
        changes: z.array(outlineChangeSchema),
        at: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'OutlineHistory' });

export const moduleParamsSchema = z.strictObject({ id: z.uuid(), moduleId: slugId });

export const moduleRegenerateBodySchema = z
  .strictObject({
    instructions: z.string().trim().min(1).max(2000).describe('What the re-planned module should do differently.'),
    baseVersion: z.number().int().min(1).optional().describe('When given, refused with 409 OUTLINE_CONFLICT unless the outline is still at it.'),
  })
  .meta({ id: 'ModuleRegenerateRequest' });

export const moduleRegenerateAcceptedSchema = z
  .object({ regenerationId: z.uuid(), moduleId: z.string(), status: z.literal('pending'), baseVersion: z.number().int() })
  .meta({ id: 'ModuleRegenerateAccepted' });
