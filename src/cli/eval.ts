/**
 * `pathsmith eval --goals goals.jsonl`: runs a goal set through the real pipeline — a running API (--api), or
 * all of Pathsmith inside this process on a scratch database — scores every roadmap, prints a table and writes
 * the per-goal report (--out), so that runs of different models or prompts on the same goals can be compared.
 */
import { writeFile } from 'node:fs/promises';
import { ApiError, apiTarget, call } from '../client/api.js';
import type { Config } from '../config.js';
import { GoalFileError, readGoals, type EvalGoal } from '../eval/goals.js';
import { startLocalSystem, type LocalSystem } from '../eval/local-system.js';
import type { EvalReport } from '../eval/report.js';
import { judgeFor } from '../eval/rubric.js';
import { evaluateGoals } from '../eval/run.js';
import { reportTable } from '../eval/table.js';
import { modelsFor } from '../llm/index.js';
import { createLogger } from '../telemetry/logger.js';

export interface EvalOptions {
  goals: string;
  /** A running API; without it, Pathsmith runs in this process on a scratch database. */
  api?: string;
  apiKey?: string;
  out?: string;
  concurrency: number;
}

/** An interrupted in-process run still drops its scratch database (and stops its embedded server). */
const INTERRUPTED = 130;

const say = (line: string) => process.stderr.write(`${line}\n`);

/** Returns the exit code: 0 every roadmap completed, 2 some did not, 1 the evaluation could not run. */
export async function runEval(config: Config, o: EvalOptions): Promise<number> {
  let goals: EvalGoal[];
  try {
    goals = await readGoals(o.goals);
  } catch (err) {
    if (!(err instanceof GoalFileError)) throw err;
    say(`pathsmith eval: ${err.message}`);
    return 1;
  }
  const judge = judgeFor(config, createLogger('cli', 'warn', process.stderr));
  say(judge ? `Rubric scores by ${judge.model} (the validation task)` : 'No LLM configured for the eval (OPENAI_API_KEY): no rubric scores.');
  let local: LocalSystem | null = null;
  const interrupted = () => {
    say('Interrupted: cleaning up…');
    void (local?.close() ?? Promise.resolve()).finally(() => process.exit(INTERRUPTED));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    local = o.api ? null : await startLocalSystem(config, say);
    const api = o.api ? apiTarget(o.api, o.apiKey) : apiTarget(local!.baseUrl);
    // Reachable, and the key (if any) accepted, before any goal is sent.
    await call(api, '/v1/me');
    const startedAt = new Date().toISOString();
    const reports = await evaluateGoals({ api, goals, concurrency: o.concurrency, judge, say });
    const report: EvalReport = {
      startedAt,
      finishedAt: new Date().toISOString(),
      goalsFile: o.goals,
      api: o.api ?? 'in-process',
      generator: o.api ? null : { provider: config.llmProvider, models: config.llmProvider === 'openai' ? modelsFor(config) : null },
      judge: judge?.model ?? null,
      goals: reports,
    };
    // Written out before the command exits with its code.
    await new Promise<void>((resolve) => process.stdout.write(`${reportTable(reports)}\n`, () => resolve()));
    if (o.out) {
      await writeFile(o.out, `${JSON.stringify(report, null, 2)}\n`);
      say(`Report written to ${o.out}`);
    }
    return reports.every((r) => r.status === 'completed') ? 0 : 2;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    say(`pathsmith eval: ${err.message}`);
    return 1;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await local?.close();
  }
}
