/**
 * The buffered execution-log producer every role uses (DESIGN.md rule 5). Events are buffered in memory and
 * sent to the `logs` queue as batches: when a batch is full, on a short timer, and whenever a caller awaits
 * `flush()` (job end, cancel, shutdown). A batch that cannot be sent stays buffered and is retried; only when
 * the buffer is over its bound are the oldest events dropped, and every drop is counted and logged.
 */
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { toStorable, toStorableDeep } from '../domain/text.js';
import { isDependencyUnavailable } from '../dependency-errors.js';
import type { AnyQueue } from '../queue/kit.js';
import type { Logger } from '../telemetry/logger.js';
import { logEvents } from '../telemetry/metrics.js';
import type { LogBatchJob, LogEvent, LogEventInput } from './events.js';

export interface LogProducerOptions {
  batchSize: number;
  flushMs: number;
  bufferMax: number;
}

export interface LogSink {
  emit(input: LogEventInput): LogEvent;
  flush(): Promise<void>;
  /**
   * Backpressure for work loops: resolves at once while the buffer has room, otherwise once it has drained
   * (or sending keeps failing). Call it before producing a burst of events.
   */
  capacity(): Promise<void>;
}

/** Waits between failed sends grow to this; long enough not to hammer a queue that is down. */
const MAX_RETRY_DELAY_MS = 5000;
/** About 20 s of retrying before a caller's flush gives up (and its job fails and is retried later). */
const FLUSH_ATTEMPTS = 8;
/** At shutdown, a few quick tries; what still cannot be sent is dropped and reported. */
const CLOSE_ATTEMPTS = 3;
/**
 * The logs worker retries a batch it cannot write (database down) with doubling delays from 0.5 s: twelve
 * attempts ride out about half an hour of outage; after that the batch stays in the queue's failed set.
 */
const BATCH_JOB_OPTIONS = { attempts: 12, backoff: { type: 'exponential', delay: 500 } } as const;

/**
 * A deterministic event id (UUID v5 layout over SHA-1) for events that mark a fact which may be emitted again
 * after a crash, such as "step completed": the second emission is the same row, stored once.
 */
export function stableEventId(roadmapId: string, key: string): string {
  const h = createHash('sha1').update(`${roadmapId}/${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export class LogProducer implements LogSink {
  private buffer: LogEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private sending: Promise<void> = Promise.resolve();
  private lastSeq = 0;
  private closed = false;
  readonly stats = { emitted: 0, sent: 0, dropped: 0 };

  constructor(
    private readonly queue: AnyQueue<LogBatchJob>,
    private readonly opts: LogProducerOptions,
    private readonly logger: Logger,
  ) {}

  emit(input: LogEventInput): LogEvent {
    const now = Date.now();
    this.lastSeq = Math.max(this.lastSeq + 1, now * 1000);
    const { dedupeKey, ...fields } = input;
    // Events quote outside text (a learner's feedback, a model's error message): made storable here, so
    // neither the queue's PostgreSQL backend nor the logs table can reject the batch for it (rule 12).
    const event: LogEvent = {
      id: dedupeKey ? stableEventId(input.roadmapId, dedupeKey) : randomUUID(),
      seq: this.lastSeq,
      time: new Date(now).toISOString(),
      step: null,
      ...fields,
      message: toStorable(fields.message),
      agent: fields.agent == null ? null : toStorable(fields.agent),
      conceptId: fields.conceptId == null ? null : toStorable(fields.conceptId),
      details: fields.details == null ? null : toStorableDeep(fields.details),
      durationMs: fields.durationMs ?? null,
      requestId: fields.requestId == null ? null : toStorable(fields.requestId),
      clientRequestId: fields.clientRequestId == null ? null : toStorable(fields.clientRequestId),
    };
    this.buffer.push(event);
    this.stats.emitted++;
    logEvents.inc({ outcome: 'emitted' });
    if (this.buffer.length > this.opts.bufferMax) this.dropOldest(this.buffer.length - this.opts.bufferMax);
    if (this.buffer.length >= this.opts.batchSize) this.flushInBackground();
    else this.schedule();
    return event;
  }

  /**
   * Resolves once every event emitted before the call has been handed to the queue. While the queue is
   * unreachable it retries with backoff, and rejects after FLUSH_ATTEMPTS failures (the events stay buffered).
   */
  flush(): Promise<void> {
    this.sending = this.sending.catch(() => undefined).then(() => this.drain(FLUSH_ATTEMPTS));
    return this.sending;
  }

  async capacity(): Promise<void> {
    if (this.buffer.length < this.opts.bufferMax / 2) return;
    await this.flush().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.sending = this.sending.catch(() => undefined).then(() => this.drain(CLOSE_ATTEMPTS));
    await this.sending.catch(() => undefined);
    if (this.buffer.length > 0) this.dropOldest(this.buffer.length);
  }

  private flushInBackground(): void {
    this.flush().catch(() => this.schedule());
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushInBackground();
    }, this.opts.flushMs);
    this.timer.unref();
  }

  private async drain(attempts: number): Promise<void> {
    let failures = 0;
    while (this.buffer.length > 0) {
      const batch = this.buffer.slice(0, this.opts.batchSize);
      try {
        await this.send(batch);
        this.buffer.splice(0, batch.length);
        failures = 0;
      } catch (err) {
        failures++;
        this.logger.warn({ err, buffered: this.buffer.length, failures }, 'log batch not sent; retrying');
        if (failures >= attempts) throw err;
        await sleep(Math.min(MAX_RETRY_DELAY_MS, 100 * 2 ** failures));
      }
    }
  }

  /**
   * Hands a batch to the queue. An unreachable queue is thrown (the batch stays buffered and is retried); a
   * batch the queue refuses for its content is halved until the refused events are isolated, and those are
   * dropped, counted and logged with the reason, so one event never holds back the ones behind it.
   */
  private async send(batch: LogEvent[]): Promise<void> {
    try {
      await this.queue.add('batch', { events: batch }, { jobId: `logs-${batch[0]!.id}-${batch.length}`, ...BATCH_JOB_OPTIONS });
      this.stats.sent += batch.length;
    } catch (err) {
      if (isDependencyUnavailable(err)) throw err;
      if (batch.length === 1) {
        this.stats.dropped++;
        logEvents.inc({ outcome: 'dropped' });
        this.logger.error({ err, event: batch[0], droppedTotal: this.stats.dropped }, 'execution-log event refused by the queue; dropped');
        return;
      }
      const mid = Math.ceil(batch.length / 2);
      await this.send(batch.slice(0, mid));
      await this.send(batch.slice(mid));
    }
  }

  private dropOldest(n: number): void {
    this.buffer.splice(0, n);
    this.stats.dropped += n;
    logEvents.inc({ outcome: 'dropped' }, n);
    this.logger.error({ dropped: n, droppedTotal: this.stats.dropped }, 'execution-log events dropped: buffer full');
  }
}
