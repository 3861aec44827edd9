/**
 * Is a roadmap's work live? The answer comes from the queue, never from row age (DESIGN.md rule 10): from the
 * stored run we know which job ids must exist, and the queue tells whether any of them will still run. The
 * reconciler, a learner's retry of a stuck roadmap and `pathsmith status` all ask this one question.
 */
import type { ContentKind, QueueName, RoadmapStatus, WorkflowStep } from '../domain/enums.js';
import { laneJobId, regenerateJobId, roadmapJobId } from './jobs.js';
import type { QueueKit } from './kit.js';

/** Job states in which a job is running or will run. Any other (completed, failed, unknown) is not live. */
export const LIVE_STATES: readonly string[] = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused'];

export interface RunState {
  roadmapId: string;
  status: RoadmapStatus;
  step: WorkflowStep;
  seq: number;
}

export interface UnfinishedPiece {
  conceptId: string;
  kind: ContentKind;
  version: number;
}

export interface ExpectedJob {
  queue: QueueName;
  jobId: string;
}

/**
 * The jobs that may be carrying a run's work: its workflow job (which also starts the content phase) and, in
 * the content phase, the lane job of every unfinished piece, and the piece job of every unfinished piece (a
 * regeneration, or an on-demand piece, which is version 1). A piece is covered if any of them is live. Piece
 * jobs of version 1 are asked last: in an eager run the lanes carry those pieces, and one live lane ends the
 * search.
 */
export function expectedJobs(run: RunState, unfinished: readonly UnfinishedPiece[]): ExpectedJob[] {
  const jobs: ExpectedJob[] = run.status === 'queued' || run.status === 'running' ? [{ queue: 'roadmap', jobId: roadmapJobId(run.roadmapId, run.seq) }] : [];
  const lanes = new Set<string>();
  const firstVersions: ExpectedJob[] = [];
  const inContent = run.status === 'running' && run.step === 'content';
  for (const p of unfinished) {
    if (inContent) lanes.add(laneJobId(run.roadmapId, run.seq, p.conceptId, p.kind));
    const piece = { queue: 'content' as const, jobId: regenerateJobId(run.roadmapId, p.conceptId, p.kind, p.version) };
    if (p.version > 1) jobs.push(piece);
    else firstVersions.push(piece);
  }
  // Then the whole-concept lane jobs an older version enqueued, for a run that began before an upgrade.
  if (inContent) for (const p of unfinished) lanes.add(laneJobId(run.roadmapId, run.seq, p.conceptId));
  for (const jobId of lanes) jobs.push({ queue: 'content', jobId });
  return [...jobs, ...firstVersions];
}

/** The first expected job the queue reports live, or null when none is: the run's work is lost or dead. */
export async function findLiveJob(queues: QueueKit, jobs: readonly ExpectedJob[]): Promise<(ExpectedJob & { state: string }) | null> {
  for (const job of jobs) {
    const state = await queues.queue(job.queue).getJobState(job.jobId);
    if (LIVE_STATES.includes(state)) return { ...job, state };
  }
  return null;
}

/** The live job carrying a run's work, if any: `expectedJobs` asked of the queue. */
export function liveJobOf(queues: QueueKit, run: RunState, unfinished: readonly UnfinishedPiece[]): Promise<(ExpectedJob & { state: string }) | null> {
  return findLiveJob(queues, expectedJobs(run, unfinished));
}
