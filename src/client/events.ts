/**
 * A minimal Server-Sent Events client for a roadmap's event stream: parses `id`, `event` and `data` fields,
 * reconnects with Last-Event-ID when the connection drops, and stops after the `end` event.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parseSse } from './sse.js';

export { parseSse, type RawEvent } from './sse.js';

export interface StreamEvent {
  id: string | null;
  message: string;
  level: string;
  category: string;
  step: string | null;
  durationMs: number | null;
  details: Record<string, unknown> | null;
  /** Set on the final event: the roadmap's terminal status. */
  terminal?: string;
}

/** Where the API is, and the headers every request sends (an API key in accounts mode). */
export interface ApiTarget {
  base: string;
  headers: Record<string, string>;
}

export async function* followEvents(api: ApiTarget, roadmapId: string, options: { maxReconnects?: number } = {}): AsyncGenerator<StreamEvent> {
  let lastId: string | null = null;
  let failures = 0;
  while (failures <= (options.maxReconnects ?? 20)) {
    try {
      const res = await fetch(`${api.base}/v1/roadmaps/${roadmapId}/events`, {
        headers: { ...api.headers, accept: 'text/event-stream', ...(lastId ? { 'last-event-id': lastId } : {}) },
      });
      if (!res.ok || !res.body) throw new Error(`event stream answered ${res.status}`);
      for await (const e of parseSse(res.body)) {
        failures = 0;
        if (e.event === 'end') {
          const { status } = JSON.parse(e.data) as { status: string };
          yield { id: e.id, message: `Roadmap ${status}`, level: 'info', category: 'workflow', step: null, durationMs: null, details: { status }, terminal: status };
          return;
        }
        if (e.event !== 'log') continue;
        lastId = e.id ?? lastId;
        yield { ...(JSON.parse(e.data) as Omit<StreamEvent, 'id'>), id: e.id };
      }
    } catch {
      failures++;
    }
    await sleep(Math.min(5000, 250 * 2 ** failures));
  }
  throw new Error(`lost the event stream of roadmap ${roadmapId}`);
}
