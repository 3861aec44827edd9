/**
 * The roadmap workflow up to a final outline: intent analysis → outline → structure validation ⇄ repair
 * (at most MAX_REPAIR_ROUNDS) → the learner's review, when asked for (each rejection is repaired with the
 * feedback and validated again, and what became of it is stored with its round). Written as plain code over
 * checkpointed steps, so every run — first, resumed or continued after a review — replays what is stored and
 * carries on from there.
 */
import { z } from 'zod';
import { WorkError } from '../../domain/errors.js';
import { intentSchema } from '../../domain/intent.js';
import { checkOutline } from '../../domain/outline-checks.js';
import { diffOutlines } from '../../domain/outline-diff.js';
import { outlineSchema, type Outline } from '../../domain/roadmap.js';
import { outlineReviewSchema, overallScore, repairSchema } from '../../domain/validation.js';
import { LlmError } from '../../llm/port.js';
import { promptFor } from '../../llm/prompts.js';
import { listReviews, recordReviewOutcome } from '../../store/sql/reviews.js';
import { saveOutline } from '../../store/sql/roadmap-runs.js';
import type { RunDeps, StepRunner } from './step-runner.js';

/** The seed's limit: after three repairs an outline that still breaks the hard checks is given up on. */
export const MAX_REPAIR_ROUNDS = 3;

export const validationReportSchema = z.object({
  valid: z.boolean(),
  /** Hard-check failures: the outline cannot be used while any remains. */
  structural: z.array(z.string()),
  /** The LLM's critical issues and warnings, as "severity at location: issue". */
  review: z.array(z.string()),
  score: z.number().nullable(),
  note: z.string().optional(),
});
export type ValidationReport = z.infer<typeof validationReportSchema>;

export type WorkflowResult = { kind: 'final'; outline: Outline } | { kind: 'awaiting_review'; round: number };

export async function runOutlineWorkflow(runner: StepRunner, deps: RunDeps): Promise<WorkflowResult> {
  const { request } = deps;
  const intent = await runner.step('intent_analysis', 'intent_analysis', intentSchema, () =>
    generate(deps, 'intent', intentSchema, { request }),
  );
  let outline = await runner.step('outline', 'outline', outlineSchema, () =>
    generate(deps, 'outline', outlineSchema, { request, intent }),
  );
  await saveOutline(deps.pool, deps.roadmapId, outline);
  outline = await validateAndRepair(runner, deps, outline, '');

  if (!request.review) return { kind: 'final', outline };
  const reviews = await listReviews(deps.pool, deps.roadmapId);
  for (const r of reviews) {
    if (r.approved) return { kind: 'final', outline };
    const prefix = `review-${r.round}-`;
    const repaired = await runner.step(`${prefix}repair`, 'repair', repairSchema, () =>
      generate(deps, 'repair', repairSchema, { request, outline, feedback: r.feedback ?? undefined }),
    );
    outline = repaired.outline;
    await saveOutline(deps.pool, deps.roadmapId, outline);
    outline = await validateAndRepair(runner, deps, outline, prefix);
    // What changed is read from the outlines (the one the learner rejected, the one shown next), not from the
    // repair's own account of its edit; which wishes it could not apply only the repairer can say.
    await recordReviewOutcome(deps.pool, deps.roadmapId, r.round, {
      provider: deps.llm.name,
      applied: repaired.feedback?.applied ?? [],
      notApplied: repaired.feedback?.notApplied ?? [],
      changes: diffOutlines(r.outline, outline),
    });
  }
  return { kind: 'awaiting_review', round: reviews.length + 1 };
}

async function validateAndRepair(runner: StepRunner, deps: RunDeps, initial: Outline, prefix: string): Promise<Outline> {
  let outline = initial;
  for (let round = 0; ; round++) {
    const current = outline;
    const report = await runner.step(`${prefix}validation-${round}`, 'validation', validationReportSchema, () => validate(deps, current));
    if (report.valid) return outline;
    if (round >= MAX_REPAIR_ROUNDS) {
      if (report.structural.length === 0) return outline; // only the reviewer's concerns remain: usable
      throw new WorkError('OUTLINE_INVALID', 'permanent', `The outline still fails the structure checks after ${MAX_REPAIR_ROUNDS} repairs: ${report.structural.join('; ')}`);
    }
    const repaired = await runner.step(`${prefix}repair-${round + 1}`, 'repair', repairSchema, () =>
      generate(deps, 'repair', repairSchema, { request: deps.request, outline: current, problems: [...report.structural, ...report.review] }),
    );
    outline = repaired.outline;
    await saveOutline(deps.pool, deps.roadmapId, outline);
  }
}

/** Hard checks in code first; only a structurally sound outline is worth an LLM's review. */
async function validate(deps: RunDeps, outline: Outline): Promise<ValidationReport> {
  const structural = checkOutline(outline, deps.request.hoursPerWeek * deps.request.weeks).map((i) => `${i.code} at ${i.at}: ${i.message}`);
  if (structural.length > 0) return { valid: false, structural, review: [], score: 0 };
  try {
    const review = await generate(deps, 'validation', outlineReviewSchema, { request: deps.request, outline });
    const critical = review.issues.filter((i) => i.severity === 'critical');
    return {
      valid: critical.length === 0,
      structural,
      review: review.issues.map((i) => `${i.severity} at ${i.location}: ${i.issue} (${i.suggestion})`),
      score: overallScore(review),
    };
  } catch (err) {
    // A reviewer that cannot be reached must not block a structurally sound outline.
    if (err instanceof LlmError && err.kind !== 'aborted') {
      deps.logs.emit({ roadmapId: deps.roadmapId, requestId: deps.requestId, category: 'agent', level: 'warn', step: 'validation', message: `LLM review unavailable, structure checks passed: ${err.message}` });
      return { valid: true, structural, review: [], score: null, note: 'LLM review unavailable' };
    }
    throw err;
  }
}

function generate<S extends z.ZodType>(deps: RunDeps, task: Parameters<typeof promptFor>[0], schema: S, context: Parameters<typeof promptFor>[1]): Promise<z.output<S>> {
  return deps.llm.generate({ task, schema, prompt: promptFor(task, context), context, roadmapId: deps.roadmapId, signal: deps.signal });
}
