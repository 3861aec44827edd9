/** A module re-planned: ids kept by the model's id or by title, new ones fresh, dropped ones handed on, hours within the module's budget. */
import { describe, expect, it } from 'vitest';
import { replanModule, type ModulePlan } from '../../src/domain/module-replan.js';
import { conceptsOf, type Outline } from '../../src/domain/roadmap.js';
import { concept } from '../helpers/outline.js';

const base = (): Outline => ({
  title: 'Sample',
  summary: '',
  totalHours: 5,
  weeks: 2,
  stages: [
    { id: 's1', title: 'One', description: '', modules: [{ id: 'm1', title: 'Alpha', description: '', concepts: [concept('a'), concept('b', ['a']), concept('c', ['b'])] }] },
    { id: 's2', title: 'Two', description: '', modules: [{ id: 'm2', title: 'Beta', description: '', concepts: [concept('d', ['c']), concept('e', ['d'])] }] },
  ],
});
const item = (id: string | null, title: string, hours = 1, prerequisites: string[] = []): ModulePlan['concepts'][number] => ({ id, title, description: '', hours, difficulty: 'easy', prerequisites, keywords: [] });
const plan = (concepts: ModulePlan['concepts']): ModulePlan => ({ concepts, summary: '', feedback: { applied: [], notApplied: [] } });

describe('replanModule', () => {
  it('keeps ids the model returned, matches the others by normalised title, and gives new concepts fresh ids', () => {
    const r = replanModule(base(), 'm1', plan([item('a', 'Concept A'), item(null, '  concept   b! '), item(null, 'Window functions', 1, ['Concept B'])]), ['window-functions'])!;
    expect(r.kept).toEqual(['a', 'b']);
    expect(r.added).toEqual(['window-functions-2']);
    expect(r.removed).toEqual(['c']);
    const by = new Map(conceptsOf(r.outline).map((c) => [c.id, c]));
    expect(by.get('window-functions-2')!.prerequisites).toEqual(['b']);
    // d required the dropped c, and now requires what c required.
    expect(by.get('d')!.prerequisites).toEqual(['b']);
    expect(r.outline.totalHours).toBe(5);
  });

  it('takes an id only once, ignores ids from outside the module, and drops prerequisites that would point forward', () => {
    const r = replanModule(base(), 'm1', plan([item('a', 'First', 1, ['c']), item('a', 'Again'), item('d', 'Stolen id')]), [])!;
    expect(conceptsOf(r.outline).slice(0, 3).map((c) => c.id)).toEqual(['a', 'again', 'stolen-id']);
    expect(conceptsOf(r.outline)[0]!.prerequisites).toEqual([]);
  });

  it('scales a plan over the module\'s hours down to them, in half hours', () => {
    const r = replanModule(base(), 'm1', plan([item('a', 'A', 4), item('b', 'B', 4), item('c', 'C', 4)]), [])!;
    expect(r.scaledFrom).toBe(12);
    expect(conceptsOf(r.outline).slice(0, 3).map((c) => c.hours)).toEqual([1, 1, 1]);
    expect(replanModule(base(), 'm1', plan([item('a', 'A', 1.1), item('b', 'B', 1), item('c', 'C', 1)]), [])!.scaledFrom).toBeUndefined();
    expect(replanModule(base(), 'nope', plan([item('a', 'A')]), [])).toBeNull();
  });
});
