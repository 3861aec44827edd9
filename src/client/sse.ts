/** Server-Sent Events parsing, with no runtime dependency: the CLI's client and the web app read streams with it. */

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
  // A reader rather than `for await`: not every browser can iterate a ReadableStream.
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
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
  } finally {
    // A reader that stops early (after `end`, say) lets go of the connection; one that read to the end has
    // nothing left to cancel, and a failed cancel of a broken stream is no news.
    await reader.cancel().catch(() => undefined);
  }
}
