/**
 * Content on demand: an on-demand roadmap completes with its outline and no piece; opening a concept answers at
 * once with its pieces pending and asks for them (and for the next concept of the learner's schedule) exactly
 * once, however many reads race; the pieces arrive on the roadmap's event stream; only what was opened is ever
 * written, and the LLM calls say the same. The reconciler re-creates a lost piece job and never touches a
 * concept nobody opened. CONTENT_DEFAULT decides for a request that names no mode, and the read shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conceptsOf, type Outline } from '../../src/domain/roadmap.js';
import { initContent } from '../../src/store/sql/content.js';
import { Reconciler } from '../../src/workers/content/reconciler.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';
import { readSse } from '../helpers/sse.js';
import { callApi, startSystem, waitFor, type TestSystem } from '../helpers/system.js';

const CONTENT_TASKS = ['tutorial', 'resources', 'quiz'];

describe('content on demand', () => {
  let fake: FakeOpenAi;
  let sys: TestSystem;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    sys = await startSystem('postgres', {
      env: { LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, RESOURCE_LINK_CHECK: 'off', CONTENT_DEFAULT: 'on_demand', RECONCILE_GRACE_MS: '0', RECONCILE_INTERVAL_MS: '3600000' },
    });
  });
  afterAll(async () => {
    await sys?.close();
    await fake?.close();
  });

  const stored = async (roadmapId: string) =>
    (await sys.api.pool.query<{ concept_id: string; kind: string; status: string; body: unknown }>('SELECT concept_id, kind, status, body FROM concept_content WHERE roadmap_id = $1 ORDER BY concept_id, kind', [roadmapId])).rows;
  const contentCalls = (goal: string) => fake.requests.filter((r) => r.goal === goal && CONTENT_TASKS.includes(r.task ?? ''));
  async function completed(goal: string, extra: Record<string, unknown> = {}) {
    const { body } = await callApi(sys.baseUrl, 'POST', '/v1/roadmaps', { goal, hoursPerWeek: 4, weeks: 4, ...extra });
    return waitFor(async () => {
      const r = (await callApi(sys.baseUrl, 'GET', `/v1/roadmaps/${body.id}`)).body;
      return ['completed', 'partial', 'failed'].includes(r.status) ? r : undefined;
    }, 30_000, 'the roadmap to finish');
  }
  const scheduleOrder = async (id: string) => {
    const weeks = (await callApi(sys.baseUrl, 'GET', `/v1/roadmaps/${id}/schedule`)).body.weeks as Array<{ items: Array<{ conceptId: string }> }>;
    return [...new Set(weeks.flatMap((w) => w.items.map((i) => i.conceptId)))];
  };
  const allDone = (roadmapId: string, concepts: readonly string[]) =>
    waitFor(async () => {
      const rows = await stored(roadmapId);
      return rows.length === concepts.length * 3 && rows.every((r) => r.status === 'completed') ? rows : undefined;
    }, 30_000, 'the opened concepts to be written');

  it('writes only the opened concepts and the next scheduled one; concurrent opens ask once; pieces arrive on the stream', async () => {
    const goal = 'Learn SQL for data analysis';
    const roadmap = await completed(goal);
    expect(roadmap).toMatchObject({ status: 'completed', step: 'done', request: { content: 'on_demand' } });
    expect(await stored(roadmap.id)).toEqual([]);
    expect(contentCalls(goal)).toEqual([]);
    const order = await scheduleOrder(roadmap.id);
    expect(order.length).toBeGreaterThanOrEqual(5);
    const [a, afterA, , c, afterC] = order as [string, string, string, string, string];

    // Five learners' tabs open the same concept at once: every read answers at once, with the pieces pending.
    const reads = await Promise.all(Array.from({ length: 5 }, () => callApi(sys.baseUrl, 'GET', `/v1/roadmaps/${roadmap.id}/concepts/${a}`)));
    for (const r of reads) {
      expect(r.status).toBe(200);
      for (const kind of CONTENT_TASKS) expect(['pending', 'generating', 'completed']).toContain(r.body.content[kind].current.status);
    }
    expect(reads.some((r) => CONTENT_TASKS.some((k) => r.body.content[k].current.status !== 'completed'))).toBe(true);
    await allDone(roadmap.id, [a, afterA]);

    // Slow answers, so the next concept's pieces are still being written while the stream is open.
    fake.setFaults({ latencyMs: 300 });
    try {
      const opened = await callApi(sys.baseUrl, 'GET', `/v1/roadmaps/${roadmap.id}/concepts/${c}`);
      expect(opened.body.content.tutorial.current).toMatchObject({ status: 'pending', version: 1 });
      expect(opened.body.content.tutorial.current.body).toBeUndefined();
      const stream = readSse(`${sys.baseUrl}/v1/roadmaps/${roadmap.id}/events`);
      await stream.done;
      const ready = stream.events.filter((e) => e.event === 'log').map((e) => JSON.parse(e.data) as { conceptId?: string; details?: { key?: string } }).filter((l) => l.details?.key === 'piece.ready');
      for (const concept of [c, afterC]) expect(ready.filter((l) => l.conceptId === concept)).toHaveLength(3);
      expect(stream.events.at(-1)).toMatchObject({ event: 'end' });
      // The stream ended once they were written: nothing was pending any more.
      expect((await stored(roadmap.id)).filter((r) => r.status !== 'completed')).toEqual([]);
    } finally {
      fake.setFaults({});
    }

    const opened = [a, afterA, c, afterC].sort();
    const rows = await allDone(roadmap.id, opened);
    expect([...new Set(rows.map((r) => r.concept_id))].sort()).toEqual(opened);
    expect(rows.every((r) => r.body !== null)).toBe(true);
    const calls = contentCalls(goal).filter((r) => !r.repair);
    expect(calls).toHaveLength(opened.length * 3);
    expect([...new Set(calls.map((r) => r.conceptId))].sort()).toEqual(opened);
    for (const concept of opened) for (const task of CONTENT_TASKS) expect(calls.filter((r) => r.conceptId === concept && r.task === task)).toHaveLength(1);
    const total = conceptsOf(roadmap.outline as Outline).length;
    expect(total).toBeGreaterThan(opened.length);
    // The roadmap's read says how far its content is: four concepts of all of them.
    const view = (await callApi(sys.baseUrl, 'GET', `/v1/roadmaps/${roadmap.id}`)).body;
    expect(Object.keys(view.content ?? {}).sort()).toEqual(opened);
  });

  it('the reconciler re-creates a lost piece job and never asks for a concept nobody opened', async () => {
    const goal = 'Learn Go for backend development';
    const roadmap = await completed(goal);
    const order = await scheduleOrder(roadmap.id);
    const reconciler = new Reconciler(sys.content!);
    expect((await reconciler.round()).rescued).toEqual([]);
    expect((await reconciler.round()).rescued).toEqual([]);
    expect(await stored(roadmap.id)).toEqual([]);

    // A crash between creating a concept's pieces and enqueueing their jobs: pending pieces, no job.
    await initContent(sys.api.pool, roadmap.id, [order[2]!]);
    expect((await reconciler.round()).rescued).toEqual([]);
    expect((await reconciler.round()).rescued).toEqual([roadmap.id]);
    const rows = await allDone(roadmap.id, [order[2]!]);
    expect(rows.map((r) => r.concept_id)).toEqual([order[2], order[2], order[2]]);
    expect(contentCalls(goal).filter((r) => !r.repair)).toHaveLength(3);
  });

  it('an outline edit that adds a concept writes nothing until the concept is opened', async () => {
    const goal = 'Learn Docker and Kubernetes';
    const roadmap = await completed(goal);
    const module = (roadmap.outline as Outline).stages[0]!.modules[0]!;
    const res = await callApi(sys.baseUrl, 'PATCH', `/v1/roadmaps/${roadmap.id}/outline`, {
      baseVersion: roadmap.outlineVersion,
      operations: [{ op: 'add_concept', moduleId: module.id, concept: { title: 'Reading container logs', hours: 1, prerequisites: [] } }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [added] = res.body.added as string[];
    // Not reopened: an on-demand roadmap has no content phase to run again.
    expect(res.body.status).toBe('completed');
    expect(await stored(roadmap.id)).toEqual([]);
    expect(contentCalls(goal)).toEqual([]);
    await callApi(sys.baseUrl, 'GET', `/v1/roadmaps/${roadmap.id}/concepts/${added}`);
    const rows = await waitFor(async () => {
      const r = (await stored(roadmap.id)).filter((p) => p.concept_id === added);
      return r.length === 3 && r.every((p) => p.status === 'completed') ? r : undefined;
    }, 30_000, 'the added concept to be written once opened');
    expect(rows.map((r) => r.kind)).toEqual(['quiz', 'resources', 'tutorial']);
  });

  it('an eager request still writes everything; the mode is validated', async () => {
    const goal = 'Learn Rust systems programming';
    const roadmap = await completed(goal, { content: 'eager' });
    expect(roadmap).toMatchObject({ status: 'completed', request: { content: 'eager' } });
    const total = conceptsOf(roadmap.outline as Outline).length;
    expect(new Set((await stored(roadmap.id)).map((r) => r.concept_id)).size).toBe(total);
    const bad = await callApi(sys.baseUrl, 'POST', '/v1/roadmaps', { goal, content: 'lazy' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
