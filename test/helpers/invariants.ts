/**
 * What must hold after any fault (issue 9), read from PostgreSQL once a run has settled: every accepted
 * roadmap has its row and an outcome — `completed`, or `partial`/`failed` with its reason where the fault was
 * permanent — within a bound; one version per piece; one outcome event per run; no completed piece lost or
 * rewritten. One check for every fault test and the soak; it reports, the caller asserts.
 */
import type pg from 'pg';
import { CONTENT_KINDS, TERMINAL_STATUSES, type ContentKind } from '../../src/domain/enums.js';
import { conceptsOf, type Outline } from '../../src/domain/roadmap.js';
import { stableEventId } from '../../src/logsink/producer.js';
import { contentJobId, roadmapJobId } from '../../src/queue/jobs.js';
import type { QueueKit } from '../../src/queue/kit.js';
import { waitFor } from './system.js';

/**
 * How long after a fault clears the last roadmap of a batch may take to reach its outcome: the recovery the
 * fixes promise — an interrupted job taken over within 15 s (issue 9, item 6), a reconciler pass
 * (RECONCILE_INTERVAL_MS + RECONCILE_GRACE_MS = 4 s) and a transient retry's capped backoff (up to 30 s) — then
 * the work still to do: one roadmap's own chain of calls at 300–800 ms (about 15 s), and the batch's calls
 * through one content worker's 16 concurrent LLM calls (about 1 s a roadmap, doubled for this shared machine).
 */
export function settleBoundMs(roadmaps: number): number {
  const RECOVERY_MS = 50_000;
  const CRITICAL_PATH_MS = 15_000;
  const PER_ROADMAP_MS = 2_000;
  return RECOVERY_MS + CRITICAL_PATH_MS + roadmaps * PER_ROADMAP_MS;
}

export type Expected = 'completed' | 'partial-or-failed';

/** Completed pieces by `roadmap/concept/kind/vN`, with the hash of their body. */
export type PieceSnapshot = Map<string, string>;

export interface InvariantReport {
  roadmaps: number;
  outcomes: Record<'completed' | 'partial' | 'failed' | 'cancelled' | 'stuck', number>;
  lostRows: number;
  duplicatedPieces: number;
  /** Pieces a completed roadmap should have and has not. */
  missingPieces: number;
  /** Pieces completed before the fault that are gone, no longer completed, or rewritten. */
  lostPieces: number;
  outcomeEvents: { missing: number; extra: number };
  violations: string[];
}

interface Row {
  id: string;
  status: string;
  step: string;
  attempts: number;
  job_seq: number;
  outline: Outline | null;
  error: { message?: string } | null;
  request?: { content?: 'eager' | 'on_demand' };
}

const TERMINAL = TERMINAL_STATUSES as readonly string[];
const outcomeEventId = (roadmapId: string, jobSeq: number) => stableEventId(roadmapId, `outcome-${jobSeq}`);

export async function snapshotPieces(db: pg.Pool, ids: readonly string[]): Promise<PieceSnapshot> {
  const { rows } = await db.query<{ key: string; hash: string }>(
    `SELECT roadmap_id || '/' || concept_id || '/' || kind || '/v' || version AS key, md5(body::text) AS hash
     FROM concept_content WHERE roadmap_id = ANY($1::uuid[]) AND status = 'completed'`,
    [ids],
  );
  return new Map(rows.map((r) => [r.key, r.hash]));
}

/**
 * Waits until every stored roadmap of the batch is terminal and its run's outcome event is stored; returns how
 * long that took, or null when the bound passed first (the report then says what is stuck).
 */
export async function settle(db: pg.Pool, ids: readonly string[], boundMs: number): Promise<number | null> {
  const t0 = Date.now();
  try {
    await waitFor(async () => {
      const { rows } = await db.query<Row>('SELECT id, status, job_seq FROM roadmaps WHERE id = ANY($1::uuid[])', [ids]);
      if (rows.some((r) => !TERMINAL.includes(r.status))) return false;
      const events = await db.query('SELECT 1 FROM execution_logs WHERE id = ANY($1::uuid[])', [rows.map((r) => outcomeEventId(r.id, r.job_seq))]);
      return events.rowCount === rows.length;
    }, boundMs, 'every roadmap to reach its outcome');
    return Date.now() - t0;
  } catch {
    return null;
  }
}

export async function checkInvariants(
  sys: { db: pg.Pool; queues: QueueKit },
  o: { accepted: readonly string[]; before: PieceSnapshot; expected?: (id: string) => Expected },
): Promise<InvariantReport> {
  const { db } = sys;
  const ids = [...new Set(o.accepted)];
  const expected = o.expected ?? (() => 'completed');
  const violations: string[] = [];
  const report: InvariantReport = {
    roadmaps: ids.length,
    outcomes: { completed: 0, partial: 0, failed: 0, cancelled: 0, stuck: 0 },
    lostRows: 0, duplicatedPieces: 0, missingPieces: 0, lostPieces: 0,
    outcomeEvents: { missing: 0, extra: 0 },
    violations,
  };
  const { rows } = await db.query<Row>('SELECT id, status, step, attempts, job_seq, outline, error, request FROM roadmaps WHERE id = ANY($1::uuid[])', [ids]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pieces = await db.query<{ roadmap_id: string; concept_id: string; kind: string; versions: number; status: string; error: unknown }>(
    `SELECT roadmap_id, concept_id, kind, count(*)::int AS versions,
            (array_agg(status ORDER BY version DESC))[1] AS status, (array_agg(error ORDER BY version DESC))[1] AS error
     FROM concept_content WHERE roadmap_id = ANY($1::uuid[]) GROUP BY 1, 2, 3`,
    [ids],
  );
  const stuck: string[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) {
      report.lostRows++;
      violations.push(`roadmap ${id} was accepted with 202 but has no row`);
      continue;
    }
    const own = pieces.rows.filter((p) => p.roadmap_id === id);
    if (!TERMINAL.includes(row.status)) {
      report.outcomes.stuck++;
      stuck.push(id);
      continue;
    }
    report.outcomes[row.status as 'completed' | 'partial' | 'failed' | 'cancelled']++;
    const want = expected(id);
    if (want === 'completed' && row.status !== 'completed') {
      violations.push(`roadmap ${id} ended ${row.status} at step ${row.step}, not completed: ${row.error?.message ?? 'no reason stored'}`);
    }
    if (want === 'partial-or-failed') {
      if (row.status !== 'partial' && row.status !== 'failed') violations.push(`roadmap ${id} ended ${row.status}; the permanent fault should leave it partial or failed`);
      else if (!row.error?.message) violations.push(`roadmap ${id} ended ${row.status} with no reason stored`);
      else if (row.step === 'content' && !own.some((p) => p.status === 'failed' && p.error)) violations.push(`roadmap ${id} ended ${row.status} but no failed piece has its error stored`);
    }
    // An on-demand roadmap completes with its outline; its pieces are written as concepts are opened.
    if (row.status === 'completed' && row.outline && row.request?.content !== 'on_demand') {
      const complete = new Set(own.filter((p) => p.status === 'completed').map((p) => `${p.concept_id}/${p.kind}`));
      const missing = conceptsOf(row.outline).flatMap((c) => CONTENT_KINDS.map((k) => `${c.id}/${k}`)).filter((k) => !complete.has(k));
      report.missingPieces += missing.length;
      if (missing.length) violations.push(`roadmap ${id} is completed without ${missing.length} of its pieces (${missing.slice(0, 3).join(', ')})`);
    }
  }
  for (const p of pieces.rows.filter((x) => x.versions !== 1)) {
    report.duplicatedPieces++;
    violations.push(`roadmap ${p.roadmap_id}: ${p.concept_id}/${p.kind} has ${p.versions} versions; no regenerate was asked`);
  }
  await checkOutcomeEvents(db, rows, report);
  await checkPiecesKept(db, ids, o.before, report);
  if (stuck.length) violations.push(`${stuck.length} roadmap(s) never reached an outcome:\n${(await Promise.all(stuck.slice(0, 6).map((id) => describeStuck(sys, byId.get(id)!)))).join('\n')}`);
  return report;
}

/** Exactly one outcome event for the current run of each finished roadmap, none that no run could have made. */
async function checkOutcomeEvents(db: pg.Pool, rows: Row[], report: InvariantReport): Promise<void> {
  const { rows: events } = await db.query<{ id: string; roadmap_id: string; status: string }>(
    `SELECT id, roadmap_id, details->>'status' AS status FROM execution_logs
     WHERE roadmap_id = ANY($1::uuid[]) AND details->>'status' = ANY($2::text[])`,
    [rows.map((r) => r.id), TERMINAL],
  );
  for (const r of rows) {
    const own = events.filter((e) => e.roadmap_id === r.id);
    const runIds = new Set(Array.from({ length: r.job_seq + 1 }, (_, seq) => outcomeEventId(r.id, seq)));
    const extra = own.filter((e) => !runIds.has(e.id));
    report.outcomeEvents.extra += extra.length;
    if (extra.length) report.violations.push(`roadmap ${r.id} has ${extra.length} outcome events that belong to no run`);
    if (!TERMINAL.includes(r.status)) continue;
    const current = own.find((e) => e.id === outcomeEventId(r.id, r.job_seq));
    if (!current) {
      report.outcomeEvents.missing++;
      report.violations.push(`roadmap ${r.id} ended ${r.status} but its run's outcome event was never stored`);
    } else if (current.status !== r.status) {
      report.violations.push(`roadmap ${r.id} is ${r.status} but its outcome event says ${current.status}`);
    }
  }
}

async function checkPiecesKept(db: pg.Pool, ids: readonly string[], before: PieceSnapshot, report: InvariantReport): Promise<void> {
  const after = await snapshotPieces(db, ids);
  const lost = [...before].filter(([key, hash]) => after.get(key) !== hash);
  report.lostPieces = lost.length;
  if (lost.length) report.violations.push(`${lost.length} pieces completed before the fault are gone or changed: ${lost.slice(0, 3).map(([k]) => k).join(', ')}`);
}

/** A stuck roadmap, its unfinished pieces and what the queue says about their jobs: why nothing will move it. */
async function describeStuck(sys: { db: pg.Pool; queues: QueueKit }, row: Row): Promise<string> {
  const { rows: open } = await sys.db.query<{ concept_id: string; kind: ContentKind; status: string }>(
    `SELECT concept_id, kind, status FROM concept_content WHERE roadmap_id = $1 AND status NOT IN ('completed', 'failed') ORDER BY concept_id, kind`,
    [row.id],
  );
  const jobState = async (queue: 'roadmap' | 'content', jobId: string) => {
    try {
      const job = await sys.queues.queue(queue).getJob(jobId);
      if (!job) return `${jobId}: not in the queue`;
      return `${jobId}: ${await job.getState()}${job.failedReason ? ` (${job.failedReason})` : ''}`;
    } catch (err) {
      return `${jobId}: queue unreachable (${String(err)})`;
    }
  };
  const pieces = open.slice(0, 3);
  const jobs = await Promise.all([
    jobState('roadmap', roadmapJobId(row.id, row.job_seq)),
    ...pieces.map((p) => jobState('content', contentJobId({ roadmapId: row.id, requestId: null, conceptId: p.concept_id, kind: p.kind, lane: { order: [], index: 0, width: 0, seq: row.job_seq } }))),
  ]);
  const counts = [...new Set(open.map((p) => p.status))].map((s) => `${open.filter((p) => p.status === s).length} ${s}`).join(', ');
  return `  ${row.id}: ${row.status} at step ${row.step} (run ${row.attempts}, job_seq ${row.job_seq}); unfinished pieces: ${counts || 'none'}; queue: ${jobs.join('; ')}`;
}
