/**
 * The eval's measures on hand-made roadmaps with known faults, its goal-file parser, and the starter goal set
 * that ships in eval/goals.jsonl.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question, Resource } from '../../src/domain/content.js';
import { roadmapRequestSchema, type Outline } from '../../src/domain/roadmap.js';
import { GoalFileError, parseGoals } from '../../src/eval/goals.js';
import { budgetFit, prerequisiteDepth, questionProblems, quizAnswerability, resourceVerification, titleLanguage } from '../../src/eval/scores.js';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { selectEntry } from '../../src/llm/offline/match.js';
import { concept } from '../helpers/outline.js';

const outline = (titles: { outline: string; concepts: string[] }): Outline => ({
  title: titles.outline,
  summary: '',
  totalHours: titles.concepts.length,
  weeks: 2,
  stages: [{ id: 's1', title: titles.outline, description: '', modules: [{ id: 'm1', title: titles.outline, description: '', concepts: titles.concepts.map((t, i) => ({ ...concept(`c${i}`), title: t })) }] }],
});

const question = (q: Partial<Question>): Question => ({
  id: 'q1',
  type: 'single_choice',
  question: 'Which?',
  options: ['a', 'b', 'c'],
  answer: [0],
  explanation: 'Because.',
  difficulty: 'easy',
  ...q,
});

describe('eval measures', () => {
  it('titles: Han for Chinese, Latin (and no CJK) for English and any unlisted language', () => {
    const zh = outline({ outline: 'Go 语言后端开发', concepts: ['并发', 'Docker', 'HTTP 服务'] });
    expect(titleLanguage(zh, 'zh-CN')).toEqual({ script: 'Han', checked: 6, wrong: ['Docker'] });
    const en = outline({ outline: 'Backend Go', concepts: ['Goroutines', '并发', 'HTTP'] });
    expect(titleLanguage(en, 'en')).toEqual({ script: 'Latin', checked: 6, wrong: ['并发'] });
    expect(titleLanguage(en, 'pt-BR').script).toBe('Latin');
    expect(titleLanguage(outline({ outline: 'Основы', concepts: ['Типы'] }), 'ru').wrong).toEqual([]);
  });

  it('budget: within the band, over it, or short with or without a note saying why', () => {
    const request = roadmapRequestSchema.parse({ goal: 'Learn Go', hoursPerWeek: 5, weeks: 2 });
    const of = (hours: number, budgetNote?: string) => ({ ...outline({ outline: 'X', concepts: Array.from({ length: hours }, (_, i) => `c${i}`) }), ...(budgetNote ? { budgetNote } : {}) });
    expect(budgetFit(of(10), request)).toEqual({ budgetHours: 10, plannedHours: 10, percent: 100, fit: 'within', budgetNote: null });
    expect(budgetFit(of(13), request)).toMatchObject({ percent: 130, fit: 'over' });
    expect(budgetFit(of(6), request)).toMatchObject({ percent: 60, fit: 'short_unexplained' });
    expect(budgetFit(of(6, 'The goal needs 6 h.'), request)).toMatchObject({ fit: 'short_explained', budgetNote: 'The goal needs 6 h.' });
  });

  it('prerequisite depth: the longest chain, with cycles and unknown ids ending it', () => {
    const o = outline({ outline: 'X', concepts: ['a', 'b', 'c', 'd', 'e'] });
    const [a, b, c, d, e] = o.stages[0]!.modules[0]!.concepts;
    b!.prerequisites = [a!.id];
    c!.prerequisites = [b!.id, a!.id];
    d!.prerequisites = ['nowhere'];
    e!.prerequisites = [e!.id];
    expect(prerequisiteDepth(o)).toEqual({ concepts: 5, depth: 3, chain: ['c0', 'c1', 'c2'] });
  });

  it('resources: the share with a verified link, catalogue or HTTP, against search suggestions', () => {
    const r = (verification: Resource['verification']): Resource => ({ title: 't', type: 'article', why: 'w', query: 'q', verification, ...(verification === 'search' ? {} : { url: 'https://example.org' }) });
    const content = new Map([
      ['c0', { resources: { resources: [r('catalogue'), r('http'), r('search'), r('search')] } }],
      ['c1', {}],
    ]);
    expect(resourceVerification(content)).toEqual({ total: 4, catalogue: 1, http: 1, search: 2, verified: 0.5 });
    expect(resourceVerification(new Map()).verified).toBeNull();
  });

  it('quiz: a question is answerable only when exactly its marked answers are right', () => {
    expect(questionProblems(question({}))).toEqual([]);
    expect(questionProblems(question({ options: ['Yes', ' yes', 'no'] }))).toEqual(['duplicate options, so the marked answer is ambiguous']);
    expect(questionProblems(question({ answer: [3] }))).toEqual(['an answer index out of range']);
    expect(questionProblems(question({ answer: [0, 1] }))).toEqual(['single_choice with 2 marked answers']);
    expect(questionProblems(question({ type: 'multiple_choice', answer: [1, 1] }))).toEqual(['an answer marked twice']);
    expect(questionProblems(question({ type: 'multiple_choice', answer: [0, 1, 2] }))).toEqual(['every option is marked correct']);
    expect(questionProblems(question({ type: 'true_false' }))).toEqual(['true/false without exactly two options']);
    const content = new Map([['c0', { quiz: { questions: [question({}), question({ id: 'q2', answer: [5] })] } }]]);
    expect(quizAnswerability(content)).toEqual({ concepts: 1, questions: 2, answerable: 1, share: 0.5, problems: ['c0/q2: an answer index out of range'] });
  });
});

describe('goal files', () => {
  it('names every bad line, and needs unique ids', () => {
    const text = ['# a comment', '{"goal":"Learn Go","weeks":4}', 'not json', '{"goal":"Go"}', '{"goal":"Learn Rust","review":true}', '{"id":"a","goal":"Learn C"}', '{"id":"a","goal":"Learn D"}'].join('\n');
    const err = (() => {
      try {
        parseGoals(text, 'g.jsonl');
      } catch (e) {
        return e as Error;
      }
      throw new Error('no error');
    })();
    expect(err).toBeInstanceOf(GoalFileError);
    expect(err.message.split('\n')).toEqual([
      expect.stringMatching(/^g\.jsonl:3: not JSON/),
      expect.stringMatching(/^g\.jsonl:4: goal: /),
      expect.stringMatching(/^g\.jsonl:5: \(line\): Unrecognized key: "review"/),
      'g.jsonl: the id "a" names more than one goal',
    ]);
    expect(parseGoals('{"goal":"Learn Go","weeks":4}\n', 'g.jsonl')).toEqual([expect.objectContaining({ id: 'goal-1', goal: 'Learn Go', weeks: 4, hoursPerWeek: 8, language: 'en' })]);
    expect(() => parseGoals('\n# nothing\n', 'g.jsonl')).toThrow(/no goals/);
  });

  it('the starter set: 10–20 goals, half in Chinese, a few the catalogue does not know', () => {
    const goals = parseGoals(readFileSync('eval/goals.jsonl', 'utf8'), 'eval/goals.jsonl');
    expect(goals.length).toBeGreaterThanOrEqual(10);
    expect(goals.length).toBeLessThanOrEqual(20);
    expect(goals.filter((g) => g.language.startsWith('zh')).length).toBe(goals.length / 2);
    const unknown = goals.filter((g) => selectEntry(catalogue(), g.goal) === null);
    expect(unknown.length).toBeGreaterThanOrEqual(2);
    expect(unknown.length).toBeLessThanOrEqual(goals.length / 3);
  });
});
