/**
 * The tutor's prompt, in the order that lets a provider cache its prefix: the instructions (the same for every
 * call), then the grounding (the same for every question about one concept: the learner's request, the concept,
 * a tutorial excerpt, the resources), then the recent turns, then the new message.
 */
import { tutorialExcerpt } from '../domain/tutor.js';
import type { ChatMessage, TutorContext } from './port.js';
import { renderPrompt } from './prompts.js';

export function tutorMessages(ctx: TutorContext): ChatMessage[] {
  const grounding = renderPrompt('tutor', {
    request: ctx.request,
    conceptPath: ctx.conceptPath,
    concept: ctx.concept,
    tutorialExcerpt: ctx.tutorial ? { title: ctx.tutorial.title, summary: ctx.tutorial.summary, markdown: tutorialExcerpt(ctx.tutorial.markdown, ctx.message) } : null,
    resources: ctx.resources?.map((r) => ({ title: r.title, type: r.type, url: r.url ?? null, query: r.query })) ?? null,
  });
  return [
    { role: 'system', content: grounding.system },
    { role: 'user', content: grounding.user },
    ...ctx.history.map((t): ChatMessage => ({ role: t.role === 'learner' ? 'user' : 'assistant', content: t.content })),
    { role: 'user', content: ctx.message },
  ];
}
