/** Load on an HTTP route with autocannon: saturation, a fixed offered rate, stepped rates; and pool sampling. */
import autocannon from 'autocannon';
import pg from 'pg';
import { fmt, progress, quick } from './support.js';

export const BODY = JSON.stringify({ goal: 'Learn Go for backend development', hoursPerWeek: 2, weeks: 2 });
export const STEP_SECONDS = quick ? 3 : 8;

export interface Step {
  rate: number;
  achieved: number;
  p50: number;
  p99: number;
  errors: number;
  connections: number;
}

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const post = (url: string) => ({ url: `${url}/v1/roadmaps`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: BODY, timeout: 10 });

function summary(r: autocannon.Result): Run {
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** As fast as it goes: 100 connections, each sending its next request when the last is answered. */
export async function saturate(url: string, seconds = STEP_SECONDS): Promise<Run> {
  await autocannon({ ...post(url), connections: 50, duration: 1 }); // warm-up: JIT, pools, prepared paths
  return summary(await autocannon({ ...post(url), connections: 100, duration: seconds }));
}

/** A fixed offered rate over 100 connections (the latency a client sees at that load). */
export async function atRate(url: string, rate: number, seconds = STEP_SECONDS): Promise<Run> {
  return summary(await autocannon({ ...post(url), connections: 100, overallRate: rate, duration: seconds }));
}

/** Highest connection count of this database's Pathsmith pools seen while `during` runs. */
export async function sampleConnections<T>(pool: pg.Pool, during: () => Promise<T>): Promise<{ result: T; max: number }> {
  let max = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { rows } = await pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'pathsmith:%' AND application_name <> 'pathsmith:bench'`,
      );
      max = Math.max(max, rows[0]!.n);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const result = await during();
  running = false;
  await sampler;
  return { result, max };
}

/**
 * Offered rates one after the other, up to one connection per offered request/s (at most 200), so a design whose
 * requests take a second still gets the concurrency the rate implies. A design that fails most requests or
 * serves less than half of what is offered is saturated: its steps stop there.
 */
export async function stepped(name: string, url: string, pool: pg.Pool, rates: number[]): Promise<Step[]> {
  const steps: Step[] = [];
  for (const rate of rates) {
    const { result, max } = await sampleConnections(pool, () => autocannon({ ...post(url), connections: Math.min(rate, 200), overallRate: rate, duration: STEP_SECONDS }));
    const errors = result.errors + result.timeouts + result.non2xx;
    steps.push({ rate, achieved: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors, connections: max });
    progress(`  ${name} @ ${rate} req/s: got ${fmt(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${errors}, connections ≤ ${max}`);
    if (errors > result.requests.total / 2 + 10 || result.requests.average < rate / 2) break;
  }
  return steps;
}
