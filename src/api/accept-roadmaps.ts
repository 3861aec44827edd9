/**
 * Accepting roadmap requests in groups (POST /v1/roadmaps through GroupCommit): the batch's rows are written by
 * one INSERT and their jobs added by one bulk enqueue. Per request, everything the single-request path did still
 * holds:
 * - Idempotency-Key: a key its owner already used answers the stored row (`created: false`; the route compares
 *   the request hashes); two requests of one batch with the same key are one roadmap, the later a replay.
 * - Quotas: owners with limits are locked (in id order) for the batch's transaction, and their requests are
 *   counted against the daily and token quotas one after the other, in arrival order; a request past a quota
 *   gets its own 429 and stores nothing, the others of the batch are accepted.
 * - Fairness: rows of owners with limits are stored held and admission gives jobs to what their free slots allow,
 *   oldest first; rows without limits are admitted at once.
 * - Rule 1: the jobs are added after the rows are committed; a job the queue does not take now is created by
 *   the reconciler, which enqueues any admitted row without one, so the requests are still accepted.
 */
import { assertWithinQuota, quotasOf, type Quotas } from '../accounts/quotas.js';
import { AppError } from '../domain/errors.js';
import { enqueueRoadmaps, type RoadmapRun } from '../queue/enqueue.js';
import type { Services } from '../runtime.js';
import { withTransaction, type Queryable } from '../store/db.js';
import { admitHeld, usageOf, type UsageCounts } from '../store/sql/quotas.js';
import { insertRoadmaps, roadmapsByIdempotencyKey, type AcceptedRow, type NewRoadmap } from '../store/sql/roadmaps.js';
import { lockUsers } from '../store/sql/users.js';
import type { Logger } from '../telemetry/logger.js';
import type { TraceCarrier } from '../telemetry/tracing.js';

export interface RoadmapToAccept {
  roadmap: Omit<NewRoadmap, 'admitted'>;
  quotas: Quotas;
  /** The request's trace context, so its job's producer span joins the request's trace although batched. */
  trace?: TraceCarrier | undefined;
}

export interface Accepted {
  row: AcceptedRow;
  /** False for an Idempotency-Key replay: `row` is the roadmap stored by the first request. */
  created: boolean;
  /** Whether it waits `queued` for one of its owner's generation slots. */
  waitingForSlot: boolean;
  /** Roadmaps the daily quota still allows after this one (when there is a daily quota). */
  leftToday?: number;
}

export const hasLimits = (q: Quotas) => q.roadmapsPerDay > 0 || q.activeRoadmaps > 0 || q.tokensPerMonth > 0;

const keyOf = (r: { ownerId: string; idempotencyKey: string | null }) => (r.idempotencyKey === null ? null : `${r.ownerId}\u0000${r.idempotencyKey}`);

type Decision = { insert: NewRoadmap } | { sameAs: string } | { existing: AcceptedRow } | { refused: AppError };

async function decide(db: Queryable, items: readonly RoadmapToAccept[]): Promise<{ decisions: Decision[]; leftToday: Array<number | undefined> }> {
  const keyed = items.flatMap(({ roadmap: r }) => (r.idempotencyKey === null ? [] : [{ ownerId: r.ownerId, key: r.idempotencyKey }]));
  const existing = new Map((await roadmapsByIdempotencyKey(db, keyed)).map((row) => [keyOf({ ownerId: row.owner_id, idempotencyKey: row.idempotency_key }), row]));
  const limitedOwners = [...new Set(items.filter((i) => hasLimits(i.quotas)).map((i) => i.roadmap.ownerId))];
  const usage: Map<string, UsageCounts> = limitedOwners.length > 0 ? await usageOf(db, limitedOwners) : new Map();
  const firstWithKey = new Map<string, string>();
  const leftToday: Array<number | undefined> = [];
  const decisions = items.map(({ roadmap, quotas }): Decision => {
    const key = keyOf(roadmap);
    const used = usage.get(roadmap.ownerId);
    if (used && quotas.roadmapsPerDay > 0) leftToday.push(quotas.roadmapsPerDay - used.roadmapsToday - 1);
    else leftToday.push(undefined);
    const stored = key === null ? undefined : existing.get(key);
    if (stored) return { existing: stored };
    const earlier = key === null ? undefined : firstWithKey.get(key);
    if (earlier) return { sameAs: earlier };
    if (used) {
      try {
        assertWithinQuota(used, quotas);
      } catch (err) {
        if (err instanceof AppError) return { refused: err };
        throw err;
      }
      used.roadmapsToday++;
    }
    if (key !== null) firstWithKey.set(key, roadmap.id);
    return { insert: { ...roadmap, admitted: !used } };
  });
  return { decisions, leftToday };
}

/** Stores a batch in one transaction (owners with limits locked), then enqueues what was admitted. */
export async function acceptRoadmaps(deps: Pick<Services, 'pool' | 'queues' | 'config'> & { logger: Pick<Logger, 'warn'> }, items: RoadmapToAccept[]): Promise<Array<Accepted | Error>> {
  const limitedOwners = [...new Set(items.filter((i) => hasLimits(i.quotas)).map((i) => i.roadmap.ownerId))].sort();
  const write = async (db: Queryable) => {
    const owners = limitedOwners.length > 0 ? await lockUsers(db, limitedOwners) : new Map();
    const { decisions, leftToday } = await decide(db, items);
    const toInsert = decisions.flatMap((d) => ('insert' in d ? [d.insert] : []));
    const inserted = new Map((await insertRoadmaps(db, toInsert)).map((row) => [row.id, row]));
    // A key taken by a concurrent request since `decide` looked (only possible for owners without a lock).
    const raced = toInsert.filter((r) => !inserted.has(r.id));
    const racedRows = new Map((await roadmapsByIdempotencyKey(db, raced.map((r) => ({ ownerId: r.ownerId, key: r.idempotencyKey! })))).map((row) => [keyOf({ ownerId: row.owner_id, idempotencyKey: row.idempotency_key }), row]));
    const admitted: Array<{ id: string; request_id: string | null; job_seq: number }> = [];
    for (const ownerId of limitedOwners) {
      const user = owners.get(ownerId);
      if (user) admitted.push(...(await admitHeld(db, ownerId, quotasOf(user, deps.config).activeRoadmaps)));
    }
    return { decisions, leftToday, inserted, racedRows, admitted };
  };
  const { decisions, leftToday, inserted, racedRows, admitted } = limitedOwners.length > 0 ? await withTransaction(deps.pool, write) : await write(deps.pool);

  const rowOf = (id: string) => inserted.get(id);
  const admittedIds = new Set(admitted.map((a) => a.id));
  const results = decisions.map((d, i): Accepted | Error => {
    const accepted = (row: AcceptedRow, created: boolean): Accepted => ({
      row,
      created,
      waitingForSlot: !row.admitted && !admittedIds.has(row.id),
      ...(leftToday[i] === undefined ? {} : { leftToday: leftToday[i] }),
    });
    if ('refused' in d) return d.refused;
    if ('existing' in d) return accepted(d.existing, false);
    if ('sameAs' in d) {
      const first = rowOf(d.sameAs) ?? racedRows.get(keyOf(items[i]!.roadmap)!);
      return first ? accepted(first, false) : new Error('idempotency conflict without an existing row');
    }
    const row = rowOf(d.insert.id);
    if (row) return accepted(row, true);
    const other = racedRows.get(keyOf(d.insert)!);
    return other ? accepted(other, false) : new Error('idempotency conflict without an existing row');
  });

  // Jobs for every admitted row of the batch: new rows without limits, rows admission let in, and the stored row
  // of a replay (adding its job again is a no-op while the job exists).
  const runs = new Map<string, RoadmapRun>();
  for (const a of admitted) runs.set(a.id, { roadmapId: a.id, requestId: a.request_id, seq: a.job_seq });
  results.forEach((r, i) => {
    const trace = items[i]!.trace;
    if (!(r instanceof Error) && r.row.admitted) runs.set(r.row.id, { roadmapId: r.row.id, requestId: r.row.request_id, seq: r.row.job_seq, ...(trace ? { trace } : {}) });
  });
  // The rows are stored: the requests are accepted even if the queue is briefly unreachable (rule 1).
  await enqueueRoadmaps(deps.queues, deps.config, [...runs.values()]).catch((err: unknown) =>
    deps.logger.warn({ err, roadmapIds: [...runs.keys()] }, 'enqueue failed; the reconciler will create these jobs'),
  );
  return results;
}
