/** Whether a roadmap's work is live, asked of the queue (src/queue/work.ts), for the API's retry rule and views. */
import { expectsWork } from '../domain/lifecycle.js';
import { liveJobOf } from '../queue/work.js';
import type { Services } from '../runtime.js';
import { unfinishedPieces } from '../store/sql/content.js';
import type { RoadmapRow } from '../store/sql/roadmaps.js';

/** True when the roadmap expects work and a job carrying it is live; false when it expects work and none is. */
export async function liveWork(deps: Pick<Services, 'pool' | 'queues'>, row: RoadmapRow): Promise<boolean> {
  if (!expectsWork(row.status)) return false;
  const unfinished = row.step === 'content' ? await unfinishedPieces(deps.pool, [row.id]) : [];
  return (await liveJobOf(deps.queues, { roadmapId: row.id, status: row.status, step: row.step, seq: row.job_seq }, unfinished)) !== null;
}
