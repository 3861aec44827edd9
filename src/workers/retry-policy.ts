/**
 * The one retry classifier for every job and both LLM providers (DESIGN.md lifecycle, mechanism 2). Given what
 * a job threw and the signal it ran under, it says what the failure is:
 * - `cancelled`: the learner cancelled; final, and nothing is marked failed;
 * - `transient`: PostgreSQL or Redis unreachable, a connection reset, the LLM's 5xx/429/timeouts — waited out
 *   with capped backoff for up to TRANSIENT_RETRY_WINDOW_MS without spending the content attempts;
 * - `content`: this attempt produced nothing usable (invalid output after repair, the job's time limit, an
 *   unexpected error); spends one attempt;
 * - `permanent`: another attempt cannot help (the LLM refused the request, the outline cannot be repaired).
 */
import { WorkError, type FailureClass, type FailureCode } from '../domain/errors.js';
import { isDependencyUnavailable } from '../dependency-errors.js';
import { RoadmapCancelled } from './cancellation.js';

export type Verdict = { kind: 'cancelled' } | { kind: FailureClass; code: FailureCode; message: string };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function classify(err: unknown, signal?: AbortSignal): Verdict {
  // The signal says why an aborted call stopped, whichever provider or statement it interrupted.
  if (signal?.aborted) {
    if (signal.reason instanceof RoadmapCancelled) return { kind: 'cancelled' };
    if (isTimeout(signal.reason)) return { kind: 'content', code: 'JOB_TIMEOUT', message: 'the job reached its time limit' };
  }
  if (err instanceof RoadmapCancelled) return { kind: 'cancelled' };
  if (err instanceof WorkError) return { kind: err.failure, code: err.code, message: err.message };
  if (isDependencyUnavailable(err)) {
    return { kind: 'transient', code: 'DEPENDENCY_UNAVAILABLE', message: messageOf(err) };
  }
  return { kind: 'content', code: 'UNEXPECTED_ERROR', message: messageOf(err) };
}

function isTimeout(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'TimeoutError';
}

/** Capped exponential backoff with full jitter for the n-th wait (1-based) on an infrastructure fault. */
export function transientDelayMs(wait: number, random: () => number = Math.random): number {
  return Math.round(TRANSIENT_BACKOFF.minMs + random() * Math.min(TRANSIENT_BACKOFF.maxMs, TRANSIENT_BACKOFF.baseMs * 2 ** (wait - 1)));
}

export const TRANSIENT_BACKOFF = {
  /** Never retry in a tight loop, even with a lucky draw. */
  minMs: 250,
  baseMs: 1000,
  /** A recovered dependency is noticed within this long; each retry costs one cheap query, so waiting longer buys little. */
  maxMs: 10_000,
};
