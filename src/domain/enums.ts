/**
 * The one vocabulary module (DESIGN.md rule 7). Every status, step, level and kind that is stored, sent over
 * the API or checked by the database comes from here: the zod schemas build their enums from these arrays, the
 * web app imports them, and the migrations' CHECK constraints allow exactly these values (migrations are frozen
 * history and state them literally; test/store/schema.test.ts keeps the two in step).
 *
 * Glossary
 * - roadmap: one learner request and everything generated for it; its `status` is the lifecycle below.
 * - step: the workflow stage a roadmap is in (or stopped in); each step's output is checkpointed.
 * - concept: the smallest unit of the outline (Stage → Module → Concept); content is generated per concept.
 * - execution log: an event emitted by any role about a roadmap; written in batches by the logs worker.
 */

export const ROADMAP_STATUSES = [
  'queued',
  'running',
  'awaiting_review',
  'completed',
  'partial',
  'failed',
  'cancelled',
] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** Statuses after which no worker touches the roadmap again (unless a learner retries it). */
export const TERMINAL_STATUSES = ['completed', 'partial', 'failed', 'cancelled'] as const satisfies readonly RoadmapStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export function isTerminal(status: RoadmapStatus): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

/** Workflow steps in the order the content worker runs them. `done` marks a finished workflow. */
export const WORKFLOW_STEPS = [
  'queued',
  'intent_analysis',
  'outline',
  'validation',
  'repair',
  'review',
  'content',
  'done',
] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

export const LEARNING_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type LearningLevel = (typeof LEARNING_LEVELS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_CATEGORIES = ['workflow', 'agent', 'llm', 'content', 'api'] as const;
export type LogCategory = (typeof LOG_CATEGORIES)[number];

export const CONTENT_KINDS = ['tutorial', 'resources', 'quiz'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/**
 * When a roadmap's content is written: `eager`, every concept's pieces once the outline is final; `on_demand`,
 * a concept's pieces the first time it is opened (and the next one in the learner's schedule with it).
 */
export const CONTENT_MODES = ['eager', 'on_demand'] as const;
export type ContentMode = (typeof CONTENT_MODES)[number];

export const CONTENT_STATUSES = ['pending', 'generating', 'completed', 'failed'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** Who a user is to Pathsmith: a learner owns roadmaps; an admin also sees users, usage and the queues. */
export const USER_ROLES = ['learner', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** `local`: one learner on their own machine, no login; `accounts`: users, sessions and API keys. */
export const AUTH_MODES = ['local', 'accounts'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

/** Who may create an account in `accounts` mode: anyone, holders of an admin's invite, or nobody. */
export const SIGNUP_MODES = ['open', 'invite', 'closed'] as const;
export type SignupMode = (typeof SIGNUP_MODES)[number];

/** What an LLM is asked to do; one prompt template and one model setting per task. */
export const LLM_TASKS = ['intent', 'outline', 'validation', 'repair', 'tutorial', 'resources', 'quiz', 'regenerate_module'] as const;
export type LlmTask = (typeof LLM_TASKS)[number];

/** Conversations streamed as text rather than generated as validated data; their usage is billed like a task's. */
export const CHAT_TASKS = ['tutor'] as const;
export type ChatTask = (typeof CHAT_TASKS)[number];

/** Who wrote a message of a concept's tutor conversation. */
export const TUTOR_ROLES = ['learner', 'tutor'] as const;
export type TutorRole = (typeof TUTOR_ROLES)[number];

/**
 * How a tutor message ended: `complete`; `partial` when the learner left while it was streaming (what they had
 * received is kept); `failed` when the LLM failed mid-way (what had arrived is kept, and the error code beside it).
 * A learner's own message is always complete: it is stored before the tutor is asked.
 */
export const TUTOR_MESSAGE_STATUSES = ['complete', 'partial', 'failed'] as const;
export type TutorMessageStatus = (typeof TUTOR_MESSAGE_STATUSES)[number];

/** Who answers the LLM tasks: any OpenAI-compatible API, or the deterministic catalogue with no network. */
export const LLM_PROVIDERS = ['offline', 'openai'] as const;
export type LlmProviderName = (typeof LLM_PROVIDERS)[number];

/** The processes Pathsmith can run as; `all` is the supervisor running the other three. */
export const SERVICE_TYPES = ['api', 'content-worker', 'logs-worker', 'all'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export type Role = Exclude<ServiceType, 'all'> | 'supervisor' | 'cli';

export const QUEUE_NAMES = { roadmap: 'roadmap', content: 'content', logs: 'logs' } as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/** How a learner rates recalling a review card (FSRS's grades); a quiz answer rates it `good` or `again`. */
export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

/** What changed an outline after it was final: a learner's operations, or a module re-planned by the LLM. */
export const OUTLINE_EDIT_KINDS = ['edit', 'regenerate_module'] as const;
export type OutlineEditKind = (typeof OUTLINE_EDIT_KINDS)[number];

/** A module's regeneration: asked for, then done (the outline changed, or was left as it was) or failed. */
export const MODULE_REGENERATION_STATUSES = ['pending', 'completed', 'failed'] as const;
export type ModuleRegenerationStatus = (typeof MODULE_REGENERATION_STATUSES)[number];

/** Where a review card is in FSRS's memory model, in ts-fsrs's order (its `State` enum counts from 0). */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/**
 * Stable keys of the execution log's standard events, sent as `details.key` with their values beside it (a
 * step key, a round, a kind and version), so a client can say them in its own language instead of parsing the
 * English message. A key never changes meaning; a new kind of event gets a new key.
 */
export const LOG_KEYS = [
  'request.accepted',
  'run.started',
  'run.resumed',
  'run.finished',
  'run.recreated',
  'step.started',
  'step.completed',
  'review.waiting',
  'review.approved',
  'review.rejected',
  'content.started',
  'content.resumed',
  'content.on_demand',
  'piece.ready',
  'retry.requested',
  'regenerate.requested',
  'outline.edited',
  'module.regenerate.requested',
  'module.regenerated',
  'module.regenerate.failed',
] as const;
export type LogKey = (typeof LOG_KEYS)[number];
