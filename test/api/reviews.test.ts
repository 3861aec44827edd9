/**
 * Spaced review over HTTP: a quiz attempt turns every answered question into an FSRS card (a wrong answer
 * due again within minutes, a right one in days), the due list spans roadmaps with each card's question,
 * rating a card "good" moves its due date out, an answer is scored against the question, and mastery shows
 * in the progress and the Markdown export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/domain/content.js';
import type { Outline } from '../../src/domain/roadmap.js';
import { client } from '../helpers/accounts.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
let call: ReturnType<typeof client>;
beforeAll(async () => {
  sys = await startSystem('postgres');
  call = client(sys.baseUrl, null);
});
afterAll(() => sys?.close());

const completed = async (goal: string): Promise<{ id: string; outline: Outline }> => {
  const { body } = await call('POST', '/v1/roadmaps', { goal, hoursPerWeek: 3, weeks: 3 });
  return waitFor(async () => {
    const r = (await call('GET', `/v1/roadmaps/${body.id}`)).body;
    return r.status === 'completed' ? (r as { id: string; outline: Outline }) : undefined;
  }, 20_000, 'completion');
};
const questionsOf = async (roadmapId: string, conceptId: string) =>
  (await call('GET', `/v1/roadmaps/${roadmapId}/concepts/${conceptId}`)).body.content.quiz.current.body.questions as Question[];
const wrongFor = (q: Question) => [q.options.findIndex((_, j) => !q.answer.includes(j))];
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
const due = async (until: string, limit = 100) => (await call('GET', `/v1/reviews/due?until=${encodeURIComponent(until)}&limit=${limit}`)).body;

describe('spaced review', () => {
  let sql: { id: string; outline: Outline };
  let conceptId = '';
  let questions: Question[] = [];

  beforeAll(async () => {
    sql = await completed('Learn SQL for data analysis');
    conceptId = sql.outline.stages[0]!.modules[0]!.concepts[0]!.id;
    questions = await questionsOf(sql.id, conceptId);
  });

  it('makes a card of every answered question: a wrong one due within minutes, right ones in days', async () => {
    expect((await due(inMinutes(60 * 24 * 365))).total).toBe(0);
    // The first question wrong, the last left unanswered, the rest right.
    const answers = questions.map((q, i) => (i === 0 ? wrongFor(q) : i === questions.length - 1 ? [] : q.answer));
    expect((await call('POST', `/v1/roadmaps/${sql.id}/concepts/${conceptId}/quiz-attempts`, { answers })).status).toBe(201);

    expect((await due(new Date().toISOString())).total).toBe(0);
    const soon = await due(inMinutes(30));
    expect(soon.total).toBe(1);
    expect(soon.byRoadmap).toEqual([{ roadmapId: sql.id, due: 1 }]);
    expect(soon.items[0]).toMatchObject({ roadmapId: sql.id, conceptId, questionId: questions[0]!.id, question: questions[0], conceptTitle: sql.outline.stages[0]!.modules[0]!.concepts[0]!.title });
    const later = await due(inMinutes(60 * 24 * 30));
    expect(later.total).toBe(questions.length - 1);
    expect(new Set(later.items.map((i: { questionId: string }) => i.questionId))).toEqual(new Set(questions.slice(0, -1).map((q) => q.id)));
    expect((await due(inMinutes(60 * 24 * 30), 0)).items).toEqual([]);
  });

  it('moves a card rated good out, and scores an answer against its question', async () => {
    const [card] = (await due(inMinutes(30))).items as Array<{ cardId: string; due: string }>;
    const good = await call('POST', `/v1/reviews/${card!.cardId}`, { rating: 'good' });
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ cardId: card!.cardId, rating: 'good', state: 'review' });
    expect(Date.parse(good.body.due)).toBeGreaterThan(Date.parse(card!.due) + 12 * 3600_000);
    expect((await due(inMinutes(30))).total).toBe(0);

    const wrong = await call('POST', `/v1/reviews/${card!.cardId}`, { answer: wrongFor(questions[0]!) });
    expect(wrong.body).toMatchObject({ rating: 'again', correct: false, state: 'relearning', lapses: 1 });
    expect(Date.parse(wrong.body.due)).toBeLessThan(Date.parse(inMinutes(30)));
    const right = await call('POST', `/v1/reviews/${card!.cardId}`, { answer: questions[0]!.answer });
    expect(right.body).toMatchObject({ rating: 'good', correct: true });
  });

  it('refuses unknown cards and bad ratings', async () => {
    const unknown = await call('POST', '/v1/reviews/00000000-0000-4000-8000-000000000001', { rating: 'good' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'REVIEW_CARD_NOT_FOUND']);
    const [card] = (await due(inMinutes(60 * 24 * 30))).items as Array<{ cardId: string }>;
    for (const body of [{ rating: 'perfect' }, { rating: 'good', answer: [0] }, { answer: [] }, {}]) {
      expect((await call('POST', `/v1/reviews/${card!.cardId}`, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await call('GET', '/v1/reviews/due?until=0000-01-01T00:00:00Z')).status).toBe(400);
  });

  it('rates the same cards again on the next attempt, and shows mastery in the progress and the export', async () => {
    expect((await call('POST', `/v1/roadmaps/${sql.id}/concepts/${conceptId}/quiz-attempts`, { answers: questions.map((q) => q.answer) })).status).toBe(201);
    const all = await due(inMinutes(60 * 24 * 365));
    expect(all.total).toBe(questions.length);

    const progress = (await call('GET', `/v1/roadmaps/${sql.id}/progress`)).body;
    expect(progress.mastery).toHaveLength(1);
    expect(progress.mastery[0]).toMatchObject({ conceptId, cards: questions.length, due: 0 });
    const dueBy = encodeURIComponent(inMinutes(60 * 24 * 365));
    expect((await call('GET', `/v1/roadmaps/${sql.id}/progress?dueBy=${dueBy}`)).body.mastery[0].due).toBe(questions.length);
    expect(progress.mastery[0].mastery).toBeGreaterThan(0.9);
    expect(progress.mastery[0].mastery).toBeLessThanOrEqual(1);

    // A wrong answer counts for nothing until it is answered right again.
    await call('POST', `/v1/reviews/${all.items[0].cardId}`, { rating: 'again' });
    const after = (await call('GET', `/v1/roadmaps/${sql.id}/progress`)).body.mastery[0].mastery as number;
    expect(after).toBeLessThan(progress.mastery[0].mastery - 0.5 / questions.length);

    const md = await (await fetch(`${sys.baseUrl}/v1/roadmaps/${sql.id}/export?format=md`)).text();
    expect(md).toContain(`· mastery ${Math.round(after * 100)}%*`);
    expect(md.match(/· mastery \d+%/g)).toHaveLength(1);
  });

  it('lists due cards across roadmaps, with the counts per roadmap', async () => {
    const other = await completed('Learn Bash');
    const c = other.outline.stages[0]!.modules[0]!.concepts[0]!.id;
    const qs = await questionsOf(other.id, c);
    await call('POST', `/v1/roadmaps/${other.id}/concepts/${c}/quiz-attempts`, { answers: qs.map(wrongFor) });
    const soon = await due(inMinutes(30));
    expect(Object.fromEntries(soon.byRoadmap.map((r: { roadmapId: string; due: number }) => [r.roadmapId, r.due]))).toEqual({ [sql.id]: 1, [other.id]: qs.length });
    expect(soon.total).toBe(qs.length + 1);
    expect(soon.items.map((i: { due: string }) => i.due)).toEqual([...soon.items.map((i: { due: string }) => i.due)].sort());
  });
});
