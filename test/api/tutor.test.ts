/**
 * The concept tutor: POST …/chat streams tokens then `end`, the answer is stored with what it cost, GET returns
 * the conversation, and the next question's prompt carries the earlier turns (memory). The offline helper says
 * it is not a language model and quotes the tutorial section the question is about. A client that leaves keeps
 * a `partial` answer; an LLM that fails mid-way a `failed` one and an `error` event. Chat tokens count against
 * the monthly token quota, which refuses with 429 before any LLM call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSse, type RawEvent } from '../../src/client/events.js';
import { keywordsOf, sectionsOf } from '../../src/domain/tutor.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';
import { client, completedRoadmap, newApiKey, signUp } from '../helpers/accounts.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

type As = ReturnType<typeof client>;

/** Posts a question and reads the whole SSE answer; `stopAfterTokens` leaves after that many token events. */
async function ask(base: string, auth: Record<string, string>, path: string, message: string, stopAfterTokens?: number): Promise<{ status: number; events: RawEvent[]; text: string }> {
  const controller = new AbortController();
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...auth },
    body: JSON.stringify({ message }),
    signal: controller.signal,
  });
  const events: RawEvent[] = [];
  if (res.status !== 200 || !res.body) return { status: res.status, events: [{ id: null, event: 'body', data: await res.text() }], text: '' };
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  try {
    for await (const e of parseSse(res.body)) {
      events.push(e);
      if (stopAfterTokens !== undefined && events.filter((x) => x.event === 'token').length >= stopAfterTokens) {
        controller.abort();
        break;
      }
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  }
  const text = events.filter((e) => e.event === 'token').map((e) => (JSON.parse(e.data) as { text: string }).text).join('');
  return { status: res.status, events, text };
}

const chatPath = (id: string, conceptId: string) => `/v1/roadmaps/${id}/concepts/${conceptId}/chat`;
const data = (e: RawEvent | undefined) => JSON.parse(e?.data ?? 'null') as Record<string, any>;

describe('concept tutor, offline helper (local mode)', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem('postgres');
  });
  afterAll(() => sys?.close());

  it('streams an honest answer that quotes the matching tutorial section, stores it, and shows the conversation', async () => {
    const as = client(sys.baseUrl, null);
    const roadmap = await completedRoadmap(as, 'Learn SQL for data analysis');
    const concept = roadmap.outline.stages[0].modules[0].concepts[0] as { id: string; title: string };
    const tutorial = (await as('GET', `/v1/roadmaps/${roadmap.id}/concepts/${concept.id}`)).body.content.tutorial.current.body as { markdown: string };
    // A heading whose words no other heading shares, so the question can only be about that section.
    const sections = sectionsOf(tutorial.markdown).filter((s) => s.heading && s.text);
    const headings = sections.map((s) => s.heading);
    const words = (h: string) => [...keywordsOf(h)].filter((w) => /^[a-z]{4,}$/.test(w));
    const heading = headings.find((h) => words(h).length > 0 && words(h).every((w) => headings.filter((o) => o !== h).every((o) => !keywordsOf(o).has(w))));
    expect(heading, `a distinctive heading among ${headings.join(' | ')}`).toBeDefined();

    const answer = await ask(sys.baseUrl, {}, chatPath(roadmap.id, concept.id), `Can you explain ${words(heading!).join(' ')}?`);
    expect(answer.status).toBe(200);
    const names = answer.events.map((e) => e.event);
    expect(names[0]).toBe('message');
    expect(names.at(-1)).toBe('end');
    expect(names.filter((n) => n === 'token').length).toBeGreaterThan(3);
    expect(answer.text).toContain('not a language model');
    expect(answer.text).toContain(`"${heading}"`);
    const end = data(answer.events.at(-1));
    expect(end).toMatchObject({ status: 'complete', usage: { promptTokens: 0, completionTokens: 0 } });

    const stored = (await as('GET', chatPath(roadmap.id, concept.id))).body;
    expect(stored.messages.map((m: any) => [m.role, m.status])).toEqual([['learner', 'complete'], ['tutor', 'complete']]);
    expect(stored.messages[0].id).toBe(data(answer.events[0]).id);
    expect(stored.messages[1]).toMatchObject({ id: end.id, content: answer.text });
    // Another concept has its own conversation.
    const other = roadmap.outline.stages.flatMap((s: any) => s.modules.flatMap((m: any) => m.concepts))[1].id as string;
    expect((await as('GET', chatPath(roadmap.id, other))).body.messages).toEqual([]);
  });

  it('refuses bad input with a clear 4xx, never a 500', async () => {
    const as = client(sys.baseUrl, null);
    const roadmap = await completedRoadmap(as, 'Learn Go for backend development');
    const concept = roadmap.outline.stages[0].modules[0].concepts[0].id as string;
    const path = chatPath(roadmap.id, concept);
    for (const body of [{}, { message: '   ' }, { message: 'x'.repeat(4001) }, { message: 'a\u0000b' }, { message: 'lone \ud800' }, { message: 'hi', extra: 1 }]) {
      const res = await as('POST', path, body);
      expect([res.status, res.body.error?.code], JSON.stringify(body)).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await as('POST', chatPath(roadmap.id, 'no-such-concept'), { message: 'hi' })).body.error.code).toBe('CONCEPT_NOT_FOUND');
    expect((await as('GET', chatPath(roadmap.id, 'no-such-concept'))).status).toBe(404);
    const { rows } = await sys.api.pool.query('SELECT count(*)::int AS n FROM tutor_messages WHERE roadmap_id = $1', [roadmap.id]);
    expect(rows[0].n).toBe(0);
  });
});

describe('concept tutor, openai provider (accounts mode)', () => {
  let fake: FakeOpenAi;
  let sys: TestSystem;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    sys = await startSystem('postgres', {
      env: { AUTH_MODE: 'accounts', LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, RESOURCE_LINK_CHECK: 'off', LLM_MAX_RETRIES: '1', LLM_RETRY_BASE_MS: '10', LLM_MODEL_TUTOR: 'tutor-model' },
    });
  });
  afterAll(async () => {
    await sys?.close();
    await fake?.close();
  });

  async function learner(email: string): Promise<{ as: As; auth: Record<string, string>; userId: string }> {
    const { cookie, id } = await signUp(sys.baseUrl, email);
    const apiKey = await newApiKey(sys.baseUrl, cookie);
    return { as: client(sys.baseUrl, { apiKey }), auth: { authorization: `Bearer ${apiKey}` }, userId: id };
  }
  const tutorRequests = () => fake.requests.filter((r) => r.task === 'tutor');

  it('streams with usage, remembers earlier turns across visits, and counts the tokens', async () => {
    const { as, auth } = await learner('memory@example.com');
    const roadmap = await completedRoadmap(as, 'Learn Python for data science');
    const concept = roadmap.outline.stages[0].modules[0].concepts[0] as { id: string; title: string };
    const before = (await as('GET', '/v1/me')).body.usage.tokensThisMonth as number;

    const first = await ask(sys.baseUrl, auth, chatPath(roadmap.id, concept.id), 'What is a variable?');
    expect(first.events.at(-1)?.event).toBe('end');
    expect(first.text).toContain(`Fake tutor on "${concept.title}"`);
    expect(first.text).toContain('This is your first question here.');
    const firstCall = tutorRequests().at(-1)!;
    expect(firstCall).toMatchObject({ model: 'tutor-model', stream: true });
    expect(data(first.events.at(-1)).usage).toEqual({ promptTokens: firstCall.usage!.prompt_tokens, completionTokens: firstCall.usage!.completion_tokens });

    // A later visit: the stored conversation is shown, and the next prompt carries it.
    expect((await as('GET', chatPath(roadmap.id, concept.id))).body.messages).toHaveLength(2);
    const second = await ask(sys.baseUrl, auth, chatPath(roadmap.id, concept.id), 'And a constant?');
    expect(second.text).toContain('Earlier you asked: "What is a variable?"');
    const call = tutorRequests().at(-1)!;
    expect(call.messages.map((m) => m.role)).toEqual(['system', 'user', 'user', 'assistant', 'user']);
    expect(call.messages[0]!.content).toContain('Task: tutor');
    expect(call.messages[1]!.content).toContain(`"id":"${concept.id}"`);
    expect(call.messages[3]!.content).toBe(first.text);
    expect(call.messages[4]!.content).toBe('And a constant?');

    const stored = (await as('GET', chatPath(roadmap.id, concept.id))).body.messages as Array<{ role: string; tokens: number }>;
    expect(stored.map((m) => m.role)).toEqual(['learner', 'tutor', 'learner', 'tutor']);
    const chatTokens = stored.reduce((n, m) => n + m.tokens, 0);
    expect(chatTokens).toBe([firstCall, call].reduce((n, r) => n + r.usage!.prompt_tokens + r.usage!.completion_tokens, 0));
    expect((await as('GET', '/v1/me')).body.usage.tokensThisMonth).toBe(before + chatTokens);
  });

  it('past the token quota: 429 QUOTA_EXCEEDED before any LLM call, nothing stored', async () => {
    const { as, auth, userId } = await learner('quota@example.com');
    const roadmap = await completedRoadmap(as, 'Learn Rust systems programming');
    const concept = roadmap.outline.stages[0].modules[0].concepts[0].id as string;
    const used = (await as('GET', '/v1/me')).body.usage.tokensThisMonth as number;
    // Room for one more question: the roadmap's own tokens plus one.
    await sys.api.pool.query('UPDATE users SET quota_tokens_per_month = $2 WHERE id = $1', [userId, used + 1]);
    const ok = await ask(sys.baseUrl, auth, chatPath(roadmap.id, concept), 'What is ownership?');
    expect(ok.events.at(-1)?.event).toBe('end');
    const calls = tutorRequests().length;
    const refused = await as('POST', chatPath(roadmap.id, concept), { message: 'And borrowing?' });
    expect([refused.status, refused.body.error.code, refused.body.error.details.quota]).toEqual([429, 'QUOTA_EXCEEDED', 'tokensPerMonth']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(tutorRequests().length).toBe(calls);
    expect((await as('GET', chatPath(roadmap.id, concept))).body.messages).toHaveLength(2);
  });

  it("another learner's roadmap is a 404 for the tutor too", async () => {
    const owner = await learner('owner@example.com');
    const other = await learner('other@example.com');
    const roadmap = await completedRoadmap(owner.as, 'Learn Go for backend development');
    const concept = roadmap.outline.stages[0].modules[0].concepts[0].id as string;
    expect((await other.as('POST', chatPath(roadmap.id, concept), { message: 'hello' })).status).toBe(404);
    expect((await other.as('GET', chatPath(roadmap.id, concept))).status).toBe(404);
  });

  it('a learner who leaves mid-answer keeps a partial answer; the LLM call is abandoned', async () => {
    const { as, auth } = await learner('leaver@example.com');
    const roadmap = await completedRoadmap(as, 'Learn SQL for data analysis');
    const concept = roadmap.outline.stages[0].modules[0].concepts[0].id as string;
    fake.setFaults({ latencyMs: 3000 });
    try {
      const left = await ask(sys.baseUrl, auth, chatPath(roadmap.id, concept), 'Tell me everything', 1);
      expect(left.text.length).toBeGreaterThan(0);
      const messages = await waitFor(async () => {
        const m = (await as('GET', chatPath(roadmap.id, concept))).body.messages as Array<{ role: string; status: string; content: string; tokens: number }>;
        return m.length === 2 ? m : undefined;
      });
      expect(messages[1]).toMatchObject({ role: 'tutor', status: 'partial' });
      expect(messages[1]!.content.startsWith(left.text)).toBe(true);
      expect(messages[1]!.tokens).toBeGreaterThan(0);
      const call = tutorRequests().at(-1)!;
      await waitFor(async () => call.endedAt !== undefined, 5000, 'the LLM call to end');
      expect(call.endedAt! - call.at).toBeLessThan(3000);
    } finally {
      fake.setFaults({});
    }
  });

  it('an LLM failure mid-answer ends with an error event; what arrived is stored as failed', async () => {
    const { as, auth } = await learner('failure@example.com');
    const roadmap = await completedRoadmap(as, 'Learn Python for data science');
    const concept = roadmap.outline.stages[0].modules[0].concepts[0].id as string;
    fake.setFaults({ taskFaults: { tutor: 'cut' } });
    try {
      const cut = await ask(sys.baseUrl, auth, chatPath(roadmap.id, concept), 'What is a list?');
      expect(cut.text.length).toBeGreaterThan(0);
      const error = cut.events.at(-1)!;
      expect(error.event).toBe('error');
      expect(data(error).code).toBe('LLM_UNAVAILABLE');
      // Not retried once the answer had started: the learner would see it twice.
      expect(tutorRequests().filter((r) => r.fault === 'cut')).toHaveLength(1);

      fake.setFaults({ taskFaults: { tutor: '500' } });
      const down = await ask(sys.baseUrl, auth, chatPath(roadmap.id, concept), 'Still there?');
      expect([down.text, down.events.at(-1)?.event, data(down.events.at(-1)).code]).toEqual(['', 'error', 'LLM_UNAVAILABLE']);
      expect(tutorRequests().filter((r) => r.fault === '500')).toHaveLength(2); // LLM_MAX_RETRIES=1 before any token

      const messages = (await as('GET', chatPath(roadmap.id, concept))).body.messages as Array<{ id: string; role: string; status: string; content: string; errorCode?: string }>;
      expect(messages.map((m) => [m.role, m.status])).toEqual([['learner', 'complete'], ['tutor', 'failed'], ['learner', 'complete'], ['tutor', 'failed']]);
      expect(messages[1]).toMatchObject({ content: cut.text, errorCode: 'LLM_UNAVAILABLE', id: data(error).id });
      expect(messages[3]!.content).toBe('');
    } finally {
      fake.setFaults({});
    }
  });
});
