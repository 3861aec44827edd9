/**
 * What became of a learner's rejection of an outline, stored with its review round: which provider repaired
 * it, which parts of the feedback it applied and which it could not (its own account), and what really
 * changed between the outline the learner rejected and the one shown next (computed, src/domain/outline-diff.ts).
 */
import { z } from 'zod';
import { LLM_PROVIDERS } from './enums.js';
import { outlineChangeSchema } from './outline-diff.js';

export const reviewOutcomeSchema = z
  .object({
    provider: z.enum(LLM_PROVIDERS),
    applied: z.array(z.string()).describe('Parts of the feedback the repair says it applied.'),
    notApplied: z.array(z.string()).describe('Parts of the feedback the repair says it could not apply.'),
    changes: z.array(outlineChangeSchema).describe('What changed, by stable id; empty when nothing did.'),
  })
  .meta({ id: 'ReviewOutcome' });
export type ReviewOutcome = z.infer<typeof reviewOutcomeSchema>;
