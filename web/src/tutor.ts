/**
 * Asking the concept tutor: the answer arrives as a stream (`token` events, then `end` or `error`); the stored
 * conversation is `api.chat`. Stopping (abort) keeps what arrived: the API stores it as a partial answer.
 */
import { parseSse } from '../../src/client/sse.js';
import { ApiError } from './api.js';
import type { ApiErrorBody } from './logic.js';

const chatPath = (id: string, conceptId: string) => `/v1/roadmaps/${encodeURIComponent(id)}/concepts/${encodeURIComponent(conceptId)}/chat`;

/** How a streamed answer ended: stored complete, or stopped by an error (its code) with what had arrived. */
export type AskResult = { ended: 'end' } | { ended: 'error'; code: string };

/** Asks; `onText` gets the answer so far after every chunk. Rejects with ApiError when the question is refused. */
export async function ask(id: string, conceptId: string, message: string, onText: (text: string) => void, signal: AbortSignal): Promise<AskResult> {
  let res: Response;
  try {
    res = await fetch(chatPath(id, conceptId), {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ message }),
      signal,
    });
  } catch (err) {
    if (signal.aborted) return { ended: 'error', code: 'ABORTED' };
    throw new ApiError(0, { code: 'NETWORK', message: String(err) });
  }
  if (!res.ok || !res.body) {
    const json = (await res.json().catch(() => undefined)) as { error?: ApiErrorBody } | undefined;
    const retryAfter = Number(res.headers.get('retry-after') ?? NaN);
    throw new ApiError(res.status, json?.error ?? { code: `HTTP_${res.status}`, message: res.statusText }, Number.isFinite(retryAfter) ? retryAfter : undefined);
  }
  let text = '';
  try {
    for await (const e of parseSse(res.body)) {
      if (e.event === 'token') {
        text += (JSON.parse(e.data) as { text: string }).text;
        onText(text);
      } else if (e.event === 'end') return { ended: 'end' };
      else if (e.event === 'error') return { ended: 'error', code: (JSON.parse(e.data) as { code: string }).code };
    }
  } catch (err) {
    if (!signal.aborted) throw new ApiError(0, { code: 'NETWORK', message: String(err) });
  }
  return { ended: 'error', code: signal.aborted ? 'ABORTED' : 'NETWORK' };
}
