/**
 * The accounts side of the web app's pure logic, with no DOM: how long to wait (Retry-After) in words, the
 * quota and rate-limit errors in words, usage against a quota, and where to go after logging in.
 */
import type { ApiErrorBody, Problem } from './logic.js';

const plural = (one: Problem['key'], many: Problem['key'], n: number): Problem => ({ key: n === 1 ? one : many, params: { n } });

/**
 * "in 40 seconds", "in 15 minutes", "in about 6 hours", "in about 12 days", from a Retry-After in seconds. It
 * rounds up: a learner told "in 5 minutes" who comes back in 5 minutes must find the way open.
 */
export function retryWait(seconds: number | undefined): Problem {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return { key: 'wait.later' };
  if (seconds < 60) return plural('wait.second', 'wait.seconds', Math.ceil(seconds));
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return plural('wait.minute', 'wait.minutes', minutes);
  const hours = Math.ceil(seconds / 3600);
  if (hours < 48) return plural('wait.hour', 'wait.hours', hours);
  return plural('wait.day', 'wait.days', Math.ceil(seconds / 86_400));
}

interface QuotaDetails {
  quota?: unknown;
  limit?: unknown;
}

/**
 * The errors whose message needs more than their code: what was exceeded and when to try again — for a daily
 * quota also the moment, since "in about 24 hours" alone is an hour either way.
 */
export function codeProblem(err: ApiErrorBody, retryAfter: number | undefined, now = Date.now()): Problem | undefined {
  const wait = retryWait(retryAfter);
  if (err.code === 'RATE_LIMITED') return { key: 'api.RATE_LIMITED', params: { wait } };
  if (err.code !== 'QUOTA_EXCEEDED') return undefined;
  const details = (err.details ?? {}) as QuotaDetails;
  if (details.quota === 'roadmapsPerDay' && typeof details.limit === 'number' && retryAfter !== undefined) {
    return { key: 'quota.roadmapsPerDay', params: { limit: details.limit, wait, at: { dateTime: new Date(now + retryAfter * 1000).toISOString() } } };
  }
  if (details.quota === 'tokensPerMonth') return { key: 'quota.tokensPerMonth', params: { wait } };
  return { key: 'api.QUOTA_EXCEEDED', params: { wait } };
}

/** Usage against a quota, where 0 means no limit: "3 of 20", or "3 (no limit)". */
export function usageOf(used: number, limit: number, format: (n: number) => string): Problem {
  return limit > 0 ? { key: 'usage.of', params: { used: format(used), limit: format(limit) } } : { key: 'usage.noLimit', params: { used: format(used) } };
}

/** Pages a learner is never sent back to after logging in: they would only ask again. */
const AUTH_PAGES = /^\/(login|signup)(\/|\?|$)/;

/**
 * Where to go after logging in or signing up: the `next` of the page's query, if it is a path on this site
 * (never another origin, so a link cannot use the login page to send someone elsewhere), else home.
 */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\') || AUTH_PAGES.test(next)) return '/';
  return next;
}

/** Where a "Log in" or "Sign up" link should bring the learner back to: here, or on those pages, their `next`. */
export function returnTo(pathname: string, search: string): string {
  return AUTH_PAGES.test(pathname) ? nextPath(search) : pathname + search;
}
