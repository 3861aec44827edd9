/** Curriculum design: the Stage → Module → Concept outline that fits the learner's time budget. */
import { outlineSchema } from '../../../domain/roadmap.js';
import { renderPrompt } from '../../../llm/prompts.js';
import { saveOutline } from '../../../store/sql/roadmaps.js';
import type { StepDefinition } from '../pipeline.js';

export const outlineStep: StepDefinition<'outline'> = {
  key: 'outline',
  step: 'outline',
  schema: outlineSchema,
  run(state, deps) {
    if (!state.intent) throw new Error('outline step needs the intent analysis');
    return deps.llm.generate({
      task: 'outline',
      schema: outlineSchema,
      prompt: renderPrompt('outline', { request: deps.request, intent: state.intent }),
      context: { request: deps.request, intent: state.intent },
      roadmapId: deps.roadmapId,
      signal: deps.signal,
    });
  },
  // Publish the outline as soon as it exists, so a learner watching sees it before validation finishes.
  after: (outline, deps) => saveOutline(deps.pool, deps.roadmapId, outline),
};
