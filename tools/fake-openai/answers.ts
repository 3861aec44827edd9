/**
 * The fake OpenAI server's answers: it reads the task from the system message's `Task: <task>` line, rebuilds
 * the TaskContext from the JSON blocks between tags in the user message, and answers what the offline provider
 * answers for it. A repair request is answered from the original prompt, so the repaired answer is valid.
 */
import { z } from 'zod';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { createOfflineProvider } from '../../src/llm/offline/provider.js';
import { LLM_TASKS, type LlmTask, type TaskContext } from '../../src/llm/port.js';

export interface ChatMessage {
  role: string;
  content?: unknown;
}

export interface FakeAnswer {
  task: LlmTask | undefined;
  repair: boolean;
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
};

const offline = createOfflineProvider({ catalogue: catalogue(), delayMs: 0 });

const text = (m: ChatMessage | undefined) => (typeof m?.content === 'string' ? m.content : '');

export function taskOf(system: string): LlmTask | undefined {
  const name = /^Task: *([a-z_]+)\s*$/m.exec(system)?.[1];
  return (LLM_TASKS as readonly string[]).includes(name ?? '') ? (name as LlmTask) : undefined;
}

export function contextOf(user: string): TaskContext {
  const ctx: Record<string, unknown> = {};
  for (const [tag, field] of Object.entries(TAGS)) {
    const m = new RegExp(`<${tag}>\\s*([\\s\\S]*?)\\s*</${tag}>`).exec(user);
    if (!m) continue;
    const value: unknown = JSON.parse(m[1]!);
    if (value !== null) ctx[field] = value;
  }
  if (!ctx.request) throw new Error('the prompt has no <learner_request> block');
  return ctx as unknown as TaskContext;
}

export function answerFor(messages: ChatMessage[]): FakeAnswer {
  const system = text(messages.find((m) => m.role === 'system'));
  const user = text(messages.find((m) => m.role === 'user'));
  const task = taskOf(system);
  const repair = messages.length > 2 && messages.some((m) => m.role === 'assistant');
  return {
    task,
    repair,
    async content() {
      if (!task) throw new Error('the system message names no known task ("Task: <task>")');
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
