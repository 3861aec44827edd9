/** One LLM call's cost, recorded per roadmap and task (`llm_usage`). */
import type { ChatTask, LlmTask } from './enums.js';

export interface LlmUsage {
  roadmapId: string;
  task: LlmTask | ChatTask;
  provider: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  /** Estimated from the configured prices; 0 when none are configured. */
  costUsd: number;
  durationMs: number;
  attempts: number;
}
