/**
 * The accounts side of the web app's logic, without a DOM: error codes and Retry-After in words (English and
 * Chinese), usage against quotas, where to go after logging in, the new routes and which need a session, and
 * the sign-up, login and admin forms checked with the API's schemas.
 */
import { describe, expect, it } from 'vitest';
import { codeProblem, nextPath, retryWait, returnTo, usageOf } from '../../web/src/account-logic.js';
import { userChange, userValues, validateAuth } from '../../web/src/account-forms.js';
import { formatDateTime, translate, type Lang } from '../../web/src/i18n.js';
import { apiProblem, type Problem } from '../../web/src/logic.js';
import { matchRoute, needsLogin, paths } from '../../web/src/routes.js';

const say = (p: Problem, lang: Lang = 'en') => translate(lang, p.key, p.params);
const error = (code: string, retryAfter?: number, details?: unknown) => say(apiProblem({ code, message: 'the server’s words', details }, retryAfter).problem);

describe('waits in words', () => {
  it('rounds a Retry-After up to seconds, minutes, hours or days, singular where it is one', () => {
    const wait = (s: number | undefined) => say(retryWait(s));
    expect([1, 45, 59].map(wait)).toEqual(['in 1 second', 'in 45 seconds', 'in 59 seconds']);
    expect([60, 61, 899, 900, 3599].map(wait)).toEqual(['in 1 minute', 'in 2 minutes', 'in 15 minutes', 'in 15 minutes', 'in about 1 hour']);
    expect([3600, 3601, 23.5 * 3600, 47 * 3600].map(wait)).toEqual(['in about 1 hour', 'in about 2 hours', 'in about 24 hours', 'in about 47 hours']);
    expect([48 * 3600, 12.2 * 86_400].map(wait)).toEqual(['in about 2 days', 'in about 13 days']);
    expect([undefined, 0, Number.NaN].map(wait)).toEqual(['later', 'later', 'later']);
    expect(say(retryWait(900), 'zh')).toBe(' 15 分钟后');
  });
});

describe('error codes in words', () => {
  it('says how long to wait when rate limited', () => {
    expect(error('RATE_LIMITED', 900)).toBe('Too many attempts. Try again in 15 minutes.');
    expect(say(apiProblem({ code: 'RATE_LIMITED', message: '' }, 900).problem, 'zh')).toBe('尝试次数过多，请 15 分钟后再试。');
    expect(error('RATE_LIMITED')).toBe('Too many attempts. Try again later.');
  });

  it('says which quota is used up, its limit, and when a new roadmap can be requested', () => {
    const now = Date.parse('2026-12-01T09:00:00Z');
    const daily = codeProblem({ code: 'QUOTA_EXCEEDED', message: '', details: { quota: 'roadmapsPerDay', limit: 3, used: 3 } }, 5 * 3600 + 60, now)!;
    const at = '2026-12-01T14:01:00.000Z';
    expect(daily.params?.at).toEqual({ dateTime: at });
    expect(say(daily)).toBe(`You have used today’s quota of new roadmaps (your limit: 3 a day). You can request the next one in about 6 hours (${formatDateTime('en', at)}).`);
    expect(say(daily, 'zh')).toBe(`你今天新建路线图的配额已用完（上限：每天 3 个）。下一个可以在约 6 小时后（${formatDateTime('zh', at)}）申请。`);
    expect(formatDateTime('zh', at)).toMatch(/^2026年12月1日 \d{2}:01$/);
    expect(apiProblem({ code: 'QUOTA_EXCEEDED', message: '', details: { quota: 'roadmapsPerDay', limit: 3 } }, 60).problem.key).toBe('quota.roadmapsPerDay');
    expect(error('QUOTA_EXCEEDED', 12 * 86_400, { quota: 'tokensPerMonth', limit: 1000, used: 1200 })).toBe(
      'You have used this month’s quota of LLM tokens. New roadmaps can be requested again in about 12 days.',
    );
    expect(error('QUOTA_EXCEEDED', 60)).toBe('Your quota is used up. Try again in 1 minute.');
  });

  it('has a message of its own, in both languages, for every accounts code a learner can meet', () => {
    for (const code of ['UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'FORBIDDEN', 'CROSS_SITE_REQUEST', 'SIGNUP_CLOSED', 'INVITE_REQUIRED', 'EMAIL_TAKEN', 'API_KEY_NOT_FOUND', 'USER_NOT_FOUND', 'SHARE_NOT_FOUND', 'ACCOUNTS_DISABLED']) {
      const { problem } = apiProblem({ code, message: 'the server’s words' });
      expect(problem.key, code).toBe(`api.${code}`);
      expect(say(problem, 'zh'), code).not.toBe(say(problem, 'en'));
    }
    expect(error('EMAIL_TAKEN')).toBe('An account with this email already exists. Did you mean to log in?');
  });
});

describe('usage against quotas', () => {
  it('reads "N of M", or "no limit" for a quota of 0, with numbers formatted', () => {
    const format = (n: number) => n.toLocaleString('en-GB');
    expect(say(usageOf(3, 20, format))).toBe('3 of 20');
    expect(say(usageOf(12_345, 0, format))).toBe('12,345 (no limit)');
    expect(say(usageOf(0, 0, format), 'zh')).toBe('0（无限制）');
  });
});

describe('coming back after logging in', () => {
  it('goes to `next` only when it is a path on this site, and never back to the login pages', () => {
    expect(nextPath('?next=%2Froadmaps%2Fr1%2Flearn')).toBe('/roadmaps/r1/learn');
    expect(nextPath('?next=%2Fshared%2Fabc%3Fx%3D1')).toBe('/shared/abc?x=1');
    for (const bad of ['', '?next=', '?next=https%3A%2F%2Fevil.example', '?next=%2F%2Fevil.example', '?next=%2F%5Cevil.example', '?next=javascript%3Aalert(1)', '?next=%2Flogin', '?next=%2Fsignup%3Fnext%3D%2Fx']) {
      expect(nextPath(bad), bad).toBe('/');
    }
  });

  it('links to log in from a page with the page as `next`, and between log-in and sign-up with the same `next`', () => {
    expect(returnTo('/shared/abc', '')).toBe('/shared/abc');
    expect(returnTo('/login', '?next=%2Fshared%2Fabc')).toBe('/shared/abc');
    expect(paths.login('/shared/abc')).toBe('/login?next=%2Fshared%2Fabc');
    expect(paths.signup('/')).toBe('/signup');
  });
});

describe('routes', () => {
  it('reads back the accounts URLs it builds; only the log-in pages and shared roadmaps are open to anyone', () => {
    const pages = ['login', 'signup', 'settings', 'admin'] as const;
    for (const page of pages) expect(matchRoute(paths[page]().split('?')[0]!)).toEqual({ page });
    expect(matchRoute(paths.shared('t0k-en_1'))).toEqual({ page: 'shared', token: 't0k-en_1' });
    expect(matchRoute('/shared')).toEqual({ page: 'missing' });
    expect(matchRoute('/admin/queues')).toEqual({ page: 'missing' });
    const open = (path: string) => !needsLogin(matchRoute(path));
    expect(['/login', '/signup', '/shared/abc', '/nowhere'].every(open)).toBe(true);
    expect(['/', '/roadmaps', '/roadmaps/r1', '/roadmaps/r1/learn', '/roadmaps/r1/concepts/c', '/settings', '/admin'].some(open)).toBe(false);
  });
});

describe('sign-up and login forms', () => {
  const problems = (r: ReturnType<typeof validateAuth>) =>
    'problems' in r ? Object.fromEntries(Object.entries(r.problems).map(([f, p]) => [f, say(p!)])) : r.body;

  it('checks with the API’s schemas: an email, a password of at least 12 characters to sign up, any to log in', () => {
    expect(problems(validateAuth('signup', { email: 'ada', password: 'short', invite: '' }))).toEqual({ email: 'Enter an email address, like name@example.com.', password: 'Enter at least 12 characters.' });
    expect(problems(validateAuth('login', { email: 'ada@example.com', password: '', invite: '' }))).toEqual({ password: 'Fill this in.' });
    expect(problems(validateAuth('login', { email: ' ada@example.com ', password: 'short', invite: 'ignored' }))).toEqual({ email: 'ada@example.com', password: 'short' });
  });

  it('sends the invite code only to sign up, trimmed, and only when there is one', () => {
    expect(problems(validateAuth('signup', { email: 'ada@example.com', password: 'correct horse battery', invite: ' code-1 ' }))).toEqual({
      email: 'ada@example.com',
      password: 'correct horse battery',
      invite: 'code-1',
    });
    expect(problems(validateAuth('signup', { email: 'ada@example.com', password: 'correct horse battery', invite: '  ' }))).not.toHaveProperty('invite');
  });
});

describe('an admin’s change to a user', () => {
  const user = {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'ada@example.com',
    role: 'learner' as const,
    disabled: false,
    createdAt: '2026-12-01T09:00:00.000Z',
    usage: { roadmapsToday: 3, activeRoadmaps: 1, tokensThisMonth: 0 },
    quotas: { roadmapsPerDay: 20, activeRoadmaps: 5, tokensPerMonth: 0 },
    overrides: { roadmapsPerDay: null, activeRoadmaps: 5, tokensPerMonth: null },
  };

  it('starts from the overrides (empty for the default) and sends every field, empty as null', () => {
    const values = userValues(user);
    expect(values).toEqual({ role: 'learner', disabled: false, roadmapsPerDay: '', activeRoadmaps: '5', tokensPerMonth: '' });
    expect(userChange({ ...values, roadmapsPerDay: '4', activeRoadmaps: ' ', tokensPerMonth: '0', disabled: true })).toEqual({
      change: { role: 'learner', disabled: true, quotas: { roadmapsPerDay: 4, activeRoadmaps: null, tokensPerMonth: 0 } },
    });
  });

  it('names the quota fields the schema refuses', () => {
    const result = userChange({ ...userValues(user), roadmapsPerDay: '-1', activeRoadmaps: '2.5' });
    expect('problems' in result && Object.fromEntries(Object.entries(result.problems).map(([f, p]) => [f, say(p!)]))).toEqual({
      roadmapsPerDay: 'Must be at least 0.',
      activeRoadmaps: 'Enter a whole number.',
    });
  });
});
