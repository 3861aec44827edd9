/** Turns stored rows into the API's response shapes. */
import { conceptsOf } from '../domain/roadmap.js';
import type { LogRow } from '../store/sql/execution-logs.js';
import type { RoadmapRow } from '../store/sql/roadmaps.js';
import type { RoadmapView } from './schemas.js';

export function linksFor(base: string, id: string) {
  const self = `${base}/v1/roadmaps/${id}`;
  return { self, events: `${self}/events`, logs: `${self}/logs` };
}

export function roadmapView(row: RoadmapRow, base: string): RoadmapView {
  const total = row.outline ? conceptsOf(row.outline).length : 0;
  return {
    id: row.id,
    status: row.status,
    step: row.step,
    request: row.request,
    ...(row.outline ? { outline: row.outline } : {}),
    // The workflow has no per-concept content step yet, so a concept is done when the workflow is.
    progress: { conceptsTotal: total, conceptsDone: row.status === 'completed' ? total : 0 },
    ...(row.error ? { error: { code: row.error.code, message: row.error.message } } : {}),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    links: linksFor(base, row.id),
  };
}

export function roadmapSummary(row: RoadmapRow, base: string) {
  const { id, status, step, progress, createdAt, updatedAt, links } = roadmapView(row, base);
  return { id, status, step, progress, createdAt, updatedAt, links, goal: row.request.goal, ...(row.outline ? { title: row.outline.title } : {}) };
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
    time: row.created_at.toISOString(),
  };
}
