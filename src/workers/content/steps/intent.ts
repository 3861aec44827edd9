/** Intent analysis: the learner's request made explicit (goal, technologies, level, time budget, gaps). */
import { intentSchema } from '../../../domain/intent.js';
import { renderPrompt } from '../../../llm/prompts.js';
import type { StepDefinition } from '../pipeline.js';

export const intentStep: StepDefinition<'intent'> = {
  key: 'intent',
  step: 'intent_analysis',
  schema: intentSchema,
  run: (_state, deps) =>
    deps.llm.generate({
      task: 'intent',
      schema: intentSchema,
      prompt: renderPrompt('intent', { request: deps.request }),
      context: { request: deps.request },
      roadmapId: deps.roadmapId,
      signal: deps.signal,
    }),
};
