/** Liveness (the process answers) and readiness (its database and queue answer too). */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ping } from '../../store/sql/activity.js';
import type { ApiDeps } from '../app.js';

/** Readiness probes must answer quickly even when a dependency hangs. */
const PROBE_TIMEOUT_MS = 2000;

const check = async (probe: () => Promise<unknown>): Promise<'ok' | string> => {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS))),
    ]);
    return 'ok';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    clearTimeout(timer);
  }
};

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
        const [database, queue] = await Promise.all([check(() => ping(deps.pool)), check(() => deps.queues.ping())]);
        const ok = database === 'ok' && queue === 'ok';
        return reply.status(ok ? 200 : 503).send({ status: ok ? 'ready' : 'unavailable', checks: { database, queue } });
      },
    );
  };
}
