/**
 * Text PostgreSQL cannot store (U+0000, lone surrogates) is a 400 naming the field, on every route and for any
 * field — including one added later — and out-of-range cursors are 400 INVALID_CURSOR; nothing is stored.
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { encodeCursor } from '../../src/api/cursor.js';
import { installErrorHandling } from '../../src/api/errors.js';
import { validatorCompiler } from '../../src/api/validator.js';
import { startSystem, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('postgres', { content: false, logs: false });
});
afterAll(() => sys?.close());

const BAD = { nul: 'Learn \u0000 Go', high: 'Learn \uD800 Go', low: 'Learn \uDC00 Go', reversed: 'Learn \uDC00\uD800 Go' };

async function send(method: 'GET' | 'POST' | 'PUT', url: string, body?: string) {
  const res = await sys.app.inject({ method, url, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, payload: body }) });
  return { status: res.statusCode, body: res.json() as { error?: { code: string; details?: Array<{ field: string; issue: string }> } } };
}

async function rowCounts(): Promise<string> {
  const { rows } = await sys.api.pool.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM roadmaps) || '/' || (SELECT count(*) FROM reviews) || '/' || (SELECT count(*) FROM concept_content) AS n`,
  );
  return rows[0]!.n;
}

describe('unstorable text', () => {
  const id = randomUUID();
  const fields: Array<[string, 'POST' | 'PUT' | 'GET', string, (text: string) => unknown, string]> = [
    ['goal', 'POST', '/v1/roadmaps', (t) => ({ goal: t }), 'body.goal'],
    ['background', 'POST', '/v1/roadmaps', (t) => ({ goal: 'Learn Go', background: t }), 'body.background'],
    ['motivation', 'POST', '/v1/roadmaps', (t) => ({ goal: 'Learn Go', motivation: t }), 'body.motivation'],
    ['review feedback', 'POST', `/v1/roadmaps/${id}/review`, (t) => ({ approve: false, feedback: t }), 'body.feedback'],
    ['regenerate instructions', 'POST', `/v1/roadmaps/${id}/concepts/c1/regenerate`, (t) => ({ kind: 'quiz', instructions: t }), 'body.instructions'],
  ];

  for (const [kind, text] of Object.entries(BAD)) {
    it.each(fields)(`%s with ${kind} → 400 invalid_text, nothing stored`, async (_name, method, url, body, field) => {
      const before = await rowCounts();
      const res = await send(method, url, JSON.stringify(body(text)));
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe('VALIDATION_FAILED');
      expect(res.body.error?.details).toContainEqual(expect.objectContaining({ field, issue: 'invalid_text' }));
      expect(await rowCounts()).toBe(before);
    });
  }

  it('a query parameter and a path parameter with U+0000 → 400 naming them', async () => {
    const created = await send('POST', '/v1/roadmaps', JSON.stringify({ goal: 'Learn Go' }));
    const roadmapId = (created.body as unknown as { id: string }).id;
    const logs = await send('GET', `/v1/roadmaps/${roadmapId}/logs?conceptId=a%00b`);
    expect(logs.status).toBe(400);
    expect(logs.body.error?.details).toContainEqual(expect.objectContaining({ field: 'querystring.conceptId', issue: 'invalid_text' }));
    const concept = await send('GET', `/v1/roadmaps/${roadmapId}/concepts/a%00b`);
    expect(concept.status).toBe(400);
    expect(concept.body.error?.details).toContainEqual(expect.objectContaining({ field: 'params.conceptId', issue: 'invalid_text' }));
  });

  it('an object key with U+0000 is named too, even where the schema would reject the key anyway', async () => {
    const res = await send('POST', '/v1/roadmaps', '{"goal":"Learn Go","a\\u0000b":1}');
    expect(res.status).toBe(400);
    expect(res.body.error?.details).toContainEqual(expect.objectContaining({ field: 'body.a\uFFFDb', issue: 'invalid_text' }));
  });

  it('well-formed text, emoji and right-to-left marks included, is accepted', async () => {
    const res = await send('POST', '/v1/roadmaps', JSON.stringify({ goal: 'Learn Go 🚀 \u202Eevil\u202C 学习' }));
    expect(res.status).toBe(202);
  });

  it('nesting thousands deep is a 400, not a stack overflow', async () => {
    const res = await send('POST', '/v1/roadmaps', `{"goal":${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    expect(res.status).toBe(400);
  });

  it('covers a field nobody wrote a rule for: any route built with the validator', async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    installErrorHandling(app);
    app.post('/new', { schema: { body: z.object({ nested: z.array(z.object({ anything: z.string() })) }) } }, async () => ({ ok: true }));
    const res = await app.inject({ method: 'POST', url: '/new', payload: { nested: [{ anything: 'x\u0000' }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toContainEqual(expect.objectContaining({ field: 'body.nested.0.anything', issue: 'invalid_text' }));
    expect((await app.inject({ method: 'POST', url: '/new', payload: { nested: [{ anything: 'x' }] } })).statusCode).toBe(200);
    await app.close();
  });
});

describe('cursors in range', () => {
  it('a logs cursor beyond bigint → 400 INVALID_CURSOR', async () => {
    const created = await send('POST', '/v1/roadmaps', JSON.stringify({ goal: 'Learn Go' }));
    const roadmapId = (created.body as unknown as { id: string }).id;
    const at = (seq: string) => send('GET', `/v1/roadmaps/${roadmapId}/logs?after=${encodeCursor({ seq, id: randomUUID() })}`);
    const over = await at('9999999999999999999');
    expect(over.status).toBe(400);
    expect(over.body.error?.code).toBe('INVALID_CURSOR');
    expect((await at('9223372036854775808')).body.error?.code).toBe('INVALID_CURSOR');
    expect((await at('9223372036854775807')).status).toBe(200);
  });

  it('a list cursor in year 0 → 400 INVALID_CURSOR', async () => {
    const res = await send('GET', `/v1/roadmaps?cursor=${encodeCursor({ createdAt: '0000-01-01T00:00:00Z', id: randomUUID() })}`);
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('INVALID_CURSOR');
    expect((await send('GET', `/v1/roadmaps?cursor=${encodeCursor({ createdAt: '0001-01-01T00:00:00Z', id: randomUUID() })}`)).status).toBe(200);
  });
});
