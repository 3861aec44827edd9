/**
 * The goal set of an evaluation: a JSONL file, one roadmap request a line (goal, hoursPerWeek, weeks, level,
 * language, background, motivation — as POST /v1/roadmaps takes them), with an optional short `id` to name it
 * in the table. A review is never asked for: an evaluation runs unattended.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { roadmapRequestSchema } from '../domain/roadmap.js';

export const evalGoalSchema = roadmapRequestSchema.omit({ review: true }).extend({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'a short lower-case slug, e.g. go-backend')
    .optional()
    .describe('Names the goal in the table and the report; default goal-<line number>.'),
});
export type EvalGoal = z.output<typeof evalGoalSchema> & { id: string };

export class GoalFileError extends Error {}

/** Blank lines and lines starting with `#` are skipped; any other line must be a valid goal. */
export function parseGoals(text: string, file: string): EvalGoal[] {
  const goals: EvalGoal[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      problems.push(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
      return;
    }
    const parsed = evalGoalSchema.safeParse(json);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${file}:${i + 1}: ${issue.path.join('.') || '(line)'}: ${issue.message}`));
      return;
    }
    goals.push({ ...parsed.data, id: parsed.data.id ?? `goal-${i + 1}` });
  });
  const ids = goals.map((g) => g.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`${file}: the id "${id}" names more than one goal`);
  if (problems.length > 0) throw new GoalFileError(problems.join('\n'));
  if (goals.length === 0) throw new GoalFileError(`${file}: no goals (one JSON roadmap request a line)`);
  return goals;
}

export async function readGoals(file: string): Promise<EvalGoal[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new GoalFileError(`cannot read ${file}: ${(err as Error).message}`);
  }
  return parseGoals(text, file);
}
