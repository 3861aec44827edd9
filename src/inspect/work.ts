/**
 * Whether a roadmap's work is live, asked of the queue (src/queue/work.ts): for the API's retry rule and views,
 * the admin page and `pathsmith status`.
 */
import { expectsWork } from '../domain/lifecycle.js';
import { liveJobOf } from '../queue/work.js';
import type { Services } from '../runtime.js';
import { unfinishedPieces } from '../store/sql/content.js';
import { listExpectingWork } from '../store/sql/roadmap-runs.js';
import type { RoadmapRow } from '../store/sql/roadmaps.js';

/**
 * True when the roadmap expects work and a job carrying it is live, or it is held for a free generation slot
 * (it has no job by design: admission gives it one); false when it expects work and none is live.
 */
export async function liveWork(deps: Pick<Services, 'pool' | 'queues'>, row: RoadmapRow): Promise<boolean> {
  if (!expectsWork(row.status)) return false;
  if (row.status === 'queued' && row.admitted_at === null) return true;
  const unfinished = row.step === 'content' ? await unfinishedPieces(deps.pool, [row.id]) : [];
  return (await liveJobOf(deps.queues, { roadmapId: row.id, status: row.status, step: row.step, seq: row.job_seq }, unfinished)) !== null;
}

/** Roadmaps that must have live work, unchanged for `olderThanMs`, whose jobs the queue does not have. */
export async function stuckWork(deps: Pick<Services, 'pool' | 'queues'>, olderThanMs: number, limit: number): Promise<RoadmapRow[]> {
  const stuck: RoadmapRow[] = [];
  for (const row of await listExpectingWork(deps.pool, olderThanMs, limit)) if (!(await liveWork(deps, row))) stuck.push(row);
  return stuck;
}
