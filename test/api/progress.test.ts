/** Learner progress: concepts marked done, quiz attempts scored by the server, and totals that survive regeneration. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('postgres');
});
afterAll(() => sys?.close());

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${sys.baseUrl}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('progress and quiz attempts', () => {
  it('keeps done concepts and scored attempts, across a regeneration', async () => {
    const { body: created } = await call('POST', '/v1/roadmaps', { goal: 'Learn SQL for data analysis', hoursPerWeek: 3, weeks: 3 });
    const id = created.id as string;
    const roadmap = await waitFor(async () => {
      const r = (await call('GET', `/v1/roadmaps/${id}`)).body;
      return r.status === 'completed' ? r : undefined;
    }, 15_000, 'completion');
    const concepts = roadmap.outline.stages.flatMap((s: any) => s.modules.flatMap((m: any) => m.concepts.map((c: any) => c.id))) as string[];
    const [first, second] = concepts;

    expect((await call('PUT', `/v1/roadmaps/${id}/progress/${first}`, { done: true })).body).toMatchObject({ conceptId: first, done: true });
    expect((await call('PUT', `/v1/roadmaps/${id}/progress/${second}`, { done: true })).status).toBe(200);
    expect((await call('PUT', `/v1/roadmaps/${id}/progress/${second}`, { done: false })).status).toBe(200);
    expect((await call('PUT', `/v1/roadmaps/${id}/progress/nope`, { done: true })).body.error.code).toBe('CONCEPT_NOT_FOUND');
    expect((await call('PUT', `/v1/roadmaps/${id}/progress/${first}`, { done: 'yes' })).status).toBe(400);

    const page = (await call('GET', `/v1/roadmaps/${id}/concepts/${first}`)).body;
    const questions = page.content.quiz.current.body.questions as Array<{ answer: number[]; options: string[] }>;
    const perfect = await call('POST', `/v1/roadmaps/${id}/concepts/${first}/quiz-attempts`, { answers: questions.map((q) => q.answer) });
    expect(perfect.status).toBe(201);
    expect(perfect.body).toMatchObject({ correct: questions.length, total: questions.length, score: 100, quizVersion: 1 });
    // Pick a wrong option for the first question only.
    const wrong = questions.map((q, i) => (i === 0 ? [q.options.findIndex((_, j) => !q.answer.includes(j))] : q.answer));
    const one = await call('POST', `/v1/roadmaps/${id}/concepts/${first}/quiz-attempts`, { answers: wrong });
    expect(one.body.correct).toBe(questions.length - 1);
    expect(one.body.corrections[0]).toMatchObject({ correct: false, answer: [...questions[0]!.answer].sort() });
    expect((await call('POST', `/v1/roadmaps/${id}/concepts/${first}/quiz-attempts`, { answers: [[0]] })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await call('POST', `/v1/roadmaps/${id}/concepts/${first}/quiz-attempts`, { answers: 'all' })).status).toBe(400);

    // Regenerating the concept's tutorial keeps its id, and so its progress.
    expect((await call('POST', `/v1/roadmaps/${id}/concepts/${first}/regenerate`, { kind: 'tutorial' })).status).toBe(202);
    await waitFor(async () => (await call('GET', `/v1/roadmaps/${id}/concepts/${first}`)).body.content.tutorial.current.version === 2, 10_000, 'v2');

    // Export: the whole roadmap as Markdown or JSON.
    const md = await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/export?format=md`);
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(md.headers.get('content-disposition')).toMatch(/attachment; filename="roadmap-.*\.md"/);
    const text = await md.text();
    expect(text).toMatch(new RegExp(`^# ${roadmap.outline.title}`));
    expect(text.match(/\*\*Quiz\*\*/g)).toHaveLength(concepts.length);
    const json = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/export?format=json`)).json()) as { concepts: Record<string, object> };
    expect(Object.keys(json.concepts).sort()).toEqual([...concepts].sort());
    expect((await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/export?format=pdf`)).status).toBe(400);

    const progress = (await call('GET', `/v1/roadmaps/${id}/progress`)).body;
    expect(progress.conceptsDone).toEqual([first]);
    expect(progress.overall).toEqual({ done: 1, total: concepts.length });
    expect(progress.stages[0]).toMatchObject({ done: 1 });
    expect(progress.quizAttempts.map((a: any) => a.score)).toEqual([100, Math.round(((questions.length - 1) / questions.length) * 100)]);
  });

  it('answers 409 when the concept has no quiz yet', async () => {
    const { body } = await call('POST', '/v1/roadmaps', { goal: 'Learn Bash', review: true, hoursPerWeek: 2, weeks: 2 });
    const waiting = await waitFor(async () => {
      const r = (await call('GET', `/v1/roadmaps/${body.id}`)).body;
      return r.status === 'awaiting_review' ? r : undefined;
    }, 15_000, 'review');
    const conceptId = waiting.outline.stages[0].modules[0].concepts[0].id as string;
    expect((await call('POST', `/v1/roadmaps/${body.id}/concepts/${conceptId}/quiz-attempts`, { answers: [[0]] })).body.error.code).toBe('CONTENT_NOT_READY');
  });
});
