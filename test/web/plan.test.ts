/** The web app's plan logic: the learner's day, today's review horizon, days in words, the week to show. */
import { describe, expect, it } from 'vitest';
import { formatDay, localDay, plannedHours, reviewHorizon, weekToShow } from '../../web/src/plan.js';

describe('plan logic', () => {
  it("takes the learner's own day, and reviews up to the end of it but at least an hour ahead", () => {
    const morning = new Date(2026, 2, 3, 9, 30);
    expect(localDay(morning)).toBe('2026-03-03');
    expect(new Date(reviewHorizon(morning)).getTime()).toBe(new Date(2026, 2, 4).getTime() - 1);
    const late = new Date(2026, 2, 3, 23, 50);
    expect(new Date(reviewHorizon(late)).getTime()).toBe(late.getTime() + 3600_000);
  });

  it('says a day in the UI language without shifting it by a time zone', () => {
    expect(formatDay('en', '2026-03-01')).toBe('1 Mar 2026');
    expect(formatDay('zh', '2026-03-01')).toBe('2026年3月1日');
  });

  it('shows the week holding today, else the first before the plan starts, else none', () => {
    const weeks = [
      { week: 1, start: '2026-03-02', items: [{ conceptId: 'a', hours: 3 }, { conceptId: 'b', hours: 1 }] },
      { week: 2, start: '2026-03-09', items: [{ conceptId: 'b', hours: 0.5 }] },
    ];
    expect(weekToShow({ weeks, currentWeek: 2, today: '2026-03-10' })).toEqual({ week: weeks[1], state: 'current' });
    expect(weekToShow({ weeks, currentWeek: null, today: '2026-02-20' })).toEqual({ week: weeks[0], state: 'before' });
    expect(weekToShow({ weeks, currentWeek: null, today: '2026-04-01' })).toBeNull();
    expect(plannedHours(weeks)).toEqual(new Map([['a', 3], ['b', 1.5]]));
  });
});
