/** Request and response schemas of the learner's plan: the weekly schedule, its settings, and spaced review. */
import { z } from 'zod';
import { questionSchema } from '../domain/content.js';
import { CARD_STATES, REVIEW_RATINGS } from '../domain/enums.js';

/**
 * A calendar day from 1970 to 2999 (so every plan's weeks, thousands of them at most, stay in four-digit
 * years). The pattern says all of it but leap days, so the OpenAPI document describes nearly every rule.
 */
const DAY = /^(?:19[7-9]\d|2\d{3})-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2\d))$/;
/** A day that does not exist rolls over into the next month; zod runs this on text the pattern refused, too. */
function isCalendarDay(d: string): boolean {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
}
const day = z
  .string()
  .regex(DAY, 'a day YYYY-MM-DD between 1970 and 2999')
  .refine(isCalendarDay, 'no such day (February has 29 days only in leap years)')
  .describe('YYYY-MM-DD');
/** PostgreSQL has no year 0, which the ISO format allows. */
export const instant = z.iso.datetime({ offset: true }).refine((v) => !v.startsWith('0000'), 'year 0 does not exist');

const hoursPerWeek = z.number().min(1).max(80).describe('1–80');

export const scheduleQuerySchema = z.strictObject({
  start: day.optional().describe('Plan from this day instead of the saved one: a preview, nothing is saved.'),
  today: day.optional().describe("The learner's date in their own time zone; default the server's date (UTC)."),
  format: z.enum(['json', 'ics']).default('json').describe('`ics`: an iCalendar file with one all-day event per week.'),
});

export const scheduleSchema = z
  .object({
    roadmapId: z.uuid(),
    start: z.iso.date(),
    hoursPerWeek: z.number(),
    saved: z.boolean().describe("Whether start and hours are the learner's saved plan (else the roadmap's day of creation and requested hours)."),
    today: z.iso.date(),
    currentWeek: z.number().int().nullable().describe('The week that holds today; null before the first week and after the last.'),
    replanned: z
      .object({ from: z.iso.date(), behind: z.array(z.string()).describe('Concepts not done whose weeks were over.') })
      .nullable()
      .describe('Set when the learner fell behind: then the weeks plan the concepts not done, from today.'),
    weeks: z.array(
      z.object({
        week: z.number().int(),
        start: z.iso.date(),
        hours: z.number().describe('At most hoursPerWeek.'),
        items: z.array(z.object({ conceptId: z.string(), hours: z.number() })).describe('In study order; a concept split across weeks is in each of them.'),
      }),
    ),
  })
  .meta({ id: 'Schedule' });

export const planBodySchema = z.strictObject({ start: day, hoursPerWeek }).meta({ id: 'LearnerPlanUpdate' });
export const planSchema = z
  .object({ roadmapId: z.uuid(), start: z.iso.date(), hoursPerWeek: z.number(), updatedAt: z.iso.datetime() })
  .meta({ id: 'LearnerPlan' });

export const progressQuerySchema = z.strictObject({
  dueBy: instant.optional().describe("Count a concept's cards as due when they are due by then (as the review page does for today); default now."),
});

export const cardParamsSchema = z.strictObject({ cardId: z.uuid() });

export const dueQuerySchema = z.strictObject({
  until: instant.optional().describe('Cards due by then; default now.'),
  limit: z.coerce.number().int().min(0).max(500).default(100).describe('0: only the counts.'),
});

export const dueReviewsSchema = z
  .object({
    until: z.iso.datetime(),
    total: z.number().int(),
    byRoadmap: z.array(z.object({ roadmapId: z.uuid(), due: z.number().int() })),
    items: z.array(
      z.object({
        cardId: z.uuid(),
        roadmapId: z.uuid(),
        conceptId: z.string(),
        questionId: z.string(),
        due: z.iso.datetime(),
        conceptTitle: z.string().optional().describe("Absent when the roadmap's outline no longer has the concept."),
        question: questionSchema.optional().describe("The question from the concept's current quiz; absent when that quiz no longer has it."),
      }),
    ),
  })
  .meta({ id: 'DueReviews' });

export const rateBodySchema = z
  .union([
    z.strictObject({ rating: z.enum(REVIEW_RATINGS) }),
    z.strictObject({ answer: z.array(z.number().int().min(0).max(9)).min(1).max(10).describe("Chosen option indexes, scored against the card's question: right is good, wrong is again.") }),
  ])
  .meta({ id: 'ReviewRating' });

export const reviewedSchema = z
  .object({
    cardId: z.uuid(),
    roadmapId: z.uuid(),
    conceptId: z.string(),
    questionId: z.string(),
    due: z.iso.datetime().describe('When the card is due next.'),
    state: z.enum(CARD_STATES),
    reps: z.number().int(),
    lapses: z.number().int(),
    rating: z.enum(REVIEW_RATINGS),
    correct: z.boolean().optional().describe('When an answer was sent: whether it was right.'),
  })
  .meta({ id: 'ReviewedCard' });
