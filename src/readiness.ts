/**
 * Is this process ready for work: does its database answer, and its queue backend? The API's /readyz and the
 * workers' /readyz (on their metrics port) ask the same question, each dependency with a time limit.
 */
import type { QueueKit } from './queue/kit.js';
import type { Pool } from './store/db.js';
import { ping } from './store/sql/activity.js';

/** Readiness probes must answer quickly even when a dependency hangs. */
const PROBE_TIMEOUT_MS = 2000;

export interface Readiness {
  status: 'ready' | 'unavailable';
  checks: { database: string; queue: string };
}

/** `ok`, or why the probe failed. */
async function check(probe: () => Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([probe(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS)))]);
    return 'ok';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    clearTimeout(timer);
  }
}

export async function readiness(deps: { pool: Pool; queues: QueueKit }): Promise<Readiness> {
  const [database, queue] = await Promise.all([check(() => ping(deps.pool)), check(() => deps.queues.ping())]);
  return { status: database === 'ok' && queue === 'ok' ? 'ready' : 'unavailable', checks: { database, queue } };
}
