/**
 * The weekly plan, as properties over random outlines: no week over the budget, prerequisites before what
 * needs them, every concept's hours planned exactly once, and the concepts not done planned again from today
 * once the learner falls behind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Concept, Outline } from '../../src/domain/roadmap.js';
import { addDays, learnerSchedule, planWeeks, studyOrder, type ScheduleWeek } from '../../src/domain/schedule.js';
import { concept } from '../helpers/outline.js';

/** Concepts in outline order, each requiring some concepts that come anywhere before it in a hidden order. */
const outlineArb = (hours: fc.Arbitrary<number>) =>
  fc
    .integer({ min: 1, max: 30 })
    .chain((n) =>
      fc.record({
        rank: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        hours: fc.array(hours, { minLength: n, maxLength: n }),
        links: fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: n, maxLength: n }),
        cuts: fc.array(fc.nat({ max: n }), { maxLength: 4 }),
      }),
    )
    .map(({ rank, hours, links, cuts }): Outline => {
      // Concept i may only require concepts of lower rank: a DAG whose order the outline does not follow.
      const byRank = [...rank.keys()].sort((a, b) => rank[a]! - rank[b]!);
      const concepts = rank.map((r, i) => ({
        ...concept(`c${i}`, r === 0 ? [] : [...new Set(links[i]!.map((l) => `c${byRank[l % r]!}`))]),
        hours: hours[i]!,
      }));
      // The concepts in modules of stages, cut at random places.
      const bounds = [...new Set([0, ...cuts, concepts.length])].sort((a, b) => a - b);
      const modules = bounds.slice(1).map((end, m) => ({ id: `m${m}`, title: `M${m}`, description: '', concepts: concepts.slice(bounds[m], end) }));
      const stages = modules.map((mod, s) => ({ id: `s${s}`, title: `S${s}`, description: '', modules: [mod] }));
      return { title: 'Random', summary: '', totalHours: concepts.reduce((t, c) => t + c.hours, 0), weeks: 4, stages };
    });

const quarterHours = fc.integer({ min: 1, max: 80 }).map((q) => q / 4);
const anyHours = fc.double({ min: 0.01, max: 40, noNaN: true });
const budgetArb = fc.integer({ min: 2, max: 160 }).map((h) => h / 2);
const conceptsOfOutline = (o: Outline): Concept[] => o.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));

function plannedHours(weeks: readonly ScheduleWeek[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const w of weeks) for (const x of w.items) sum.set(x.conceptId, (sum.get(x.conceptId) ?? 0) + x.hours);
  return sum;
}

function checkPrerequisitesFirst(outline: Outline, weeks: readonly ScheduleWeek[]): void {
  const flat = weeks.flatMap((w) => w.items.map((x) => x.conceptId));
  for (const c of conceptsOfOutline(outline)) {
    if (!flat.includes(c.id)) continue;
    for (const p of c.prerequisites.filter((id) => flat.includes(id))) expect(flat.lastIndexOf(p), `${p} before ${c.id}`).toBeLessThan(flat.indexOf(c.id));
  }
}

describe('weekly plan', () => {
  it('never plans a week over the budget, and each week says its own hours', () => {
    fc.assert(
      fc.property(outlineArb(anyHours), budgetArb, (outline, budget) => {
        for (const w of planWeeks(studyOrder(outline), budget, '2026-01-05')) {
          expect(w.hours).toBeLessThanOrEqual(budget);
          expect(w.items.length).toBeGreaterThan(0);
          expect(Math.abs(w.items.reduce((n, x) => n + x.hours, 0) - w.hours)).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it('plans every concept once, its parts adding up to exactly its hours (to the minute for odd hours)', () => {
    fc.assert(
      fc.property(outlineArb(quarterHours), budgetArb, (outline, budget) => {
        const sum = plannedHours(planWeeks(studyOrder(outline), budget, '2026-01-05'));
        expect(new Map(conceptsOfOutline(outline).map((c) => [c.id, c.hours]))).toEqual(sum);
      }),
    );
    fc.assert(
      fc.property(outlineArb(anyHours), budgetArb, (outline, budget) => {
        const sum = plannedHours(planWeeks(studyOrder(outline), budget, '2026-01-05'));
        for (const c of conceptsOfOutline(outline)) expect(Math.abs(sum.get(c.id)! - c.hours)).toBeLessThanOrEqual(1 / 120 + 1e-9);
      }),
    );
  });

  it('puts every prerequisite before what needs it, splits a concept only over consecutive weeks', () => {
    fc.assert(
      fc.property(outlineArb(quarterHours), budgetArb, (outline, budget) => {
        const weeks = planWeeks(studyOrder(outline), budget, '2026-01-05');
        checkPrerequisitesFirst(outline, weeks);
        for (const c of conceptsOfOutline(outline)) {
          const at = weeks.filter((w) => w.items.some((x) => x.conceptId === c.id)).map((w) => w.week);
          expect(at).toEqual(at.map((_, i) => at[0]! + i));
        }
      }),
    );
  });

  it("keeps the outline's order when it already puts prerequisites first, and still plans a cycle", () => {
    const stages = (concepts: Concept[]): Outline => ({
      title: 'T',
      summary: '',
      totalHours: concepts.length,
      weeks: 1,
      stages: [{ id: 's', title: 'S', description: '', modules: [{ id: 'm', title: 'M', description: '', concepts }] }],
    });
    expect(studyOrder(stages([concept('a'), concept('b'), concept('c', ['a']), concept('d', ['b'])])).map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(studyOrder(stages([concept('c', ['b']), concept('a'), concept('b', ['a'])])).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(studyOrder(stages([concept('x', ['y']), concept('y', ['x']), concept('z', ['gone'])])).map((c) => c.id).sort()).toEqual(['x', 'y', 'z']);
  });

  it('splits a 5 h/week plan at half hours and dates the weeks from the start', () => {
    const big = { ...concept('big'), hours: 7.5 };
    const weeks = planWeeks([{ ...concept('a'), hours: 1.5 }, big, { ...concept('c', ['big']), hours: 2 }], 5, '2026-02-23');
    expect(weeks).toEqual([
      { week: 1, start: '2026-02-23', hours: 5, items: [{ conceptId: 'a', hours: 1.5 }, { conceptId: 'big', hours: 3.5 }] },
      { week: 2, start: '2026-03-02', hours: 5, items: [{ conceptId: 'big', hours: 4 }, { conceptId: 'c', hours: 1 }] },
      { week: 3, start: '2026-03-09', hours: 1, items: [{ conceptId: 'c', hours: 1 }] },
    ]);
    expect(() => planWeeks([big], 0.25, '2026-02-23')).toThrow(RangeError);
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
  });
});

describe('re-planning', () => {
  const outlineOf = (concepts: Concept[]): Outline => ({
    title: 'T',
    summary: '',
    totalHours: concepts.reduce((n, c) => n + c.hours, 0),
    weeks: 3,
    stages: [{ id: 's', title: 'S', description: '', modules: [{ id: 'm', title: 'M', description: '', concepts }] }],
  });
  const outline = outlineOf(['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ ...concept(id, i ? [String.fromCharCode(96 + i)] : []), hours: 2 })));

  it('keeps the plan while the learner is on time, and says which week today is in', () => {
    const s = learnerSchedule({ outline, hoursPerWeek: 4, start: '2026-03-02', today: '2026-03-10', done: new Set(['a', 'b']) });
    expect(s.replanned).toBeNull();
    expect(s.currentWeek).toBe(2);
    expect(s.weeks.map((w) => w.items.map((x) => x.conceptId))).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
    expect(learnerSchedule({ outline, hoursPerWeek: 4, start: '2026-03-02', today: '2026-02-01', done: new Set() }).currentWeek).toBeNull();
  });

  it('plans the concepts not done from today once a week is over with a concept not done', () => {
    const s = learnerSchedule({ outline, hoursPerWeek: 4, start: '2026-03-02', today: '2026-03-18', done: new Set(['a', 'c']) });
    expect(s.replanned).toEqual({ from: '2026-03-18', behind: ['b', 'd'] });
    expect(s.currentWeek).toBe(1);
    expect(s.weeks.map((w) => [w.start, w.items.map((x) => x.conceptId)])).toEqual([
      ['2026-03-18', ['b', 'd']],
      ['2026-03-25', ['e', 'f']],
    ]);
  });

  it('plans every concept not done exactly once after any re-plan, prerequisites first', () => {
    fc.assert(
      fc.property(outlineArb(quarterHours), budgetArb, fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true }), (o, budget, daysIn, share) => {
        const all = conceptsOfOutline(o);
        const done = new Set(all.filter((_, i) => i < all.length * share).map((c) => c.id));
        const s = learnerSchedule({ outline: o, hoursPerWeek: budget, start: '2026-01-05', today: addDays('2026-01-05', daysIn), done });
        const expected = s.replanned ? all.filter((c) => !done.has(c.id)) : all;
        expect(plannedHours(s.weeks)).toEqual(new Map(expected.map((c) => [c.id, c.hours])));
        if (s.replanned) expect(s.weeks[0]?.start ?? s.replanned.from).toBe(s.replanned.from);
        checkPrerequisitesFirst(o, s.weeks);
      }),
    );
  });
});
