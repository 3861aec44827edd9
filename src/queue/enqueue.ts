/** Enqueueing work: the one place that knows the jobs' ids and options. */
import type { Config } from '../config.js';
import { contentJobId, retryingJobOptions, roadmapJobId, type ContentJob, type RoadmapJob } from './jobs.js';
import type { QueueKit } from './kit.js';

export async function enqueueRoadmap(queues: QueueKit, config: Config, job: RoadmapJob, seq: number): Promise<void> {
  await queues
    .queue<RoadmapJob>('roadmap')
    .add('generate', job, { jobId: roadmapJobId(job.roadmapId, seq), ...retryingJobOptions(config.JOB_ATTEMPTS, config.JOB_BACKOFF_MS) });
}

export async function enqueueContent(queues: QueueKit, config: Config, jobs: readonly ContentJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await queues.queue<ContentJob>('content').addBulk(
    jobs.map((data) => ({
      name: data.regenerate ? 'regenerate' : 'concept',
      data,
      opts: { jobId: contentJobId(data), ...retryingJobOptions(config.JOB_ATTEMPTS, config.JOB_BACKOFF_MS) },
    })),
  );
}
