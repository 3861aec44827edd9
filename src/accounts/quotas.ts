/**
 * Quotas per user (README "Accounts and limits"): roadmaps per day, roadmaps generating at once, LLM tokens per
 * month. Each is the configured default unless an admin set an override for the user; 0 means no limit. The
 * local learner of AUTH_MODE=local is the operator of their own machine: no limits.
 */
import type { Config } from '../config.js';
import { AppError } from '../domain/errors.js';
import type { UsageCounts } from '../store/sql/quotas.js';
import type { UserRow } from '../store/sql/users.js';

export interface Quotas {
  roadmapsPerDay: number;
  activeRoadmaps: number;
  tokensPerMonth: number;
}

export const NO_LIMITS: Quotas = { roadmapsPerDay: 0, activeRoadmaps: 0, tokensPerMonth: 0 };

export function quotasOf(user: Pick<UserRow, 'quota_roadmaps_per_day' | 'quota_active_roadmaps' | 'quota_tokens_per_month'>, config: Config): Quotas {
  if (config.authMode === 'local') return NO_LIMITS;
  return {
    roadmapsPerDay: user.quota_roadmaps_per_day ?? config.QUOTA_ROADMAPS_PER_DAY,
    activeRoadmaps: user.quota_active_roadmaps ?? config.QUOTA_ACTIVE_ROADMAPS,
    tokensPerMonth: user.quota_tokens_per_month === null ? config.QUOTA_TOKENS_PER_MONTH : Number(user.quota_tokens_per_month),
  };
}

const DAY_MS = 24 * 3600_000;

/** The start of the next calendar month in UTC, when the token quota starts over. */
function nextMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

/** Throws 429 QUOTA_EXCEEDED, with the seconds until a new roadmap would be accepted, if one is not now. */
export function assertWithinQuota(usage: UsageCounts, quotas: Quotas, now = new Date()): void {
  if (quotas.roadmapsPerDay > 0 && usage.roadmapsToday >= quotas.roadmapsPerDay) {
    const freesAt = (usage.oldestToday?.getTime() ?? now.getTime()) + DAY_MS;
    throw new AppError('QUOTA_EXCEEDED', {
      message: `You have requested ${usage.roadmapsToday} roadmaps in the last 24 hours, your daily limit; the next one can be requested later.`,
      details: { quota: 'roadmapsPerDay', limit: quotas.roadmapsPerDay, used: usage.roadmapsToday },
      retryAfter: Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)),
    });
  }
  assertTokensLeft(usage, quotas, now);
}

/** Throws 429 QUOTA_EXCEEDED once this month's LLM tokens are used up (roadmaps and tutor conversations alike). */
export function assertTokensLeft(usage: Pick<UsageCounts, 'tokensThisMonth'>, quotas: Quotas, now = new Date()): void {
  if (quotas.tokensPerMonth > 0 && usage.tokensThisMonth >= quotas.tokensPerMonth) {
    throw new AppError('QUOTA_EXCEEDED', {
      message: `You have used ${usage.tokensThisMonth} of your ${quotas.tokensPerMonth} LLM tokens this month.`,
      details: { quota: 'tokensPerMonth', limit: quotas.tokensPerMonth, used: usage.tokensThisMonth },
      retryAfter: Math.max(1, Math.ceil((nextMonth(now).getTime() - now.getTime()) / 1000)),
    });
  }
}
