/**
 * GET /v1/roadmaps/:id/events — Server-Sent Events. Replays the stored execution log after `Last-Event-ID`
 * (or `?after=`), then follows new rows as the logs worker commits them, with no gap and no duplicate at the
 * switch: both phases read the same table through one stable cursor (see listStableLogsAfter). A heartbeat
 * comment keeps proxies from closing an idle stream. The stream always ends with an `end` event carrying the
 * roadmap's terminal status — also for a roadmap that had ended before the client connected.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isTerminal } from '../../domain/enums.js';
import { AppError } from '../../domain/errors.js';
import type { Services } from '../../runtime.js';
import { listStableLogsAfter, sentBefore, STREAM_START, type StreamCursor } from '../../store/sql/execution-logs.js';
import { getRoadmap, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { stableEventId } from '../../logsink/producer.js';
import { sseStreamsOpen } from '../../telemetry/metrics.js';
import { roadmapOf } from '../auth/caller.js';
import { errorSchema, idParamsSchema } from '../schemas.js';
import { logEntry } from '../views.js';

const CURSOR = /^(\d{1,20})-(\d{1,19})$/;
/** A transaction id is an unsigned 64-bit xid8, a position a signed 64-bit bigint. */
const MAX_TX = 2n ** 64n - 1n;
const MAX_POS = 2n ** 63n - 1n;
/** Rows still in open transactions are held back by the cursor; look again soon after a wake-up finds none. */
const RECHECK_MS = 250;
/** Without notifications (a lost one, or none configured) a stream still advances at this pace. */
const IDLE_POLL_MS = 2000;
const PAGE = 500;
/**
 * Events of a run are all queued before its outcome is announced, but several logs workers (or one with
 * concurrency) may commit them out of order: after the outcome, the stream waits until no row has arrived for
 * this long before it ends. Later rows stay readable from /logs.
 */
const END_QUIET_MS = 1500;

function parseCursor(value: string | undefined): StreamCursor {
  if (!value) return STREAM_START;
  const m = CURSOR.exec(value);
  if (!m || BigInt(m[1]!) > MAX_TX || BigInt(m[2]!) > MAX_POS) {
    throw new AppError('INVALID_CURSOR', { message: 'Last-Event-ID / after must be an event id this stream sent.' });
  }
  return { tx: m[1]!, pos: m[2]! };
}

export function eventRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool, notifier, config } = deps;
  return async (app) => {
    app.get(
      '/v1/roadmaps/:id/events',
      {
        schema: {
          summary: 'Live progress (Server-Sent Events): stored events, then new ones, then `end`',
          description:
            'Each `log` event carries one execution-log entry; its `id` is the resume cursor (send it back as `Last-Event-ID`). The stream ends with `event: end` and `{ status }`.',
          tags: ['roadmaps'],
          params: idParamsSchema,
          querystring: z.strictObject({ after: z.string().max(64).optional() }),
          headers: z.object({ 'last-event-id': z.string().max(64).optional() }),
          response: { 200: z.string().describe('text/event-stream'), 400: errorSchema, 404: errorSchema },
        },
      },
      async (request, reply) => {
        const roadmap = roadmapOf(request);
        let cursor = parseCursor(request.headers['last-event-id'] ?? request.query.after);
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
          'x-request-id': request.id,
        });
        res.write(`retry: 2000\n\n`);

        let wake: (() => void) | null = null;
        let pending = true; // read at once
        const poke = () => {
          pending = true;
          wake?.();
        };
        const unsubscribe = notifier.subscribe(roadmap.id, poke);
        let open = true;
        /** When the newest row sent was written: a replay of a long-finished run ends at once. */
        let lastRowAt = 0;
        request.raw.on('close', () => {
          open = false;
          poke();
        });
        const heartbeat = setInterval(() => res.write(`: heartbeat\n\n`), config.SSE_HEARTBEAT_MS);
        const sleep = (ms: number) =>
          new Promise<void>((resolve) => {
            const t = setTimeout(resolve, ms);
            wake = () => {
              clearTimeout(t);
              resolve();
            };
          });

        sseStreamsOpen.inc();
        try {
          while (open) {
            if (!pending) await sleep(IDLE_POLL_MS);
            pending = false;
            // Read the status before the rows: if it is terminal now, every event of the run is committed
            // (the outcome commits before its event is emitted), so rows read after it are complete.
            const current = await getRoadmap(pool, roadmap.id);
            const status = current?.status;
            let rows = await listStableLogsAfter(pool, roadmap.id, cursor, PAGE);
            while (open && rows.length > 0) {
              for (const row of rows) res.write(`id: ${row.tx}-${row.pos}\nevent: log\ndata: ${JSON.stringify(logEntry(row))}\n\n`);
              cursor = { tx: rows.at(-1)!.tx, pos: rows.at(-1)!.pos };
              lastRowAt = Math.max(lastRowAt, ...rows.map((r) => r.written_at.getTime()));
              rows = rows.length === PAGE ? await listStableLogsAfter(pool, roadmap.id, cursor, PAGE) : [];
            }
            if (current && status && isTerminal(status) && (await runAnnounced(pool, current, cursor))) {
              if (Date.now() - lastRowAt >= END_QUIET_MS) {
                res.write(`event: end\ndata: ${JSON.stringify({ status })}\n\n`);
                break;
              }
            }
            if (!pending) await sleep(RECHECK_MS);
          }
        } catch (err) {
          request.log.warn({ err, roadmapId: roadmap.id }, 'event stream failed');
        } finally {
          sseStreamsOpen.dec();
          clearInterval(heartbeat);
          unsubscribe();
          res.end();
        }
      },
    );
  };
}

/** The run's outcome is terminal once the stream has sent its outcome event (or it never comes). */
const OUTCOME_GRACE_MS = 10_000;

/**
 * Whether a finished roadmap's stream may end: its run's outcome event (whose id derives from the roadmap and
 * the run) is at or before the cursor, i.e. it was sent. If that event never arrives (its producer died
 * before sending it), the stream ends anyway after a grace period.
 */
async function runAnnounced(pool: Services['pool'], row: RoadmapRow, cursor: StreamCursor): Promise<boolean> {
  if (await sentBefore(pool, stableEventId(row.id, `outcome-${row.job_seq}`), cursor)) return true;
  return Date.now() - (row.finished_at ?? row.updated_at).getTime() > OUTCOME_GRACE_MS;
}
