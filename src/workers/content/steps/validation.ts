/** Structure validation: the hard checks in code, stored as a report; the job decides what an invalid one means. */
import { z } from 'zod';
import { checkOutline } from '../../../domain/outline-checks.js';
import type { StepDefinition } from '../pipeline.js';

export const outlineReportSchema = z.object({
  valid: z.boolean(),
  issues: z.array(z.object({ code: z.string(), at: z.string(), message: z.string() })),
});
export type OutlineReport = z.infer<typeof outlineReportSchema>;

export const validationStep: StepDefinition<'validation'> = {
  key: 'validation',
  step: 'validation',
  schema: outlineReportSchema,
  async run(state, deps) {
    if (!state.outline) throw new Error('validation step needs the outline');
    const issues = checkOutline(state.outline, deps.request.hoursPerWeek * deps.request.weeks);
    return { valid: issues.length === 0, issues };
  },
};
