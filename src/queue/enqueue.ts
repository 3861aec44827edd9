/**
 * Enqueueing work: the one place that knows the jobs' ids and options. Each enqueue is a producer span, and
 * the job carries its context (`trace`), so the worker's spans continue the trace that enqueued it.
 */
import type { Config } from '../config.js';
import type { QueueName } from '../domain/enums.js';
import { traceField, tracer } from '../telemetry/tracing.js';
import { contentJobId, retryingJobOptions, roadmapJobId, type ContentJob } from './jobs.js';
import type { QueueKit } from './kit.js';

function published<T>(queue: QueueName, jobs: number, send: () => Promise<T>): Promise<T> {
  const attributes = { 'messaging.system': 'bullmq', 'messaging.operation.type': 'send', 'messaging.destination.name': queue, 'messaging.batch.message_count': jobs };
  return tracer().span(`${queue} publish`, { kind: 'producer', attributes }, send);
}

/** The workflow job of a roadmap's generation `seq`; adding it again is a no-op while it exists. */
export async function enqueueRoadmap(queues: QueueKit, config: Config, run: { roadmapId: string; requestId: string | null }, seq: number): Promise<void> {
  await published('roadmap', 1, () =>
    queues.queue('roadmap').add('generate', { ...run, seq, ...traceField() }, { jobId: roadmapJobId(run.roadmapId, seq), ...retryingJobOptions(config.JOB_ATTEMPTS, config.JOB_BACKOFF_MS) }),
  );
}

/** Workflow jobs of several roadmaps in one bulk add (one round trip); each is a no-op while its job exists. */
export async function enqueueRoadmaps(queues: QueueKit, config: Config, runs: ReadonlyArray<{ roadmapId: string; requestId: string | null; seq: number }>): Promise<void> {
  if (runs.length === 0) return;
  await queues.queue('roadmap').addBulk(
    runs.map((run) => ({ name: 'generate', data: run, opts: { jobId: roadmapJobId(run.roadmapId, run.seq), ...retryingJobOptions(config.JOB_ATTEMPTS, config.JOB_BACKOFF_MS) } })),
  );
}

export async function enqueueContent(queues: QueueKit, config: Config, jobs: readonly ContentJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await published('content', jobs.length, () =>
    queues.queue<ContentJob>('content').addBulk(
      jobs.map((data) => ({
        name: !data.regenerate ? 'concept' : data.regenerate.version > 1 ? 'regenerate' : 'piece',
        data: { ...data, ...traceField() },
        opts: { jobId: contentJobId(data), ...retryingJobOptions(config.JOB_ATTEMPTS, config.JOB_BACKOFF_MS) },
      })),
    ),
  );
}
