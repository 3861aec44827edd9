/**
 * A roadmap request travels the whole way — API → queue → workflow → content for every concept → store → logs —
 * on both queue backends, with the offline provider.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineSchema } from '../../src/domain/roadmap.js';
import { checkOutline } from '../../src/domain/outline-checks.js';
import { startSystem, waitFor, type Backend, type TestSystem } from '../helpers/system.js';

describe.each<Backend>(['postgres', 'redis'])('round trip on the %s queue backend', (backend) => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem(backend);
  });
  afterAll(() => sys?.close());

  it('POST answers 202 at once, then GET shows a completed, valid outline', async () => {
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': `rt-${backend}` },
      body: JSON.stringify({ goal: 'Learn Go for backend development', hoursPerWeek: 8, weeks: 10 }),
    });
    expect(res.status).toBe(202);
    // The request's id is the server's own; the client's is kept beside it.
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-client-request-id')).toBe(`rt-${backend}`);
    const accepted = (await res.json()) as { id: string; status: string; links: { self: string } };
    expect(accepted.status).toBe('queued');
    expect(res.headers.get('location')).toBe(`/v1/roadmaps/${accepted.id}`);

    const done = await waitFor(async () => {
      const r = await fetch(`${sys.baseUrl}/v1/roadmaps/${accepted.id}`);
      const body = (await r.json()) as { status: string };
      return body.status === 'completed' ? (body as Record<string, unknown>) : undefined;
    }, 45_000, 'roadmap to complete');

    expect(done.step).toBe('done');
    const outline = outlineSchema.parse(done.outline);
    expect(checkOutline(outline, 80)).toEqual([]);
    expect(outline.totalHours).toBeLessThanOrEqual(88);
    const progress = done.progress as { conceptsTotal: number; conceptsDone: number };
    expect(progress.conceptsTotal).toBeGreaterThan(5);
    expect(progress.conceptsDone).toBe(progress.conceptsTotal);
    // Every concept holds a tutorial, resources and a quiz, and its page serves them.
    const content = done.content as Record<string, Record<string, string>>;
    const conceptIds = outline.stages.flatMap((st) => st.modules.flatMap((m) => m.concepts.map((c) => c.id)));
    expect(Object.keys(content).sort()).toEqual([...conceptIds].sort());
    for (const id of conceptIds) expect(content[id]).toEqual({ tutorial: 'completed', resources: 'completed', quiz: 'completed' });
    const page = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${accepted.id}/concepts/${conceptIds[0]}`)).json()) as {
      content: Record<string, { current: { status: string; body: Record<string, unknown> } }>;
    };
    expect(page.content.tutorial?.current.body.markdown).toMatch(/```mermaid/);
    expect((page.content.resources?.current.body.resources as unknown[]).length).toBeGreaterThanOrEqual(5);
    expect((page.content.quiz?.current.body.questions as unknown[]).length).toBeGreaterThanOrEqual(5);

    // The job went through this backend's queue: it is there, completed, under the roadmap's job id.
    const job = await sys.api.queues.queue('roadmap').getJob(`roadmap-${accepted.id}`);
    expect(sys.api.queues.backend).toBe(backend);
    expect(await job?.getState()).toBe('completed');
  });

  it('execution logs land in order, from the API and the worker, with the request ids bound in', async () => {
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': `logs-${backend}` },
      body: JSON.stringify({ goal: 'Learn Python', weeks: 4 }),
    });
    const { id } = (await res.json()) as { id: string };
    const requestId = res.headers.get('x-request-id');
    const messages = await waitFor(async () => {
      const r = await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/logs?limit=1000`);
      const body = (await r.json()) as { items: Array<{ message: string; seq: string; requestId: string | null; clientRequestId: string | null; category: string }> };
      return body.items.some((i) => i.message === 'Roadmap completed') ? body.items : undefined;
    }, 15_000, 'the completion log');
    expect(messages.filter((m) => m.category !== 'content').map((m) => m.message)).toEqual([
      'Roadmap request accepted',
      'Roadmap generation started',
      'Step intent_analysis started',
      'Step intent_analysis completed',
      'Step outline started',
      'Step outline completed',
      'Step validation-0 started',
      'Step validation-0 completed',
      'Outline final; generating content for every concept',
      'Roadmap completed',
    ]);
    const ready = messages.filter((m) => m.category === 'content').map((m) => m.message);
    const { outline } = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}`)).json()) as { outline: { stages: Array<{ modules: Array<{ concepts: unknown[] }> }> } };
    const concepts = outline.stages.flatMap((st) => st.modules.flatMap((m) => m.concepts)).length;
    expect(ready.filter((m) => /^(tutorial|resources|quiz) ready \(v1\)$/.test(m))).toHaveLength(concepts * 3);
    const seqs = messages.map((m) => BigInt(m.seq));
    expect([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seqs);
    expect(new Set(messages.map((m) => m.requestId))).toEqual(new Set([requestId]));
    expect(messages[0]?.category).toBe('api');
    expect(messages[0]?.clientRequestId).toBe(`logs-${backend}`);

    // Filters and the summary.
    const q = async (query: string) => ((await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/logs?limit=1000&${query}`)).json()) as { items: Array<{ category: string; step: string | null; conceptId: string | null }> }).items;
    expect((await q('category=api')).length).toBe(1);
    expect((await q('category=content')).every((e) => e.category === 'content' && e.conceptId)).toBe(true);
    expect((await q('step=outline')).map((e) => e.step)).toEqual(['outline', 'outline']);
    const someConcept = (await q('category=content'))[0]!.conceptId!;
    expect((await q(`conceptId=${someConcept}`)).length).toBe(3);
    const summary = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/logs/summary`)).json()) as Record<string, any>;
    expect(summary.total).toBe(messages.length);
    expect(summary.byCategory).toMatchObject({ api: 1, workflow: messages.filter((m) => m.category === 'workflow').length });
    expect(summary.byLevel.info).toBe(messages.length);
    expect(Date.parse(summary.last)).toBeGreaterThanOrEqual(Date.parse(summary.first));
    expect(summary.totalDurationMs).toBeGreaterThanOrEqual(0);

    // Cursor pagination walks the same sequence two at a time.
    const walked: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const q: string = cursor ? `&after=${cursor}` : '';
      const page = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}/logs?limit=7${q}`)).json()) as { items: Array<{ message: string }>; nextCursor: string | null };
      if (page.items.length === 0) break;
      walked.push(...page.items.map((x) => x.message));
      cursor = page.nextCursor;
    }
    expect(walked).toEqual(messages.map((m) => m.message));
  });
});
