/**
 * The learner's request and the outline: zod schemas that are the single source of validation, TypeScript
 * types and the OpenAPI document.
 */
import { z } from 'zod';
import { CONTENT_MODES, DIFFICULTIES, LEARNING_LEVELS, type ContentMode } from './enums.js';

/** BCP-47 language tag: language, optional script, region and variants (e.g. en, zh-Hans, pt-BR). */
const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?(-([a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*$/;

export const roadmapRequestSchema = z
  .strictObject({
    goal: z.string().trim().min(3).max(500).describe('What the learner wants to be able to do.'),
    level: z.enum(LEARNING_LEVELS).default('beginner'),
    hoursPerWeek: z.number().int().min(1).max(80).default(8),
    weeks: z.number().int().min(1).max(104).default(8),
    background: z.string().max(2000).optional(),
    motivation: z.string().max(2000).optional(),
    language: z.string().regex(BCP47, 'must be a BCP-47 language tag such as en or zh-CN').default('en'),
    review: z.boolean().default(false).describe('Wait for the learner to approve the outline before content.'),
    content: z
      .enum(CONTENT_MODES)
      .optional()
      .describe('eager: every concept’s content once the outline is final; on_demand: a concept’s content when it is first opened. Unset: the server’s default (CONTENT_DEFAULT), stored with the request.'),
  })
  .meta({ id: 'RoadmapRequest' });
export type RoadmapRequestInput = z.input<typeof roadmapRequestSchema>;
export type RoadmapRequest = z.output<typeof roadmapRequestSchema>;

/** Ids of stages, modules and concepts: stable slugs, so learner progress survives edits and regeneration. */
export const slugId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case slug id');

export const conceptSchema = z.object({
  id: slugId,
  title: z.string().min(1).max(200),
  description: z.string().max(2000),
  hours: z.number().positive().max(200),
  difficulty: z.enum(DIFFICULTIES),
  prerequisites: z.array(slugId).max(20),
  keywords: z.array(z.string().min(1).max(60)).max(12),
});

export const moduleSchema = z.object({
  id: slugId,
  title: z.string().min(1).max(200),
  description: z.string().max(2000),
  concepts: z.array(conceptSchema),
});

export const stageSchema = z.object({
  id: slugId,
  title: z.string().min(1).max(200),
  description: z.string().max(2000),
  modules: z.array(moduleSchema),
});

export const outlineSchema = z
  .object({
    title: z.string().min(1).max(300),
    summary: z.string().max(4000),
    totalHours: z.number().nonnegative(),
    weeks: z.number().int().positive(),
    budgetNote: z
      .string()
      .min(1)
      .max(1000)
      .optional()
      .describe('Why the plan uses less than the learner\'s time on purpose, in the outline\'s language; absent when it fills the budget.'),
    stages: z.array(stageSchema),
  })
  .meta({ id: 'Outline' });

export type Concept = z.infer<typeof conceptSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Outline = z.infer<typeof outlineSchema>;

export function conceptsOf(outline: Outline): Concept[] {
  return outline.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
}

/** A concept of the outline with the stage and module it sits in; undefined when the outline has no such id. */
export function findConcept(outline: Outline | null | undefined, conceptId: string): { stage: Stage; module: Module; concept: Concept } | undefined {
  for (const stage of outline?.stages ?? []) {
    for (const module of stage.modules) {
      const concept = module.concepts.find((c) => c.id === conceptId);
      if (concept) return { stage, module, concept };
    }
  }
  return undefined;
}

/** A request stored before content modes existed was eager, as every roadmap then was. */
export function contentModeOf(request: Pick<RoadmapRequest, 'content'>): ContentMode {
  return request.content ?? 'eager';
}
