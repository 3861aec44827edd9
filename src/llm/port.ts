/**
 * The LLM port: `generate` turns a task (a prompt plus the structured context it was built from) into data
 * validated by a zod schema; `chat` streams a conversation's next answer as text (the concept tutor). Providers: `openai` (any OpenAI-compatible API) and `offline` (deterministic, no
 * network). Callers never know which one answers. Retries, repair of invalid output, concurrency and rate
 * limits, timeouts and usage accounting are the provider's business, not the caller's.
 */
import type { z } from 'zod';
import { CHAT_TASKS, LLM_TASKS, type ChatTask, type LlmProviderName, type LlmTask, type TutorRole } from '../domain/enums.js';
import { WorkError, type FailureClass, type FailureCode } from '../domain/errors.js';
import type { Intent } from '../domain/intent.js';
import type { Resource, Tutorial } from '../domain/content.js';
import type { Concept, Module, Outline, RoadmapRequest } from '../domain/roadmap.js';
import type { LlmUsage } from '../domain/usage.js';

export { CHAT_TASKS, LLM_TASKS, type ChatTask, type LlmTask, type LlmUsage };

export interface Prompt {
  system: string;
  user: string;
}

/** The structured facts a prompt was rendered from; the offline provider works from these directly. */
export interface TaskContext {
  request: RoadmapRequest;
  intent?: Intent;
  outline?: Outline;
  /** Problems found in the outline (hard checks and the LLM's review), for the repair task. */
  problems?: string[];
  /** A learner's words: review feedback, or instructions for a regeneration. */
  feedback?: string;
  /** The concept a content task is about, and where it sits. */
  concept?: Concept;
  conceptPath?: { stage: string; module: string };
  /** The module a re-planning is about, and the hours it may use. */
  module?: Module;
  moduleHours?: number;
}

export interface GenerateRequest<S extends z.ZodType> {
  task: LlmTask;
  schema: S;
  prompt: Prompt;
  context: TaskContext;
  roadmapId: string;
  signal?: AbortSignal;
}

/** One message of a chat prompt, in the chat completions API's roles. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** What the tutor's answer is grounded in; the offline provider answers from these directly. */
export interface TutorContext {
  request: RoadmapRequest;
  concept: Concept;
  conceptPath: { stage: string; module: string };
  /** The concept's current tutorial and resources, when they have been written. */
  tutorial?: Tutorial;
  resources?: Resource[];
  /** Earlier turns the prompt carries (the newest that fit its budget), oldest first. */
  history: Array<{ role: TutorRole; content: string }>;
  message: string;
}

export interface ChatRequest {
  task: ChatTask;
  /** The rendered prompt: instructions, the grounding, the recent turns, the new message (src/llm/tutor-prompt.ts). */
  messages: ChatMessage[];
  context: TutorContext;
  roadmapId: string;
  /** Receives the answer's text as it arrives, chunk by chunk. */
  onToken: (text: string) => void;
  signal?: AbortSignal;
}

/**
 * How a chat ended: the text that was streamed, what it cost (returned, not sent to the usage sink: the caller
 * stores it with the message), and, if it did not finish, why — an abort (the learner left) or a failed call.
 * A chat never rejects for the LLM's sake: the caller keeps what the learner already saw.
 */
export interface ChatAnswer {
  text: string;
  usage: LlmUsage;
  error?: LlmError;
}

export interface LlmProvider {
  readonly name: LlmProviderName;
  generate<S extends z.ZodType>(req: GenerateRequest<S>): Promise<z.output<S>>;
  chat(req: ChatRequest): Promise<ChatAnswer>;
}

export type UsageSink = (usage: LlmUsage) => void;

export type LlmErrorKind = 'rate_limit' | 'timeout' | 'server' | 'client' | 'invalid_output' | 'aborted';

/**
 * What each kind of failed call means for the job that made it (the one retry rule, src/domain/errors.ts):
 * an unavailable model is an infrastructure fault and is waited out; a refusal cannot be helped by trying
 * again; output that stays invalid after a repair spends an attempt. An abort is the caller's own doing (its
 * signal carries the reason: a cancel or a time limit), so the caller classifies it by that reason.
 */
const KIND_RULES: Record<LlmErrorKind, { code: FailureCode; failure: FailureClass }> = {
  rate_limit: { code: 'LLM_UNAVAILABLE', failure: 'transient' },
  timeout: { code: 'LLM_UNAVAILABLE', failure: 'transient' },
  server: { code: 'LLM_UNAVAILABLE', failure: 'transient' },
  client: { code: 'LLM_REFUSED', failure: 'permanent' },
  invalid_output: { code: 'LLM_INVALID_OUTPUT', failure: 'content' },
  aborted: { code: 'UNEXPECTED_ERROR', failure: 'content' },
};

/** Why a call failed; both providers throw only this, so a job treats their failures alike. */
export class LlmError extends WorkError {
  readonly kind: LlmErrorKind;
  constructor(kind: LlmErrorKind, message: string, options: { cause?: unknown } = {}) {
    super(KIND_RULES[kind].code, KIND_RULES[kind].failure, message, options);
    this.name = 'LlmError';
    this.kind = kind;
  }
}
