/**
 * What the prompts cost, from the requests the fake LLM received: tokens per task, and how much of each prompt
 * is a stable prefix — the same characters, from the start, in every prompt of that task across roadmaps and
 * concepts. Providers cache a repeated prefix (OpenAI from 1,024 tokens, in 128-token steps; others alike), so
 * that share is billed and computed once, not per call.
 */
import type { RecordedRequest } from '../tools/fake-openai/server.js';

export interface TaskCost {
  task: string;
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** The longest common prefix of the task's prompts, in tokens (4 characters a token, as the fake counts). */
  stablePrefixTokens: number;
  /** That prefix as a share of the task's prompt tokens, over all its calls. */
  stableShare: number;
  /** The same within each roadmap (the prefix its calls of the task share): what a roadmap's own calls reuse. */
  roadmapShare: number;
}

const ORDER = ['intent', 'outline', 'validation', 'repair', 'tutorial', 'resources', 'quiz'];

/** The prompt as the model reads it: its messages in order, each with its role. */
function promptText(r: RecordedRequest): string {
  return r.messages.map((m) => `${m.role}: ${typeof m.content === 'string' ? m.content : JSON.stringify(m.content)}`).join('\n');
}

function commonPrefixLength(texts: readonly string[]): number {
  if (texts.length === 0) return 0;
  let n = texts[0]!.length;
  for (const t of texts.slice(1)) {
    let i = 0;
    while (i < n && i < t.length && t.charCodeAt(i) === texts[0]!.charCodeAt(i)) i++;
    n = i;
  }
  return n;
}

/** Characters of `prompts` in their common prefix, and all their characters. */
function shared(prompts: readonly string[]): { prefix: number; chars: number } {
  return { prefix: commonPrefixLength(prompts) * prompts.length, chars: prompts.reduce((a, t) => a + t.length, 0) };
}

const answered = (r: RecordedRequest) => r.usage !== undefined && !r.repair;

/** `roadmaps`: the requests of each roadmap; the stable prefix is taken across all of them. */
export function promptCost(roadmaps: ReadonlyArray<readonly RecordedRequest[]>): TaskCost[] {
  const all = roadmaps.flat().filter(answered);
  const tasks = [...new Set(all.map((r) => r.task ?? 'unknown'))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return tasks.map((task) => {
    const ofTask = (r: RecordedRequest) => (r.task ?? 'unknown') === task;
    const calls = all.filter(ofTask);
    const texts = calls.map(promptText);
    const prefix = commonPrefixLength(texts);
    const chars = texts.reduce((a, t) => a + t.length, 0);
    const within = roadmaps.map((rs) => shared(rs.filter((r) => answered(r) && ofTask(r)).map(promptText)));
    const withinChars = within.reduce((a, w) => a + w.chars, 0);
    return {
      task,
      calls: calls.length,
      promptTokens: calls.reduce((a, r) => a + r.usage!.prompt_tokens, 0),
      completionTokens: calls.reduce((a, r) => a + r.usage!.completion_tokens, 0),
      stablePrefixTokens: Math.ceil(prefix / 4),
      stableShare: chars === 0 ? 0 : (prefix * calls.length) / chars,
      roadmapShare: withinChars === 0 ? 0 : within.reduce((a, w) => a + w.prefix, 0) / withinChars,
    };
  });
}
