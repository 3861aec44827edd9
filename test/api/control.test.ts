/**
 * Steering a roadmap under concurrency and faults: retry rescues a roadmap whose work the queue lost (409
 * only while its work is live), and concurrent regenerations of one piece never collide.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

describe.each(['postgres', 'redis'] as const)('control routes (%s)', (backend) => {
  let sys: TestSystem;
  beforeAll(async () => {
    // No content worker at first: jobs wait in the queue, so "live" and "lost" can be set up exactly.
    sys = await startSystem(backend, { content: false });
  });
  afterAll(() => sys?.close());

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sys.baseUrl}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  it('retry: 409 RUN_IN_PROGRESS while the job is live; rescues the roadmap once the queue has lost it', async () => {
    const { body } = await call('POST', '/v1/roadmaps', { goal: 'Learn Go', hoursPerWeek: 3, weeks: 3 });
    const id = body.id as string;
    const live = await call('POST', `/v1/roadmaps/${id}/retry`);
    expect(live.status).toBe(409);
    expect(live.body.error.code).toBe('RUN_IN_PROGRESS');
    expect((await call('GET', `/v1/roadmaps/${id}`)).body.actions).toMatchObject({ retry: false, cancel: true });

    await sys.api.queues.queue('roadmap').remove(`roadmap-${id}`);
    expect((await call('GET', `/v1/roadmaps/${id}`)).body.actions).toMatchObject({ retry: true, cancel: true });
    const rescued = await call('POST', `/v1/roadmaps/${id}/retry`);
    expect(rescued.status).toBe(202);
    expect(rescued.body).toMatchObject({ id, status: 'queued' });
    expect(await sys.api.queues.queue('roadmap').getJobState(`roadmap-${id}-1`)).toBe('waiting');
    // Its new job is live: a second retry is refused again.
    expect((await call('POST', `/v1/roadmaps/${id}/retry`)).body.error.code).toBe('RUN_IN_PROGRESS');

    await sys.startContentWorker();
    await waitFor(async () => (await call('GET', `/v1/roadmaps/${id}`)).body.status === 'completed', 30_000, 'the rescued roadmap to complete');
    const done = await call('GET', `/v1/roadmaps/${id}`);
    expect(done.body.actions).toEqual({ retry: false, cancel: false, review: false, edit: true });
    expect((await call('POST', `/v1/roadmaps/${id}/retry`)).body.error.code).toBe('NOT_RETRYABLE');
  }, 60_000);

  it('concurrent regenerations of one piece: one new version at a time, the rest 409 REGENERATE_IN_PROGRESS, never a 5xx', async () => {
    const { body } = await call('POST', '/v1/roadmaps', { goal: 'Learn SQL for data analysis', hoursPerWeek: 3, weeks: 3 });
    const id = body.id as string;
    const roadmap = await waitFor(async () => {
      const r = (await call('GET', `/v1/roadmaps/${id}`)).body;
      return r.status === 'completed' ? r : undefined;
    }, 30_000, 'completion');
    const conceptId = roadmap.outline.stages[0].modules[0].concepts[0].id as string;
    // Held back from the worker, so every request meets the first one's version still pending.
    await sys.stopContentWorker();
    const answers = await Promise.all(Array.from({ length: 100 }, () => call('POST', `/v1/roadmaps/${id}/concepts/${conceptId}/regenerate`, { kind: 'tutorial' })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.error.code === 'REGENERATE_IN_PROGRESS')).toBe(true);
    const versions = await sys.api.pool.query<{ version: number }>(`SELECT version FROM concept_content WHERE roadmap_id = $1 AND concept_id = $2 AND kind = 'tutorial' ORDER BY version`, [id, conceptId]);
    expect(versions.rows.map((r) => r.version)).toEqual([1, 2]);

    await sys.startContentWorker();
    await waitFor(async () => (await call('GET', `/v1/roadmaps/${id}/concepts/${conceptId}`)).body.content.tutorial.current.status === 'completed', 30_000, 'v2');
    // Once it is done, the next regeneration is accepted as v3.
    const next = await call('POST', `/v1/roadmaps/${id}/concepts/${conceptId}/regenerate`, { kind: 'tutorial' });
    expect(next.body).toMatchObject({ status: 'pending', version: 3 });
  }, 90_000);
});
