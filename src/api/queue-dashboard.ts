/**
 * The queue dashboard for admins at /admin/queues: `@bull-board/fastify` over the three queues, on Redis or on
 * BullMQ's PostgreSQL backend (bull-board speaks BullMQ's API, not a backend). Its routes are admin-only by
 * the access rules (src/api/auth/caller.ts); its page runs a script and styles of its own, so its CSP allows
 * inline ones where the rest of the site does not.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { QUEUE_NAMES } from '../domain/enums.js';
import type { QueueKit } from '../queue/kit.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

export async function registerQueueDashboard(app: FastifyInstance, queues: QueueKit): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  createBullBoard({
    queues: Object.values(QUEUE_NAMES).map((name) => new BullMQAdapter(queues.queue(name) as unknown as Queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Pathsmith queues' } },
  });
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
}
