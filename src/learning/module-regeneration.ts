/**
 * A module's regeneration: the learner asks (API), the content worker re-plans the module with the LLM and
 * stores the result as the next outline version (src/workers/content/module-job.ts). The request is stored
 * before its job is enqueued, so a job the queue cannot take now is created by the reconciler (rule 1).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../domain/errors.js';
import { keyed } from '../logsink/events.js';
import { enqueueModuleRegeneration } from '../queue/enqueue.js';
import type { Services } from '../runtime.js';
import { withTransaction } from '../store/db.js';
import { insertRegeneration, listRegenerations } from '../store/sql/module-regenerations.js';
import { lockRoadmap, type RoadmapRow } from '../store/sql/roadmaps.js';
import { editableOutline } from './outline-editing.js';

export async function requestModuleRegeneration(
  deps: Services,
  row: RoadmapRow,
  r: { moduleId: string; instructions: string; baseVersion?: number; userId: string; requestId: string },
): Promise<{ regenerationId: string; baseVersion: number }> {
  const outline = editableOutline(row, r.baseVersion ?? row.outline_version);
  if (!outline.stages.some((s) => s.modules.some((m) => m.id === r.moduleId))) throw new AppError('MODULE_NOT_FOUND');
  const regenerationId = randomUUID();
  await withTransaction(deps.pool, async (client) => {
    // The row lock serialises two requests for one module: the second sees the first one pending.
    await lockRoadmap(client, row.id);
    const pending = (await listRegenerations(client, row.id, 50)).find((g) => g.module_id === r.moduleId && g.status === 'pending');
    if (pending) throw new AppError('REGENERATE_IN_PROGRESS', { message: 'This module is already being re-planned; wait for it to finish.', details: { regenerationId: pending.id } });
    await insertRegeneration(client, { id: regenerationId, roadmapId: row.id, moduleId: r.moduleId, userId: r.userId, instructions: r.instructions });
  });
  await enqueueModuleRegeneration(deps.queues, deps.config, { roadmapId: row.id, requestId: r.requestId, regenerationId }).catch((err: unknown) =>
    deps.logger.warn({ err, roadmapId: row.id }, 'enqueue failed; the reconciler will create this job'),
  );
  deps.logs.emit({
    roadmapId: row.id,
    requestId: r.requestId,
    category: 'api',
    level: 'info',
    step: row.step,
    message: `Re-planning of module ${r.moduleId} requested`,
    details: keyed('module.regenerate.requested', { moduleId: r.moduleId, regenerationId, instructions: r.instructions }),
  });
  return { regenerationId, baseVersion: row.outline_version };
}
