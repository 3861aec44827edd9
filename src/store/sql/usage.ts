/** SQL for `llm_usage`: tokens and estimated cost per LLM call. */
import type { LlmUsage } from '../../domain/usage.js';
import type { Queryable } from '../db.js';

export async function insertUsage(db: Queryable, u: LlmUsage): Promise<void> {
  await db.query(
    `INSERT INTO llm_usage (roadmap_id, task, provider, model, prompt_tokens, completion_tokens, cost_usd, duration_ms, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [u.roadmapId, u.task, u.provider, u.model, u.promptTokens, u.completionTokens, u.costUsd, Math.round(u.durationMs), u.attempts],
  );
}

export interface UsageTotals {
  task: string;
  calls: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

export async function usageByTask(db: Queryable, roadmapId: string): Promise<UsageTotals[]> {
  const { rows } = await db.query<{ task: string; calls: string; p: string; c: string; cost: string }>(
    `SELECT task, count(*) AS calls, sum(prompt_tokens) AS p, sum(completion_tokens) AS c, sum(cost_usd) AS cost
     FROM llm_usage WHERE roadmap_id = $1 GROUP BY task ORDER BY task`,
    [roadmapId],
  );
  return rows.map((r) => ({ task: r.task, calls: Number(r.calls), promptTokens: Number(r.p), completionTokens: Number(r.c), costUsd: Number(r.cost) }));
}
