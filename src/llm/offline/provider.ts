/**
 * The offline provider: deterministic answers with no network, from the curated catalogue. It is the default
 * when no API key is set, so Pathsmith works end to end on a fresh machine. Its output passes through the same
 * schema validation as a real model's.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import type { Intent } from '../../domain/intent.js';
import type { GenerateRequest, LlmProvider, TaskContext } from '../port.js';
import type { CatalogueEntry } from './catalogue-types.js';
import { genericEntry } from './generic.js';
import { selectEntry } from './match.js';
import { planOutline } from './planner.js';

export interface OfflineOptions {
  catalogue: readonly CatalogueEntry[];
  /** Simulated latency per call, for tests and benchmarks of the pipeline's concurrency. */
  delayMs: number;
}

export function createOfflineProvider(o: OfflineOptions): LlmProvider {
  const entryFor = (ctx: TaskContext) => selectEntry(o.catalogue, ctx.request.goal) ?? genericEntry(ctx.request.goal);

  const answers = {
    intent(ctx: TaskContext): Intent {
      const entry = entryFor(ctx);
      const { request } = ctx;
      const keyTechnologies = [...new Set(entry.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.flatMap((c) => c.keywords))))].slice(0, 8);
      return {
        parsedGoal: request.goal,
        keyTechnologies,
        level: request.level,
        timeBudget: { hoursPerWeek: request.hoursPerWeek, weeks: request.weeks, totalHours: request.hoursPerWeek * request.weeks },
        skillGaps: entry.stages.map((s) => s.title),
        focusAreas: entry.stages.flatMap((s) => s.modules.map((m) => m.title)).slice(0, 6),
      };
    },
    outline(ctx: TaskContext) {
      return planOutline(entryFor(ctx), ctx.request);
    },
  } satisfies Record<GenerateRequest<z.ZodType>['task'], (ctx: TaskContext) => unknown>;

  return {
    name: 'offline',
    async generate<S extends z.ZodType>(req: GenerateRequest<S>): Promise<z.output<S>> {
      if (o.delayMs > 0) await sleep(o.delayMs, undefined, { signal: req.signal });
      req.signal?.throwIfAborted();
      return req.schema.parse(answers[req.task](req.context));
    },
  };
}
