/**
 * Request ids cannot be forged: every request gets a fresh server id; a client's safe X-Request-Id is kept
 * beside it (response header, log lines, the roadmap row, its execution log), and an unsafe one is dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('postgres', { content: false, captureApiLog: 'info' });
});
afterAll(() => sys?.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function create(clientId: string) {
  const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': clientId },
    body: JSON.stringify({ goal: 'Learn Go' }),
  });
  const { id } = (await res.json()) as { id: string };
  return { id, serverId: res.headers.get('x-request-id'), echoed: res.headers.get('x-client-request-id') };
}

const row = async (id: string) =>
  (await sys.api.pool.query<{ request_id: string; client_request_id: string | null }>('SELECT request_id, client_request_id FROM roadmaps WHERE id = $1', [id])).rows[0]!;

describe('request ids', () => {
  it('a safe client id is kept beside a fresh server id, which is never the client one', async () => {
    const a = await create('client-7.retry_1');
    const b = await create('client-7.retry_1');
    for (const r of [a, b]) {
      expect(r.serverId).toMatch(UUID);
      expect(r.echoed).toBe('client-7.retry_1');
      expect(await row(r.id)).toEqual({ request_id: r.serverId, client_request_id: 'client-7.retry_1' });
    }
    expect(a.serverId).not.toBe(b.serverId);

    // Both ids are bound into the request's log lines…
    const line = sys.apiLog.find((l) => l.requestId === a.serverId && l.msg === 'incoming request');
    expect(line).toMatchObject({ clientRequestId: 'client-7.retry_1' });
    // …and stored with the execution-log event the request emitted.
    const logged = await waitFor(
      async () => (await sys.api.pool.query<{ request_id: string; client_request_id: string }>('SELECT request_id, client_request_id FROM execution_logs WHERE roadmap_id = $1', [a.id])).rows[0],
      10_000,
      'the accepted event',
    );
    expect(logged).toEqual({ request_id: a.serverId, client_request_id: 'client-7.retry_1' });
    const api = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${a.id}/logs`)).json()) as { items: Array<{ requestId: string; clientRequestId: string }> };
    expect(api.items[0]).toMatchObject({ requestId: a.serverId, clientRequestId: 'client-7.retry_1' });
  });

  it.each([
    ['too long', 'x'.repeat(65)],
    ['a space', 'two words'],
    ['markup', '<script>'],
    ['a colon', 'a:b'],
    ['non-ASCII', 'café'],
  ])('a client id with %s is dropped', async (_what, clientId) => {
    const headers = new Headers({ 'content-type': 'application/json' });
    headers.set('x-request-id', Buffer.from(clientId, 'utf8').toString('latin1'));
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, { method: 'POST', headers, body: JSON.stringify({ goal: 'Learn Go' }) });
    expect(res.status).toBe(202);
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect(res.headers.get('x-client-request-id')).toBeNull();
    const { id } = (await res.json()) as { id: string };
    expect(await row(id)).toEqual({ request_id: res.headers.get('x-request-id'), client_request_id: null });
  });

  it('an error envelope carries the server id', async () => {
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps/not-a-uuid`, { headers: { 'x-request-id': 'mine' } });
    const body = (await res.json()) as { error: { requestId: string } };
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
    expect(body.error.requestId).not.toBe('mine');
  });
});
