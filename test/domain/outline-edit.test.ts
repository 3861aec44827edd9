/**
 * Applying outline operations as a pure function: each operation's effect, the issues naming the operation
 * that caused them, ids that stay stable and fresh ones that never reuse a hidden id, and — for random
 * sequences of operations — a result that either passes the hard checks or says why not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOutline } from '../../src/domain/outline-checks.js';
import { applyOutlineEdit, freshId, outlineOperationSchema, slugOf, type OutlineOperation } from '../../src/domain/outline-edit.js';
import { conceptsOf, type Outline } from '../../src/domain/roadmap.js';
import { concept } from '../helpers/outline.js';

const base = (): Outline => ({
  title: 'Sample',
  summary: '',
  totalHours: 6,
  weeks: 2,
  stages: [
    { id: 's1', title: 'Stage One', description: '', modules: [{ id: 'm1', title: 'Alpha', description: '', concepts: [concept('a'), concept('b', ['a']), concept('c', ['b'])] }] },
    { id: 's2', title: 'Stage Two', description: '', modules: [{ id: 'm2', title: 'Beta', description: '', concepts: [concept('d', ['c']), concept('e', ['d']), concept('f')] }] },
  ],
});
const BUDGET = 6;
const ops = (...list: unknown[]) => list.map((o) => outlineOperationSchema.parse(o));
const apply = (list: OutlineOperation[], takenIds: string[] = []) => applyOutlineEdit(base(), list, { budgetHours: BUDGET, takenIds });
const ids = (o: Outline) => conceptsOf(o).map((c) => c.id);

describe('applyOutlineEdit', () => {
  it.each([
    ['add_concept at the end', ops({ op: 'add_concept', moduleId: 'm2', concept: { title: 'New one', hours: 1 } }), ['a', 'b', 'c', 'd', 'e', 'f', 'new-one']],
    ['add_concept after a concept', ops({ op: 'add_concept', moduleId: 'm1', after: 'a', concept: { title: 'New one', hours: 1 } }), ['a', 'new-one', 'b', 'c', 'd', 'e', 'f']],
    ['remove_concept', ops({ op: 'remove_concept', conceptId: 'f' }), ['a', 'b', 'c', 'd', 'e']],
    ['move_concept across modules', ops({ op: 'move_concept', conceptId: 'f', moduleId: 'm1', index: 0 }), ['f', 'a', 'b', 'c', 'd', 'e']],
    ['move_concept within a module', ops({ op: 'move_concept', conceptId: 'a', moduleId: 'm1', index: 2 }), ['b', 'c', 'a', 'd', 'e', 'f']],
    [
      'move_module (its stage keeps another)',
      ops({ op: 'add_module', stageId: 's2', module: { title: 'Gamma', concepts: [{ title: 'G1', hours: 0.5 }] } }, { op: 'move_module', moduleId: 'm2', stageId: 's1', index: 0 }),
      ['d', 'e', 'f', 'a', 'b', 'c', 'g1'],
    ],
  ])('%s', (_name, list, expected) => {
    const r = apply(list);
    expect(r.ok && ids(r.outline)).toEqual(expected);
  });

  it('renames any item, sets hours and keeps totalHours equal to the concepts', () => {
    const r = apply(ops({ op: 'rename', id: 's2', title: 'Later' }, { op: 'rename', id: 'b', title: 'Bee', description: 'd' }, { op: 'set_hours', conceptId: 'a', hours: 1.5 }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.outline.stages[1]!.title).toBe('Later');
    expect(conceptsOf(r.outline)[1]).toMatchObject({ id: 'b', title: 'Bee', description: 'd' });
    expect(r.outline.totalHours).toBe(6.5);
  });

  it('hands a removed concept\'s prerequisites on to the concepts that required it', () => {
    const r = apply(ops({ op: 'remove_concept', conceptId: 'b' }, { op: 'remove_concept', conceptId: 'd' }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const by = new Map(conceptsOf(r.outline).map((c) => [c.id, c.prerequisites]));
    expect([by.get('c'), by.get('e')]).toEqual([['a'], ['c']]);
    expect(r.removed).toEqual(['b', 'd']);
  });

  it('adds a module with its concepts, and removing one removes its concepts', () => {
    const added = apply(ops({ op: 'add_module', stageId: 's1', after: 'm1', module: { title: 'Gamma', concepts: [{ title: 'G1', hours: 0.5 }, { title: 'G2', hours: 0.5, prerequisites: ['a'] }] } }));
    if (!added.ok) throw new Error(JSON.stringify(added.issues));
    expect(added.outline.stages[0]!.modules.map((m) => m.id)).toEqual(['m1', 'gamma']);
    expect(added.added).toEqual(['g1', 'g2']);
    const removed = applyOutlineEdit(added.outline, ops({ op: 'remove_module', moduleId: 'gamma' }), { budgetHours: BUDGET });
    expect(removed.ok && removed.removed).toEqual(['g1', 'g2']);
    // A stage left without modules is an issue the edit introduced.
    const emptied = applyOutlineEdit(added.outline, ops({ op: 'remove_module', moduleId: 'm2' }), { budgetHours: BUDGET });
    expect(!emptied.ok && emptied.issues).toEqual([expect.objectContaining({ operation: 0, code: 'EMPTY_STAGE', at: 's2' })]);
  });

  it('never reuses an id: not one in the outline, nor a hidden one', () => {
    const r = apply(ops({ op: 'add_concept', moduleId: 'm1', concept: { title: 'A', hours: 0.5 } }, { op: 'add_concept', moduleId: 'm1', concept: { title: 'Old', hours: 0.5 } }), ['old']);
    expect(r.ok && r.added).toEqual(['a-2', 'old-2']);
    expect(freshId('数据库', 'concept', new Set())).toBe('concept');
    expect(slugOf('  Café & SQL: Joins!  ')).toBe('cafe-sql-joins');
  });

  it.each([
    ['an unknown concept', ops({ op: 'set_hours', conceptId: 'nope', hours: 1 }), { operation: 0, code: 'UNKNOWN_ID', at: 'nope' }],
    ['an unknown module', ops({ op: 'rename', id: 'a', title: 'x' }, { op: 'move_concept', conceptId: 'a', moduleId: 'nope', index: 0 }), { operation: 1, code: 'UNKNOWN_ID', at: 'nope' }],
    ['an unknown `after`', ops({ op: 'add_concept', moduleId: 'm1', after: 'd', concept: { title: 'x', hours: 1 } }), { operation: 0, code: 'UNKNOWN_ID', at: 'd' }],
    ['an index past the end', ops({ op: 'move_module', moduleId: 'm1', stageId: 's2', index: 5 }), { operation: 0, code: 'INDEX_OUT_OF_RANGE', at: 's2' }],
    ['an emptied module', ops({ op: 'remove_concept', conceptId: 'd' }, { op: 'remove_concept', conceptId: 'e' }, { op: 'rename', id: 'a', title: 'x' }, { op: 'remove_concept', conceptId: 'f' }), { operation: 3, code: 'EMPTY_MODULE', at: 'm2' }],
    ['a cycle', ops({ op: 'add_concept', moduleId: 'm1', concept: { title: 'x', hours: 0.5, prerequisites: ['c'] } }, { op: 'rename', id: 'x', title: 'y' }), null],
    ['too many hours', ops({ op: 'set_hours', conceptId: 'a', hours: 1 }, { op: 'set_hours', conceptId: 'b', hours: 4 }), { operation: 1, code: 'OVER_BUDGET', at: 'outline' }],
    ['an unknown prerequisite', ops({ op: 'add_concept', moduleId: 'm2', concept: { title: 'x', hours: 0.5, prerequisites: ['zz'] } }), { operation: 0, code: 'UNKNOWN_PREREQUISITE', at: 'x' }],
  ])('refuses %s, naming the operation', (_name, list, issue) => {
    const r = apply(list);
    if (issue === null) {
      // The new concept depends on c, and nothing depends on it: no cycle, the edit is fine.
      expect(r.ok).toBe(true);
      return;
    }
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues).toEqual([expect.objectContaining(issue)]);
  });

  it('lets the learner plan less than the budget, and leaves issues the base already had alone', () => {
    expect(apply(ops({ op: 'remove_concept', conceptId: 'f' }, { op: 'remove_concept', conceptId: 'e' }, { op: 'remove_concept', conceptId: 'a' })).ok).toBe(true);
    const broken = base();
    broken.stages[1]!.modules[0]!.concepts[2]!.prerequisites = ['ghost'];
    expect(applyOutlineEdit(broken, ops({ op: 'rename', id: 'a', title: 'x' }), { budgetHours: BUDGET }).ok).toBe(true);
  });

  it('does not touch its input', () => {
    const b = base();
    const copy = structuredClone(b);
    applyOutlineEdit(b, ops({ op: 'remove_module', moduleId: 'm1' }, { op: 'rename', id: 'd', title: 'x' }), { budgetHours: BUDGET });
    expect(b).toEqual(copy);
  });

  it('for any sequence of operations, keeps every kept id and yields an outline that passes the checks, or issues', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'm1', 'm2', 's1', 's2', 'new', 'zz');
    const op = fc.oneof(
      fc.record({ op: fc.constant('add_concept'), moduleId: id, concept: fc.record({ title: fc.constantFrom('New', 'Another', '新'), hours: fc.constantFrom(0.5, 1), prerequisites: fc.array(id, { maxLength: 2 }) }) }),
      fc.record({ op: fc.constant('remove_concept'), conceptId: id }),
      fc.record({ op: fc.constant('move_concept'), conceptId: id, moduleId: id, index: fc.nat(4) }),
      fc.record({ op: fc.constant('rename'), id, title: fc.constantFrom('X', 'Y') }),
      fc.record({ op: fc.constant('set_hours'), conceptId: id, hours: fc.constantFrom(0.5, 1, 2) }),
      fc.record({ op: fc.constant('remove_module'), moduleId: id }),
      fc.record({ op: fc.constant('move_module'), moduleId: id, stageId: id, index: fc.nat(2) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (raw) => {
        const list = raw.map((o) => outlineOperationSchema.parse(o));
        const r = apply(list);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(i.operation === null || (i.operation >= 0 && i.operation < list.length)).toBe(true);
          return;
        }
        expect(checkOutline(r.outline, BUDGET).filter((i) => i.code !== 'UNDER_BUDGET')).toEqual([]);
        const now = new Set(ids(r.outline));
        for (const was of ids(base())) expect(now.has(was) || r.removed.includes(was)).toBe(true);
        expect(new Set([...ids(base()).filter((x) => !r.removed.includes(x)), ...r.added])).toEqual(now);
      }),
      { numRuns: 400 },
    );
  });
});
