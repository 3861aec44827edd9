/**
 * What the content step produces for every concept: a tutorial, resources and a quiz. These schemas are
 * what any LLM provider must return (validated), what is stored in `concept_content`, and what the API serves.
 */
import { z } from 'zod';
import { DIFFICULTIES } from './enums.js';

export const tutorialSchema = z
  .object({
    title: z.string().min(1).max(200),
    summary: z.string().min(1).max(500),
    /** Markdown; a ```mermaid block where a diagram helps. */
    markdown: z.string().min(50).max(60_000),
    estimatedMinutes: z.number().int().min(5).max(600),
  })
  .meta({ id: 'Tutorial' });
export type Tutorial = z.infer<typeof tutorialSchema>;

export const RESOURCE_TYPES = ['documentation', 'tutorial', 'book', 'course', 'video', 'tool', 'article'] as const;

/** A resource as an LLM proposes it: a URL it believes in, or a search query when it has none. */
export const proposedResourceSchema = z.object({
  title: z.string().min(1).max(300),
  type: z.enum(RESOURCE_TYPES),
  why: z.string().min(1).max(500).describe('Why this helps with the concept.'),
  url: z.url().max(2000).nullable(),
  query: z.string().min(1).max(200).describe('A web search that finds this or an equivalent resource.'),
});
export const proposedResourcesSchema = z.object({ resources: z.array(proposedResourceSchema).min(5).max(10) });
export type ProposedResource = z.infer<typeof proposedResourceSchema>;

/**
 * A resource as stored and served. `url` is present only when the link is verified: it comes from the curated
 * catalogue, or it answered an HTTP check. Otherwise the resource is a search suggestion: title and query.
 */
export const resourceSchema = z.object({
  title: z.string(),
  type: z.enum(RESOURCE_TYPES),
  why: z.string(),
  url: z.string().optional(),
  query: z.string(),
  verification: z.enum(['catalogue', 'http', 'search']),
});
export type Resource = z.infer<typeof resourceSchema>;

export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false'] as const;

export const questionSchema = z
  .object({
    id: z.string().min(1).max(40),
    type: z.enum(QUESTION_TYPES),
    question: z.string().min(1).max(1000),
    options: z.array(z.string().min(1).max(500)).min(2).max(6),
    /** Indexes into `options`. */
    answer: z.array(z.number().int().nonnegative()).min(1),
    explanation: z.string().min(1).max(2000),
    difficulty: z.enum(DIFFICULTIES),
  })
  .superRefine((q, ctx) => {
    if (q.answer.some((a) => a >= q.options.length)) ctx.addIssue({ code: 'custom', message: 'answer index out of range', path: ['answer'] });
    if (new Set(q.answer).size !== q.answer.length) ctx.addIssue({ code: 'custom', message: 'duplicate answer index', path: ['answer'] });
    if (q.type === 'single_choice' && q.answer.length !== 1) ctx.addIssue({ code: 'custom', message: 'single_choice has exactly one answer', path: ['answer'] });
    if (q.type === 'multiple_choice' && q.answer.length < 2) ctx.addIssue({ code: 'custom', message: 'multiple_choice has at least two answers', path: ['answer'] });
    if (q.type === 'true_false' && (q.options.length !== 2 || q.answer.length !== 1)) {
      ctx.addIssue({ code: 'custom', message: 'true_false has two options and one answer', path: ['options'] });
    }
  });

export const quizSchema = z
  .object({ questions: z.array(questionSchema).min(5).max(8) })
  .superRefine((quiz, ctx) => {
    const ids = quiz.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'question ids must be unique', path: ['questions'] });
  })
  .meta({ id: 'Quiz' });
export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
