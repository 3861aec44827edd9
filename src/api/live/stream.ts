/**
 * One watcher's Server-Sent Events stream: frames written in cursor order, each at most once; while its replay
 * of the stored log runs, what its feed delivers is held and taken afterwards (only what lies beyond the
 * replay). A heartbeat comment keeps proxies from closing an idle stream. A stream that outlives
 * SSE_MAX_DURATION_MS is closed so the client reconnects after its last event (and its memory is given back); one
 * whose client does not read (more than SSE_MAX_BUFFER_BYTES waiting) is dropped rather than buffered forever.
 */
import type { ServerResponse } from 'node:http';
import type { RoadmapStatus } from '../../domain/enums.js';
import type { StreamCursor } from '../../store/sql/execution-logs.js';
import { after, type Frame, type Watcher } from './feed.js';

/** Starts a Server-Sent Events answer on a hijacked reply: the headers every stream of this API sends. */
export function writeSseHead(res: ServerResponse, requestId: string): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': requestId,
  });
}

/** One event: its name and its data as one line of JSON (so newlines inside the data cannot end it). */
export function sseEvent(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The last event of a stream that cannot go on; the client reconnects after the last event it received. */
export function errorEvent(code: string, message: string): string {
  return sseEvent('error', { code, message });
}

export interface StreamOptions {
  heartbeatMs: number;
  maxDurationMs: number;
  maxBufferBytes: number;
}

export class Stream implements Watcher {
  private replaying = true;
  private held: Frame[] = [];
  private finish: (() => void) | null = null;
  private closed = false;
  private readonly timers: NodeJS.Timeout[];

  constructor(
    private readonly res: ServerResponse,
    public cursor: StreamCursor,
    private readonly o: StreamOptions,
  ) {
    this.timers = [
      setInterval(() => this.send(': heartbeat\n\n'), o.heartbeatMs),
      // No `end`: the client reconnects with Last-Event-ID and goes on where it was.
      setTimeout(() => this.close(), o.maxDurationMs),
    ];
  }

  get open(): boolean {
    return !this.closed;
  }

  /**
   * Frames in cursor order: those beyond this stream's cursor go out in one write, so a page of events costs
   * each stream one write, not one per event.
   */
  write(frames: readonly Frame[]): void {
    let text = '';
    for (const f of frames) {
      if (!after(f.cursor, this.cursor)) continue;
      this.cursor = f.cursor;
      text += f.text;
    }
    if (text) this.send(text);
  }

  deliver(frames: readonly Frame[]): void {
    if (this.replaying) this.held.push(...frames);
    else this.write(frames);
  }

  /** The replay is done: what the feed delivered meanwhile follows, then an ending that came meanwhile. */
  replayed(): void {
    this.replaying = false;
    this.write(this.held);
    this.held = [];
    this.finish?.();
  }

  end(status: RoadmapStatus): void {
    this.settle(() => this.close(sseEvent('end', { status })));
  }

  fail(code: string, message: string): void {
    this.settle(() => this.close(errorEvent(code, message)));
  }

  private settle(finish: () => void): void {
    if (this.replaying) this.finish = finish;
    else finish();
  }

  private send(text: string): void {
    if (this.closed) return;
    this.res.write(text);
    if (this.res.writableLength > this.o.maxBufferBytes) this.close();
  }

  close(last?: string): void {
    if (this.closed) return;
    if (last) this.res.write(last);
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.res.end();
  }
}

/**
 * Caps on open streams: per client (its user, or its address in local mode) and per process. Past them a new
 * stream is refused with 429 or 503 and Retry-After, before anything is opened.
 */
export class StreamCounts {
  private total = 0;
  private readonly perClient = new Map<string, number>();

  constructor(private readonly max: { perProcess: number; perClient: number }) {}

  get open(): number {
    return this.total;
  }

  /** 'client' or 'process' if a limit is reached; otherwise counts the stream and returns its release. */
  take(client: string): (() => void) | 'client' | 'process' {
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.max.perClient) return 'client';
    if (this.total >= this.max.perProcess) return 'process';
    this.perClient.set(client, mine + 1);
    this.total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    };
  }
}
