/**
 * What `pathsmith eval` writes: one entry per goal with its scores, and the run's summary — the same shape for
 * every run, so two runs (two models, two prompt versions) on the same goal set can be compared field by field.
 */
import { z } from 'zod';
import { LLM_PROVIDERS, ROADMAP_STATUSES } from '../domain/enums.js';
import { VALIDATION_DIMENSION_NAMES } from '../domain/validation.js';

const share = z.number().min(0).max(1).nullable().describe('0–1; null when there was nothing to count.');

export const BUDGET_FITS = ['within', 'over', 'short_explained', 'short_unexplained'] as const;

export const goalScoresSchema = z.object({
  hardChecks: z.object({ pass: z.boolean(), issues: z.array(z.string()) }),
  budget: z.object({
    budgetHours: z.number(),
    plannedHours: z.number(),
    percent: z.number().describe('Planned hours as a share of hoursPerWeek × weeks, in percent.'),
    fit: z.enum(BUDGET_FITS).describe('Within 80–110 %, over it, or short of it with or without a budgetNote that says why.'),
    budgetNote: z.string().nullable(),
  }),
  titles: z.object({
    script: z.string().describe('The writing system the roadmap language is written in (Han for zh, Latin for en…).'),
    checked: z.number().int(),
    wrong: z.array(z.string()).describe('Titles not in that script.'),
  }),
  prerequisites: z.object({ concepts: z.number().int(), depth: z.number().int().describe('Concepts in the longest prerequisite chain.'), chain: z.array(z.string()) }),
  resources: z.object({ total: z.number().int(), catalogue: z.number().int(), http: z.number().int(), search: z.number().int(), verified: share }),
  quiz: z.object({
    concepts: z.number().int().describe('Concepts with a quiz.'),
    questions: z.number().int(),
    answerable: z.number().int().describe('Questions whose marked answers are exactly right: in range, unique, as many as the type needs, among distinct options.'),
    share,
    problems: z.array(z.string()).describe('The first problems found, "concept/question: problem".'),
  }),
  rubric: z
    .object({
      model: z.string(),
      overall: z.number().describe('The validation task\'s weighted score, less 10 per critical and 5 per warning issue.'),
      dimensions: z.partialRecord(z.enum(VALIDATION_DIMENSION_NAMES), z.number()),
      critical: z.number().int(),
      warnings: z.number().int(),
    })
    .nullable()
    .describe('The validation prompt\'s scores of the final outline; null without an LLM configured for the eval.'),
});
export type GoalScores = z.infer<typeof goalScoresSchema>;

export const goalReportSchema = z.object({
  id: z.string(),
  goal: z.string(),
  language: z.string(),
  roadmapId: z.string().nullable(),
  status: z.enum([...ROADMAP_STATUSES, 'rejected']).describe('`rejected`: the API refused the request (see error).'),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  usage: z.object({ calls: z.number().int(), promptTokens: z.number().int(), completionTokens: z.number().int(), costUsd: z.number() }).nullable(),
  scores: goalScoresSchema.nullable().describe('Null when no outline was produced.'),
});
export type GoalReport = z.infer<typeof goalReportSchema>;

export const evalReportSchema = z.object({
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  goalsFile: z.string(),
  api: z.string().describe('The API evaluated, or "in-process" for a scratch system in the eval process.'),
  generator: z
    .object({ provider: z.enum(LLM_PROVIDERS), models: z.record(z.string(), z.string()).nullable() })
    .nullable()
    .describe('In-process: the provider and models that generated the roadmaps; against --api the server knows, not the client.'),
  judge: z.string().nullable().describe('The model that scored the rubric; null without an LLM configured for the eval.'),
  goals: z.array(goalReportSchema),
});
export type EvalReport = z.infer<typeof evalReportSchema>;
