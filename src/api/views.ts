/** Turns stored rows into the API's response shapes. */
import { CONTENT_KINDS, type ContentKind, type ContentStatus } from '../domain/enums.js';
import { can, canRetry } from '../domain/lifecycle.js';
import { conceptsOf } from '../domain/roadmap.js';
import type { PieceState } from '../store/sql/content.js';
import type { UsageTotals } from '../store/sql/usage.js';
import type { LogRow } from '../store/sql/execution-logs.js';
import type { RoadmapRow } from '../store/sql/roadmaps.js';
import type { RoadmapView } from './schemas.js';

export function linksFor(base: string, id: string) {
  const self = `${base}/v1/roadmaps/${id}`;
  return { self, events: `${self}/events`, logs: `${self}/logs` };
}

/**
 * Per concept, the status of each current piece (from `concept_content`, the single source of truth); a kind
 * with no row yet is pending, so every concept lists all three.
 */
function contentStatus(pieces: readonly PieceState[]): Record<string, Record<ContentKind, ContentStatus>> {
  const pending = () => Object.fromEntries(CONTENT_KINDS.map((k) => [k, 'pending'])) as Record<ContentKind, ContentStatus>;
  const out: Record<string, Record<ContentKind, ContentStatus>> = {};
  for (const p of pieces) (out[p.concept_id] ??= pending())[p.kind] = p.status;
  return out;
}

/** The learner's possible actions, from the lifecycle rules and whether the roadmap's work is live. */
export function actionsFor(row: RoadmapRow, workIsLive: boolean): RoadmapView['actions'] {
  return { retry: canRetry(row.status, workIsLive), cancel: can('cancel', row.status), review: can('answerReview', row.status), edit: row.outline !== null && can('editOutline', row.status) };
}

/** Accepted, but held without a job until one of its owner's roadmaps generating now finishes (QUOTA_ACTIVE_ROADMAPS). */
const waitingForSlot = (row: RoadmapRow) => row.status === 'queued' && row.admitted_at === null;

export function roadmapView(row: RoadmapRow, base: string, actions: RoadmapView['actions'], pieces: readonly PieceState[] = [], usage?: UsageTotals[]): RoadmapView {
  const content = contentStatus(pieces);
  const done = Object.values(content).filter((k) => CONTENT_KINDS.every((kind) => k[kind] === 'completed')).length;
  const totals = usage?.reduce(
    (t, u) => ({ calls: t.calls + u.calls, promptTokens: t.promptTokens + u.promptTokens, completionTokens: t.completionTokens + u.completionTokens, costUsd: t.costUsd + u.costUsd }),
    { calls: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 },
  );
  return {
    id: row.id,
    status: row.status,
    step: row.step,
    request: row.request,
    ...(row.outline ? { outline: row.outline } : {}),
    outlineVersion: row.outline_version,
    progress: { conceptsTotal: row.outline ? conceptsOf(row.outline).length : 0, conceptsDone: done },
    ...(pieces.length ? { content } : {}),
    ...(row.error ? { error: { code: row.error.code, message: row.error.message, ...(row.error.failed ? { failed: row.error.failed } : {}) } } : {}),
    ...(totals && totals.calls > 0 ? { usage: totals } : {}),
    waitingForSlot: waitingForSlot(row),
    actions,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    links: linksFor(base, row.id),
  };
}

export function roadmapSummary(row: RoadmapRow, base: string, conceptsDone: number) {
  return {
    id: row.id,
    status: row.status,
    step: row.step,
    progress: { conceptsTotal: row.outline ? conceptsOf(row.outline).length : 0, conceptsDone },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    links: linksFor(base, row.id),
    waitingForSlot: waitingForSlot(row),
    goal: row.request.goal,
    ...(row.outline ? { title: row.outline.title } : {}),
  };
}

export function logEntry(row: LogRow) {
  return {
    id: row.id,
    seq: row.seq,
    level: row.level,
    category: row.category as never,
    step: row.step as never,
    agent: row.agent,
    conceptId: row.concept_id,
    message: row.message,
    details: row.details,
    durationMs: row.duration_ms,
    requestId: row.request_id,
    clientRequestId: row.client_request_id,
    time: row.created_at.toISOString(),
  };
}
