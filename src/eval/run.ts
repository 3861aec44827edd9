/**
 * Runs a goal set through a running API with the client `pathsmith generate` uses, and scores each roadmap once
 * it has ended. Goals run `concurrency` at a time; progress lines go to `say` as the roadmaps are built.
 */
import type { ConceptContent } from '../export/markdown.js';
import { ApiError, call, collectContent, followRoadmap, type ApiTarget, type StreamEvent } from '../client/api.js';
import { LlmError } from '../llm/port.js';
import type { EvalGoal } from './goals.js';
import type { GoalReport } from './report.js';
import type { Judge } from './rubric.js';
import { scoreRoadmap } from './scores.js';

export interface EvalRun {
  api: ApiTarget;
  goals: readonly EvalGoal[];
  concurrency: number;
  judge: Judge | null;
  say: (line: string) => void;
}

/** The events worth a progress line: steps starting, the workflow's own news, and anything that went wrong. */
function progress(e: StreamEvent): string | null {
  if (e.terminal) return null;
  if (e.level === 'warn' || e.level === 'error') return `${e.level}: ${e.message}`;
  return e.category === 'workflow' && !/ completed$/.test(e.message) ? e.message : null;
}

async function evaluateGoal(run: EvalRun, index: number): Promise<GoalReport> {
  const goal = run.goals[index]!;
  const tag = `[${index + 1}/${run.goals.length}] ${goal.id}`;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const { id: _label, ...request } = goal;
  const base = { id: goal.id, goal: goal.goal, language: goal.language };
  let roadmapId: string;
  try {
    roadmapId = (await call<{ id: string }>(run.api, '/v1/roadmaps', { method: 'POST', body: request })).id;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    run.say(`${tag}: refused: ${err.message}`);
    return { ...base, roadmapId: null, status: 'rejected', error: err.message, durationMs: elapsed(), usage: null, scores: null };
  }
  run.say(`${tag}: roadmap ${roadmapId} accepted`);
  const roadmap = await followRoadmap(run.api, roadmapId, {
    onEvent: (e) => {
      const line = progress(e);
      if (line) run.say(`${tag}: ${line}`);
    },
  });
  const durationMs = elapsed();
  const errors = roadmap.error ? [roadmap.error.message] : [];
  let scores: GoalReport['scores'] = null;
  if (roadmap.outline) {
    const content: Map<string, ConceptContent> = await collectContent(run.api, roadmap);
    let rubric = null;
    try {
      rubric = run.judge ? await run.judge.score(roadmapId, roadmap.request, roadmap.outline) : null;
    } catch (err) {
      if (!(err instanceof LlmError)) throw err;
      errors.push(`rubric unavailable: ${err.message}`);
    }
    scores = { ...scoreRoadmap(roadmap.request, roadmap.outline, content), rubric };
  }
  run.say(`${tag}: ${roadmap.status} in ${(durationMs / 1000).toFixed(1)} s`);
  return { ...base, roadmapId, status: roadmap.status, error: errors.join('; ') || null, durationMs, usage: roadmap.usage ?? null, scores };
}

export async function evaluateGoals(run: EvalRun): Promise<GoalReport[]> {
  const reports: GoalReport[] = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < run.goals.length; i = next++) reports[i] = await evaluateGoal(run, i);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(run.concurrency, run.goals.length)) }, lane));
  return reports;
}
