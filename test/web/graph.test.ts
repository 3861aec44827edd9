/**
 * The roadmap graph's logic without a browser: the concept states derived from the learner's facts, the ELK
 * graphs built from an outline (and ELK's real answer for them, from the same elkjs the browser runs in a
 * worker), and moving between nodes with the arrow keys.
 */
import elkjs from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { Outline } from '../../src/domain/roadmap.js';
import { narrowGraph, prerequisiteArrows, readNarrow, readWide, wideGraph, type Box, type Measured } from '../../web/src/graph/elk-input.js';
import { nextNode, type Rect } from '../../web/src/graph/keyboard.js';
import { conceptStates } from '../../web/src/graph/status.js';
import { formatHours, formatList } from '../../web/src/format.js';
import { concept } from '../helpers/outline.js';

// a → b → c and a → c (implied); d needs c from another stage; e has a prerequisite that does not exist.
const outline: Outline = {
  title: 'Sample',
  summary: '',
  totalHours: 5,
  weeks: 2,
  stages: [
    {
      id: 's1',
      title: 'Stage One',
      description: '',
      modules: [
        { id: 'm1', title: 'Module One', description: '', concepts: [concept('a'), concept('b', ['a'])] },
        { id: 'm2', title: 'Module Two', description: '', concepts: [concept('c', ['a', 'b'])] },
      ],
    },
    {
      id: 's2',
      title: 'Stage Two',
      description: '',
      modules: [{ id: 'm3', title: 'Module Three', description: '', concepts: [concept('d', ['c']), concept('e', ['gone'])] }],
    },
  ],
};

const measured: Measured = { concept: () => ({ width: 200, height: 60 }), moduleTitle: () => ({ width: 120, height: 16 }) };
const overlap = (p: Box, q: Box) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

describe('concept states', () => {
  it('derives done, in progress, ready and waiting from ticks, quiz attempts and content', () => {
    const states = conceptStates(outline, {
      done: new Set(['a']),
      attempted: new Set(['c']),
      content: { d: { tutorial: 'completed', resources: 'generating', quiz: 'pending' }, e: { tutorial: 'completed', resources: 'completed', quiz: 'completed' } },
    });
    expect(Object.fromEntries(states)).toEqual({ a: 'done', b: 'ready', c: 'in_progress', d: 'in_progress', e: 'ready' });
    expect(conceptStates(outline, { done: new Set() }).get('b')).toBe('waiting');
  });

  it('shows a due review before anything else, once review data exists', () => {
    const states = conceptStates(outline, { done: new Set(['a', 'b']), due: new Set(['a']) });
    expect([states.get('a'), states.get('b'), states.get('c')]).toEqual(['due', 'done', 'ready']);
  });
});

describe('the ELK graphs', () => {
  it('draws only the arrows that are not implied by a longer path, between known concepts', () => {
    expect(prerequisiteArrows(outline)).toEqual([
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'd' },
    ]);
  });

  it('wide: one graph per stage, modules as compound nodes with room for their titles, arrows within the stage', () => {
    const g = wideGraph(outline, measured);
    expect(g.children!.map((s) => [s.id, s.children!.map((m) => [m.id, m.children!.map((c) => c.id)])])).toEqual([
      ['stage:s1', [['module:m1', ['concept:a', 'concept:b']], ['module:m2', ['concept:c']]]],
      ['stage:s2', [['module:m3', ['concept:d', 'concept:e']]]],
    ]);
    const m1 = g.children![0]!.children![0]!;
    expect(m1.layoutOptions!['elk.padding']).toBe('[top=28,left=12,bottom=12,right=12]');
    expect(m1.children![0]).toMatchObject({ width: 200, height: 60 });
    // c → d crosses from stage one to stage two: the bands say that, no arrow is drawn across the page.
    expect(g.children!.map((s) => (s.edges ?? []).map((e) => `${e.sources[0]} ${e.targets[0]}`))).toEqual([
      ['concept:a:out concept:b:in', 'concept:b:out concept:c:in'],
      [],
    ]);
  });

  it('narrow: one graph per module with only its own arrows', () => {
    const g = narrowGraph(outline, measured);
    expect(g.children!.map((m) => [m.id, (m.edges ?? []).map((e) => e.id)])).toEqual([
      ['module:m1', ['a->b']],
      ['module:m2', []],
      ['module:m3', []],
    ]);
  });

  it('ELK lays the wide graph out with no two cards overlapping, each module box around its cards, arrows card to card', async () => {
    const layout = readWide(await new elkjs.default().layout(wideGraph(outline, measured)));
    const s1 = layout.canvases.s1!;
    const boxes = s1.concepts.map((c) => c.box);
    boxes.forEach((p, i) => boxes.slice(i + 1).forEach((q) => expect(overlap(p, q)).toBe(false)));
    const of = (id: string) => s1.concepts.find((c) => c.id === id)!.box;
    const m1 = s1.modules.find((m) => m.id === 'm1')!.box;
    for (const id of ['a', 'b']) expect(of(id).x >= m1.x && of(id).y >= m1.y + 16 && of(id).y + of(id).height <= m1.y + m1.height).toBe(true);
    // Top to bottom: a prerequisite sits above what needs it; its arrow leaves the bottom and enters the top.
    expect(of('a').y + of('a').height).toBeLessThan(of('b').y);
    const ab = s1.arrows.find((a) => a.id === 'a->b')!;
    expect(ab.points[0]!.y).toBeCloseTo(of('a').y + of('a').height, 0);
    expect(ab.points.at(-1)!.y).toBeCloseTo(of('b').y, 0);
    expect(Math.max(...s1.concepts.map((c) => c.box.y + c.box.height))).toBeLessThanOrEqual(s1.height);
  });

  it('ELK lays each phone module out as one column of cards', async () => {
    const layout = readNarrow(await new elkjs.default().layout(narrowGraph(outline, measured)));
    const m3 = layout.canvases.m3!;
    expect(m3.width).toBe(200);
    expect(m3.concepts.map((c) => c.box.x)).toEqual([0, 0]);
    expect(m3.concepts[1]!.box.y).toBeGreaterThanOrEqual(60);
  });
});

describe('arrow keys', () => {
  // Two rows: [0] [1] on top, [2] [3] below, [4] alone further down on the right.
  const rects: Rect[] = [
    { left: 0, top: 0, width: 100, height: 50 },
    { left: 150, top: 4, width: 100, height: 50 },
    { left: 10, top: 100, width: 100, height: 50 },
    { left: 160, top: 96, width: 100, height: 50 },
    { left: 300, top: 200, width: 100, height: 50 },
  ];

  it.each([
    [0, 'ArrowDown', 2, 'the nearest node in the row below'],
    [1, 'ArrowDown', 3, 'the nearest node in the row below'],
    [3, 'ArrowUp', 1, 'the nearest node in the row above'],
    [3, 'ArrowDown', 4, 'the next row down, however far'],
    [0, 'ArrowRight', 1, 'the next node in the row'],
    [3, 'ArrowLeft', 2, 'the previous node in the row'],
    [1, 'ArrowRight', 2, 'past the row end, the next in reading order'],
    [2, 'ArrowLeft', 1, 'before the row start, the previous in reading order'],
    [4, 'ArrowDown', 4, 'nowhere below the last row'],
    [0, 'ArrowUp', 0, 'nowhere above the first row'],
    [0, 'ArrowLeft', 0, 'nowhere before the first node'],
    [2, 'End', 4, 'the last node'],
    [2, 'Home', 0, 'the first node'],
  ] as const)('from %i, %s goes to %i: %s', (from, key, to, _why) => {
    expect(nextNode(rects, from, key)).toBe(to);
  });
});

describe('numbers in words', () => {
  it('show hours as hours in the UI language', () => {
    expect(formatHours('en', 2.5)).toBe('2.5 h');
    expect(formatHours('zh', 2.5)).toBe('2.5 小时');
    expect(formatHours('en', 1234)).toBe('1,234 h');
  });

  it('and lists of titles in the UI language', () => {
    expect(formatList('en', ['Joins', 'NULLs', 'Indexes'])).toBe('Joins, NULLs and Indexes');
    expect(formatList('zh', ['连接', '索引'])).toBe('连接和索引');
  });
});
