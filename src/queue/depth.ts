/**
 * How deep each queue is and how old its oldest job is, per state: for `pathsmith status` and the queue gauges
 * of /metrics. A handful of cheap reads per queue on either backend (counts, and the first job of a state).
 */
import { QUEUE_NAMES, type QueueName } from '../domain/enums.js';
import type { QueueDepth } from '../telemetry/metrics.js';
import type { QueueKit } from './kit.js';

export const COUNTED_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
/** The states whose oldest job says something: work not started, or work running for too long. */
const AGED_STATES = ['waiting', 'delayed', 'active'] as const;

export async function queueDepths(queues: QueueKit, now = Date.now()): Promise<QueueDepth[]> {
  const depths: QueueDepth[] = [];
  for (const name of Object.values(QUEUE_NAMES) as QueueName[]) {
    const q = queues.queue(name);
    const counts = await q.getJobCounts(...COUNTED_STATES);
    for (const state of COUNTED_STATES) {
      const depth: QueueDepth = { queue: name, state, jobs: counts[state] ?? 0 };
      if ((AGED_STATES as readonly string[]).includes(state)) {
        const [oldest] = depth.jobs > 0 ? await q.getJobs([state], 0, 0, true) : [];
        const since = state === 'active' ? (oldest?.processedOn ?? oldest?.timestamp) : oldest?.timestamp;
        depth.oldestAgeSeconds = since === undefined ? 0 : Math.max(0, (now - since) / 1000);
      }
      depths.push(depth);
    }
  }
  return depths;
}
