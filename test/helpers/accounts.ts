/** Acting as users of a server in accounts mode: sign up, log in, call the API with a cookie or an API key. */
import { expect } from 'vitest';
import { waitFor } from './system.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, any>;
}

export type Auth = { cookie: string } | { apiKey: string } | null;

/** A client as a browser on the same site (cookie, same-origin) or a script (API key), or nobody. */
export function client(base: string, auth: Auth) {
  return async (method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (auth && 'cookie' in auth) {
      headers.cookie = auth.cookie;
      headers['sec-fetch-site'] ??= 'same-origin';
    }
    if (auth && 'apiKey' in auth) headers.authorization = `Bearer ${auth.apiKey}`;
    const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, any>) : {} };
  };
}

/** The session cookie a login or sign-up answer set, as a Cookie header value. */
export function sessionCookie(headers: Headers): string {
  const set = headers.getSetCookie().find((c) => c.startsWith('pathsmith_session='));
  expect(set, 'a session cookie').toBeDefined();
  return set!.split(';')[0]!;
}

export const PASSWORD = 'correct horse battery staple';

export async function signUp(base: string, email: string, extra: Record<string, unknown> = {}): Promise<{ cookie: string; id: string }> {
  const res = await client(base, null)('POST', '/v1/auth/signup', { email, password: PASSWORD, ...extra }, { 'sec-fetch-site': 'same-origin' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { cookie: sessionCookie(res.headers), id: res.body.id as string };
}

export async function logIn(base: string, email: string, password = PASSWORD): Promise<{ cookie: string; id: string }> {
  const res = await client(base, null)('POST', '/v1/auth/login', { email, password }, { 'sec-fetch-site': 'same-origin' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { cookie: sessionCookie(res.headers), id: res.body.id as string };
}

export async function newApiKey(base: string, cookie: string, name = 'test'): Promise<string> {
  const res = await client(base, { cookie })('POST', '/v1/api-keys', { name });
  expect(res.status).toBe(201);
  return res.body.key as string;
}

/** Requests a small roadmap as `as` and waits for it to complete; returns its view. */
export async function completedRoadmap(as: ReturnType<typeof client>, goal: string): Promise<Record<string, any>> {
  const { id } = (await as('POST', '/v1/roadmaps', { goal, hoursPerWeek: 3, weeks: 3 })).body as { id: string };
  return waitFor(async () => {
    const r = (await as('GET', `/v1/roadmaps/${id}`)).body;
    return r.status === 'completed' ? r : undefined;
  }, 30_000, `the roadmap "${goal}"`);
}
