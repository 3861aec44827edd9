/**
 * A client that goes away mid-request is its own event, logged at debug with its reason — never an error-level
 * line, and never DEPENDENCY_UNAVAILABLE, which only a real database or queue failure may give.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('postgres', { content: false, logs: false, captureApiLog: 'debug' });
});
afterAll(() => sys?.close());

/** Sends `head` on a raw socket, waits until the server has read it, then resets the connection. */
function abortAfter(head: string): Promise<void> {
  const { port } = new URL(sys.baseUrl);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(head, () => setImmediate(() => socket.resetAndDestroy())));
    socket.on('close', () => resolve());
    socket.on('error', () => undefined);
  });
}

describe('client disconnects', () => {
  it('an upload aborted mid-body is logged at debug as the client closing, not as an outage', async () => {
    const before = sys.apiLog.length;
    const aborted = 20;
    await Promise.all(
      Array.from({ length: aborted }, () =>
        abortAfter('POST /v1/roadmaps HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"goal":"Learn'),
      ),
    );
    const lines = () => sys.apiLog.slice(before);
    await waitFor(async () => lines().filter((l) => l.code === 'CLIENT_CLOSED_REQUEST').length === aborted, 10_000, 'a debug line per aborted request');
    expect(lines().filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
    expect(lines().filter((l) => JSON.stringify(l).includes('DEPENDENCY_UNAVAILABLE'))).toEqual([]);
    expect(lines().filter((l) => l.code === 'CLIENT_CLOSED_REQUEST').every((l) => l.level === 'debug' && l.reason === 'closed while sending the request')).toBe(true);
  });

  it('requests abandoned while the server works on them leave no error line either', async () => {
    const before = sys.apiLog.length;
    const body = JSON.stringify({ goal: 'Learn Go' });
    const heads = [
      `POST /v1/roadmaps HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      'GET /v1/roadmaps?limit=100 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      'GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
    ];
    await Promise.all(Array.from({ length: 30 }, (_, i) => abortAfter(heads[i % heads.length]!)));
    // Each request the server received (a reset can beat its bytes) was answered before its client left, or
    // is logged as abandoned: wait until every one has ended.
    const ids = (pick: (l: Record<string, unknown>) => boolean) => new Set(sys.apiLog.slice(before).filter(pick).map((l) => l.requestId));
    const unended = () => {
      const ended = ids((l) => l.msg === 'request completed' || l.code === 'CLIENT_CLOSED_REQUEST');
      return [...ids((l) => l.msg === 'incoming request')].filter((id) => !ended.has(id));
    };
    await waitFor(async () => ids((l) => l.msg === 'incoming request').size > 0 && unended().length === 0, 10_000, 'every request to end');
    const lines = sys.apiLog.slice(before);
    expect(lines.filter((l) => l.code === 'CLIENT_CLOSED_REQUEST').length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.code === 'CLIENT_CLOSED_REQUEST').every((l) => l.level === 'debug' && l.reason === 'closed before the answer was sent')).toBe(true);
    expect(lines.filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
    expect(lines.filter((l) => JSON.stringify(l).includes('DEPENDENCY_UNAVAILABLE'))).toEqual([]);
  });
});
