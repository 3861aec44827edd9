/** Job payloads and the job ids derived from domain ids, so enqueueing twice is a no-op (DESIGN.md). */
import type { JobsOptions } from 'bullmq';

export interface RoadmapJob {
  roadmapId: string;
  /** The X-Request-Id of the request that created the roadmap, bound into the worker's logs. */
  requestId: string | null;
}

export function roadmapJobId(roadmapId: string): string {
  return `roadmap-${roadmapId}`;
}

export function roadmapJobOptions(roadmapId: string, attempts: number, backoffMs: number): JobsOptions {
  return { jobId: roadmapJobId(roadmapId), attempts, backoff: { type: 'exponential', delay: backoffMs } };
}
