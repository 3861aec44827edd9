/**
 * SQL for a roadmap's runs: every status change is one conditional UPDATE whose allowed "from" statuses come
 * from the lifecycle module (src/domain/lifecycle.ts), so no writer can take a transition the design does not
 * allow. Updates made by a job also name its generation (`job_seq`): a job of an older generation changes nothing.
 */
import { EXPECTS_WORK, fromStatuses } from '../../domain/lifecycle.js';
import type { TerminalStatus, WorkflowStep } from '../../domain/enums.js';
import type { Outline } from '../../domain/roadmap.js';
import type { Queryable } from '../db.js';
import type { RoadmapRow, StoredRunError } from './roadmaps.js';

async function one(db: Queryable, sql: string, params: unknown[]): Promise<RoadmapRow | null> {
  const { rows } = await db.query<RoadmapRow>(sql, params);
  return rows[0] ?? null;
}

/** A worker takes the roadmap for the job of generation `seq`; null if it is finished or the job is stale. */
export function claimRun(db: Queryable, id: string, seq: number): Promise<RoadmapRow | null> {
  return one(
    db,
    `UPDATE roadmaps
     SET status = 'running', attempts = attempts + 1, updated_at = now(), started_at = coalesce(started_at, now())
     WHERE id = $1 AND job_seq = $2 AND status = ANY($3::text[])
     RETURNING *`,
    [id, seq, fromStatuses('claim')],
  );
}

export async function setStep(db: Queryable, id: string, step: WorkflowStep): Promise<void> {
  await db.query(`UPDATE roadmaps SET step = $2, updated_at = now() WHERE id = $1 AND status = 'running'`, [id, step]);
}

export async function saveOutline(db: Queryable, id: string, outline: Outline): Promise<void> {
  await db.query(`UPDATE roadmaps SET outline = $2, updated_at = now() WHERE id = $1`, [id, outline]);
}

/** Pauses the run of generation `seq` until the learner reviews its outline. */
export async function awaitReview(db: Queryable, id: string, seq: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE roadmaps SET status = 'awaiting_review', step = 'review', updated_at = now()
     WHERE id = $1 AND job_seq = $2 AND status = ANY($3::text[])`,
    [id, seq, fromStatuses('awaitReview')],
  );
  return rowCount === 1;
}

/** Ends the run of generation `seq`; false if it had already ended (or was cancelled, or superseded). */
export async function finishRun(
  db: Queryable,
  id: string,
  seq: number,
  outcome: { status: TerminalStatus; step: WorkflowStep; error: StoredRunError | null },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE roadmaps SET status = $3, step = $4, error = $5, updated_at = now(), finished_at = now()
     WHERE id = $1 AND job_seq = $2 AND status = ANY($6::text[])`,
    [id, seq, outcome.status, outcome.step, outcome.error, fromStatuses('finish')],
  );
  return rowCount === 1;
}

/** The learner answered the review: queued again as a new job generation, held until admitted. */
export function answerReview(db: Queryable, id: string): Promise<RoadmapRow | null> {
  return one(
    db,
    `UPDATE roadmaps SET status = 'queued', job_seq = job_seq + 1, admitted_at = NULL, updated_at = now()
     WHERE id = $1 AND status = ANY($2::text[]) RETURNING *`,
    [id, fromStatuses('answerReview')],
  );
}

/** A learner's retry before content existed: queued (held until admitted); the workflow resumes from its checkpoints. */
export function retryWorkflow(db: Queryable, id: string): Promise<RoadmapRow | null> {
  return one(
    db,
    `UPDATE roadmaps SET status = 'queued', job_seq = job_seq + 1, admitted_at = NULL, error = NULL, finished_at = NULL, updated_at = now()
     WHERE id = $1 AND status = ANY($2::text[]) RETURNING *`,
    [id, fromStatuses('retryWorkflow')],
  );
}

/** A learner's retry of content: queued (held until admitted) in the content step, as a new job generation. */
export function retryContent(db: Queryable, id: string): Promise<RoadmapRow | null> {
  return one(
    db,
    `UPDATE roadmaps SET status = 'queued', step = 'content', job_seq = job_seq + 1, admitted_at = NULL, error = NULL, finished_at = NULL, updated_at = now()
     WHERE id = $1 AND status = ANY($2::text[]) RETURNING *`,
    [id, fromStatuses('retryContent')],
  );
}

/** Cancels a roadmap that is not finished; null if it already was. */
export function cancelRun(db: Queryable, id: string): Promise<RoadmapRow | null> {
  return one(
    db,
    `UPDATE roadmaps SET status = 'cancelled', finished_at = now(), updated_at = now()
     WHERE id = $1 AND status = ANY($2::text[]) RETURNING *`,
    [id, fromStatuses('cancel')],
  );
}

/**
 * A new job generation for a roadmap whose work the queue no longer has; only if it is still in generation
 * `observedSeq` (nobody restarted it since the queue was asked) and still expects work.
 */
export function rescueRun(db: Queryable, id: string, observedSeq: number): Promise<RoadmapRow | null> {
  return one(
    db,
    `UPDATE roadmaps SET job_seq = job_seq + 1, updated_at = now()
     WHERE id = $1 AND job_seq = $2 AND status = ANY($3::text[]) RETURNING *`,
    [id, observedSeq, fromStatuses('rescue')],
  );
}

/**
 * Roadmaps that must have live work and have not changed for `graceMs`: what the reconciler asks the queue
 * about. A held roadmap (queued, not admitted) has no job by design and is left to admission.
 */
export async function listExpectingWork(db: Queryable, graceMs: number, limit: number): Promise<RoadmapRow[]> {
  const { rows } = await db.query<RoadmapRow>(
    `SELECT * FROM roadmaps
     WHERE status = ANY($1::text[]) AND updated_at < now() - make_interval(secs => $2::double precision / 1000)
       AND NOT (status = 'queued' AND admitted_at IS NULL)
     ORDER BY updated_at
     LIMIT $3`,
    [[...EXPECTS_WORK], graceMs, limit],
  );
  return rows;
}
