/** Request and response schemas of HTTP API v1: validation, the TypeScript types and the OpenAPI document. */
import { z } from 'zod';
import { CONTENT_KINDS, CONTENT_STATUSES, LOG_CATEGORIES, LOG_LEVELS, ROADMAP_STATUSES, WORKFLOW_STEPS } from '../domain/enums.js';
import { reviewOutcomeSchema } from '../domain/review-outcome.js';
import { conceptSchema, outlineSchema, roadmapRequestSchema } from '../domain/roadmap.js';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable error code from the catalogue.'),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: 'Error' });

export const idParamsSchema = z.strictObject({ id: z.uuid() });

export const createHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe('Same key and body → the same roadmap; same key, other body → 422.'),
});

const linksSchema = z.object({ self: z.string(), events: z.string(), logs: z.string() });

export const acceptedSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(ROADMAP_STATUSES),
    waitingForSlot: z.boolean().optional().describe('Accepted, but waiting for one of your roadmaps generating now to finish.'),
    links: linksSchema,
  })
  .meta({ id: 'RoadmapAccepted' });

export const roadmapViewSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(ROADMAP_STATUSES),
    step: z.enum(WORKFLOW_STEPS),
    request: roadmapRequestSchema,
    outline: outlineSchema.optional(),
    outlineVersion: z.number().int().positive().describe('The outline\'s version: send it as `baseVersion` with an edit (PATCH …/outline).'),
    progress: z.object({ conceptsTotal: z.number().int(), conceptsDone: z.number().int() }),
    content: z
      .record(z.string(), z.record(z.enum(CONTENT_KINDS), z.enum(CONTENT_STATUSES)))
      .optional()
      .describe('Per concept id, the status of its current tutorial, resources and quiz.'),
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        failed: z.array(z.object({ conceptId: z.string(), kind: z.enum(CONTENT_KINDS), error: z.string().nullable() })).optional(),
      })
      .optional(),
    usage: z
      .object({ calls: z.number().int(), promptTokens: z.number().int(), completionTokens: z.number().int(), costUsd: z.number() })
      .optional()
      .describe('LLM usage of this roadmap so far.'),
    waitingForSlot: z.boolean().describe('Queued behind your other roadmaps that are generating now (QUOTA_ACTIVE_ROADMAPS).'),
    actions: z
      .object({ retry: z.boolean(), cancel: z.boolean(), review: z.boolean(), edit: z.boolean() })
      .describe('What the learner can do now, by the lifecycle rules; `retry` is also true for a queued or running roadmap whose work the queue has lost; `edit`: the outline takes edits and module regenerations.'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    links: linksSchema,
  })
  .meta({ id: 'Roadmap' });

export const roadmapSummarySchema = roadmapViewSchema
  .pick({ id: true, status: true, step: true, createdAt: true, updatedAt: true, progress: true, links: true, waitingForSlot: true })
  .extend({ goal: z.string(), title: z.string().optional() })
  .meta({ id: 'RoadmapSummary' });

const limit = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);

export const listQuerySchema = z.strictObject({
  limit: limit(100, 20),
  cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page.'),
  status: z.enum(ROADMAP_STATUSES).optional(),
});

export const roadmapPageSchema = z
  .object({ items: z.array(roadmapSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'RoadmapPage' });

/** A comma-separated list of enum values, e.g. `warn,error`. */
const csv = (values: readonly string[]) =>
  z
    .string()
    .regex(new RegExp(`^(${values.join('|')})(,(${values.join('|')}))*$`), `comma-separated: ${values.join(', ')}`)
    .optional();

export const logsQuerySchema = z.strictObject({
  after: z.string().max(200).optional().describe('`nextCursor` of the previous page; events after it.'),
  level: csv(LOG_LEVELS).describe('Only these levels, e.g. `warn,error`.'),
  category: csv(LOG_CATEGORIES).describe('Only these categories, e.g. `workflow,llm`.'),
  step: csv(WORKFLOW_STEPS).describe('Only these workflow steps.'),
  conceptId: z.string().min(1).max(64).optional().describe("Only one concept's events."),
  limit: limit(1000, 100),
});

export const logSummarySchema = z
  .object({
    total: z.number().int(),
    byLevel: z.record(z.string(), z.number().int()),
    byCategory: z.record(z.string(), z.number().int()),
    byStep: z.record(z.string(), z.number().int()),
    totalDurationMs: z.number(),
    first: z.iso.datetime().nullable(),
    last: z.iso.datetime().nullable(),
  })
  .meta({ id: 'LogSummary' });

export const logEntrySchema = z
  .object({
    id: z.uuid(),
    seq: z.string().describe('Ordering key within the roadmap (a 64-bit integer as a string).'),
    level: z.enum(LOG_LEVELS),
    category: z.enum(LOG_CATEGORIES),
    step: z.enum(WORKFLOW_STEPS).nullable(),
    agent: z.string().nullable(),
    conceptId: z.string().nullable(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).nullable(),
    durationMs: z.number().int().nullable(),
    requestId: z.string().nullable().describe("The server's id of the request that caused the event."),
    clientRequestId: z.string().nullable().describe("That request's X-Request-Id, when the client sent a safe one."),
    time: z.iso.datetime(),
  })
  .meta({ id: 'LogEntry' });

export const logPageSchema = z
  .object({ items: z.array(logEntrySchema), nextCursor: z.string().nullable() })
  .meta({ id: 'LogPage' });

export type RoadmapView = z.infer<typeof roadmapViewSchema>;

export const reviewBodySchema = z
  .discriminatedUnion('approve', [
    z.strictObject({ approve: z.literal(true), feedback: z.string().max(4000).optional() }),
    z.strictObject({
      approve: z.literal(false),
      feedback: z.string().trim().min(1, 'feedback is required when rejecting').max(4000),
    }),
  ])
  .meta({ id: 'ReviewDecision' });

export const reviewRoundSchema = z
  .object({
    round: z.number().int(),
    approved: z.boolean(),
    feedback: z.string().nullable(),
    outcome: reviewOutcomeSchema
      .nullable()
      .describe('What became of a rejection once its repair is validated; null for an approval, or while the repair runs.'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ReviewRound' });
export const reviewListSchema = z.object({ items: z.array(reviewRoundSchema) }).meta({ id: 'ReviewRounds' });

export const reviewAcceptedSchema = z.object({ id: z.uuid(), status: z.enum(ROADMAP_STATUSES), round: z.number().int() });

export const statusSchema = z.object({ id: z.uuid(), status: z.enum(ROADMAP_STATUSES), step: z.enum(WORKFLOW_STEPS) });

export const conceptParamsSchema = z.strictObject({ id: z.uuid(), conceptId: z.string().min(1).max(64) });

export const regenerateBodySchema = z
  .strictObject({
    kind: z.enum(CONTENT_KINDS),
    instructions: z.string().trim().min(1).max(2000).optional().describe('What the new version should do differently.'),
  })
  .meta({ id: 'RegenerateRequest' });

export const regenerateAcceptedSchema = z.object({
  conceptId: z.string(),
  kind: z.enum(CONTENT_KINDS),
  version: z.number().int(),
  status: z.enum(CONTENT_STATUSES),
});

const pieceSchema = z.object({
  version: z.number().int(),
  status: z.enum(CONTENT_STATUSES),
  body: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  instructions: z.string().optional(),
  updatedAt: z.iso.datetime(),
});

export const conceptViewSchema = z
  .object({
    roadmapId: z.uuid(),
    concept: conceptSchema,
    stage: z.object({ id: z.string(), title: z.string() }),
    module: z.object({ id: z.string(), title: z.string() }),
    content: z
      .record(
        z.enum(CONTENT_KINDS),
        z.object({
          current: pieceSchema
            .partial({ version: true, updatedAt: true })
            .describe('Without version and updatedAt while the piece does not exist yet (before the outline is final): pending.'),
          latestCompleted: pieceSchema.optional(),
        }),
      )
      .describe('Every kind, always: a piece not generated yet is pending.'),
    versions: z.array(pieceSchema.omit({ body: true }).extend({ kind: z.enum(CONTENT_KINDS) })),
  })
  .meta({ id: 'ConceptContent' });

export const progressBodySchema = z.strictObject({ done: z.boolean() }).meta({ id: 'ConceptProgressUpdate' });
export const conceptProgressSchema = z.object({ conceptId: z.string(), done: z.boolean(), updatedAt: z.iso.datetime() });

export const quizAttemptBodySchema = z
  .strictObject({
    answers: z.array(z.array(z.number().int().min(0).max(9)).max(10)).min(1).max(20).describe('Per question, the chosen option indexes.'),
  })
  .meta({ id: 'QuizAttempt' });

export const quizResultSchema = z
  .object({
    conceptId: z.string(),
    quizVersion: z.number().int(),
    correct: z.number().int(),
    total: z.number().int(),
    score: z.number().int().describe('0–100'),
    corrections: z.array(
      z.object({ questionId: z.string(), correct: z.boolean(), chosen: z.array(z.number().int()), answer: z.array(z.number().int()), explanation: z.string() }),
    ),
    attemptedAt: z.iso.datetime(),
  })
  .meta({ id: 'QuizResult' });

const tallySchema = z.object({ done: z.number().int(), total: z.number().int() });
export const progressViewSchema = z
  .object({
    roadmapId: z.uuid(),
    conceptsDone: z.array(z.string()),
    overall: tallySchema,
    stages: z.array(tallySchema.extend({ stageId: z.string() })),
    quizAttempts: z.array(
      z.object({ conceptId: z.string(), quizVersion: z.number().int(), correct: z.number().int(), total: z.number().int(), score: z.number().int(), attemptedAt: z.iso.datetime() }),
    ),
    mastery: z
      .array(
        z.object({
          conceptId: z.string(),
          mastery: z.number().min(0).max(1).describe("Now: the mean FSRS retrievability of the concept's cards, a card last answered wrong counting 0."),
          cards: z.number().int().describe('Questions of the concept answered at least once: its review cards.'),
          due: z.number().int().describe('Of those, the cards due for review by `dueBy`.'),
        }),
      )
      .describe('Per concept of the outline with answered questions, in outline order.'),
  })
  .meta({ id: 'LearnerProgress' });
