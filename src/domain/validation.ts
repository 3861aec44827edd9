/**
 * Structure validation beyond the hard checks: an LLM's scores over five dimensions, and the repair that
 * follows a failed validation or a learner's rejection.
 */
import { z } from 'zod';
import { outlineSchema } from './roadmap.js';

/** The dimensions and their weights in the overall score (they add up to 1). */
export const VALIDATION_DIMENSIONS = {
  completeness: 0.3,
  progression: 0.25,
  coherence: 0.2,
  clarity: 0.15,
  fit: 0.1,
} as const;
export type ValidationDimension = keyof typeof VALIDATION_DIMENSIONS;
export const VALIDATION_DIMENSION_NAMES = Object.keys(VALIDATION_DIMENSIONS) as [ValidationDimension, ...ValidationDimension[]];

export const outlineReviewSchema = z
  .object({
    dimensions: z
      .array(z.object({ dimension: z.enum(VALIDATION_DIMENSION_NAMES), score: z.number().min(0).max(100), rationale: z.string().max(1000) }))
      .length(VALIDATION_DIMENSION_NAMES.length),
    issues: z
      .array(
        z.object({
          severity: z.enum(['critical', 'warning']),
          location: z.string().max(100).describe('A stage, module or concept id, or "outline".'),
          issue: z.string().min(1).max(1000),
          suggestion: z.string().max(1000),
        }),
      )
      .max(30),
    summary: z.string().max(2000),
  })
  .meta({ id: 'OutlineReview' });
export type OutlineReview = z.infer<typeof outlineReviewSchema>;

/** Parts of a learner's feedback, quoted or paraphrased in the learner's language. */
const feedbackParts = z.array(z.string().min(1).max(1000)).max(20);

export const EDIT_ACTIONS = ['add', 'remove', 'modify', 'reorder', 'merge', 'split'] as const;

export const repairSchema = z
  .object({
    editPlan: z
      .array(
        z.object({
          action: z.enum(EDIT_ACTIONS),
          target: z.enum(['stage', 'module', 'concept', 'outline']),
          targetId: z.string().max(64).nullable(),
          description: z.string().min(1).max(1000),
        }),
      )
      .min(1)
      .max(30),
    outline: outlineSchema.describe('The whole edited outline; ids of untouched items stay the same.'),
    summary: z.string().max(2000),
    feedback: z
      .object({ applied: feedbackParts, notApplied: feedbackParts })
      .optional()
      .describe("How the learner's feedback was handled, part by part; only when there was feedback."),
  })
  .meta({ id: 'Repair' });
export type Repair = z.infer<typeof repairSchema>;

/** Weighted mean of the dimension scores, minus 10 per critical and 5 per warning issue, floored at 0. */
export function overallScore(review: OutlineReview): number {
  const weighted = review.dimensions.reduce((sum, d) => sum + d.score * VALIDATION_DIMENSIONS[d.dimension], 0);
  const critical = review.issues.filter((i) => i.severity === 'critical').length;
  const warnings = review.issues.length - critical;
  return Math.max(0, Math.round(weighted - 10 * critical - 5 * warnings));
}
