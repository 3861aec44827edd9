/**
 * The reconciler (DESIGN.md lifecycle, mechanism 3; rules 1 and 11). On every round, one elected content
 * worker compares what PostgreSQL says must be in flight — roadmaps queued or running, piece jobs of finished
 * roadmaps (regenerations, and on-demand pieces of a concept once it was opened) — with what the queue reports for their job ids, and re-creates work the queue no longer
 * has, from the stored checkpoints and pieces, with the same ids: a Redis that lost its data, a removed job,
 * a job failed without our failure path (the database was down), a lane broken by a crash. It acts on the
 * queue's answer, never on row age alone, and only when two rounds in a row saw no live job for the same job
 * generation, so a job caught between two states is never doubled; a rescued run gets a new generation, and
 * any job of the old one that surfaces later finds itself stale and does nothing.
 */
import { keyed } from '../../logsink/events.js';
import { admit } from '../../accounts/admission.js';
import { isTerminal } from '../../domain/enums.js';
import { PIECE_JOBS_CARRY } from '../../domain/lifecycle.js';
import { enqueueContent, enqueueModuleRegeneration, enqueueRoadmap } from '../../queue/enqueue.js';
import { moduleJobId, regenerateJobId } from '../../queue/jobs.js';
import { LIVE_STATES, liveJobOf, type UnfinishedPiece } from '../../queue/work.js';
import type { Runtime } from '../../runtime.js';
import { roadmapsWithUnfinishedPieces, unfinishedPieces } from '../../store/sql/content.js';
import { pendingRegenerations } from '../../store/sql/module-regenerations.js';
import { ownersWithHeld } from '../../store/sql/quotas.js';
import { listExpectingWork, rescueRun } from '../../store/sql/roadmap-runs.js';
import { getRoadmap, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { runElected, type ElectedDuty } from '../elected.js';
import { finalizeIfDone } from './content-phase.js';
import { stuckRoadmaps } from '../../telemetry/metrics.js';

/** Roadmaps looked at per round; the oldest first, so a backlog is worked through over a few rounds. */
const BATCH = 500;

export interface ReconcileReport {
  checked: number;
  /** Roadmaps found without live work this round, rescued or to be looked at again next round. */
  stuck: number;
  rescued: string[];
}

export class Reconciler {
  /** Roadmaps seen without live work last round, with the job generation they were in. */
  private suspects = new Map<string, number>();

  constructor(private readonly rt: Runtime) {}

  async round(): Promise<ReconcileReport> {
    const { pool, config } = this.rt;
    const running = await listExpectingWork(pool, config.RECONCILE_GRACE_MS, BATCH);
    const finishedIds = await roadmapsWithUnfinishedPieces(pool, PIECE_JOBS_CARRY, config.RECONCILE_GRACE_MS, BATCH);
    const finished = (await Promise.all(finishedIds.map((id) => getRoadmap(pool, id)))).filter((r): r is RoadmapRow => r !== null);
    const rows = [...running, ...finished];
    const pieces = groupByRoadmap(await unfinishedPieces(pool, rows.map((r) => r.id)));
    const next = new Map<string, number>();
    const rescued: string[] = [];
    for (const row of rows) {
      const unfinished = pieces.get(row.id) ?? [];
      if (row.status === 'running' && row.step === 'content' && unfinished.length === 0) {
        // Every piece is done but the last job died before deciding the outcome.
        await finalizeIfDone(this.rt, row.id, row.request_id);
        continue;
      }
      if (await liveJobOf(this.rt.queues, { roadmapId: row.id, status: row.status, step: row.step, seq: row.job_seq }, unfinished)) continue;
      next.set(row.id, row.job_seq);
      if (this.suspects.get(row.id) !== row.job_seq) continue;
      if (await this.rescue(row, unfinished)) rescued.push(row.id);
    }
    this.suspects = next;
    rescued.push(...(await this.requeueModuleRegenerations()));
    // Admission's net: a finish whose admission was lost (a crash in between) leaves roadmaps held for good.
    for (const owner of await ownersWithHeld(pool, BATCH)) await admit(this.rt, owner);
    return { checked: rows.length, stuck: next.size, rescued };
  }

  private async rescue(row: RoadmapRow, unfinished: UnfinishedPiece[]): Promise<boolean> {
    const { rt } = this;
    if (isTerminal(row.status)) return this.requeueRegenerations(row, unfinished);
    const rescued = await rescueRun(rt.pool, row.id, row.job_seq);
    if (!rescued) return false;
    await enqueueRoadmap(rt.queues, rt.config, { roadmapId: rescued.id, requestId: rescued.request_id }, rescued.job_seq);
    rt.logs.emit({
      roadmapId: row.id,
      requestId: row.request_id,
      category: 'workflow',
      level: 'warn',
      step: row.step,
      message: 'The queue had lost this roadmap’s work; it was created again from what is stored',
      details: keyed('run.recreated', { jobSeq: rescued.job_seq }),
      dedupeKey: `rescue-${rescued.job_seq}`,
    });
    rt.logger.warn({ roadmapId: row.id, requestId: row.request_id, status: row.status, step: row.step, jobSeq: rescued.job_seq }, 'lost work re-created');
    return true;
  }

  /**
   * Pending module regenerations whose job the queue no longer has, or has failed without our failure path
   * running (the database was down): the same job id is added again. Returns their roadmaps.
   */
  private async requeueModuleRegenerations(): Promise<string[]> {
    const { rt } = this;
    const queue = rt.queues.queue('content');
    const requeued: string[] = [];
    for (const g of await pendingRegenerations(rt.pool, rt.config.RECONCILE_GRACE_MS, BATCH)) {
      const jobId = moduleJobId(g.id);
      const state = await queue.getJobState(jobId);
      if (LIVE_STATES.includes(state)) continue;
      if (state !== 'unknown') await queue.remove(jobId);
      await enqueueModuleRegeneration(rt.queues, rt.config, { roadmapId: g.roadmap_id, requestId: null, regenerationId: g.id });
      rt.logger.warn({ roadmapId: g.roadmap_id, regenerationId: g.id }, 'lost module regeneration re-created');
      requeued.push(g.roadmap_id);
    }
    return requeued;
  }

  /** A finished roadmap's piece job (a regeneration or an on-demand piece) that is gone or dead: the same job id is added again. */
  private async requeueRegenerations(row: RoadmapRow, unfinished: UnfinishedPiece[]): Promise<boolean> {
    const { rt } = this;
    const queue = rt.queues.queue('content');
    let requeued = false;
    for (const p of unfinished) {
      const jobId = regenerateJobId(row.id, p.conceptId, p.kind, p.version);
      const state = await queue.getJobState(jobId);
      if (LIVE_STATES.includes(state)) continue;
      if (state !== 'unknown') await queue.remove(jobId);
      await enqueueContent(rt.queues, rt.config, [{ roadmapId: row.id, requestId: row.request_id, conceptId: p.conceptId, regenerate: { kind: p.kind, version: p.version } }]);
      rt.logger.warn({ roadmapId: row.id, conceptId: p.conceptId, kind: p.kind, version: p.version }, 'lost piece job re-created');
      requeued = true;
    }
    return requeued;
  }
}

function groupByRoadmap(pieces: ReadonlyArray<UnfinishedPiece & { roadmapId: string }>): Map<string, UnfinishedPiece[]> {
  const map = new Map<string, UnfinishedPiece[]>();
  for (const p of pieces) map.set(p.roadmapId, [...(map.get(p.roadmapId) ?? []), p]);
  return map;
}

export function startReconciler(rt: Runtime): ElectedDuty {
  const reconciler = new Reconciler(rt);
  return runElected({
    pool: rt.pool,
    logger: rt.logger,
    name: 'reconciler',
    intervalMs: rt.config.RECONCILE_INTERVAL_MS,
    duty: async () => {
      const report = await reconciler.round();
      stuckRoadmaps.set(report.stuck);
      if (report.rescued.length > 0) await rt.logs.flush();
    },
  });
}
