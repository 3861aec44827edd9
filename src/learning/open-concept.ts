/**
 * Content on demand (src/domain/lifecycle.ts, "Content on demand"): a concept's pieces are created and enqueued
 * the first time the learner opens it, with the next concept of their schedule, so it is ready when they get
 * there. `enqueuePieces` is the one way pieces are asked for outside a content phase: any code that needs content
 * for some concepts of a finished outline (opening a concept, a concept added by an outline edit) calls it.
 */
import { contentModeOf } from '../domain/roadmap.js';
import { enqueueContent } from '../queue/enqueue.js';
import type { Services } from '../runtime.js';
import { initContent } from '../store/sql/content.js';
import type { RoadmapRow } from '../store/sql/roadmaps.js';
import { scheduleOf } from './plan.js';

type Deps = Pick<Services, 'pool' | 'queues' | 'config'>;

/**
 * Creates the concepts' missing pieces and enqueues one piece job for each piece this call created. Of
 * concurrent calls for one concept, exactly one creates each piece, so each is enqueued once; the job ids are
 * the pieces' own, so even a repeated enqueue adds nothing. A crash between the two leaves pending pieces with
 * no job, which the reconciler re-creates (PIECE_JOBS_CARRY). Returns how many pieces were enqueued.
 */
export async function enqueuePieces(deps: Deps, roadmap: Pick<RoadmapRow, 'id' | 'request_id'>, conceptIds: readonly string[]): Promise<number> {
  if (conceptIds.length === 0) return 0;
  const created = await initContent(deps.pool, roadmap.id, conceptIds);
  await enqueueContent(
    deps.queues,
    deps.config,
    created.map((p) => ({ roadmapId: roadmap.id, requestId: roadmap.request_id, conceptId: p.conceptId, regenerate: { kind: p.kind, version: 1 } })),
  );
  return created.length;
}

/** Whether opening a concept of this roadmap asks for its content: an on-demand roadmap whose outline is final. */
export function writesOnOpen(row: Pick<RoadmapRow, 'request' | 'status' | 'step' | 'outline'>): boolean {
  return contentModeOf(row.request) === 'on_demand' && row.status === 'completed' && row.step === 'done' && row.outline !== null;
}

/** The concept after this one in the learner's schedule (their weeks, in order), if there is one. */
export async function nextScheduled(deps: Deps, ownerId: string, row: RoadmapRow, conceptId: string): Promise<string | undefined> {
  const schedule = await scheduleOf(deps.pool, ownerId, row, {});
  const order = [...new Set(schedule.weeks.flatMap((w) => w.items.map((i) => i.conceptId)))];
  const at = order.indexOf(conceptId);
  return at >= 0 ? order[at + 1] : undefined;
}

/** Opening a concept of an on-demand roadmap: its pieces and the next scheduled concept's, each asked for once. */
export async function openConcept(deps: Deps, ownerId: string, row: RoadmapRow, conceptId: string): Promise<void> {
  if (!writesOnOpen(row)) return;
  const next = await nextScheduled(deps, ownerId, row, conceptId);
  await enqueuePieces(deps, row, next ? [conceptId, next] : [conceptId]);
}
