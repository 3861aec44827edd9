/**
 * A module's re-planning, on the `content` queue: the LLM plans the module's concepts again with the learner's
 * instructions within the module's hours (prompts/regenerate_module.md), `replanModule` keeps the ids of the
 * concepts that survive, and the result is stored as the next outline version like a learner's edit
 * (src/learning/outline-editing.ts): checked, recorded, and — when concepts were added — the content phase
 * reopened for them. The regeneration is marked done in the same transaction, so a redelivered job finds it
 * done and changes nothing. A plan that breaks the hard checks spends an attempt; the last one fails it.
 */
import type { Job } from 'bullmq';
import { AppError, WorkError } from '../../domain/errors.js';
import { moduleHours, modulePlanSchema, replanModule } from '../../domain/module-replan.js';
import { introducedIssues } from '../../domain/outline-edit.js';
import { storeOutline } from '../../learning/outline-editing.js';
import type { LlmProvider } from '../../llm/port.js';
import { promptFor } from '../../llm/prompts.js';
import { keyed } from '../../logsink/events.js';
import type { ModuleJob } from '../../queue/jobs.js';
import type { Runtime } from '../../runtime.js';
import { finishRegeneration, getRegeneration, type RegenerationRow } from '../../store/sql/module-regenerations.js';
import { knownConceptIds } from '../../store/sql/outline-edits.js';
import { getRoadmap } from '../../store/sql/roadmaps.js';
import type { FinalFailure, RunContext } from '../job-runner.js';

/** Another edit stored between this job's read and its write: it plans again on the new version, this often. */
const MAX_CONFLICTS = 3;

export async function runModuleRegeneration(rt: Runtime, llm: LlmProvider, job: Job<ModuleJob>, ctx: RunContext): Promise<{ status: string }> {
  const regeneration = await getRegeneration(rt.pool, job.data.regenerationId);
  if (regeneration?.status !== 'pending') return { status: 'skipped' };
  for (let conflicts = 0; ; conflicts++) {
    try {
      return await replanOnce(rt, llm, job.data, regeneration, ctx);
    } catch (err) {
      // The roadmap stopped taking edits (another edit reopened it, say): nothing a retry of this plan can fix.
      if (err instanceof AppError && err.code === 'OUTLINE_NOT_EDITABLE') {
        await endFailed(rt, job.data, regeneration, { code: 'OUTLINE_NOT_EDITABLE', message: err.message });
        return { status: 'failed' };
      }
      if (!(err instanceof AppError && err.code === 'OUTLINE_CONFLICT') || conflicts + 1 >= MAX_CONFLICTS) throw err;
    }
  }
}

async function replanOnce(rt: Runtime, llm: LlmProvider, data: ModuleJob, g: RegenerationRow, ctx: RunContext): Promise<{ status: string }> {
  const row = await getRoadmap(rt.pool, g.roadmap_id);
  const mod = row?.outline?.stages.flatMap((s) => s.modules).find((m) => m.id === g.module_id);
  if (!row?.outline || !mod) {
    await endFailed(rt, data, g, { code: 'UNEXPECTED_ERROR', message: 'The module is no longer in the outline.' });
    return { status: 'failed' };
  }
  const budget = moduleHours(mod);
  const context = { request: row.request, outline: row.outline, module: mod, moduleHours: budget, feedback: g.instructions };
  const plan = await llm.generate({ task: 'regenerate_module', schema: modulePlanSchema, prompt: promptFor('regenerate_module', context), context, roadmapId: row.id, signal: ctx.signal });
  const replanned = replanModule(row.outline, mod.id, plan, await knownConceptIds(rt.pool, row.id))!;
  const issues = introducedIssues(row.outline, replanned.outline, row.request.hoursPerWeek * row.request.weeks);
  if (issues.length > 0) throw new WorkError('LLM_INVALID_OUTPUT', 'content', `The re-planned module breaks the outline: ${issues.map((i) => `${i.code} at ${i.at}`).join('; ')}`);
  const result = {
    moduleId: mod.id,
    kept: replanned.kept,
    added: replanned.added,
    removed: replanned.removed,
    hours: { budget, planned: replanned.scaledFrom ?? moduleHours(replanned.outline.stages.flatMap((s) => s.modules).find((m) => m.id === mod.id)!), scaled: replanned.scaledFrom !== undefined },
    summary: plan.summary,
    applied: plan.feedback.applied,
    notApplied: plan.feedback.notApplied,
    provider: llm.name,
  };
  const stored = await storeOutline(rt, row, {
    baseVersion: row.outline_version,
    outline: replanned.outline,
    kind: 'regenerate_module',
    record: { moduleId: mod.id, instructions: g.instructions, regenerationId: g.id, summary: plan.summary, applied: plan.feedback.applied, notApplied: plan.feedback.notApplied },
    userId: g.user_id,
    requestId: data.requestId,
    within: async (client, committed) => {
      await finishRegeneration(client, g.id, 'completed', { ...result, toVersion: committed.outline_version });
    },
  });
  rt.logs.emit({
    roadmapId: row.id,
    requestId: data.requestId,
    category: 'content',
    level: 'info',
    step: stored.row.step,
    message: `Module ${mod.id} re-planned: ${replanned.kept.length} concept(s) kept, ${replanned.added.length} added, ${replanned.removed.length} removed`,
    details: keyed('module.regenerated', { moduleId: mod.id, regenerationId: g.id, toVersion: stored.row.outline_version, kept: replanned.kept, added: replanned.added, removed: replanned.removed }),
    dedupeKey: `module-${g.id}/done`,
  });
  return { status: 'done' };
}

async function endFailed(rt: Runtime, data: ModuleJob, g: Pick<RegenerationRow, 'id' | 'module_id'>, failure: FinalFailure): Promise<void> {
  if (!(await finishRegeneration(rt.pool, g.id, 'failed', { code: failure.code, message: failure.message }))) return;
  rt.logs.emit({
    roadmapId: data.roadmapId,
    requestId: data.requestId,
    category: 'content',
    level: 'error',
    step: null,
    message: `Module ${g.module_id} could not be re-planned: ${failure.message}`,
    details: keyed('module.regenerate.failed', { moduleId: g.module_id, regenerationId: g.id, reason: failure.message, code: failure.code }),
  });
}

/** The failure path of a module job that ended for good: the regeneration fails with the reason stored. */
export async function moduleRegenerationFailed(rt: Runtime, job: Job<ModuleJob>, failure: FinalFailure): Promise<void> {
  const g = await getRegeneration(rt.pool, job.data.regenerationId);
  if (g) await endFailed(rt, job.data, g, failure);
  await rt.logs.flush();
}
