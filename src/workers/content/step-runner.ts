/**
 * The step/checkpoint mechanism of the roadmap workflow. The workflow is ordinary code that calls `step()` for
 * every unit of work; a step's output is validated and stored in `step_checkpoints` under its key before the
 * workflow goes on. A redelivered job (crash, stall, retry, a review answered) runs the same code again:
 * every step with a stored output returns it at once, so the run resumes at the first unfinished step and no
 * step's work is done twice.
 */
import { keyed } from '../../logsink/events.js';
import type { z } from 'zod';
import type { WorkflowStep } from '../../domain/enums.js';
import type { RoadmapRequest } from '../../domain/roadmap.js';
import type { LlmProvider } from '../../llm/port.js';
import type { LogSink } from '../../logsink/producer.js';
import type { Queryable } from '../../store/db.js';
import { loadCheckpoints, saveCheckpoint, type Checkpoint } from '../../store/sql/checkpoints.js';
import { setStep } from '../../store/sql/roadmap-runs.js';
import type { Logger } from '../../telemetry/logger.js';

export interface RunDeps {
  roadmapId: string;
  requestId: string | null;
  request: RoadmapRequest;
  pool: Queryable;
  llm: LlmProvider;
  logs: LogSink;
  logger: Logger;
  signal: AbortSignal;
}

export class StepRunner {
  private constructor(
    private readonly deps: RunDeps,
    private readonly stored: Map<string, Checkpoint>,
  ) {}

  static async load(deps: RunDeps): Promise<StepRunner> {
    return new StepRunner(deps, await loadCheckpoints(deps.pool, deps.roadmapId));
  }

  /** Runs `run` unless `key` already has a stored output, and returns the stored output either way. */
  async step<S extends z.ZodType>(key: string, step: WorkflowStep, schema: S, run: () => Promise<z.output<S>>): Promise<z.output<S>> {
    const { deps } = this;
    deps.signal.throwIfAborted();
    const checkpoint = this.stored.get(key);
    if (checkpoint) return schema.parse(checkpoint.output);

    await deps.logs.capacity();
    await setStep(deps.pool, deps.roadmapId, step);
    const event = { roadmapId: deps.roadmapId, requestId: deps.requestId, category: 'workflow' as const, step };
    deps.logs.emit({ ...event, level: 'info', message: `Step ${key} started`, details: keyed('step.started', { step: key }), dedupeKey: `${key}/started` });
    const started = performance.now();
    const output = await run();
    const durationMs = Math.round(performance.now() - started);
    // The step's events are queued before its checkpoint commits: a crash in between re-runs the step and
    // re-emits the same (deduplicated) events, so the log never misses a checkpointed step.
    deps.logs.emit({ ...event, level: 'info', message: `Step ${key} completed`, details: keyed('step.completed', { step: key }), durationMs, dedupeKey: `${key}/completed` });
    await deps.logs.flush();
    // Store first, then use what was stored: if a duplicate delivery raced us, both continue from one output.
    const kept = await saveCheckpoint(deps.pool, { roadmapId: deps.roadmapId, key, step, output, durationMs });
    const parsed = schema.parse(kept);
    this.stored.set(key, { key, step, output: kept, duration_ms: durationMs, created_at: new Date() });
    return parsed;
  }
}
