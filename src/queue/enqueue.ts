/**
 * Enqueueing work: the one place that knows the jobs' ids and options. Each enqueue is a producer span, and
 * the job carries its context (`trace`), so the worker's spans continue the trace that enqueued it.
 */
import type { Config } from '../config.js';
import type { QueueName } from '../domain/enums.js';
import { traceField, tracer, type TraceCarrier } from '../telemetry/tracing.js';
import { contentJobId, moduleJobId, retryingJobOptions, roadmapJobId, type ContentJob, type ModuleJob } from './jobs.js';
import type { QueueKit } from './kit.js';

/** A producer span around `send`; under `parent` (a request's context) when given, else the active span. */
function published<T>(queue: QueueName, jobs: number, send: () => Promise<T>, parent?: TraceCarrier): Promise<T> {
  const attributes = { 'messaging.system': 'bullmq', 'messaging.operation.type': 'send', 'messaging.destination.name': queue, 'messaging.batch.message_count': jobs };
  return tracer().span(`${queue} publish`, { kind: 'producer', attributes, ...(parent ? { parent } : {}) }, send);
}

/** The workflow job of a roadmap's generation `seq`; adding it again is a no-op while it exists. */
export async function enqueueRoadmap(queues: QueueKit, config: Config, run: { roadmapId: string; requestId: string | null }, seq: number): Promise<void> {
  await published('roadmap', 1, () =>
    queues.queue('roadmap').add('generate', { ...run, seq, ...traceField() }, { jobId: roadmapJobId(run.roadmapId, seq), ...retryingJobOptions(config.JOB_ATTEMPTS, config.JOB_BACKOFF_MS) }),
  );
}

/** A roadmap's workflow run to enqueue; `trace` is the context of the request that asked for it, if traced. */
export interface RoadmapRun {
  roadmapId: string;
  requestId: string | null;
  seq: number;
  trace?: TraceCarrier;
}

/**
 * Workflow jobs of several roadmaps in one bulk add (one round trip); each is a no-op while its job exists.
 * The runs come from different requests (group commit), so each message gets its own producer span in its own
 * request's trace, all covering the one bulk add, and its job carries that span's context.
 */
export async function enqueueRoadmaps(queues: QueueKit, config: Config, runs: readonly RoadmapRun[]): Promise<void> {
  if (runs.length === 0) return;
  const job = ({ trace: _request, ...run }: RoadmapRun, trace: { trace?: TraceCarrier }) => ({
    name: 'generate',
    data: { ...run, ...trace },
    opts: { jobId: roadmapJobId(run.roadmapId, run.seq), ...retryingJobOptions(config.JOB_ATTEMPTS, config.JOB_BACKOFF_MS) },
  });
  if (!tracer().enabled) {
    await queues.queue('roadmap').addBulk(runs.map((run) => job(run, {})));
    return;
  }
  let settle!: { resolve: () => void; reject: (err: unknown) => void };
  const sent = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const fields = runs.map(
    (run) =>
      new Promise<{ trace?: TraceCarrier }>((haveContext) => {
        const send = () => {
          haveContext(traceField());
          return sent;
        };
        // The failure is the bulk add's, thrown below; the span records it.
        published('roadmap', runs.length, send, run.trace).catch(() => undefined);
      }),
  );
  const contexts = await Promise.all(fields);
  try {
    await queues.queue('roadmap').addBulk(runs.map((run, i) => job(run, contexts[i]!)));
    settle.resolve();
  } catch (err) {
    settle.reject(err);
    throw err;
  }
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

/** A module's re-planning; adding it again is a no-op while its job exists. */
export async function enqueueModuleRegeneration(queues: QueueKit, config: Config, job: ModuleJob): Promise<void> {
  await published('content', 1, () =>
    queues.queue<ModuleJob>('content').add('module', { ...job, ...traceField() }, { jobId: moduleJobId(job.regenerationId), ...retryingJobOptions(config.JOB_ATTEMPTS, config.JOB_BACKOFF_MS) }),
  );
}
