/**
 * Prompt templates live in `prompts/<task>.md`, one per task, with a `## system` and a `## user` section.
 * `{{name}}` is replaced by the JSON of that variable. Learner-supplied text only ever enters as JSON inside the
 * delimiters the template puts around it, so it reads as data, not as instructions.
 *
 * What a prompt costs: the system message holds everything that is the same for every call of a task (role,
 * rules, the answer's shape, what to do), the user message only the data, the learner's request first (the same
 * for every concept of a roadmap), then the concept. So a provider that caches prompt prefixes reuses the
 * system message across roadmaps and the request across a roadmap's concepts. The JSON is compact: indentation
 * would be a third of an outline's tokens, paid on every validation and repair.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import type { ChatTask } from '../domain/enums.js';
import type { LlmTask, Prompt, TaskContext } from './port.js';

const cache = new Map<LlmTask | ChatTask, { system: string; user: string }>();

function load(task: LlmTask | ChatTask): { system: string; user: string } {
  let t = cache.get(task);
  if (!t) {
    const text = readFileSync(path.join(packageRoot, 'prompts', `${task}.md`), 'utf8');
    const m = /^## system\n([\s\S]*?)^## user\n([\s\S]*)$/m.exec(text);
    if (!m) throw new Error(`prompts/${task}.md needs a "## system" and a "## user" section`);
    t = { system: m[1]!.trim(), user: m[2]!.trim() };
    cache.set(task, t);
  }
  return t;
}

/**
 * Renders a task's prompt from its context. Every `{{name}}` a template uses must be a field of the context;
 * an absent optional one (no feedback, say) renders as null.
 */
export function promptFor(task: LlmTask, ctx: TaskContext): Prompt {
  const vars: Record<string, unknown> = { feedback: null, problems: null, ...ctx };
  return renderPrompt(task, vars);
}

export function renderPrompt(task: LlmTask | ChatTask, vars: Record<string, unknown>): Prompt {
  const fill = (s: string) =>
    s.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (!(name in vars)) throw new Error(`prompts/${task}.md uses {{${name}}}, which was not supplied`);
      return JSON.stringify(vars[name] ?? null);
    });
  const t = load(task);
  return { system: fill(t.system), user: fill(t.user) };
}
