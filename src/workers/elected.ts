/**
 * Background duties that exactly one instance should do at a time (the reconciler, log retention), elected
 * by a lease row (src/store/sql/leases.ts) so the election works behind PgBouncer in transaction mode. Every
 * round the holder renews its lease before it works; an instance that dies stops renewing, and another takes
 * the lease once it has expired — three rounds later.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Pool } from '../store/db.js';
import { acquireLease, releaseLease } from '../store/sql/leases.js';
import type { Logger } from '../telemetry/logger.js';

/** Rounds a lease outlives its last renewal: one slow round must not hand the duty to someone else. */
const LEASE_ROUNDS = 3;

export interface ElectedDuty {
  /** Runs one round now if this instance holds (or wins) the lease; true if it did. */
  runOnce(): Promise<boolean>;
  stop(): Promise<void>;
}

export function runElected(o: { pool: Pool; logger: Logger; name: string; intervalMs: number; duty: () => Promise<void> }): ElectedDuty {
  const holder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const ttlMs = Math.max(o.intervalMs * LEASE_ROUNDS, 5000);
  let current: Promise<boolean> | null = null;
  let held = false;

  const round = async (): Promise<boolean> => {
    const won = await acquireLease(o.pool, o.name, holder, ttlMs);
    if (won !== held) o.logger.info({ duty: o.name, holder }, won ? 'elected for this duty' : 'lease held elsewhere');
    held = won;
    if (won) await o.duty();
    return won;
  };
  const runOnce = () =>
    (current ??= round()
      .catch((err: unknown) => {
        o.logger.warn({ err, duty: o.name }, 'round failed; will try again');
        return false;
      })
      .finally(() => (current = null)));

  const timer = setInterval(() => void runOnce(), o.intervalMs);
  timer.unref();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await current;
      if (held) await releaseLease(o.pool, o.name, holder).catch(() => undefined);
    },
  };
}
