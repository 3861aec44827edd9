/**
 * The whole pipeline through the real OpenAI SDK against a fake OpenAI-compatible server on 127.0.0.1:
 * faults, the review loop, partial failure then retry, regeneration and cancellation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

type Roadmap = {
  id: string;
  status: string;
  step: string;
  outline?: { stages: Array<{ modules: Array<{ concepts: Array<{ id: string; title: string }> }> }> };
  content?: Record<string, Record<string, string>>;
  error?: { code: string; failed?: Array<{ conceptId: string; kind: string }> };
  usage?: { calls: number; promptTokens: number; completionTokens: number };
};

let fake: FakeOpenAi;
let sys: TestSystem;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  sys = await startSystem('redis', {
    env: {
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: fake.url,
      LLM_RETRY_BASE_MS: '20',
      LLM_TIMEOUT_MS: '5000',
      JOB_BACKOFF_MS: '100',
      RESOURCE_LINK_CHECK: 'off',
      CANCEL_POLL_MS: '100',
    },
  });
});
afterAll(async () => {
  await sys?.close();
  await fake?.close();
});

const get = async (id: string) => (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}`)).json()) as Roadmap;
const post = async (path: string, body?: unknown) => {
  const res = await fetch(`${sys.baseUrl}${path}`, {
    method: 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};
const create = async (body: Record<string, unknown>) => (await post('/v1/roadmaps', body)).body.id as string;
const until = (id: string, statuses: string[], ms = 60_000) =>
  waitFor(async () => {
    const r = await get(id);
    return statuses.includes(r.status) ? r : undefined;
  }, ms, `roadmap ${id} to reach ${statuses.join('|')}`);
const conceptIds = (r: Roadmap) => r.outline!.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.map((c) => c.id)));

describe('pipeline on the openai provider', () => {
  it('20 roadmaps submitted at once all complete despite 20% 429s and 5% malformed JSON', async () => {
    fake.setFaults({ rate429: 0.2, retryAfterSeconds: 1, rateMalformed: 0.05, seed: 7 });
    const goals = ['Learn Go for backend development', 'Learn Python', 'Learn React', 'Learn SQL for data analysis', 'Learn to bake sourdough bread'];
    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) => create({ goal: goals[i % goals.length], hoursPerWeek: 3, weeks: 4, language: i % 4 === 3 ? 'zh' : 'en' })),
    );
    const finished = await Promise.all(ids.map((id) => until(id, ['completed', 'partial', 'failed'], 120_000)));
    expect(finished.map((r) => r.status)).toEqual(ids.map(() => 'completed'));
    for (const r of finished) {
      for (const c of conceptIds(r)) expect(r.content?.[c]).toEqual({ tutorial: 'completed', resources: 'completed', quiz: 'completed' });
      expect(r.usage?.calls).toBeGreaterThanOrEqual(3 + conceptIds(r).length * 3);
    }
    // The faults really happened and were absorbed: retries after 429s, repair requests after malformed JSON.
    expect(fake.requests.filter((q) => q.fault === '429').length).toBeGreaterThan(20);
    expect(fake.requests.filter((q) => q.fault === 'malformed').length).toBeGreaterThan(3);
    expect(fake.requests.filter((q) => q.repair).length).toBeGreaterThan(3);
    const { rows } = await sys.api.pool.query<{ task: string }>('SELECT DISTINCT task FROM llm_usage WHERE roadmap_id = $1', [ids[0]]);
    expect(rows.map((r) => r.task).sort()).toEqual(['intent', 'outline', 'quiz', 'resources', 'tutorial', 'validation']);
  }, 180_000);

  it('review: waits, rejects without feedback (400), repairs with feedback, then continues on approval', async () => {
    fake.setFaults({});
    const id = await create({ goal: 'Learn Rust', hoursPerWeek: 4, weeks: 4, review: true });
    const first = await until(id, ['awaiting_review']);
    expect(first.step).toBe('review');
    expect(first.content).toBeUndefined();

    const empty = await post(`/v1/roadmaps/${id}/review`, { approve: false });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('VALIDATION_FAILED');
    expect((await post(`/v1/roadmaps/${id}/review`, { approve: false, feedback: '   ' })).status).toBe(400);

    const rejected = await post(`/v1/roadmaps/${id}/review`, { approve: false, feedback: 'I want more practice, please add a project' });
    expect(rejected.status).toBe(202);
    expect(rejected.body.round).toBe(1);
    const second = await waitFor(async () => {
      const r = await get(id);
      return r.status === 'awaiting_review' && conceptIds(r).length !== conceptIds(first).length ? r : undefined;
    }, 30_000, 'the repaired outline to wait for review again');
    // The repair kept every concept id and added one.
    expect(conceptIds(second)).toEqual(expect.arrayContaining(conceptIds(first)));
    expect(conceptIds(second).length).toBe(conceptIds(first).length + 1);
    // The round says what changed, found by diffing the two outlines, and what the model says it applied.
    const added = conceptIds(second).find((c) => !conceptIds(first).includes(c));
    const rounds = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/reviews`)).json()) as { items: Array<{ round: number; outcome: Record<string, any> | null }> };
    expect(rounds.items).toHaveLength(1);
    expect(rounds.items[0]!.outcome).toMatchObject({ provider: 'openai', applied: ['I want more practice', 'please add a project'], notApplied: [] });
    expect(rounds.items[0]!.outcome!.changes).toContainEqual(expect.objectContaining({ change: 'added', kind: 'concept', id: added }));
    expect((await post(`/v1/roadmaps/${id}/review`, { approve: true })).status).toBe(202);
    const done = await until(id, ['completed']);
    expect(Object.keys(done.content ?? {}).sort()).toEqual(conceptIds(second).sort());
    const { rows } = await sys.api.pool.query('SELECT round, approved, feedback FROM reviews WHERE roadmap_id = $1 ORDER BY round', [id]);
    expect(rows).toEqual([
      { round: 1, approved: false, feedback: 'I want more practice, please add a project' },
      { round: 2, approved: true, feedback: null },
    ]);
    expect((await post(`/v1/roadmaps/${id}/review`, { approve: true })).body.error.code).toBe('NOT_AWAITING_REVIEW');
  }, 60_000);

  it('a piece that keeps failing gives a partial roadmap listing it; retry redoes only that, with the same ids', async () => {
    fake.setFaults({ taskFaults: { quiz: '400' } });
    const id = await create({ goal: 'Learn Docker and Kubernetes', hoursPerWeek: 2, weeks: 3 });
    const partial = await until(id, ['partial', 'completed', 'failed']);
    expect(partial.status).toBe('partial');
    expect(partial.error?.code).toBe('CONTENT_INCOMPLETE');
    const ids = conceptIds(partial);
    expect(partial.error?.failed?.map((f) => `${f.conceptId}:${f.kind}`).sort()).toEqual(ids.map((c) => `${c}:quiz`).sort());
    const before = await sys.api.pool.query<{ concept_id: string; kind: string; updated_at: Date }>(
      `SELECT concept_id, kind, updated_at FROM concept_content WHERE roadmap_id = $1 AND kind <> 'quiz' ORDER BY 1, 2`,
      [id],
    );

    fake.setFaults({});
    const retried = await post(`/v1/roadmaps/${id}/retry`);
    expect(retried.status).toBe(202);
    const done = await until(id, ['completed']);
    expect(conceptIds(done)).toEqual(ids);
    const after = await sys.api.pool.query(`SELECT concept_id, kind, updated_at FROM concept_content WHERE roadmap_id = $1 AND kind <> 'quiz' ORDER BY 1, 2`, [id]);
    expect(after.rows).toEqual(before.rows);
    const { rows } = await sys.api.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM concept_content WHERE roadmap_id = $1`, [id]);
    expect(rows[0]!.n).toBe(ids.length * 3);
    expect((await post(`/v1/roadmaps/${id}/retry`)).body.error.code).toBe('NOT_RETRYABLE');
  }, 60_000);

  it('regenerate makes a new version with the instructions and keeps the old one', async () => {
    fake.setFaults({});
    const id = await create({ goal: 'Learn TypeScript', hoursPerWeek: 2, weeks: 2 });
    const done = await until(id, ['completed']);
    const conceptId = conceptIds(done)[0]!;
    const res = await post(`/v1/roadmaps/${id}/concepts/${conceptId}/regenerate`, { kind: 'tutorial', instructions: 'Use a cooking analogy' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ conceptId, kind: 'tutorial', version: 2, status: 'pending' });
    const page = await waitFor(async () => {
      const p = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/concepts/${conceptId}`)).json()) as Record<string, any>;
      return p.content.tutorial.current.status === 'completed' && p.content.tutorial.current.version === 2 ? p : undefined;
    }, 20_000, 'version 2');
    expect(page.concept.id).toBe(conceptId);
    expect(page.versions.filter((v: { kind: string }) => v.kind === 'tutorial').map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'completed'],
      [1, 'completed'],
    ]);
    expect(page.content.tutorial.current.instructions).toBe('Use a cooking analogy');
    const prompt = fake.requests.filter((q) => q.task === 'tutorial').at(-1)!.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('Use a cooking analogy');
    expect((await post(`/v1/roadmaps/${id}/concepts/nope/regenerate`, { kind: 'quiz' })).status).toBe(404);
    expect((await post(`/v1/roadmaps/${id}/concepts/${conceptId}/regenerate`, { kind: 'poem' })).status).toBe(400);
  }, 60_000);

  it('cancel stops further work promptly, aborting in-flight LLM calls', async () => {
    fake.setFaults({ latencyMs: 1500 });
    const id = await create({ goal: 'Learn Java', hoursPerWeek: 8, weeks: 10 });
    await waitFor(async () => (await get(id)).step === 'content' && fake.inFlight > 0, 30_000, 'content generation in flight');
    const cancelled = await post(`/v1/roadmaps/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    // In-flight calls are aborted within a poll interval or two, well before their 1.5 s answers.
    await waitFor(async () => fake.inFlight === 0, 1000, 'in-flight LLM calls to be aborted');
    const count = async () =>
      (await sys.api.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM concept_content WHERE roadmap_id = $1 AND status = 'completed'`, [id])).rows[0]!.n;
    const settled = await count();
    await new Promise((r) => setTimeout(r, 2500));
    expect(await count()).toBe(settled);
    expect((await get(id)).status).toBe('cancelled');
    expect((await post(`/v1/roadmaps/${id}/cancel`)).body.error.code).toBe('ALREADY_FINISHED');
    fake.setFaults({});
  }, 60_000);

  it('content runs in lanes: CONTENT_PER_ROADMAP pieces of a roadmap at once, the tutorials first', async () => {
    fake.setFaults({ latencyMs: 150 });
    const goal = 'Learn Elixir';
    const done = await until(await create({ goal, hoursPerWeek: 3, weeks: 3 }), ['completed']);
    const content = fake.requests.filter((r) => r.goal === goal && ['tutorial', 'resources', 'quiz'].includes(r.task ?? '')).sort((a, b) => a.at - b.at);
    expect(content).toHaveLength(conceptIds(done).length * 3);
    // The most pieces in flight at once: at each request's start, the requests started and not yet ended.
    const inFlight = content.map((r) => content.filter((o) => o.at <= r.at && (o.endedAt ?? Number.POSITIVE_INFINITY) > r.at).length);
    expect(Math.max(...inFlight)).toBe(4);
    // The longest pieces go first (every tutorial before any quiz or resources), so no lane is left with a
    // tutorial while the others have run dry.
    const concepts = conceptIds(done).length;
    expect(content.slice(0, concepts).map((r) => r.task)).toEqual(Array.from({ length: concepts }, () => 'tutorial'));
    fake.setFaults({});
  }, 60_000);

  it('a job that fails still flushes its events: the failure is in the log, with the step it failed in', async () => {
    fake.setFaults({ taskFaults: { intent: '400' } });
    const id = await create({ goal: 'Learn Kotlin', hoursPerWeek: 2, weeks: 2 });
    const failed = await until(id, ['failed']);
    expect(failed.step).toBe('intent_analysis');
    expect(failed.error?.code).toBe('LLM_REFUSED');
    const messages = await waitFor(async () => {
      const { rows } = await sys.api.pool.query<{ message: string; level: string }>('SELECT message, level FROM execution_logs WHERE roadmap_id = $1 ORDER BY seq', [id]);
      return rows.some((r) => r.message.startsWith('Roadmap failed')) ? rows : undefined;
    }, 10_000, 'the failure event');
    expect(messages.map((m) => m.message)).toContain('Step intent_analysis started');
    expect(messages.find((m) => m.message.startsWith('Roadmap failed'))?.level).toBe('error');
    fake.setFaults({});
  }, 60_000);
});
