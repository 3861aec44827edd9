/** The learner's weekly schedule of a roadmap (JSON or iCalendar), and the start and hours it is planned with. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scheduleCalendar } from '../../export/calendar.js';
import { scheduleOf } from '../../learning/plan.js';
import type { Services } from '../../runtime.js';
import { saveLearnerPlan } from '../../store/sql/learner-plans.js';
import { callerOf, roadmapOf } from '../auth/caller.js';
import { planBodySchema, planSchema, scheduleQuerySchema, scheduleSchema } from '../learner-schemas.js';
import { errorSchema, idParamsSchema } from '../schemas.js';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

export function scheduleRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool } = deps;
  return async (app) => {
    app.get(
      '/v1/roadmaps/:id/schedule',
      {
        schema: {
          summary: "The learner's week-by-week schedule",
          description:
            'Concepts in prerequisite order, no week over the hours per week, a concept split across weeks where it must. When a week is over ' +
            'with a concept not done, the concepts not done are planned again from today. `format=ics` answers an iCalendar file instead.',
          tags: ['progress'],
          params: idParamsSchema,
          querystring: scheduleQuerySchema,
          response: { 200: scheduleSchema.or(z.string().describe('With `format=ics`: the iCalendar file (text/calendar).')), ...errors },
        },
      },
      async (request, reply) => {
        const row = roadmapOf(request);
        const { format, ...ask } = request.query;
        const schedule = await scheduleOf(pool, callerOf(request).user.id, row, ask);
        if (format === 'json') return schedule;
        // scheduleOf has refused a roadmap without an outline.
        const body = scheduleCalendar({ roadmapId: row.id, outline: row.outline!, language: row.request.language, weeks: schedule.weeks });
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="roadmap-${row.id.slice(0, 8)}.ics"`)
          .serializer((x) => x as string)
          .send(body);
      },
    );

    app.put(
      '/v1/roadmaps/:id/plan',
      {
        schema: {
          summary: 'Set the day the schedule starts and the hours per week it plans',
          tags: ['progress'],
          params: idParamsSchema,
          body: planBodySchema,
          response: { 200: planSchema, ...errors },
        },
      },
      async (request) => {
        const row = roadmapOf(request);
        const saved = await saveLearnerPlan(pool, { ownerId: callerOf(request).user.id, roadmapId: row.id, start: request.body.start, hoursPerWeek: request.body.hoursPerWeek });
        return { roadmapId: row.id, start: saved.start_date, hoursPerWeek: saved.hours_per_week, updatedAt: saved.updated_at.toISOString() };
      },
    );
  };
}
