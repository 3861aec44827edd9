/**
 * The web app's components rendered by React to HTML, without a DOM (react-dom/server): the new-roadmap
 * form labels every field, the outline tree shows every stage, module and concept and marks the done ones, usage
 * reads against each quota, and a field ties its hint and problem to its control.
 * The web sources are JSX with DOM types, outside the test tsconfig, so they are imported by path and typed here.
 */
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReviewOutcome } from '../../src/domain/review-outcome.js';
import type { Concept, Outline } from '../../src/domain/roadmap.js';
import { concept } from '../helpers/outline.js';

const load = <T>(file: string) => import(/* @vite-ignore */ `../../web/src/${file}`) as Promise<T>;

const outline: Outline = {
  title: 'Sample',
  summary: '',
  totalHours: 5,
  weeks: 2,
  stages: [
    { id: 's1', title: 'Stage One', description: 'first', modules: [{ id: 'm1', title: 'Module Alpha', description: '', concepts: [concept('a'), concept('b', ['a'])] }] },
    {
      id: 's2',
      title: 'Stage Two',
      description: 'second',
      modules: [
        { id: 'm2', title: 'Module Beta', description: '', concepts: [concept('c', ['a', 'b'])] },
        { id: 'm3', title: 'Module Gamma', description: '', concepts: [concept('d', ['c', 'gone'])] },
      ],
    },
  ],
};

let LangProvider: ComponentType<{ children: ReactNode }>;
/** Render inside the language provider, as the app does (English: the stubbed stored choice). */
const render = (el: ReturnType<typeof createElement>) => renderToString(createElement(LangProvider, null, el));
const decode = (s: string) => s.replace(/<!-- -->/g, '').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"');

beforeAll(async () => {
  // Just enough of a browser for the provider's first render: the stored language choice.
  vi.stubGlobal('window', { localStorage: { getItem: () => 'en', setItem: () => undefined } });
  ({ LangProvider } = await load<{ LangProvider: typeof LangProvider }>('lang.js'));
});
afterAll(() => vi.unstubAllGlobals());

describe('new-roadmap form', () => {
  it('labels every field, each <label for> naming an input that exists', async () => {
    const { NewRoadmapPage } = await load<{ NewRoadmapPage: ComponentType }>('pages/NewRoadmapPage.js');
    const html = decode(render(createElement(NewRoadmapPage)));
    const labels: Record<string, string> = Object.fromEntries([...html.matchAll(/<label for="([^"]+)">([^<]*)<\/label>/g)].map((m) => [m[2]!, m[1]!]));
    expect(labels).toEqual({
      'Your goal': 'f-goal',
      'Your level': 'f-level',
      'Hours per week': 'f-hoursPerWeek',
      Weeks: 'f-weeks',
      'Background (optional)': 'f-background',
      'Motivation (optional)': 'f-motivation',
      'Roadmap language (e.g. en, zh-CN)': 'f-language',
    });
    for (const id of Object.values(labels)) expect(html, id).toMatch(new RegExp(`<(input|textarea|select)[^>]* id="${id}"`));
    // The review checkbox is labelled by the <label> around it.
    expect(html).toMatch(/<label class="check"><input type="checkbox" name="review"[^>]*\/>Let me review the outline first<\/label>/);
    expect(html).toMatch(/<button type="submit" class="primary">Create roadmap<\/button>/);
  });
});

describe('outline tree', () => {
  it('shows every stage, module and concept title, and marks the done concepts', async () => {
    const { OutlineTree } = await load<{ OutlineTree: ComponentType<{ outline: Outline; concept: (c: Concept) => ReactNode }> }>('components/OutlineTree.js');
    const { ConceptRow } = await load<{ ConceptRow: ComponentType<{ roadmapId: string; concept: Concept; done: boolean; onMark: () => void }> }>('pages/RoadmapPage.js');
    const done = new Set(['a', 'c']);
    const html = decode(
      render(createElement(OutlineTree, { outline, concept: (c: Concept) => createElement(ConceptRow, { roadmapId: 'r1', concept: c, done: done.has(c.id), onMark: () => undefined }) })),
    );
    for (const s of outline.stages) {
      expect(html).toContain(`<h3>${s.title}</h3>`);
      for (const m of s.modules) {
        expect(html).toContain(`<h4>${m.title}</h4>`);
        for (const c of m.concepts) expect(html).toContain(`<a href="/roadmaps/r1/concepts/${c.id}">${c.title}</a>`);
      }
    }
    const rows = [...html.matchAll(/<div class="concept-row( done)?"><input type="checkbox" aria-label="([^"]+)"( checked="")?/g)];
    expect(rows.map((r) => [r[2], Boolean(r[1]), Boolean(r[3])])).toEqual([
      ['Done: Concept A', true, true],
      ['Done: Concept B', false, false],
      ['Done: Concept C', true, true],
      ['Done: Concept D', false, false],
    ]);
  });
});

describe('budget note', () => {
  it('says why a plan is shorter than the learner\'s time, and is absent without a note', async () => {
    const { BudgetNote } = await load<{ BudgetNote: ComponentType<{ note: string | undefined }> }>('components/BudgetNote.js');
    expect(decode(render(createElement(BudgetNote, { note: 'This curriculum needs about 186 h.' })))).toBe(
      '<p class="budget-note" role="note"><strong>Shorter than your time on purpose:</strong> This curriculum needs about 186 h.</p>',
    );
    expect(render(createElement(BudgetNote, { note: undefined }))).toBe('');
  });
});

describe('review outcome', () => {
  type Props = { round: number; outcome: ReviewOutcome };
  const text = async (outcome: ReviewOutcome) => {
    const { ReviewOutcome: Outcome } = await load<{ ReviewOutcome: ComponentType<Props> }>('components/ReviewCard.js');
    return decode(render(createElement(Outcome, { round: 1, outcome }))).replace(/<[^>]+>/g, '\n').split('\n').filter(Boolean);
  };

  it('says the outline could not be changed offline, and that nothing changed', async () => {
    expect(await text({ provider: 'offline', applied: [], notApplied: ['Add a module on web scraping'], changes: [] })).toEqual([
      'This outline could not be changed offline: “Add a module on web scraping”. With an LLM configured, feedback is applied.',
      'Nothing in the outline changed after your feedback on round 1.',
    ]);
  });

  it('lists what changed, in words, and says so honestly when nothing did', async () => {
    const changes: ReviewOutcome['changes'] = [
      { change: 'totalHours', from: 10, to: 12 },
      { change: 'added', kind: 'module', id: 'scraping', title: 'Web scraping', parentId: 's2' },
      { change: 'removed', kind: 'concept', id: 'x', title: 'Old topic', parentId: 'm1' },
      { change: 'renamed', kind: 'stage', id: 's1', title: 'Basics', from: 'Foundations' },
      { change: 'moved', kind: 'concept', id: 'y', title: 'Loops', from: 'm1', to: 'm2' },
      { change: 'hours', kind: 'concept', id: 'z', title: 'Types', from: 1, to: 1.5 },
      { change: 'edited', kind: 'concept', id: 'z', title: 'Types', fields: ['description', 'keywords'] },
    ];
    expect(await text({ provider: 'openai', applied: ['a scraping module'], notApplied: ['fit it in 5 h'], changes })).toEqual([
      'Not applied: “fit it in 5 h”.',
      'What changed after your feedback on round 1:',
      'Total: 10 h → 12 h',
      'Added module “Web scraping”',
      'Removed concept “Old topic”',
      'Renamed stage “Foundations” to “Basics”',
      'Moved concept “Loops”',
      'Hours of concept “Types”: 1 h → 1.5 h',
      'Changed the description and keywords of concept “Types”',
    ]);
    expect(await text({ provider: 'openai', applied: ['everything'], notApplied: [], changes: [] })).toEqual(['Nothing in the outline changed after your feedback on round 1.']);
  });
});

describe('graph pieces', () => {
  it('show a due review and mastery once such data is passed in, and every state in words', async () => {
    const { ConceptCard } = await load<{ ConceptCard: ComponentType<{ concept: Concept; state: string; mastery?: number; after?: string[] }> }>('components/graph/ConceptCard.js');
    const { Legend } = await load<{ Legend: ComponentType<{ states: ReadonlyMap<string, string>; showDue: boolean }> }>('components/graph/Legend.js');
    const card = decode(render(createElement(ConceptCard, { concept: concept('a'), state: 'due', mastery: 0.6, after: ['Concept B', 'Concept C'] })));
    expect(card).toMatch(/class="gnode st-due"/);
    expect(card).toContain('1 h · easy');
    expect(card).toContain(', Due for review');
    expect(card).toContain('Mastery 60%');
    expect(card).toContain('After: Concept B and Concept C');
    const states = new Map([['a', 'done'], ['b', 'waiting'], ['c', 'waiting']]);
    const legend = decode(render(createElement(Legend, { states, showDue: false })));
    expect(legend.replace(/<[^>]+>/g, '')).toBe('Done 1In progress 0Ready to start 0Waiting on prerequisites 2prerequisite → next');
    expect(decode(render(createElement(Legend, { states, showDue: true }))).replace(/<[^>]+>/g, '')).toContain('Due for review 0');
  });
});

describe('accounts pieces', () => {
  it('show usage against each quota, "no limit" for 0, a bar only under a limit, and which quotas are overrides', async () => {
    const { Usage } = await load<{ Usage: ComponentType<{ usage: object; quotas: object; overridden?: ReadonlySet<string> }> }>('components/Usage.js');
    const html = decode(
      render(createElement(Usage, { usage: { roadmapsToday: 3, activeRoadmaps: 1, tokensThisMonth: 12_345 }, quotas: { roadmapsPerDay: 20, activeRoadmaps: 2, tokensPerMonth: 0 }, overridden: new Set(['activeRoadmaps']) })),
    );
    const rows = [...html.matchAll(/<dt>([^<]+)<\/dt><dd>(.*?)<\/dd>/g)].map((m) => [m[1], m[2]!.replace(/<progress[^>]*><\/progress>/, '[bar]').replace(/<[^>]+>/g, '')]);
    expect(rows).toEqual([
      ['Roadmaps today', '3 of 20[bar]'],
      ['Generating now', '1 of 2override[bar]'],
      ['LLM tokens this month', '12,345 (no limit)'],
    ]);
  });

  it('tie a field’s hint and problem to its control', async () => {
    const { Field, describedBy } = await load<{ Field: ComponentType<{ id: string; label: string; hint?: string; problem?: object; children?: ReactNode }>; describedBy: (id: string, o: object) => string | undefined }>(
      'components/Field.js',
    );
    const problem = { key: 'err.required' };
    const html = decode(render(createElement(Field, { id: 'pw', label: 'Password', hint: 'At least 12.', problem }, createElement('input', { id: 'pw', 'aria-describedby': describedBy('pw', { hint: 'x', problem }) }))));
    expect(html).toBe(
      '<div class="field invalid"><label for="pw">Password</label><input id="pw" aria-describedby="pw-hint pw-error"/><p class="hint" id="pw-hint">At least 12.</p><p class="problem" id="pw-error">Fill this in.</p></div>',
    );
    expect(describedBy('pw', {})).toBeUndefined();
  });
});
