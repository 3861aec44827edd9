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

/**
 * Work on one piece of a concept (a lane of the roadmap's content), or one regenerated piece. A lane job
 * without `kind` (enqueued by an older version) does every unfinished piece of its concept.
 */
export interface ContentJob {
  roadmapId: string;
  requestId: string | null;
  conceptId: string;
  /** A lane job's piece. */
  kind?: ContentKind;
  /**
   * A lane job: the pieces that need content, in order (`laneEntry`), this job's place among them, the lanes'
   * width, and the id of the lane job that added it (none for the first ones).
   */
  lane?: { order: string[]; index: number; width: number; seq: number; from?: string };
  /** A piece job: exactly this piece version — a regeneration, or an on-demand piece (version 1). */
  regenerate?: { kind: ContentKind; version: number };
  transient?: TransientState;
  trace?: TraceCarrier;
}

/** A module's re-planning (on the `content` queue, job name `module`): the stored regeneration it carries out. */
export interface ModuleJob {
  roadmapId: string;
  requestId: string | null;
  regenerationId: string;
  transient?: TransientState;
  trace?: TraceCarrier;
}

/** What the `content` queue carries: concept work, or a module's re-planning. */
export type ContentQueueJob = ContentJob | ModuleJob;

export const isModuleJob = (job: ContentQueueJob): job is ModuleJob => 'regenerationId' in job;

export function moduleJobId(regenerationId: string): string {
  return `module-${regenerationId}`;
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

/** A lane job's id; `.` separates the kind because slug ids never hold one. */
export function laneJobId(roadmapId: string, seq: number, conceptId: string, kind?: ContentKind): string {
  return `content-${roadmapId}-${seq}-${conceptId}${kind ? `.${kind}` : ''}`;
}

/** A piece as an entry of a lane's order, and back; an entry without a kind is a whole concept. */
export function laneEntry(conceptId: string, kind: ContentKind): string {
  return `${conceptId}.${kind}`;
}

export function parseLaneEntry(entry: string): { conceptId: string; kind?: ContentKind } {
  const dot = entry.indexOf('.');
  return dot < 0 ? { conceptId: entry } : { conceptId: entry.slice(0, dot), kind: entry.slice(dot + 1) as ContentKind };
}

export function regenerateJobId(roadmapId: string, conceptId: string, kind: ContentKind, version: number): string {
  return `regen-${roadmapId}-${conceptId}-${kind}-v${version}`;
}

export function contentJobId(job: ContentJob): string {
  if (job.regenerate) return regenerateJobId(job.roadmapId, job.conceptId, job.regenerate.kind, job.regenerate.version);
  return laneJobId(job.roadmapId, job.lane?.seq ?? 0, job.conceptId, job.kind);
}

export function retryingJobOptions(attempts: number, backoffMs: number): JobsOptions {
  return { attempts, backoff: { type: 'exponential', delay: backoffMs } };
}
