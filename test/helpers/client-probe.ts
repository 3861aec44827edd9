/**
 * What a learner sees while a fault lasts: requests for new roadmaps sent at a steady pace (each answer
 * counted by status, or by why there was none), and one roadmap's event stream followed as a browser's
 * EventSource would: reconnecting with Last-Event-ID after the `retry` delay the server sends, until `end`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultSystem } from './fault-system.js';
import { readSse } from './sse.js';

/** The reconnect delay the event stream asks for (`retry: 2000`), as an EventSource honours it. */
const SSE_RETRY_MS = 2000;
/** Once the run has settled, a stream still open gets this long to send `end` (it waits for quiet first). */
const STREAM_END_GRACE_MS = 15_000;

export interface StreamSeen {
  roadmapId: string;
  events: number;
  /** Events received again under an id already seen. */
  duplicates: number;
  /** Times the stream closed without `end` and the client connected again. */
  reconnects: number;
  /** The status in `end`, or null if the stream never ended. */
  ended: string | null;
  lastError: string | null;
}

export interface ClientSeen {
  /** Answers to POST /v1/roadmaps while the fault lasted: `202`, `503`, `refused`, `timeout`… → count. */
  answers: Record<string, number>;
  stream: StreamSeen;
}

export interface ClientProbe {
  /** Roadmaps the API accepted (202) while probing: they count as accepted work like any other. */
  readonly accepted: string[];
  /** The fault has cleared: no more requests. */
  stopAsking(): Promise<void>;
  /** After the run: what the client saw. A settled run's stream gets a short grace to send `end`. */
  finish(settled: boolean): Promise<ClientSeen>;
}

export function watchClient(sys: FaultSystem, o: { askEveryMs: number; follow: string }): ClientProbe {
  const accepted: string[] = [];
  const answers: Record<string, number> = {};
  const asking = new AbortController();
  const asker = (async () => {
    while (!asking.signal.aborted) {
      const next = Date.now() + o.askEveryMs;
      const a = await sys.ask();
      const key = 'status' in a ? String(a.status) : a.failure;
      answers[key] = (answers[key] ?? 0) + 1;
      if ('status' in a && a.status === 202 && a.id) accepted.push(a.id);
      await sleep(Math.max(0, next - Date.now()), undefined, { signal: asking.signal }).catch(() => undefined);
    }
  })();
  const stream: StreamSeen = { roadmapId: o.follow, events: 0, duplicates: 0, reconnects: 0, ended: null, lastError: null };
  const following = new AbortController();
  const follower = followStream(`${sys.baseUrl}/v1/roadmaps/${o.follow}/events`, stream, following.signal);
  return {
    accepted,
    async stopAsking() {
      asking.abort();
      await asker;
    },
    async finish(settled) {
      asking.abort();
      await asker;
      const timer = setTimeout(() => following.abort(), settled ? STREAM_END_GRACE_MS : 0);
      await follower;
      clearTimeout(timer);
      following.abort();
      return { answers, stream };
    },
  };
}

async function followStream(url: string, seen: StreamSeen, signal: AbortSignal): Promise<void> {
  const ids = new Set<string>();
  let lastId: string | null = null;
  while (!signal.aborted && seen.ended === null) {
    const reader = readSse(url, lastId ? { 'last-event-id': lastId } : {});
    const stop = () => reader.stop();
    signal.addEventListener('abort', stop, { once: true });
    try {
      await reader.done;
    } catch (err) {
      // The gist ("stream answered 503", "connect ECONNREFUSED 127.0.0.1"), not the whole error body.
      const message = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
      if (!signal.aborted) seen.lastError = message.split(':')[0]!;
    } finally {
      signal.removeEventListener('abort', stop);
    }
    for (const e of reader.events) {
      if (e.event === 'end') seen.ended = (JSON.parse(e.data) as { status: string }).status;
      if (e.event !== 'log') continue;
      seen.events++;
      if (e.id && ids.has(e.id)) seen.duplicates++;
      if (e.id) ids.add(e.id);
      lastId = e.id ?? lastId;
    }
    if (seen.ended !== null || signal.aborted) break;
    seen.reconnects++;
    await sleep(SSE_RETRY_MS, undefined, { signal }).catch(() => undefined);
  }
}
