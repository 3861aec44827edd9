/**
 * The rubric score of a finished outline: the validation task's five dimension scores, asked of the LLM the
 * eval process is configured with. The same judge scores every run, so runs of different models or prompts on
 * the same goals are scored alike; the offline provider's rule-based review is no judgement, so it gives none.
 */
import type { Config } from '../config.js';
import type { Outline, RoadmapRequest } from '../domain/roadmap.js';
import { outlineReviewSchema, overallScore } from '../domain/validation.js';
import { createLlmProvider, modelsFor } from '../llm/index.js';
import { promptFor } from '../llm/prompts.js';
import type { Logger } from '../telemetry/logger.js';
import type { GoalScores } from './report.js';

export interface Judge {
  model: string;
  score(roadmapId: string, request: RoadmapRequest, outline: Outline): Promise<NonNullable<GoalScores['rubric']>>;
}

/** Null without an LLM: then the report says there is no rubric, rather than a score no model gave. */
export function judgeFor(config: Config, logger: Logger): Judge | null {
  if (config.llmProvider === 'offline') return null;
  // The judge's calls belong to no stored roadmap: their usage is not recorded in any database.
  const llm = createLlmProvider(config, { logger, onUsage: () => undefined });
  const model = modelsFor(config).validation;
  return {
    model,
    async score(roadmapId, request, outline) {
      const context = { request, outline };
      const review = await llm.generate({ task: 'validation', schema: outlineReviewSchema, prompt: promptFor('validation', context), context, roadmapId });
      const critical = review.issues.filter((i) => i.severity === 'critical').length;
      return {
        model,
        overall: overallScore(review),
        dimensions: Object.fromEntries(review.dimensions.map((d) => [d.dimension, d.score])),
        critical,
        warnings: review.issues.length - critical,
      };
    },
  };
}
