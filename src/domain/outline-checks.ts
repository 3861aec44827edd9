/**
 * The hard structural checks every outline must pass before any LLM judges it (DESIGN.md "The outline"):
 * unique ids, prerequisites that exist, no prerequisite cycles, no empty stage or module, and hours that use
 * the learner's budget: 80–110 % of it, or less when the outline's `budgetNote` says why the goal needs less.
 */
import type { Outline } from './roadmap.js';

export type OutlineIssueCode =
  | 'DUPLICATE_ID'
  | 'UNKNOWN_PREREQUISITE'
  | 'PREREQUISITE_CYCLE'
  | 'EMPTY_OUTLINE'
  | 'EMPTY_STAGE'
  | 'EMPTY_MODULE'
  | 'OVER_BUDGET'
  | 'UNDER_BUDGET'
  | 'TOTAL_MISMATCH';

export interface OutlineIssue {
  code: OutlineIssueCode;
  /** Where: a stage, module or concept id. */
  at: string;
  message: string;
}

/**
 * A plan should use the time the learner offers: up to 10 % more (outlines are planned in half hours, and by an
 * LLM) and up to 20 % less. Tiny budgets get at least two hours either way, or no plan could satisfy them.
 */
export const BUDGET_TOLERANCE = { over: 0.1, under: 0.2, minHours: 2 };

/** The total hours an outline may plan for a budget (below `min` only with a budgetNote). */
export function budgetBand(budgetHours: number): { min: number; max: number } {
  return {
    min: budgetHours - Math.max(budgetHours * BUDGET_TOLERANCE.under, BUDGET_TOLERANCE.minHours),
    max: budgetHours + Math.max(budgetHours * BUDGET_TOLERANCE.over, BUDGET_TOLERANCE.minHours),
  };
}

export function checkOutline(outline: Outline, budgetHours: number): OutlineIssue[] {
  const issues: OutlineIssue[] = [];
  const seen = new Set<string>();
  const unique = (id: string) => {
    if (seen.has(id)) issues.push({ code: 'DUPLICATE_ID', at: id, message: `id "${id}" is used more than once` });
    seen.add(id);
  };
  if (outline.stages.length === 0) issues.push({ code: 'EMPTY_OUTLINE', at: 'outline', message: 'the outline has no stages' });
  // Prerequisites per concept id; a duplicated id (already reported) contributes the edges of every copy.
  const concepts = new Map<string, string[]>();
  let hours = 0;
  for (const stage of outline.stages) {
    unique(stage.id);
    if (stage.modules.length === 0) issues.push({ code: 'EMPTY_STAGE', at: stage.id, message: `stage "${stage.title}" has no modules` });
    for (const mod of stage.modules) {
      unique(mod.id);
      if (mod.concepts.length === 0) issues.push({ code: 'EMPTY_MODULE', at: mod.id, message: `module "${mod.title}" has no concepts` });
      for (const c of mod.concepts) {
        unique(c.id);
        concepts.set(c.id, [...(concepts.get(c.id) ?? []), ...c.prerequisites]);
        hours += c.hours;
      }
    }
  }
  for (const [id, prereqs] of concepts) {
    for (const p of prereqs) {
      if (!concepts.has(p)) issues.push({ code: 'UNKNOWN_PREREQUISITE', at: id, message: `"${id}" requires unknown concept "${p}"` });
    }
  }
  for (const cycle of findCycles(concepts)) {
    issues.push({ code: 'PREREQUISITE_CYCLE', at: cycle[0]!, message: `prerequisite cycle: ${cycle.join(' → ')}` });
  }
  const band = budgetBand(budgetHours);
  if (hours > band.max) {
    issues.push({ code: 'OVER_BUDGET', at: 'outline', message: `${hours} h planned for a budget of ${budgetHours} h` });
  }
  // A budget note is the outline saying it is short on purpose: then padding it would be the mistake.
  if (hours < band.min && !outline.budgetNote?.trim()) {
    issues.push({ code: 'UNDER_BUDGET', at: 'outline', message: `${hours} h planned for a budget of ${budgetHours} h, and no budgetNote says why` });
  }
  if (Math.abs(outline.totalHours - hours) > 0.01) {
    issues.push({ code: 'TOTAL_MISMATCH', at: 'outline', message: `totalHours is ${outline.totalHours}, concepts add up to ${hours}` });
  }
  return issues;
}

/** Depth-first search over prerequisite edges; returns each cycle once, as a closed path of ids. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const path: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'visiting');
    path.push(id);
    for (const next of graph.get(id) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'visiting') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(id, 'done');
  };
  for (const id of graph.keys()) if (!state.has(id)) visit(id);
  return cycles;
}
