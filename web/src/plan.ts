/**
 * The learner's plan in the web app, with no DOM: the learner's own calendar day, the horizon of "today's"
 * review, days in words, and which week of a schedule to show as this week.
 */
import { addDays } from '../../src/domain/schedule.js';
import { LOCALES } from './i18n.js';
import type { Lang } from './i18n.js';

export { addDays };

/** The learner's date, in their time zone (the server's day is UTC). */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Cards due by the end of the learner's day are today's; a relearning step of ten minutes comes due during a
 * session, so the horizon is at least an hour ahead, also late in the evening.
 */
export function reviewHorizon(now = new Date()): string {
  const endOfDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - 1;
  return new Date(Math.max(endOfDay, now.getTime() + 3600_000)).toISOString();
}

/** "3 Mar 2026" / "2026年3月3日" for a calendar day (read as a day, never shifted by a time zone). */
export function formatDay(lang: Lang, day: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

interface Week {
  week: number;
  start: string;
}

/** The week to show as "this week": the one holding today, else the first (not started yet), else none (over). */
export function weekToShow<W extends Week>(schedule: { weeks: readonly W[]; currentWeek: number | null; today: string }): { week: W; state: 'current' | 'before' } | null {
  const current = schedule.weeks.find((w) => w.week === schedule.currentWeek);
  if (current) return { week: current, state: 'current' };
  const first = schedule.weeks[0];
  return first && schedule.today < first.start ? { week: first, state: 'before' } : null;
}

/** Per concept, its total planned hours (a concept split across weeks has a part in each). */
export function plannedHours(weeks: ReadonlyArray<{ items: ReadonlyArray<{ conceptId: string; hours: number }> }>): Map<string, number> {
  const sum = new Map<string, number>();
  for (const w of weeks) for (const x of w.items) sum.set(x.conceptId, (sum.get(x.conceptId) ?? 0) + x.hours);
  return sum;
}
