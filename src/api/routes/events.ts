/**
 * GET /v1/roadmaps/:id/events — Server-Sent Events. Replays the stored execution log after `Last-Event-ID`
 * (or `?after=`), then follows new rows through the roadmap's shared feed (src/api/live/feed.ts), with no gap
 * and no duplicate at the switch. The stream always ends with an `end` event carrying the roadmap's terminal
 * status — also for a roadmap that had ended before the client connected — or, if it cannot go on, with an
 * `error` event (the client reconnects after its last event). Streams are capped per client and per process.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.js';
import type { Services } from '../../runtime.js';
import { STREAM_START, type StreamCursor } from '../../store/sql/execution-logs.js';
import { callerOf, roadmapOf } from '../auth/caller.js';
import { Feeds, lastWrittenAt, RECENT_FRAMES, storedFrames, type Frame } from '../live/feed.js';
import { errorEvent, Stream, StreamCounts, writeSseHead } from '../live/stream.js';
import { sseStreamsOpen } from '../../telemetry/metrics.js';
import { errorSchema, idParamsSchema } from '../schemas.js';

const CURSOR = /^(\d{1,20})-(\d{1,19})$/;
/** A transaction id is an unsigned 64-bit xid8, a position a signed 64-bit bigint. */
const MAX_TX = 2n ** 64n - 1n;
const MAX_POS = 2n ** 63n - 1n;
/** A refused stream is worth retrying soon: streams end all the time. */
const RETRY_AFTER_S = 5;

function parseCursor(value: string | undefined): StreamCursor {
  if (!value) return STREAM_START;
  const m = CURSOR.exec(value);
  if (!m || BigInt(m[1]!) > MAX_TX || BigInt(m[2]!) > MAX_POS) {
    throw new AppError('INVALID_CURSOR', { message: 'Last-Event-ID / after must be an event id this stream sent.' });
  }
  return { tx: m[1]!, pos: m[2]! };
}

export function eventRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool, config } = deps;
  const feeds = new Feeds(deps);
  const counts = new StreamCounts({ perProcess: config.SSE_MAX_STREAMS, perClient: config.SSE_MAX_STREAMS_PER_CLIENT });
  const options = { heartbeatMs: config.SSE_HEARTBEAT_MS, maxDurationMs: config.SSE_MAX_DURATION_MS, maxBufferBytes: config.SSE_MAX_BUFFER_BYTES };
  return async (app) => {
    app.get(
      '/v1/roadmaps/:id/events',
      {
        schema: {
          summary: 'Live progress (Server-Sent Events): stored events, then new ones, then `end`',
          description:
            'Each `log` event carries one execution-log entry; its `id` is the resume cursor (send it back as `Last-Event-ID`). The stream ends with `event: end` and `{ status }`, or with `event: error` and `{ code, message }` when it cannot go on. Too many streams: `429 TOO_MANY_STREAMS` (this client) or `503 STREAMS_AT_CAPACITY` (this server), with Retry-After.',
          tags: ['roadmaps'],
          params: idParamsSchema,
          querystring: z.strictObject({ after: z.string().max(64).optional() }),
          headers: z.object({ 'last-event-id': z.string().max(64).optional() }),
          response: { 200: z.string().describe('text/event-stream'), 400: errorSchema, 404: errorSchema, 429: errorSchema, 503: errorSchema },
        },
      },
      async (request, reply) => {
        const roadmap = roadmapOf(request);
        const start = parseCursor(request.headers['last-event-id'] ?? request.query.after);
        const caller = callerOf(request);
        const release = counts.take(caller.via === 'local' ? `ip:${request.ip}` : `user:${caller.user.id}`);
        if (release === 'client') throw new AppError('TOO_MANY_STREAMS', { retryAfter: RETRY_AFTER_S });
        if (release === 'process') throw new AppError('STREAMS_AT_CAPACITY', { retryAfter: RETRY_AFTER_S });

        reply.hijack();
        const res = reply.raw;
        writeSseHead(res, request.id);
        res.write(`retry: 2000\n\n`);
        const stream = new Stream(res, start, options);
        const membership = feeds.join(roadmap.id, stream);
        sseStreamsOpen.inc();
        let left = false;
        const leave = () => {
          if (left) return;
          left = true;
          stream.close();
          membership.leave();
          release();
          sseStreamsOpen.dec();
        };
        res.on('close', leave);

        try {
          // The replay: from the roadmap's feed when others watch it already (it holds the log read so far),
          // else this stream's own read of the stored log after its cursor; the feed takes over after it.
          let lastRowAt = 0;
          let replayed: { since: StreamCursor; frames: Frame[] } | undefined;
          const shared = membership.framesAfter(start);
          if (shared) {
            stream.write(shared); // the feed knows when its last row was written
          } else {
            const read: Frame[] = [];
            for await (const frames of storedFrames(pool, roadmap.id, start)) {
              if (!stream.open) break;
              stream.write(frames);
              if (read.length < RECENT_FRAMES) read.push(...frames);
              lastRowAt = lastWrittenAt(frames, lastRowAt);
            }
            replayed = read.length < RECENT_FRAMES ? { since: start, frames: read } : undefined;
          }
          stream.replayed();
          if (stream.open) membership.ready(stream.cursor, lastRowAt, replayed);
        } catch (err) {
          request.log.warn({ err, roadmapId: roadmap.id }, 'event stream replay failed');
          // At once, not after the held frames: they lie beyond rows this replay never sent.
          stream.close(errorEvent('DEPENDENCY_UNAVAILABLE', 'The stored events could not be read; reconnect to try again.'));
          leave();
        }
      },
    );
  };
}
