/**
 * The offline planner uses the time a learner offers: 80–110 % of the budget, a coherent core for small ones,
 * deeper practice, a capstone and practice-and-review modules for large ones, and an honest budgetNote when
 * even the fullest plan is far short. The hard checks are two-sided and accept a short plan only with a note.
 */
import { describe, expect, it } from 'vitest';
import { budgetBand, checkOutline } from '../../src/domain/outline-checks.js';
import { roadmapMarkdown } from '../../src/export/markdown.js';
import { conceptsOf, roadmapRequestSchema, type Outline, type RoadmapRequestInput } from '../../src/domain/roadmap.js';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { extrasOf } from '../../src/llm/offline/extras.js';
import { genericEntry } from '../../src/llm/offline/generic.js';
import { selectEntry } from '../../src/llm/offline/match.js';
import { planOutline } from '../../src/llm/offline/planner.js';

const CJK = /[\u4e00-\u9fff]/;

function plan(input: RoadmapRequestInput) {
  const request = roadmapRequestSchema.parse(input);
  const entry = selectEntry(catalogue(), request.goal) ?? genericEntry(request.goal);
  const budget = request.hoursPerWeek * request.weeks;
  return { entry, budget, outline: planOutline(entry, request) };
}

const fill = (outline: Outline, budget: number) => outline.totalHours / budget;

describe('budget fit of offline plans', () => {
  it.each([
    ['Learn Python', 10, 16, 'python'],
    ['Learn Go', 8, 10, 'go'],
    ['Learn Go for backend development', 8, 10, 'go-backend'],
    ['Learn Kubernetes', 6, 8, 'docker-kubernetes'],
    ['成为一名全栈 Web 工程师', 10, 16, 'fullstack-web'],
    ['Learn to bake sourdough bread', 10, 16, 'generic'],
  ])('%s at %i h × %i weeks → %s, using 80–110 percent of the budget', (goal, hoursPerWeek, weeks, key) => {
    const { entry, budget, outline } = plan({ goal, hoursPerWeek, weeks });
    expect(entry.key).toBe(key);
    expect(fill(outline, budget)).toBeGreaterThanOrEqual(0.8);
    expect(fill(outline, budget)).toBeLessThanOrEqual(1.1);
    expect(outline.budgetNote).toBeUndefined();
    expect(checkOutline(outline, budget)).toEqual([]);
  });

  it('fills 800 h of Python or says honestly why not, in the learner\'s language', () => {
    for (const language of ['en', 'zh']) {
      const { budget, outline } = plan({ goal: 'Learn Python', hoursPerWeek: 20, weeks: 40, language });
      expect(checkOutline(outline, budget)).toEqual([]);
      if (fill(outline, budget) < 0.8) {
        expect(outline.budgetNote).toContain(`${outline.totalHours}`);
        expect(outline.budgetNote).toContain(`${budget - outline.totalHours}`);
        if (language === 'zh') expect(outline.budgetNote).toMatch(CJK);
        expect(roadmapMarkdown(outline)).toContain(`\n> ${outline.budgetNote}\n`);
      }
    }
  });

  it('adds a capstone and a practice-and-review module per stage with stable ids for a large budget', () => {
    const { entry, outline } = plan({ goal: 'Learn Python', hoursPerWeek: 10, weeks: 16, language: 'zh' });
    const ids = conceptsOf(outline).map((c) => c.id);
    for (const s of entry.stages) expect(ids).toEqual(expect.arrayContaining([`${s.id}-practice`, `${s.id}-review`]));
    expect(ids.slice(-2)).toEqual(['capstone-build', 'capstone-ship']);
    expect(outline.stages.at(-1)!.title).toMatch(CJK);
    for (const c of conceptsOf(outline)) expect(c.description, c.id).toMatch(CJK);
    // Replanning gives the same ids: learner progress on the added items survives.
    expect(conceptsOf(plan({ goal: 'Learn Python', hoursPerWeek: 10, weeks: 16 }).outline).map((c) => c.id)).toEqual(ids);
    expect(outline.summary).toMatch(/综合项目/);
  });

  it('keeps a coherent core for a small budget, never over 110 %', () => {
    for (const [hoursPerWeek, weeks] of [[1, 1], [1, 4], [2, 3], [3, 5], [4, 6]]) {
      const { entry, budget, outline } = plan({ goal: 'Learn Go', hoursPerWeek, weeks });
      expect(outline.totalHours).toBeLessThanOrEqual(budgetBand(budget).max);
      expect(checkOutline(outline, budget)).toEqual([]);
      // A prefix of the curriculum, with nothing added.
      const order = entry.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.map((c) => c.id)));
      const ids = conceptsOf(outline).map((c) => c.id);
      expect(ids).toEqual(order.slice(0, ids.length));
    }
  });

  it('passes the two-sided checks for every entry, level and budget', () => {
    const budgets = [[1, 1], [2, 3], [5, 8], [8, 10], [10, 16], [20, 40], [80, 104]];
    for (const entry of catalogue()) {
      for (const level of ['beginner', 'intermediate', 'advanced'] as const) {
        for (const [hoursPerWeek, weeks] of budgets) {
          const request = roadmapRequestSchema.parse({ goal: entry.title.en, hoursPerWeek, weeks, level });
          const outline = planOutline(entry, request);
          expect(checkOutline(outline, hoursPerWeek! * weeks!), `${entry.key} ${level} ${hoursPerWeek}×${weeks}`).toEqual([]);
          if (outline.budgetNote) expect(fill(outline, hoursPerWeek! * weeks!)).toBeLessThan(0.8);
        }
      }
    }
  });

  it('derives practice items that name the concepts they draw on', () => {
    const entry = catalogue().find((e) => e.key === 'go')!;
    const practice = extrasOf(entry).practice.get(entry.stages[0]!.id)!;
    const stageIds = entry.stages[0]!.modules.flatMap((m) => m.concepts.map((c) => c.id));
    expect(practice.concepts.map((c) => c.sources)).toEqual([stageIds, stageIds]);
    expect(practice.concepts[0]!.prerequisites).toEqual(entry.stages[0]!.modules.map((m) => m.concepts.at(-1)!.id));
  });
});

describe('two-sided hard check', () => {
  const { budget, outline } = plan({ goal: 'Learn Go', hoursPerWeek: 8, weeks: 10 });
  const scaled = (factor: number): Outline => {
    const o = structuredClone(outline);
    for (const c of conceptsOf(o)) c.hours *= factor;
    o.totalHours = conceptsOf(o).reduce((sum, c) => sum + c.hours, 0);
    return o;
  };

  it('flags a plan that leaves over 20 % of the budget unused, unless its budgetNote says why', () => {
    expect(checkOutline(scaled(0.75), budget).map((i) => i.code)).toEqual(['UNDER_BUDGET']);
    expect(checkOutline(scaled(0.85), budget)).toEqual([]);
    expect(checkOutline({ ...scaled(0.75), budgetNote: 'The goal needs about 60 h.' }, budget)).toEqual([]);
    expect(checkOutline({ ...scaled(0.75), budgetNote: '  ' }, budget).map((i) => i.code)).toEqual(['UNDER_BUDGET']);
  });

  it('flags a plan over 110 % of the budget, note or not', () => {
    expect(checkOutline({ ...scaled(1.15), budgetNote: 'x' }, budget).map((i) => i.code)).toEqual(['OVER_BUDGET']);
  });

  it('keeps two hours of slack either way for tiny budgets', () => {
    expect(budgetBand(2)).toEqual({ min: 0, max: 4 });
    expect(budgetBand(100)).toEqual({ min: 80, max: 110 });
  });
});
