/** Liveness (the process answers) and readiness (its database and queue answer too). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readiness } from '../../readiness.js';
import type { ApiDeps } from '../app.js';

const readySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.object({ database: z.string(), queue: z.string() }),
});

export function healthRoutes(deps: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      { schema: { summary: 'Liveness', tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } } },
      async () => ({ status: 'ok' as const }),
    );
    app.get(
      '/readyz',
      { schema: { summary: 'Readiness: database and queue reachable', tags: ['health'], response: { 200: readySchema, 503: readySchema } } },
      async (_request, reply) => {
        const report = await readiness(deps);
        return reply.status(report.status === 'ready' ? 200 : 503).send(report);
      },
    );
  };
}
