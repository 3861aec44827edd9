/** Enqueueing a roadmap's workflow job: the one place that knows the job's id and options. */
import type { Config } from '../config.js';
import { roadmapJobOptions, type RoadmapJob } from './jobs.js';
import type { QueueKit } from './kit.js';

export async function enqueueRoadmap(queues: QueueKit, config: Config, job: RoadmapJob): Promise<void> {
  await queues
    .queue<RoadmapJob>('roadmap')
    .add('generate', job, roadmapJobOptions(job.roadmapId, config.JOB_ATTEMPTS, config.JOB_BACKOFF_MS));
}
