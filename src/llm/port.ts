/**
 * The LLM port: `generate` turns a task (a prompt plus the structured context it was built from) into data
 * validated by a zod schema. Providers: `offline` (deterministic, no network) and, with the pipeline issue,
 * `openai`. Callers never know which one answers.
 */
import type { z } from 'zod';
import type { Intent } from '../domain/intent.js';
import type { Outline, RoadmapRequest } from '../domain/roadmap.js';

export const LLM_TASKS = ['intent', 'outline'] as const;
export type LlmTask = (typeof LLM_TASKS)[number];

export interface Prompt {
  system: string;
  user: string;
}

/** The structured facts a prompt was rendered from; the offline provider works from these directly. */
export interface TaskContext {
  request: RoadmapRequest;
  intent?: Intent;
  outline?: Outline;
}

export interface GenerateRequest<S extends z.ZodType> {
  task: LlmTask;
  schema: S;
  prompt: Prompt;
  context: TaskContext;
  roadmapId: string;
  signal?: AbortSignal;
}

export interface LlmProvider {
  readonly name: 'offline' | 'openai';
  generate<S extends z.ZodType>(req: GenerateRequest<S>): Promise<z.output<S>>;
}
