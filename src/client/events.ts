/**
 * A minimal Server-Sent Events client for a roadmap's event stream: parses `id`, `event` and `data` fields,
 * reconnects with Last-Event-ID when the connection drops, and stops after the `end` event.
 */
import { setTimeout as sleep } from 'node:timers/promises';

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

export interface RawEvent {
  id: string | null;
  event: string;
  data: string;
}

/** Parses an SSE body into events; comment lines (heartbeats) go to `onComment`. */
export async function* parseSse(body: ReadableStream<Uint8Array>, onComment?: (text: string) => void): AsyncGenerator<RawEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let current: RawEvent = { id: null, event: 'message', data: '' };
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).replace(/\r$/, '');
      buffer = buffer.slice(nl + 1);
      if (line === '') {
        if (current.data !== '' || current.event !== 'message') yield current;
        current = { id: null, event: 'message', data: '' };
      } else if (line.startsWith(':')) {
        onComment?.(line.slice(1).trim());
      } else {
        const i = line.indexOf(':');
        const field = i < 0 ? line : line.slice(0, i);
        const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
        if (field === 'id') current.id = value;
        else if (field === 'event') current.event = value;
        else if (field === 'data') current.data += (current.data ? '\n' : '') + value;
      }
    }
  }
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
