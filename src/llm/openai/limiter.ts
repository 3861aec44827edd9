/**
 * A process-wide limiter for LLM requests (DESIGN.md rule 3): at most `concurrency` requests in flight and at
 * most `rpm` request starts in any rolling minute. The provider builds one, and the process builds one provider,
 * so every job of a worker process shares the same budget. Waiters are served first come, first served.
 */

export interface LimiterOptions {
  /** Requests in flight at once; at least 1. */
  concurrency: number;
  /** Request starts per rolling minute; 0 means unlimited. */
  rpm: number;
}

export interface Limiter {
  /** Runs `fn` once a slot is free; rejects with the signal's reason if `signal` aborts while still waiting. */
  run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly inFlight: number;
  readonly waiting: number;
}

/** Providers quote rate limits per minute, so the rolling window is exactly one minute. */
const WINDOW_MS = 60_000;

interface Waiter {
  start: () => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

export function createLimiter(o: LimiterOptions): Limiter {
  const concurrency = Math.max(1, Math.floor(o.concurrency));
  const rpm = Math.max(0, Math.floor(o.rpm));
  const queue: Waiter[] = [];
  /** Start times within the last window, oldest first; never longer than `rpm`. */
  const starts: number[] = [];
  let inFlight = 0;
  let timer: NodeJS.Timeout | undefined;

  /** How long until the rpm budget allows another start; 0 when it does now. */
  function rpmWait(now: number): number {
    if (rpm === 0) return 0;
    while (starts.length > 0 && starts[0]! <= now - WINDOW_MS) starts.shift();
    return starts.length < rpm ? 0 : starts[0]! + WINDOW_MS - now;
  }

  function pump(): void {
    while (queue.length > 0 && inFlight < concurrency) {
      const now = Date.now();
      const wait = rpmWait(now);
      if (wait > 0) {
        if (!timer) {
          timer = setTimeout(() => {
            timer = undefined;
            pump();
          }, wait);
          // A limiter with waiters must not keep an otherwise finished process alive on its own.
          timer.unref();
        }
        return;
      }
      const w = queue.shift()!;
      if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
      if (rpm > 0) starts.push(now);
      inFlight++;
      w.start();
    }
  }

  function release(): void {
    inFlight--;
    pump();
  }

  return {
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length;
    },
    run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const w: Waiter = {
          signal,
          start: () => {
            // fn may throw synchronously; either way the slot is released exactly once.
            Promise.resolve()
              .then(fn)
              .then(resolve, reject)
              .finally(release);
          },
        };
        if (signal) {
          w.onAbort = () => {
            const i = queue.indexOf(w);
            if (i >= 0) {
              queue.splice(i, 1);
              reject(signal.reason);
            }
          };
          signal.addEventListener('abort', w.onAbort, { once: true });
        }
        queue.push(w);
        pump();
      });
    },
  };
}
