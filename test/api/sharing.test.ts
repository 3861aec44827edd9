/**
 * Share and fork (accounts mode): a read-only link shows the outline and the content to anybody, without
 * progress or anything about the owner; a fork is the caller's own copy with their own progress; a revoked
 * link opens nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, completedRoadmap, newApiKey, signUp } from '../helpers/accounts.js';
import { startSystem, type TestSystem } from '../helpers/system.js';

describe('sharing', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem('postgres', { env: { AUTH_MODE: 'accounts' } });
  });
  afterAll(() => sys?.close());

  it('shares read-only, forks with own progress, revokes', async () => {
    const owner = client(sys.baseUrl, { apiKey: await newApiKey(sys.baseUrl, (await signUp(sys.baseUrl, 'sharer@example.com')).cookie) });
    const roadmap = await completedRoadmap(owner, 'Learn SQL for data analysis');
    const id = roadmap.id as string;
    const firstConcept = roadmap.outline.stages[0].modules[0].concepts[0].id as string;
    await owner('PUT', `/v1/roadmaps/${id}/progress/${firstConcept}`, { done: true });

    const share = (await owner('POST', `/v1/roadmaps/${id}/share`)).body as { token: string; url: string };
    expect(share.url).toBe(`/shared/${share.token}`);
    expect((await owner('POST', `/v1/roadmaps/${id}/share`)).body.token).toBe(share.token);

    const view = await client(sys.baseUrl, null)('GET', `/v1/shared/${share.token}`);
    expect(view.status).toBe(200);
    expect(view.body.outline).toEqual(roadmap.outline);
    expect(Object.keys(view.body.concepts).length).toBe(roadmap.progress.conceptsTotal);
    expect(view.body.concepts[firstConcept].tutorial.markdown.length).toBeGreaterThan(50);
    const text = JSON.stringify(view.body);
    for (const secret of ['sharer@example.com', 'owner', 'progress', 'conceptsDone', id]) expect(text).not.toContain(secret);

    // A fork needs an account; it is the forker's roadmap, complete, with no progress.
    expect((await client(sys.baseUrl, null)('POST', `/v1/shared/${share.token}/fork`)).status).toBe(401);
    const forker = client(sys.baseUrl, { apiKey: await newApiKey(sys.baseUrl, (await signUp(sys.baseUrl, 'forker@example.com')).cookie) });
    const fork = await forker('POST', `/v1/shared/${share.token}/fork`);
    expect([fork.status, fork.body.status]).toEqual([201, 'completed']);
    const copy = (await forker('GET', `/v1/roadmaps/${fork.body.id}`)).body;
    expect(copy.outline).toEqual(roadmap.outline);
    expect(copy.progress).toEqual(roadmap.progress);
    expect((await forker('GET', `/v1/roadmaps/${fork.body.id}/progress`)).body.conceptsDone).toEqual([]);
    expect((await forker('GET', `/v1/roadmaps/${fork.body.id}/concepts/${firstConcept}`)).body.content.tutorial.current.status).toBe('completed');
    // Forks cost no generation: they do not count against the daily quota.
    expect((await forker('GET', '/v1/me')).body.usage.roadmapsToday).toBe(0);
    expect((await forker('GET', `/v1/roadmaps/${id}`)).status).toBe(404);

    expect((await owner('DELETE', `/v1/roadmaps/${id}/share`)).status).toBe(204);
    expect((await client(sys.baseUrl, null)('GET', `/v1/shared/${share.token}`)).body.error.code).toBe('SHARE_NOT_FOUND');
    expect((await forker('POST', `/v1/shared/${share.token}/fork`)).body.error.code).toBe('SHARE_NOT_FOUND');
  }, 60_000);
});
