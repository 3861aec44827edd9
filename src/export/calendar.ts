/**
 * A learner's schedule as an iCalendar file (ical-generator): one all-day event per week, spanning its seven
 * days, that lists the concepts of the week and their hours. Events are marked free time, so a study week
 * never shows a learner as busy; their ids are stable, so importing the file again updates the same weeks.
 */
import ical, { ICalEventTransparency } from 'ical-generator';
import { conceptsOf, type Outline } from '../domain/roadmap.js';
import { addDays, type ScheduleWeek } from '../domain/schedule.js';
import { wordsFor } from './words.js';

const atUtcMidnight = (day: string) => new Date(`${day}T00:00:00Z`);

export function scheduleCalendar(p: { roadmapId: string; outline: Outline; language: string; weeks: readonly ScheduleWeek[] }): string {
  const w = wordsFor(p.language);
  const titles = new Map(conceptsOf(p.outline).map((c) => [c.id, c.title]));
  const calendar = ical({ name: p.outline.title, prodId: { company: 'Pathsmith', product: 'pathsmith', language: 'EN' } });
  for (const week of p.weeks) {
    const names = week.items.map((x) => titles.get(x.conceptId) ?? x.conceptId);
    calendar.createEvent({
      id: `${p.roadmapId}-${week.start}@pathsmith`,
      allDay: true,
      // All-day dates are written from their UTC parts: midnight UTC is the calendar day itself.
      start: atUtcMidnight(week.start),
      end: atUtcMidnight(addDays(week.start, 7)),
      summary: w.weekEvent(week.week, w.hours(week.hours), w.list(names)),
      description: week.items.map((x, i) => `• ${names[i]} — ${w.hours(x.hours)}`).join('\n'),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
