/** Reads a roadmap's event stream in tests: every raw SSE event, and the comments, until `end` or a stop. */
import { parseSse, type RawEvent } from '../../src/client/events.js';

export type SseEvent = RawEvent;

export interface SseReader {
  events: SseEvent[];
  comments: string[];
  done: Promise<void>;
  stop(): void;
}

export function readSse(url: string, headers: Record<string, string> = {}): SseReader {
  const controller = new AbortController();
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const done = (async () => {
    const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
    if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}: ${await res.text()}`);
    try {
      for await (const e of parseSse(res.body, (c) => comments.push(c))) events.push(e);
    } catch (err) {
      if (!controller.signal.aborted) throw err;
    }
  })();
  return { events, comments, done, stop: () => controller.abort() };
}
