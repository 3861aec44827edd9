/**
 * Ownership on every route (accounts mode). Every operation of /openapi.json with a path parameter is called
 * with a well-formed request: by nobody it is 401 (unless the document marks it public), and by another user
 * it is never a 2xx. The routes come from the document, so a new route without the check fails here.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, startSession } from '../../src/accounts/accounts.js';
import { client, completedRoadmap, newApiKey, PASSWORD, signUp } from '../helpers/accounts.js';
import { operationsOf, validRequestArbitrary, type OpenApiDocument, type Targets } from '../helpers/fuzz/requests.js';
import type { Components } from '../helpers/fuzz/schema-arbitrary.js';
import { startSystem, type TestSystem } from '../helpers/system.js';

type Doc = OpenApiDocument & { paths: Record<string, Record<string, { security?: unknown[] }>> };

describe('ownership on every route', () => {
  let sys: TestSystem;
  let doc: Doc;
  let owner: { cookie: string; key: string; id: string };
  let other: { key: string; cookie: string };
  const targets: Record<string, Targets> = {};

  beforeAll(async () => {
    sys = await startSystem('postgres', { env: { AUTH_MODE: 'accounts' } });
    doc = (await (await fetch(`${sys.baseUrl}/openapi.json`)).json()) as Doc;
    const a = await signUp(sys.baseUrl, 'owner@example.com');
    owner = { ...a, key: await newApiKey(sys.baseUrl, a.cookie) };
    const b = await signUp(sys.baseUrl, 'other@example.com');
    other = { ...b, key: await newApiKey(sys.baseUrl, b.cookie) };
    const as = client(sys.baseUrl, { apiKey: owner.key });
    const roadmap = await completedRoadmap(as, 'Learn Go for backend development');
    const id = roadmap.id as string;
    const conceptId = roadmap.outline.stages[0].modules[0].concepts[0].id as string;
    const token = (await as('POST', `/v1/roadmaps/${id}/share`)).body.token as string;
    const keyId = (await as('GET', '/v1/api-keys')).body.items[0].id as string;
    // A quiz attempt gives the owner review cards, so the review routes meet a real card of someone else's.
    const quiz = (await as('GET', `/v1/roadmaps/${id}/concepts/${conceptId}`)).body.content.quiz.current.body.questions as Array<{ answer: number[] }>;
    expect((await as('POST', `/v1/roadmaps/${id}/concepts/${conceptId}/quiz-attempts`, { answers: quiz.map((q) => q.answer) })).status).toBe(201);
    const cardId = (await as('GET', '/v1/reviews/due?until=2999-01-01T00:00:00Z')).body.items[0].cardId as string;
    const common = { id: [id], conceptId: [conceptId], token: [token], cardId: [cardId] };
    targets.default = common;
    targets['/v1/api-keys'] = { ...common, id: [keyId] };
    targets['/v1/admin/users'] = { ...common, id: [owner.id] };
  });
  afterAll(() => sys?.close());

  const targetsFor = (path: string) => targets[Object.keys(targets).find((prefix) => path.startsWith(prefix)) ?? 'default']!;
  const send = (auth: Record<string, string>, req: { method: string; url: string; headers: Record<string, string>; body?: string }) =>
    fetch(`${sys.baseUrl}${req.url}`, { method: req.method, headers: { ...req.headers, ...auth }, body: req.body });

  it('covers every operation with a path parameter', () => {
    const withParams = operationsOf(doc).filter((op) => op.parameters.some((p) => p.in === 'path'));
    expect(withParams.length).toBeGreaterThanOrEqual(20);
  });

  it('anonymous → 401, another user → no 2xx (a foreign roadmap is a 404)', async () => {
    const components = (doc.components?.schemas ?? {}) as Components;
    const checked: string[] = [];
    for (const op of operationsOf(doc).filter((o) => o.parameters.some((p) => p.in === 'path'))) {
      const [req] = fc.sample(validRequestArbitrary(op, components, targetsFor(op.path)), { numRuns: 1, seed: 7 });
      const name = `${op.method} ${op.path}`;
      const isPublic = doc.paths[op.path]![op.method.toLowerCase()]!.security?.length === 0;
      if (!isPublic) expect([name, (await send({}, req!)).status]).toEqual([name, 401]);
      // A share token is a capability made to be handed out: anybody who holds it may read and fork.
      if (op.parameters.some((p) => p.in === 'path' && p.name === 'token')) continue;
      const foreign = (await send({ authorization: `Bearer ${other.key}` }, req!)).status;
      expect([name, foreign >= 200 && foreign < 300]).toEqual([name, false]);
      if (op.path.startsWith('/v1/roadmaps/{id}')) expect([name, foreign]).toEqual([name, 404]);
      checked.push(name);
    }
    expect(checked.length).toBeGreaterThanOrEqual(18);
  }, 120_000);

  it('the owner’s roadmap does not appear in another user’s list, and their progress stays their own', async () => {
    const list = await client(sys.baseUrl, { apiKey: other.key })('GET', '/v1/roadmaps');
    expect(list.body.items).toEqual([]);
    const due = await client(sys.baseUrl, { apiKey: other.key })('GET', '/v1/reviews/due?until=2999-01-01T00:00:00Z');
    expect([due.body.total, due.body.items]).toEqual([0, []]);
  });

  it('a disabled account’s keys and sessions stop working at once', async () => {
    const admin = await createAccount(sys.api.pool, { email: 'root@example.com', password: PASSWORD, role: 'admin' });
    const root = client(sys.baseUrl, { cookie: `pathsmith_session=${await startSession(sys.api.pool, admin!.id, sys.config)}` });
    const victim = await signUp(sys.baseUrl, 'soon-disabled@example.com');
    const key = await newApiKey(sys.baseUrl, victim.cookie);
    expect((await root('PATCH', `/v1/admin/users/${victim.id}`, { disabled: true })).status).toBe(200);
    expect((await client(sys.baseUrl, { apiKey: key })('GET', '/v1/me')).status).toBe(401);
    expect((await client(sys.baseUrl, { cookie: victim.cookie })('GET', '/v1/me')).status).toBe(401);
  });
});
