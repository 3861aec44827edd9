/**
 * Turning a model's text into validated data, and the words of the one repair request that follows when it
 * does not validate.
 */
import type { z } from 'zod';

/** Issues quoted back to the model in a repair request; more than this is noise, and the prompt stays short. */
const MAX_ISSUES = 20;

export type ParsedOutput<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/** Models asked for bare JSON still sometimes wrap it in a Markdown fence. */
const FENCE = /^\s*```[a-zA-Z]*[ \t]*\r?\n?([\s\S]*?)\r?\n?[ \t]*```\s*$/;

export function stripFence(text: string): string {
  const m = FENCE.exec(text);
  return m ? m[1]! : text;
}

export function parseOutput<S extends z.ZodType>(text: string, schema: S): ParsedOutput<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(stripFence(text));
  } catch (err) {
    return { ok: false, problems: [`The answer is not valid JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues;
  const problems = issues
    .slice(0, MAX_ISSUES)
    .map((i) => `${i.path.length > 0 ? i.path.map(String).join('.') : '(root)'}: ${i.message}`);
  if (issues.length > MAX_ISSUES) problems.push(`… and ${issues.length - MAX_ISSUES} more issues`);
  return { ok: false, problems };
}

export function repairMessage(problems: string[]): string {
  return [
    'Your previous answer does not match the required JSON shape:',
    ...problems.map((p) => `- ${p}`),
    'Answer again with the corrected JSON object only: no prose, no Markdown fence.',
  ].join('\n');
}
