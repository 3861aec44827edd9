/**
 * Prompt templates live in `prompts/<task>.md`, one per task, with a `## system` and a `## user` section.
 * `{{name}}` is replaced by the JSON of that variable. Learner-supplied text only ever enters as JSON inside the
 * delimiters the template puts around it, so it reads as data, not as instructions.
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
      return JSON.stringify(vars[name] ?? null, null, 2);
    });
  const t = load(task);
  return { system: fill(t.system), user: fill(t.user) };
}
