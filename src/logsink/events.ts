/**
 * The execution-log event: what every role emits about a roadmap, and what the logs worker stores.
 * `id` is assigned by the producer, so a batch written twice stores each event once.
 */
import { z } from 'zod';
import { LOG_CATEGORIES, LOG_LEVELS, WORKFLOW_STEPS, type LogKey } from '../domain/enums.js';
import type { TransientState } from '../queue/jobs.js';

export const logEventSchema = z
  .object({
    id: z.uuid(),
    roadmapId: z.uuid(),
    /** Ordering key within a roadmap: the producer's monotonic microsecond clock. */
    seq: z.number().int().nonnegative(),
    level: z.enum(LOG_LEVELS),
    category: z.enum(LOG_CATEGORIES),
    step: z.enum(WORKFLOW_STEPS).nullable(),
    agent: z.string().max(100).nullable(),
    conceptId: z.string().max(100).nullable(),
    message: z.string().max(10_000),
    details: z.record(z.string(), z.unknown()).nullable(),
    durationMs: z.number().int().nonnegative().nullable(),
    requestId: z.string().max(200).nullable(),
    /** The client's own X-Request-Id beside the server's requestId; absent in events from older producers. */
    clientRequestId: z.string().max(64).nullable().default(null),
    time: z.iso.datetime(),
  })
  .meta({ id: 'ExecutionLog' });

export type LogEvent = z.infer<typeof logEventSchema>;

/**
 * What an emitter supplies; the producer fills in id, seq and time. An event with a `dedupeKey` gets an id
 * derived from it, so emitting it again (after a crash and a redelivery) stores it once.
 */
export type LogEventInput = Pick<LogEvent, 'roadmapId' | 'level' | 'category' | 'message'> &
  Partial<Pick<LogEvent, 'step' | 'agent' | 'conceptId' | 'details' | 'durationMs' | 'requestId' | 'clientRequestId'>> & {
    dedupeKey?: string;
  };

export interface LogBatchJob {
  events: LogEvent[];
  /** Set by the retry policy while the batch waits out a database outage. */
  transient?: TransientState;
}

/** The `details` of a standard event: its stable key and the values its message is made of. */
export const keyed = (key: LogKey, values: Record<string, unknown> = {}): Record<string, unknown> => ({ key, ...values });
