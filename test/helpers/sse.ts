/** Reads a roadmap's event stream in tests: every raw SSE event, including comments, until `end` or a stop. */
export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

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
    const decoder = new TextDecoder();
    let buffer = '';
    let cur: SseEvent = { id: null, event: 'message', data: '' };
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line === '') {
            if (cur.data || cur.event !== 'message') events.push(cur);
            cur = { id: null, event: 'message', data: '' };
          } else if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else {
            const i = line.indexOf(':');
            const [field, value] = [line.slice(0, i), line.slice(i + 1).replace(/^ /, '')];
            if (field === 'id') cur.id = value;
            if (field === 'event') cur.event = value;
            if (field === 'data') cur.data += value;
          }
        }
      }
    } catch (err) {
      if (!controller.signal.aborted) throw err;
    }
  })();
  return { events, comments, done, stop: () => controller.abort() };
}
