/** Bad input gets a 4xx with a stable code, never a 500, and stores nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  // No workers: these tests are about what the API accepts and stores.
  sys = await startSystem('postgres', { content: false, logs: false });
});
afterAll(() => sys?.close());

const valid = { goal: 'Learn Rust', level: 'beginner', hoursPerWeek: 5, weeks: 6 };

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await sys.app.inject({
    method: 'POST',
    url: '/v1/roadmaps',
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.json() as { error?: { code: string; details?: Array<{ field: string; issue: string }>; requestId: string } }, headers: res.headers };
}

async function roadmapCount(): Promise<number> {
  const { rows } = await sys.api.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM roadmaps');
  return rows[0]!.n;
}

describe('POST /v1/roadmaps validation', () => {
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['missing goal', { level: 'beginner' }, 'body.goal', 'invalid_type'],
    ['goal too short', { goal: 'Go' }, 'body.goal', 'too_small'],
    ['goal too long', { goal: 'x'.repeat(501) }, 'body.goal', 'too_big'],
    ['goal not a string', { goal: 42 }, 'body.goal', 'invalid_type'],
    ['unknown level', { ...valid, level: 'expert' }, 'body.level', 'invalid_value'],
    ['hoursPerWeek below 1', { ...valid, hoursPerWeek: 0 }, 'body.hoursPerWeek', 'too_small'],
    ['hoursPerWeek above 80', { ...valid, hoursPerWeek: 81 }, 'body.hoursPerWeek', 'too_big'],
    ['hoursPerWeek as a string', { ...valid, hoursPerWeek: '8' }, 'body.hoursPerWeek', 'invalid_type'],
    ['hoursPerWeek fractional', { ...valid, hoursPerWeek: 2.5 }, 'body.hoursPerWeek', 'invalid_type'],
    ['weeks above 104', { ...valid, weeks: 105 }, 'body.weeks', 'too_big'],
    ['weeks below 1', { ...valid, weeks: 0 }, 'body.weeks', 'too_small'],
    ['background too long', { ...valid, background: 'b'.repeat(2001) }, 'body.background', 'too_big'],
    ['motivation too long', { ...valid, motivation: 'm'.repeat(2001) }, 'body.motivation', 'too_big'],
    ['language not BCP-47', { ...valid, language: 'english!' }, 'body.language', 'invalid_format'],
    ['review not a boolean', { ...valid, review: 'yes' }, 'body.review', 'invalid_type'],
    ['unknown field', { ...valid, owner: 'someone-else' }, 'body.owner', 'unrecognized_keys'],
  ];

  it.each(cases)('%s → 400 VALIDATION_FAILED naming the field', async (_name, body, field, issue) => {
    const before = await roadmapCount();
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('VALIDATION_FAILED');
    expect(res.body.error?.details).toContainEqual(expect.objectContaining({ field, issue }));
    expect(res.body.error?.requestId).toBe(res.headers['x-request-id']);
    expect(await roadmapCount()).toBe(before);
  });

  it('a body that is not an object → 400', async () => {
    expect((await post([1, 2])).body.error?.code).toBe('VALIDATION_FAILED');
    expect((await post('"just a string"')).status).toBe(400);
  });

  it('malformed JSON → 400 INVALID_JSON', async () => {
    const res = await post('{"goal": "Learn Go",');
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('INVALID_JSON');
  });

  it('empty JSON body → 400 INVALID_JSON', async () => {
    const res = await sys.app.inject({ method: 'POST', url: '/v1/roadmaps', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_JSON');
  });

  it('a non-JSON content type → 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await sys.app.inject({ method: 'POST', url: '/v1/roadmaps', headers: { 'content-type': 'text/xml' }, payload: '<goal/>' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('an oversized body → 413 BODY_TOO_LARGE', async () => {
    const res = await post({ ...valid, background: 'x'.repeat(sys.config.BODY_LIMIT_BYTES + 10) });
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('BODY_TOO_LARGE');
  });

  it('defaults are applied and echoed in the stored request', async () => {
    const res = await post({ goal: '  Learn Rust  ' });
    expect(res.status).toBe(202);
    const id = (res.body as unknown as { id: string }).id;
    const got = (await sys.app.inject({ method: 'GET', url: `/v1/roadmaps/${id}` })).json();
    expect(got.request).toEqual({ goal: 'Learn Rust', level: 'beginner', hoursPerWeek: 8, weeks: 8, language: 'en', review: false, content: 'eager' });
    expect(got.status).toBe('queued');
  });
});

describe('Idempotency-Key', () => {
  it('same key and body → the same roadmap, not a second', async () => {
    const before = await roadmapCount();
    const a = await post(valid, { 'idempotency-key': 'key-1' });
    const b = await post(valid, { 'idempotency-key': 'key-1' });
    expect(a.status).toBe(202);
    expect(b.status).toBe(202);
    expect((b.body as unknown as { id: string }).id).toBe((a.body as unknown as { id: string }).id);
    expect(await roadmapCount()).toBe(before + 1);
  });

  it('same key, different body → 422 IDEMPOTENCY_KEY_MISMATCH, nothing stored', async () => {
    await post(valid, { 'idempotency-key': 'key-2' });
    const before = await roadmapCount();
    const res = await post({ ...valid, weeks: 7 }, { 'idempotency-key': 'key-2' });
    expect(res.status).toBe(422);
    expect(res.body.error?.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
    expect(await roadmapCount()).toBe(before);
  });

  it('an over-long key → 400', async () => {
    const res = await post(valid, { 'idempotency-key': 'k'.repeat(256) });
    expect(res.status).toBe(400);
    expect(res.body.error?.details).toContainEqual(expect.objectContaining({ field: 'headers.idempotency-key' }));
  });
});

describe('reads', () => {
  it('a malformed id → 400, an unknown id → 404 ROADMAP_NOT_FOUND, an unknown route → 404 ROUTE_NOT_FOUND', async () => {
    const bad = await sys.app.inject({ method: 'GET', url: '/v1/roadmaps/not-a-uuid' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const missing = await sys.app.inject({ method: 'GET', url: '/v1/roadmaps/4b0d6a8e-3f55-4f43-9d1a-2f0c0b9b1e11' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ROADMAP_NOT_FOUND');
    const logs = await sys.app.inject({ method: 'GET', url: '/v1/roadmaps/4b0d6a8e-3f55-4f43-9d1a-2f0c0b9b1e11/logs' });
    expect(logs.json().error.code).toBe('ROADMAP_NOT_FOUND');
    const route = await sys.app.inject({ method: 'GET', url: '/v2/nothing' });
    expect(route.statusCode).toBe(404);
    expect(route.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('list: newest first with a cursor; bad cursor, limit and status → 400', async () => {
    const ids: string[] = [];
    for (const goal of ['Learn SQL', 'Learn Docker', 'Learn React']) {
      ids.push(((await post({ goal })).body as unknown as { id: string }).id);
    }
    const first = (await sys.app.inject({ method: 'GET', url: '/v1/roadmaps?limit=2' })).json();
    expect(first.items.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[1]]);
    const second = (await sys.app.inject({ method: 'GET', url: `/v1/roadmaps?limit=2&cursor=${first.nextCursor}` })).json();
    expect(second.items[0].id).toBe(ids[0]);
    expect((await sys.app.inject({ method: 'GET', url: '/v1/roadmaps?cursor=garbage' })).json().error.code).toBe('INVALID_CURSOR');
    expect((await sys.app.inject({ method: 'GET', url: '/v1/roadmaps?limit=0' })).statusCode).toBe(400);
    expect((await sys.app.inject({ method: 'GET', url: '/v1/roadmaps?limit=101' })).statusCode).toBe(400);
    expect((await sys.app.inject({ method: 'GET', url: '/v1/roadmaps?status=lost' })).statusCode).toBe(400);
    expect((await sys.app.inject({ method: 'GET', url: '/v1/roadmaps?sort=asc' })).json().error.code).toBe('VALIDATION_FAILED');
  });

  it('logs: bad level and limit → 400', async () => {
    const id = ((await post({ goal: 'Learn Bash' })).body as unknown as { id: string }).id;
    expect((await sys.app.inject({ method: 'GET', url: `/v1/roadmaps/${id}/logs?level=loud` })).statusCode).toBe(400);
    expect((await sys.app.inject({ method: 'GET', url: `/v1/roadmaps/${id}/logs?limit=5000` })).statusCode).toBe(400);
    expect((await sys.app.inject({ method: 'GET', url: `/v1/roadmaps/${id}/logs?after=zzz` })).json().error.code).toBe('INVALID_CURSOR');
  });
});

describe('operations endpoints', () => {
  it('healthz, readyz, openapi.json and docs answer', async () => {
    expect((await sys.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await sys.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.json().checks).toEqual({ database: 'ok', queue: 'ok' });
    expect(ready.statusCode).toBe(200);
    const doc = (await sys.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/roadmaps', '/v1/roadmaps/{id}', '/v1/roadmaps/{id}/logs', '/healthz', '/readyz']));
    expect(doc.paths['/v1/roadmaps'].post.requestBody.content['application/json'].schema).toBeTruthy();
    expect((await sys.app.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(400);
  });
});
