/**
 * Accounts mode: sign-up, login and logout with server-side sessions, API keys, same-site checks on cookie
 * requests, login rate limits shared through the store, sign-up modes, and admin routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/accounts/accounts.js';
import { client, logIn, newApiKey, PASSWORD, signUp } from '../helpers/accounts.js';
import { startSystem, type TestSystem } from '../helpers/system.js';
import { limitRejections } from '../../src/telemetry/metrics.js';
import { counterValue } from '../helpers/metrics.js';

describe.each(['postgres', 'redis'] as const)('accounts (%s)', (backend) => {
  let sys: TestSystem;
  const anon = () => client(sys.baseUrl, null);
  beforeAll(async () => {
    sys = await startSystem(backend, {
      content: false,
      env: { AUTH_MODE: 'accounts', LOGIN_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_ATTEMPTS_PER_ADDRESS: '8', LOGIN_WINDOW_MS: '60000' },
    });
    await createAccount(sys.api.pool, { email: 'admin@example.com', password: PASSWORD, role: 'admin' });
  });
  afterAll(() => sys?.close());

  it('signs up, is the caller, logs out; the session is gone on the server', async () => {
    const { cookie, id } = await signUp(sys.baseUrl, 'Ada@Example.com');
    const me = await client(sys.baseUrl, { cookie })('GET', '/v1/me');
    expect(me.body).toMatchObject({ id, email: 'ada@example.com', role: 'learner', mode: 'accounts', usage: { roadmapsToday: 0 }, quotas: { roadmapsPerDay: 20, activeRoadmaps: 2 } });
    const out = await client(sys.baseUrl, { cookie })('POST', '/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/pathsmith_session=;.*Expires=Thu, 01 Jan 1970/);
    // The old cookie no longer opens anything: the session row is deleted, not just the browser's cookie.
    expect((await client(sys.baseUrl, { cookie })('GET', '/v1/me')).status).toBe(401);
    expect((await logIn(sys.baseUrl, 'ada@example.com')).id).toBe(id);
  });

  it('sets an httpOnly SameSite=Lax cookie, without Secure over plain HTTP', async () => {
    const res = await anon()('POST', '/v1/auth/signup', { email: 'cookie@example.com', password: PASSWORD }, { 'sec-fetch-site': 'same-origin' });
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('refuses a short password, a taken email, and no caller', async () => {
    expect((await anon()('POST', '/v1/auth/signup', { email: 'short@example.com', password: 'elevenchars' }, { 'sec-fetch-site': 'same-origin' })).status).toBe(400);
    await signUp(sys.baseUrl, 'taken@example.com');
    expect((await anon()('POST', '/v1/auth/signup', { email: 'TAKEN@example.com', password: PASSWORD }, { 'sec-fetch-site': 'same-origin' })).body.error.code).toBe('EMAIL_TAKEN');
    for (const [method, path] of [['GET', '/v1/roadmaps'], ['POST', '/v1/roadmaps'], ['GET', '/v1/me'], ['GET', '/v1/api-keys']]) {
      const res = await anon()(method!, path!, method === 'POST' ? { goal: 'Learn Go' } : undefined);
      expect([path, res.status, res.body.error.code]).toEqual([path, 401, 'UNAUTHENTICATED']);
    }
  });

  it('a cookie request that changes something must come from this site', async () => {
    const { cookie } = await signUp(sys.baseUrl, 'csrf@example.com');
    const raw = (extra: Record<string, string>) =>
      fetch(`${sys.baseUrl}/v1/api-keys`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', ...extra }, body: JSON.stringify({ name: 'x' }) });
    expect((await raw({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await raw({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await raw({})).status).toBe(403);
    expect((await raw({ origin: sys.baseUrl })).status).toBe(201);
    expect((await raw({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    // Reading is never blocked.
    expect((await fetch(`${sys.baseUrl}/v1/me`, { headers: { cookie, 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
  });

  it('API keys: shown once, stored hashed, work as Bearer on /v1, stop working when revoked', async () => {
    const { cookie } = await signUp(sys.baseUrl, 'keys@example.com');
    const key = await newApiKey(sys.baseUrl, cookie, 'cli');
    expect(key).toMatch(/^psk_[A-Za-z0-9_-]{40,}$/);
    const listed = await client(sys.baseUrl, { cookie })('GET', '/v1/api-keys');
    expect(listed.body.items).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(key);
    const { rows } = await sys.api.pool.query<{ key_hash: string }>('SELECT key_hash FROM api_keys');
    expect(rows.every((r) => r.key_hash !== key && !r.key_hash.includes(key.slice(4)))).toBe(true);
    // A script needs no Origin: the key is not something a browser sends by itself.
    const script = client(sys.baseUrl, { apiKey: key });
    const created = await script('POST', '/v1/roadmaps', { goal: 'Learn Go for backend development' });
    expect(created.status).toBe(202);
    expect((await script('GET', `/v1/roadmaps/${created.body.id}`)).status).toBe(200);
    expect((await client(sys.baseUrl, { apiKey: 'psk_not-a-key' })('GET', '/v1/me')).body.error.code).toBe('UNAUTHENTICATED');
    expect((await client(sys.baseUrl, { cookie })('DELETE', `/v1/api-keys/${listed.body.items[0].id}`)).status).toBe(204);
    expect((await script('GET', '/v1/me')).status).toBe(401);
  });

  it('rate-limits failed logins per account, then per address, with Retry-After', async () => {
    await signUp(sys.baseUrl, 'victim@example.com');
    const attempt = (email: string, password: string) => anon()('POST', '/v1/auth/login', { email, password }, { 'sec-fetch-site': 'same-origin' });
    for (let i = 0; i < 3; i++) expect((await attempt('victim@example.com', 'wrong password!!')).body.error.code).toBe('INVALID_CREDENTIALS');
    const counted = await counterValue(limitRejections, { limit: 'login_attempts' });
    const limited = await attempt('victim@example.com', PASSWORD);
    expect([limited.status, limited.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(await counterValue(limitRejections, { limit: 'login_attempts' })).toBe(counted + 1);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Unknown accounts count against the address too: after 8 failures from here, every login waits.
    for (let i = 0; i < 5; i++) await attempt(`nobody${i}@example.com`, 'wrong password!!');
    expect((await attempt('admin@example.com', PASSWORD)).status).toBe(429);
  });

  it('admins list users with usage, override quotas and disable accounts; learners may not', async () => {
    const learner = await signUp(sys.baseUrl, 'learner@example.com');
    expect((await client(sys.baseUrl, { cookie: learner.cookie })('GET', '/v1/admin/users')).body.error.code).toBe('FORBIDDEN');
    const adminId = (await sys.api.pool.query<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@example.com'`)).rows[0]!.id;
    const adminKey = await newApiKey(sys.baseUrl, (await loginWithoutLimit(sys, adminId)).cookie);
    const admin = client(sys.baseUrl, { apiKey: adminKey });
    const users = await admin('GET', '/v1/admin/users');
    expect(users.body.items.map((u: { email: string }) => u.email)).toContain('learner@example.com');
    const changed = await admin('PATCH', `/v1/admin/users/${learner.id}`, { quotas: { roadmapsPerDay: 1 } });
    expect(changed.body).toMatchObject({ quotas: { roadmapsPerDay: 1 }, overrides: { roadmapsPerDay: 1, activeRoadmaps: null } });
    expect((await admin('PATCH', `/v1/admin/users/${learner.id}`, { disabled: true })).body.disabled).toBe(true);
    expect((await client(sys.baseUrl, { cookie: learner.cookie })('GET', '/v1/me')).status).toBe(401);
    // The queue dashboard: an HTML page, for admins only.
    const dashboard = await fetch(`${sys.baseUrl}/admin/queues`, { headers: { authorization: `Bearer ${adminKey}` } });
    expect([dashboard.status, dashboard.headers.get('content-type')]).toEqual([200, expect.stringMatching(/text\/html/)]);
    expect((await fetch(`${sys.baseUrl}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${sys.baseUrl}/admin/queues/api/queues`, { headers: { cookie: learner.cookie } })).status).toBe(401);
  });
});

/** A session for a user, straight from the store: the address limit of the login test above is used up. */
async function loginWithoutLimit(sys: TestSystem, userId: string): Promise<{ cookie: string }> {
  const { startSession } = await import('../../src/accounts/accounts.js');
  return { cookie: `pathsmith_session=${await startSession(sys.api.pool, userId, sys.config)}` };
}

describe('sign-up modes', () => {
  it('closed: no sign-up; invite: only with an admin’s code, once', async () => {
    const closed = await startSystem('postgres', { content: false, logs: false, env: { AUTH_MODE: 'accounts', SIGNUP: 'closed' } });
    expect((await client(closed.baseUrl, null)('POST', '/v1/auth/signup', { email: 'a@example.com', password: PASSWORD }, { 'sec-fetch-site': 'same-origin' })).body.error.code).toBe('SIGNUP_CLOSED');
    await closed.close();

    const sys = await startSystem('postgres', { content: false, logs: false, env: { AUTH_MODE: 'accounts', SIGNUP: 'invite' } });
    const admin = await createAccount(sys.api.pool, { email: 'root@example.com', password: PASSWORD, role: 'admin' });
    const adminClient = client(sys.baseUrl, { cookie: (await loginWithoutLimit(sys, admin!.id)).cookie });
    const signup = (invite?: string) => client(sys.baseUrl, null)('POST', '/v1/auth/signup', { email: 'new@example.com', password: PASSWORD, ...(invite ? { invite } : {}) }, { 'sec-fetch-site': 'same-origin' });
    expect((await signup()).body.error.code).toBe('INVITE_REQUIRED');
    expect((await signup('made-up-code-123')).body.error.code).toBe('INVITE_REQUIRED');
    const { code } = (await adminClient('POST', '/v1/admin/invites', {})).body as { code: string };
    expect((await signup(code)).status).toBe(201);
    const again = await client(sys.baseUrl, null)('POST', '/v1/auth/signup', { email: 'other@example.com', password: PASSWORD, invite: code }, { 'sec-fetch-site': 'same-origin' });
    expect(again.body.error.code).toBe('INVITE_REQUIRED');
    await sys.close();
  });

  it('local mode has no accounts: the routes say so, and every caller is the local learner', async () => {
    const sys = await startSystem('postgres', { content: false, logs: false });
    expect((await client(sys.baseUrl, null)('POST', '/v1/auth/login', { email: 'a@example.com', password: PASSWORD })).body.error.code).toBe('ACCOUNTS_DISABLED');
    expect((await client(sys.baseUrl, null)('GET', '/v1/me')).body).toMatchObject({ email: null, role: 'admin', mode: 'local', quotas: { roadmapsPerDay: 0, activeRoadmaps: 0, tokensPerMonth: 0 } });
    // A page on another site cannot drive the local API through the learner's browser.
    expect((await client(sys.baseUrl, null)('POST', '/v1/roadmaps', { goal: 'Learn Go' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    await sys.close();
  });
});
