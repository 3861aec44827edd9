/** Job payloads and the job ids derived from domain ids, so enqueueing twice is a no-op (DESIGN.md). */
import type { JobsOptions } from 'bullmq';
import type { ContentKind } from '../domain/enums.js';
import type { TraceCarrier } from '../telemetry/tracing.js';

export interface RoadmapJob {
  roadmapId: string;
  /** The roadmap's job generation this job belongs to; a job of an older generation does nothing. */
  seq: number;
  /** The X-Request-Id of the request that created the roadmap, bound into the worker's logs. */
  requestId: string | null;
  /** Set by the retry policy while the job waits out an infrastructure fault (src/workers/job-runner.ts). */
  transient?: TransientState;
  /** The trace context of whoever enqueued it, when traces are on: the job's spans continue that trace. */
  trace?: TraceCarrier;
}

/** Work on one concept: its unfinished pieces (a lane of the roadmap's content), or one regenerated piece. */
export interface ContentJob {
  roadmapId: string;
  requestId: string | null;
  conceptId: string;
  /** A lane job: the roadmap's concepts that need content, in order, and this job's place among them. */
  lane?: { order: string[]; index: number; width: number; seq: number };
  /** A piece job: exactly this piece version — a regeneration, or an on-demand piece (version 1). */
  regenerate?: { kind: ContentKind; version: number };
  transient?: TransientState;
  trace?: TraceCarrier;
}

/** When a job first met an infrastructure fault, and how many times it has waited since. */
export interface TransientState {
  since: number;
  waits: number;
}

/** A roadmap's workflow job id; `seq` is the roadmap's job generation (0 for the first run). */
export function roadmapJobId(roadmapId: string, seq: number): string {
  return seq === 0 ? `roadmap-${roadmapId}` : `roadmap-${roadmapId}-${seq}`;
}

export function laneJobId(roadmapId: string, seq: number, conceptId: string): string {
  return `content-${roadmapId}-${seq}-${conceptId}`;
}

export function regenerateJobId(roadmapId: string, conceptId: string, kind: ContentKind, version: number): string {
  return `regen-${roadmapId}-${conceptId}-${kind}-v${version}`;
}

export function contentJobId(job: ContentJob): string {
  if (job.regenerate) return regenerateJobId(job.roadmapId, job.conceptId, job.regenerate.kind, job.regenerate.version);
  return laneJobId(job.roadmapId, job.lane?.seq ?? 0, job.conceptId);
}

export function retryingJobOptions(attempts: number, backoffMs: number): JobsOptions {
  return { attempts, backoff: { type: 'exponential', delay: backoffMs } };
}
