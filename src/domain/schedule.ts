/**
 * The learner's weekly plan (DESIGN.md "The learner's side"): the concepts in a study order that puts every
 * prerequisite first and otherwise keeps the outline's order, packed into weeks of at most the learner's hours
 * per week. A concept bigger than what is left of a week is split across weeks; every concept's hours are
 * planned exactly once. A learner who falls behind (a concept not done whose week is over) gets the concepts
 * not done yet planned again from today.
 *
 * Dates are ISO calendar dates (`YYYY-MM-DD`), in the learner's own calendar: no time zones here.
 */
import { conceptsOf, type Concept, type Outline } from './roadmap.js';

/**
 * Hours are planned in whole minutes, in integers, so a concept's parts add up to exactly its hours (to the
 * minute) and no sum of floats can nudge a week over its budget.
 */
const MINUTES_PER_HOUR = 60;
/** A concept is split only at half hours: no week ends with a few minutes of a concept. */
const SPLIT_MINUTES = 30;
const DAY_MS = 86_400_000;

export interface ScheduleItem {
  conceptId: string;
  hours: number;
}

export interface ScheduleWeek {
  /** From 1. */
  week: number;
  /** The week's first day; it lasts seven days. */
  start: string;
  hours: number;
  items: ScheduleItem[];
}

export interface LearnerSchedule {
  weeks: ScheduleWeek[];
  /** The week (its number) that holds `today`, if the plan has one. */
  currentWeek: number | null;
  /** Set when the learner fell behind and the concepts not done are planned again from today. */
  replanned: { from: string; behind: string[] } | null;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The order to study in: repeatedly the first concept of the outline whose prerequisites are all placed
 * (prerequisites the outline does not have count as placed). A validated outline has no cycle; should one
 * appear, its first concept is taken anyway, so every concept is still planned once.
 */
export function studyOrder(outline: Outline): Concept[] {
  const pending = conceptsOf(outline);
  const known = new Set(pending.map((c) => c.id));
  const placed = new Set<string>();
  const order: Concept[] = [];
  while (pending.length > 0) {
    const ready = pending.findIndex((c) => c.prerequisites.every((p) => placed.has(p) || !known.has(p)));
    const [next] = pending.splice(Math.max(ready, 0), 1);
    order.push(next!);
    placed.add(next!.id);
  }
  return order;
}

/** `concepts` in the order given, from `start`, each week holding at most `hoursPerWeek`. */
export function planWeeks(concepts: readonly Concept[], hoursPerWeek: number, start: string): ScheduleWeek[] {
  const budget = Math.round(hoursPerWeek * MINUTES_PER_HOUR);
  // Below one split step a fresh week could take nothing of a large concept, and the plan would never end.
  if (budget < SPLIT_MINUTES) throw new RangeError(`hoursPerWeek must be at least ${SPLIT_MINUTES / MINUTES_PER_HOUR}`);
  const weeks: Array<Array<{ conceptId: string; minutes: number }>> = [];
  let week: Array<{ conceptId: string; minutes: number }> = [];
  let used = 0;
  for (const c of concepts) {
    let left = Math.max(1, Math.round(c.hours * MINUTES_PER_HOUR));
    while (left > 0) {
      const room = budget - used;
      const part = left <= room ? left : Math.floor(room / SPLIT_MINUTES) * SPLIT_MINUTES;
      if (part > 0) {
        week.push({ conceptId: c.id, minutes: part });
        used += part;
        left -= part;
      }
      if (left > 0) {
        weeks.push(week);
        week = [];
        used = 0;
      }
    }
  }
  if (week.length > 0) weeks.push(week);
  return weeks.map((items, i) => ({
    week: i + 1,
    start: addDays(start, 7 * i),
    hours: items.reduce((n, x) => n + x.minutes, 0) / MINUTES_PER_HOUR,
    items: items.map((x) => ({ conceptId: x.conceptId, hours: x.minutes / MINUTES_PER_HOUR })),
  }));
}

function weekHolding(weeks: readonly ScheduleWeek[], day: string): number | null {
  return weeks.find((w) => day >= w.start && daysBetween(w.start, day) < 7)?.week ?? null;
}

/**
 * The plan for a learner: every concept from `start`; or, once a concept not done is still planned in a week
 * that ended before `today`, the concepts not done (in study order) from `today`.
 */
export function learnerSchedule(p: { outline: Outline; hoursPerWeek: number; start: string; today: string; done: ReadonlySet<string> }): LearnerSchedule {
  const order = studyOrder(p.outline);
  const weeks = planWeeks(order, p.hoursPerWeek, p.start);
  const over = weeks.filter((w) => daysBetween(w.start, p.today) >= 7);
  const behind = [...new Set(over.flatMap((w) => w.items.map((x) => x.conceptId)))].filter((id) => !p.done.has(id));
  if (behind.length === 0) return { weeks, currentWeek: weekHolding(weeks, p.today), replanned: null };
  const rest = planWeeks(order.filter((c) => !p.done.has(c.id)), p.hoursPerWeek, p.today);
  return { weeks: rest, currentWeek: weekHolding(rest, p.today), replanned: { from: p.today, behind } };
}
