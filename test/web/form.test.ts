/** The web app's pure logic, without a DOM: form validation, API error messages, quiz scoring, progress, routes, words. */
import { describe, expect, it } from 'vitest';
import type { Outline } from '../../src/domain/roadmap.js';
import { messages, translate } from '../../web/src/i18n.js';
import { concept } from '../helpers/outline.js';
import {
  apiProblem,
  choose,
  formToBody,
  isCorrect,
  neighbours,
  optionMark,
  overallProgress,
  phaseStates,
  roadmapTitle,
  saysChooseAll,
  scoreQuiz,
  stageProgress,
  uiLangFor,
  validateForm,
  withoutTitle,
  type FormValues,
} from '../../web/src/logic.js';
import { matchRoute, paths } from '../../web/src/routes.js';

const form = (over: Partial<FormValues> = {}): FormValues => ({
  goal: 'Learn Go for backend development',
  level: 'beginner',
  hoursPerWeek: '2',
  weeks: '3',
  background: '',
  motivation: '',
  language: 'en',
  review: false,
  onDemand: false,
  ...over,
});

const problemsOf = (v: FormValues) => {
  const r = validateForm(v);
  return 'problems' in r ? Object.fromEntries(Object.entries(r.problems).map(([f, p]) => [f, translate('en', p.key, p.params)])) : {};
};

describe('new-roadmap form', () => {
  it('turns valid values into the request body, leaving empty optional fields to the API defaults', () => {
    expect(validateForm(form())).toEqual({
      request: { goal: 'Learn Go for backend development', level: 'beginner', hoursPerWeek: 2, weeks: 3, language: 'en', review: false, content: 'eager' },
    });
    expect(formToBody(form({ onDemand: true }))).toEqual(expect.objectContaining({ content: 'on_demand' }));
    expect(formToBody(form({ hoursPerWeek: ' ', background: 'Python dev', review: true }))).toEqual(
      expect.objectContaining({ background: 'Python dev', review: true }),
    );
    expect(formToBody(form({ hoursPerWeek: '' }))).not.toHaveProperty('hoursPerWeek');
  });

  it('reports each invalid field in words, with the schema limits', () => {
    expect(problemsOf(form({ goal: 'Go' }))).toEqual({ goal: 'Enter at least 3 characters.' });
    expect(problemsOf(form({ goal: 'x'.repeat(501) }))).toEqual({ goal: 'Keep it under 500 characters.' });
    expect(problemsOf(form({ hoursPerWeek: '0', weeks: '105' }))).toEqual({ hoursPerWeek: 'Must be at least 1.', weeks: 'Must be at most 104.' });
    expect(problemsOf(form({ hoursPerWeek: '2.5', weeks: 'many' }))).toEqual({ hoursPerWeek: 'Enter a whole number.', weeks: 'Enter a number.' });
    expect(problemsOf(form({ language: 'english please' }))).toEqual({ language: 'Use a language tag such as en or zh-CN.' });
    expect(problemsOf(form({ level: 'guru' }))).toEqual({ level: 'This value is not valid.' });
  });

  it('maps API error codes to readable messages and their details to fields', () => {
    const { problem, fields } = apiProblem({
      code: 'VALIDATION_FAILED',
      message: 'The request does not match the schema; see details.',
      details: [{ field: 'body.goal', issue: 'too_small', message: 'Too small' }, { field: 'headers.x', issue: 'x', message: 'ignored' }],
    });
    expect(translate('en', problem.key)).toBe('Some fields are not valid; see the messages below them.');
    expect(fields).toEqual({ goal: { key: 'err.server', params: { message: 'Too small' } } });
    expect(translate('en', apiProblem({ code: 'SERVICE_BUSY', message: '' }).problem.key)).toMatch(/busy/);
    expect(translate('zh', apiProblem({ code: 'NOT_RETRYABLE', message: '' }).problem.key)).toMatch(/重试/);
    const other = apiProblem({ code: 'TEAPOT', message: 'short and stout' }).problem;
    expect(translate('en', other.key, other.params)).toBe('Something went wrong (TEAPOT): short and stout');
  });
});

describe('quiz', () => {
  const questions = [
    { id: 'q1', type: 'single_choice' as const, answer: [2] },
    { id: 'q2', type: 'multiple_choice' as const, answer: [0, 3] },
    { id: 'q3', type: 'true_false' as const, answer: [1] },
  ];

  it('single choices replace, multiple choices toggle', () => {
    expect(choose(questions[0]!, [1], 2)).toEqual([2]);
    expect(choose(questions[1]!, [3], 0)).toEqual([0, 3]);
    expect(choose(questions[1]!, [0, 3], 3)).toEqual([0]);
  });

  it('after submitting, marks each option as picked and right, picked and wrong, or right and missed', () => {
    expect([0, 1, 2, 3].map((i) => optionMark(questions[1]!, [0, 1], i))).toEqual(['chosen-right', 'chosen-wrong', 'none', 'missed']);
    expect(optionMark(questions[0]!, undefined, 2)).toBe('missed');
  });

  it('adds "choose all that apply" only where the question does not already say so', () => {
    expect(saysChooseAll('Which of these are keywords of Go? (Choose all that apply.)')).toBe(true);
    expect(saysChooseAll('下列哪些是关键词？（多选）')).toBe(true);
    expect(saysChooseAll('Which of these are keywords of Go?')).toBe(false);
  });

  it('a question is right only with exactly its answers; the score counts them', () => {
    expect(isCorrect(questions[1]!, [3, 0])).toBe(true);
    expect(isCorrect(questions[1]!, [0])).toBe(false);
    expect(isCorrect(questions[1]!, [0, 1, 3])).toBe(false);
    expect(isCorrect(questions[0]!, undefined)).toBe(false);
    const score = scoreQuiz(questions, { q1: [2], q2: [0], q3: [1] });
    expect({ ...score, correctIds: [...score.correctIds] }).toEqual({ correct: 2, total: 3, percent: 67, correctIds: ['q1', 'q3'] });
    expect(scoreQuiz([], {}).percent).toBe(0);
  });
});

describe('progress and timeline', () => {
  const outline: Outline = {
    title: 't',
    summary: '',
    totalHours: 4,
    weeks: 2,
    stages: [
      { id: 's1', title: 'S1', description: '', modules: [{ id: 'm1', title: 'M1', description: '', concepts: [concept('a'), concept('b')] }] },
      { id: 's2', title: 'S2', description: '', modules: [{ id: 'm2', title: 'M2', description: '', concepts: [concept('c'), concept('d')] }] },
    ],
  };

  it('counts done concepts per stage and overall, ignoring ids not in the outline', () => {
    const done = new Set(['a', 'b', 'c', 'gone']);
    expect(stageProgress(outline, done)).toEqual({ s1: { done: 2, total: 2, percent: 100 }, s2: { done: 1, total: 2, percent: 50 } });
    expect(overallProgress(outline, done)).toEqual({ done: 3, total: 4, percent: 75 });
  });

  it('marks the phases before the current step done, the current one by status; never shows queued as a phase', () => {
    const states = (step: Parameters<typeof phaseStates>[0], status: Parameters<typeof phaseStates>[1], review = true) =>
      phaseStates(step, status, review).map((p) => `${p.step}:${p.state}`);
    expect(states('queued', 'queued')).toEqual(['intent_analysis:pending', 'outline:pending', 'validation:pending', 'review:pending', 'content:pending', 'done:pending']);
    expect(states('outline', 'running')).toEqual(['intent_analysis:done', 'outline:active', 'validation:pending', 'review:pending', 'content:pending', 'done:pending']);
    expect(states('review', 'awaiting_review')).toContain('review:waiting');
    expect(states('content', 'failed')).toContain('content:failed');
    expect(states('repair', 'running')).toContain('repair:active');
    expect(states('done', 'completed').every((s) => s.endsWith(':done'))).toBe(true);
  });

  it('shows a review the learner did not ask for as skipped, before and after it', () => {
    expect(phaseStates('outline', 'running', false).find((p) => p.step === 'review')?.state).toBe('skipped');
    expect(phaseStates('done', 'completed', false).map((p) => p.state)).toEqual(['done', 'done', 'done', 'skipped', 'done', 'done']);
  });
});

describe('concept page', () => {
  it('links the concepts before and after one in outline order, across modules and stages', () => {
    const o: Outline = {
      title: 't',
      summary: '',
      totalHours: 3,
      weeks: 1,
      stages: [
        { id: 's1', title: 'S1', description: '', modules: [{ id: 'm1', title: 'M1', description: '', concepts: [concept('a')] }, { id: 'm2', title: 'M2', description: '', concepts: [concept('b')] }] },
        { id: 's2', title: 'S2', description: '', modules: [{ id: 'm3', title: 'M3', description: '', concepts: [concept('z')] }] },
      ],
    };
    const ids = (n: ReturnType<typeof neighbours>) => [n.previous?.id, n.next?.id];
    expect(ids(neighbours(o, 'a'))).toEqual([undefined, 'b']);
    expect(ids(neighbours(o, 'b'))).toEqual(['a', 'z']);
    expect(ids(neighbours(o, 'z'))).toEqual(['b', undefined]);
    expect(neighbours(o, 'gone')).toEqual({});
  });

  it("drops the tutorial's own title heading, and only that", () => {
    expect(withoutTitle('> Template note\n\n# Defining functions\n\n## What you will learn\n# Later')).toBe('> Template note\n\n\n## What you will learn\n# Later');
    expect(withoutTitle('## Intro\n# Not a title')).toBe('## Intro\n# Not a title');
    expect(withoutTitle('```sh\n# a comment\n```\n# Title')).toBe('```sh\n# a comment\n```');
  });
});

describe('roadmap titles', () => {
  it('uses the goal as the title, with the outline title beneath it only when that says something else', () => {
    expect(roadmapTitle('Learn Go for backend development', 'Go for Backend Development')).toEqual({
      title: 'Learn Go for backend development',
      subtitle: 'Go for Backend Development',
    });
    expect(roadmapTitle('Learn SQL', 'learn sql.')).toEqual({ title: 'Learn SQL' });
    expect(roadmapTitle('学习 Python', undefined)).toEqual({ title: '学习 Python' });
  });
});

describe('routes and words', () => {
  it('reads back every URL it builds', () => {
    expect(matchRoute(paths.new())).toEqual({ page: 'new' });
    expect(matchRoute(paths.list())).toEqual({ page: 'list' });
    expect(matchRoute(paths.generate('r1'))).toEqual({ page: 'generate', id: 'r1' });
    expect(matchRoute(paths.roadmap('r1'))).toEqual({ page: 'roadmap', id: 'r1' });
    expect(matchRoute(paths.concept('r1', 'go-syntax'))).toEqual({ page: 'concept', id: 'r1', conceptId: 'go-syntax' });
    expect(matchRoute('/elsewhere')).toEqual({ page: 'missing' });
    expect(matchRoute('/roadmaps/r1/learn/extra')).toEqual({ page: 'missing' });
  });

  it('has every message in both languages, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(messages.en)) {
      expect(messages.zh[key as keyof typeof messages.zh].trim(), key).not.toBe('');
      expect(placeholders(messages.zh[key as keyof typeof messages.zh]), key).toEqual(placeholders(text));
    }
    expect(translate('zh', 'progress.count', { done: 1, total: 3, percent: 33 })).toBe('1 / 3（33%）');
  });

  it('takes the UI language a first visit defaults to from a language tag', () => {
    expect(uiLangFor('zh-CN')).toBe('zh');
    expect(uiLangFor('zh-Hant-TW')).toBe('zh');
    expect(uiLangFor('en')).toBe('en');
    expect(uiLangFor(undefined)).toBe('en');
  });
});
