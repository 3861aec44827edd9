/**
 * A module re-planned by the LLM with the learner's instructions: the model's answer (`modulePlanSchema`) and
 * how it becomes the next outline (`replanModule`). Concepts that survive keep their ids — the id the model
 * returned when it is one of the module's, else the id of the module's concept with the same normalised
 * title — so their progress, quiz history and review cards carry over; every other concept is new and gets a
 * fresh id. Concepts dropped from the module are removed as an edit removes them (their dependents inherit
 * their prerequisites). The module's hours stay within its budget: a plan over it is scaled down to fit.
 */
import { z } from 'zod';
import { DIFFICULTIES } from './enums.js';
import { freshId } from './outline-edit.js';
import { conceptsOf, slugId, type Concept, type Module, type Outline } from './roadmap.js';

export const modulePlanSchema = z
  .object({
    concepts: z
      .array(
        z.object({
          id: slugId.nullable().describe('The id of a concept of the module it keeps; null for a new concept.'),
          title: z.string().min(1).max(200),
          description: z.string().max(2000),
          hours: z.number().positive().max(200),
          difficulty: z.enum(DIFFICULTIES),
          prerequisites: z.array(z.string().max(200)).max(20).describe('Ids of concepts of the outline, or titles of new concepts of this module.'),
          keywords: z.array(z.string().min(1).max(60)).max(12),
        }),
      )
      .min(1)
      .max(20),
    summary: z.string().max(2000),
    feedback: z.object({ applied: z.array(z.string().max(1000)).max(20), notApplied: z.array(z.string().max(1000)).max(20) }),
  })
  .meta({ id: 'ModulePlan' });
export type ModulePlan = z.infer<typeof modulePlanSchema>;

/** Up to this much over the module's hours is taken as planned; beyond it the plan is scaled to the budget. */
export const MODULE_BUDGET_SLACK = 0.1;

export const normalisedTitle = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

export function moduleHours(mod: Module): number {
  return mod.concepts.reduce((sum, c) => sum + c.hours, 0);
}

export interface Replanned {
  outline: Outline;
  kept: string[];
  added: string[];
  removed: string[];
  /** Set when the plan's hours were scaled down to the module's budget. */
  scaledFrom?: number;
}

export function replanModule(outline: Outline, moduleId: string, plan: ModulePlan, takenIds: Iterable<string>): Replanned | null {
  const next = structuredClone(outline);
  const mod = next.stages.flatMap((s) => s.modules).find((m) => m.id === moduleId);
  if (!mod) return null;
  const taken = new Set([...takenIds, ...next.stages.flatMap((s) => [s.id, ...s.modules.flatMap((m) => [m.id, ...m.concepts.map((c) => c.id)])])]);
  const old = new Map(mod.concepts.map((c) => [c.id, c]));
  const byTitle = new Map(mod.concepts.map((c) => [normalisedTitle(c.title), c.id]));
  const used = new Set<string>();
  const claim = (id: string | undefined) => (id !== undefined && old.has(id) && !used.has(id) ? (used.add(id), id) : undefined);
  const ids = plan.concepts.map((c) => claim(c.id ?? undefined) ?? claim(byTitle.get(normalisedTitle(c.title))) ?? freshId(c.title, 'concept', taken));
  const idByTitle = new Map(plan.concepts.map((c, i) => [normalisedTitle(c.title), ids[i]!]));
  const outside = new Set(conceptsOf(outline).map((c) => c.id).filter((id) => !old.has(id)));
  const budget = moduleHours(mod);
  const planned = plan.concepts.reduce((sum, c) => sum + c.hours, 0);
  const scale = planned > budget * (1 + MODULE_BUDGET_SLACK) ? budget / planned : 1;
  const concepts: Concept[] = plan.concepts.map((c, i) => {
    const id = ids[i]!;
    const within = new Set(ids.slice(0, i));
    // A prerequisite is a concept outside the module, or an earlier one of the plan (by id or by title).
    const prerequisites = c.prerequisites
      .map((p) => (outside.has(p) || within.has(p) ? p : idByTitle.get(normalisedTitle(p))))
      .filter((p): p is string => p !== undefined && p !== id && (outside.has(p) || within.has(p)));
    const hours = scale === 1 ? c.hours : Math.max(0.5, Math.round(c.hours * scale * 2) / 2);
    return { id, title: c.title, description: c.description, hours, difficulty: c.difficulty, prerequisites: [...new Set(prerequisites)], keywords: c.keywords };
  });
  const removed = [...old.keys()].filter((id) => !ids.includes(id));
  mod.concepts = concepts;
  // Concepts elsewhere that required a dropped one require what it required (when that is still there).
  const now = new Set(conceptsOf(next).map((c) => c.id));
  for (const c of conceptsOf(next)) {
    if (!c.prerequisites.some((p) => removed.includes(p))) continue;
    c.prerequisites = [...new Set(c.prerequisites.flatMap((p) => (removed.includes(p) ? old.get(p)!.prerequisites : [p])))].filter((p) => p !== c.id && now.has(p));
  }
  next.totalHours = conceptsOf(next).reduce((sum, c) => sum + c.hours, 0);
  return {
    outline: next,
    kept: ids.filter((id) => old.has(id)),
    added: ids.filter((id) => !old.has(id)),
    removed,
    ...(scale === 1 ? {} : { scaledFrom: planned }),
  };
}
