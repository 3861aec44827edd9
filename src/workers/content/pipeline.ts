/**
 * The step/checkpoint mechanism of the roadmap workflow. Steps run in order; each step's output is validated
 * and stored in `step_checkpoints` before the next step starts. A redelivered job (crash, stall, retry) loads
 * the stored outputs and resumes at the first step without one, so no step's work is done twice.
 */
import type { z } from 'zod';
import type { WorkflowStep } from '../../domain/enums.js';
import type { Intent } from '../../domain/intent.js';
import type { Outline, RoadmapRequest } from '../../domain/roadmap.js';
import type { LlmProvider } from '../../llm/port.js';
import type { LogSink } from '../../logsink/producer.js';
import type { Pool } from '../../store/db.js';
import { loadCheckpoints, saveCheckpoint } from '../../store/sql/checkpoints.js';
import { setStep } from '../../store/sql/roadmaps.js';
import type { Logger } from '../../telemetry/logger.js';
import type { OutlineReport } from './steps/validation.js';

/** Outputs of the steps that have run, by checkpoint key. */
export interface PipelineState {
  intent?: Intent;
  outline?: Outline;
  validation?: OutlineReport;
}

export interface StepDeps {
  roadmapId: string;
  requestId: string | null;
  request: RoadmapRequest;
  pool: Pool;
  llm: LlmProvider;
  logs: LogSink;
  logger: Logger;
  signal: AbortSignal;
}

export interface StepDefinition<K extends keyof PipelineState> {
  key: K;
  step: WorkflowStep;
  schema: z.ZodType<NonNullable<PipelineState[K]>>;
  run(state: PipelineState, deps: StepDeps): Promise<NonNullable<PipelineState[K]>>;
  /** Side effect after the output is stored (e.g. publish the outline on the roadmap row); must be idempotent. */
  after?(output: NonNullable<PipelineState[K]>, deps: StepDeps): Promise<void>;
}

export type AnyStep = { [K in keyof PipelineState]-?: StepDefinition<K> }[keyof PipelineState];

export async function runSteps(steps: readonly AnyStep[], deps: StepDeps): Promise<PipelineState> {
  const state: PipelineState = {};
  const stored = await loadCheckpoints(deps.pool, deps.roadmapId);
  for (const def of steps) {
    deps.signal.throwIfAborted();
    const checkpoint = stored.get(def.key);
    if (checkpoint) {
      assign(state, def, def.schema.parse(checkpoint.output));
      deps.logger.debug({ step: def.step }, 'step already done; resuming after it');
      continue;
    }
    await setStep(deps.pool, deps.roadmapId, def.step);
    deps.logs.emit({ ...base(deps, def.step), level: 'info', message: `Step ${def.step} started`, dedupeKey: `${def.key}/started` });
    const started = performance.now();
    const output = await (def.run as (s: PipelineState, d: StepDeps) => Promise<unknown>)(state, deps);
    const durationMs = Math.round(performance.now() - started);
    // The step's events are queued before its checkpoint commits: a crash in between re-runs the step and
    // re-emits the same (deduplicated) events, so the log never misses a checkpointed step.
    deps.logs.emit({ ...base(deps, def.step), level: 'info', message: `Step ${def.step} completed`, durationMs, dedupeKey: `${def.key}/completed` });
    await deps.logs.flush();
    // Store first, then use what was stored: if a duplicate delivery raced us, both continue from one output.
    const kept = def.schema.parse(
      await saveCheckpoint(deps.pool, { roadmapId: deps.roadmapId, key: def.key, step: def.step, output, durationMs }),
    );
    assign(state, def, kept);
    if (def.after) await (def.after as (o: unknown, d: StepDeps) => Promise<void>)(kept, deps);
  }
  return state;
}

function assign(state: PipelineState, def: AnyStep, value: unknown): void {
  (state as Record<string, unknown>)[def.key] = value;
}

export function base(deps: StepDeps, step: WorkflowStep) {
  return { roadmapId: deps.roadmapId, requestId: deps.requestId, category: 'workflow' as const, step };
}
