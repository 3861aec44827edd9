/** Diffing two outlines by stable id: every kind of change is found, most telling first, and an unchanged outline has none. */
import { describe, expect, it } from 'vitest';
import { diffOutlines } from '../../src/domain/outline-diff.js';
import type { Outline } from '../../src/domain/roadmap.js';
import { concept } from '../helpers/outline.js';

const base = (): Outline => ({
  title: 'Sample',
  summary: 'A sample',
  totalHours: 4,
  weeks: 2,
  stages: [
    { id: 's1', title: 'Stage One', description: '', modules: [{ id: 'm1', title: 'Module Alpha', description: '', concepts: [concept('a'), concept('b', ['a'])] }] },
    { id: 's2', title: 'Stage Two', description: '', modules: [{ id: 'm2', title: 'Module Beta', description: '', concepts: [concept('c', ['b']), concept('d', ['c'])] }] },
  ],
});

describe('diffOutlines', () => {
  it('finds nothing between an outline and its copy', () => {
    expect(diffOutlines(base(), structuredClone(base()))).toEqual([]);
  });

  it('finds added, removed and renamed items, with where they sit', () => {
    const after = base();
    const beta = after.stages[1]!.modules[0]!;
    beta.concepts.push({ ...concept('e', ['d']), title: 'Web scraping' });
    after.stages[0]!.modules[0]!.title = 'Module Alpha, revised';
    after.stages.push({ id: 's3', title: 'Stage Three', description: '', modules: [{ id: 'm3', title: 'Projects', description: '', concepts: [concept('f')] }] });
    after.stages[0]!.modules[0]!.concepts.shift();
    after.stages[0]!.modules[0]!.concepts[0]!.prerequisites = [];
    expect(diffOutlines(base(), after)).toEqual([
      { change: 'totalHours', from: 4, to: 5 },
      { change: 'added', kind: 'concept', id: 'e', title: 'Web scraping', parentId: 'm2' },
      { change: 'added', kind: 'stage', id: 's3', title: 'Stage Three', parentId: null },
      { change: 'added', kind: 'module', id: 'm3', title: 'Projects', parentId: 's3' },
      { change: 'added', kind: 'concept', id: 'f', title: 'Concept F', parentId: 'm3' },
      { change: 'removed', kind: 'concept', id: 'a', title: 'Concept A', parentId: 'm1' },
      { change: 'renamed', kind: 'module', id: 'm1', title: 'Module Alpha, revised', from: 'Module Alpha' },
      { change: 'edited', kind: 'concept', id: 'b', title: 'Concept B', fields: ['prerequisites'] },
    ]);
  });

  it('finds moves to another parent and the fewest moves that explain a new order among siblings', () => {
    const after = base();
    const [alpha, beta] = [after.stages[0]!.modules[0]!, after.stages[1]!.modules[0]!];
    // d moves up into Alpha; in Beta, c stays where it was.
    alpha.concepts.unshift(beta.concepts.pop()!);
    // The stages swap: one move explains it, not two.
    after.stages.reverse();
    expect(diffOutlines(base(), after)).toEqual([
      { change: 'moved', kind: 'stage', id: 's2', title: 'Stage Two', from: null, to: null },
      { change: 'moved', kind: 'concept', id: 'd', title: 'Concept D', from: 'm2', to: 'm1' },
    ]);
  });

  it('finds hours, other fields of an item, and the outline’s own fields', () => {
    const after = base();
    const c = after.stages[1]!.modules[0]!.concepts[0]!;
    c.hours = 2.5;
    c.difficulty = 'hard';
    c.keywords = ['scraping'];
    after.stages[0]!.description = 'now described';
    after.budgetNote = 'Short on purpose.';
    after.totalHours = 5.5;
    expect(diffOutlines(base(), after)).toEqual([
      { change: 'totalHours', from: 4, to: 5.5 },
      { change: 'outline', fields: ['budgetNote'] },
      { change: 'edited', kind: 'stage', id: 's1', title: 'Stage One', fields: ['description'] },
      { change: 'edited', kind: 'concept', id: 'c', title: 'Concept C', fields: ['difficulty', 'keywords'] },
      { change: 'hours', kind: 'concept', id: 'c', title: 'Concept C', from: 1, to: 2.5 },
    ]);
  });
});
