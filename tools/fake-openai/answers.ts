/**
 * The fake OpenAI server's answers: it reads the task from the system message's `Task: <task>` line, rebuilds
 * the TaskContext from the JSON blocks between tags in the user message, and answers what the offline provider
 * answers for it. A repair request is answered from the original prompt, so the repaired answer is valid. The
 * tutor (a chat, streamed as text) gets a plain-text answer that quotes what its prompt carried.
 */
import { z } from 'zod';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { createOfflineProvider } from '../../src/llm/offline/provider.js';
import { CHAT_TASKS, LLM_TASKS, type ChatTask, type LlmTask, type TaskContext } from '../../src/llm/port.js';

export interface ChatMessage {
  role: string;
  content?: unknown;
}

export interface FakeAnswer {
  task: LlmTask | ChatTask | undefined;
  repair: boolean;
  /** Whose roadmap and which concept the prompt is about, so a fault can aim at one concept of one roadmap. */
  goal: string | undefined;
  conceptId: string | undefined;
  /** The valid answer's JSON text; rejects for a prompt that names no known task. */
  content(): Promise<string>;
}

/** Prompt tag → TaskContext field. */
const TAGS: Record<string, keyof TaskContext> = {
  learner_request: 'request',
  intent: 'intent',
  outline: 'outline',
  problems: 'problems',
  feedback: 'feedback',
  concept: 'concept',
  concept_path: 'conceptPath',
  module: 'module',
  module_hours: 'moduleHours',
};

const offline = createOfflineProvider({ catalogue: catalogue(), delayMs: 0 });

const text = (m: ChatMessage | undefined) => (typeof m?.content === 'string' ? m.content : '');

export function taskOf(system: string): LlmTask | ChatTask | undefined {
  const name = /^Task: *([a-z_]+)\s*$/m.exec(system)?.[1];
  return ([...LLM_TASKS, ...CHAT_TASKS] as readonly string[]).includes(name ?? '') ? (name as LlmTask | ChatTask) : undefined;
}

/**
 * The tutor's answer, as plain text (no JSON): it names the concept of the grounding, the question and what the
 * conversation before it held, so a test can see that the prompt carried the concept and the remembered turns.
 */
function tutorAnswer(messages: ChatMessage[]): string {
  const turns = messages.slice(2);
  const question = text(turns.at(-1));
  const earlier = turns.slice(0, -1).filter((m) => m.role === 'user').map(text);
  const concept = taggedField(text(messages[1]), 'concept', 'title') ?? '(no concept)';
  const memory = earlier.length > 0 ? `Earlier you asked: ${earlier.map((q) => `"${q}"`).join(', ')}.` : 'This is your first question here.';
  return `Fake tutor on "${concept}". You asked: "${question}". ${memory} (${turns.length - 1} earlier messages in the prompt.)`;
}

/** The text between `<tag>` and `</tag>` in a rendered prompt. */
function taggedBlock(user: string, tag: string): string | undefined {
  return new RegExp(`<${tag}>\\s*([\\s\\S]*?)\\s*</${tag}>`).exec(user)?.[1];
}

export function contextOf(user: string): TaskContext {
  const ctx: Record<string, unknown> = {};
  for (const [tag, field] of Object.entries(TAGS)) {
    const block = taggedBlock(user, tag);
    if (block === undefined) continue;
    const value: unknown = JSON.parse(block);
    if (value !== null) ctx[field] = value;
  }
  if (!ctx.request) throw new Error('the prompt has no <learner_request> block');
  return ctx as unknown as TaskContext;
}

/** One field of a tagged JSON block, or undefined when the block is absent or not what the prompts render. */
function taggedField(user: string, tag: string, field: string): string | undefined {
  const block = taggedBlock(user, tag);
  if (block === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(block);
    const v = value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function answerFor(messages: ChatMessage[]): FakeAnswer {
  const system = text(messages.find((m) => m.role === 'system'));
  const user = text(messages.find((m) => m.role === 'user'));
  const task = taskOf(system);
  const repair = task !== 'tutor' && messages.length > 2 && messages.some((m) => m.role === 'assistant');
  return {
    task,
    repair,
    goal: taggedField(user, 'learner_request', 'goal'),
    conceptId: taggedField(user, 'concept', 'id'),
    async content() {
      if (!task) throw new Error('the system message names no known task ("Task: <task>")');
      if (task === 'tutor') return tutorAnswer(messages);
      const data = await offline.generate({
        task,
        schema: z.unknown(),
        prompt: { system, user },
        context: contextOf(user),
        roadmapId: 'fake-openai',
      });
      return JSON.stringify(data);
    },
  };
}
