/**
 * `npm run bench` (`-- --quick` for a run under two minutes): the seed's comparison, reproduced on this machine.
 * The old design (bench/baseline-server.ts) and Pathsmith as deployed (api, content worker, logs worker on
 * Redis and PostgreSQL, each with its own pool) take the same stepped load against an LLM with real latency
 * (the fake OpenAI-compatible server, 300 ms a call, streamed). Also measured: the machine's own references
 * (a bare validated Fastify route, single-row INSERTs on one connection) and how generation throughput scales
 * with content-worker processes. Prints markdown and writes an SVG chart.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { packageRoot } from '../src/paths.js';
import { fmt, progress, quick, REDIS_URL, scratchDatabase, singleInsertRate, startRole, stop, table } from './support.js';
import { latencyChart } from './svg.js';

const RATES = quick ? [25, 100, 400, 1600] : [25, 50, 100, 200, 400, 800, 1600, 3200, 6400];
const STEP_SECONDS = quick ? 3 : 8;
const LLM_LATENCY_MS = 300;
const BODY = JSON.stringify({ goal: 'Learn Go for backend development', hoursPerWeek: 2, weeks: 2 });

interface Step {
  rate: number;
  achieved: number;
  p50: number;
  p99: number;
  errors: number;
  connections: number;
}

function child(file: string, env: Record<string, string>): Promise<{ proc: ChildProcess; url: string }> {
  const proc = fork(fileURLToPath(new URL(file, import.meta.url)), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    proc.once('message', (m: { url: string }) => resolve({ proc, url: m.url }));
    proc.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}

/** SIGTERM, then SIGKILL if it has not exited within 5 s (a saturated server may hold requests for long). */
async function stopChild(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Highest connection count of this database's Pathsmith pools seen while `during` runs. */
async function sampleConnections<T>(pool: pg.Pool, during: () => Promise<T>): Promise<{ result: T; max: number }> {
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

async function stepped(name: string, url: string, pool: pg.Pool): Promise<Step[]> {
  const steps: Step[] = [];
  for (const rate of RATES) {
    const { result, max } = await sampleConnections(pool, () =>
      autocannon({ url: `${url}/v1/roadmaps`, method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY, connections: Math.min(rate, 200), overallRate: rate, duration: STEP_SECONDS, timeout: 10 }),
    );
    const errors = result.errors + result.timeouts + result.non2xx;
    steps.push({ rate, achieved: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors, connections: max });
    progress(`  ${name} @ ${rate} req/s: got ${fmt(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${errors}, connections ≤ ${max}`);
    // The load generator is closed-loop: up to one connection per offered request/s (at most 200), so a design
    // whose requests take a second still gets the concurrency the offered rate implies.
    // A design that already fails, or serves less than half of what is offered, is saturated: stop there.
    if (errors > result.requests.total / 2 + 10 || result.requests.average < rate / 2) break;
  }
  return steps;
}

async function counts(pool: pg.Pool) {
  const { rows } = await pool.query<{ outlines: number; done: number; logs: number }>(
    `SELECT (SELECT count(*)::int FROM roadmaps WHERE step IN ('content', 'done') OR status = 'completed') AS outlines,
            (SELECT count(*)::int FROM roadmaps WHERE status = 'completed') AS done,
            (SELECT count(*)::int FROM execution_logs) AS logs`,
  );
  return rows[0]!;
}

async function main(): Promise<void> {
  mkdirSync(path.join(packageRoot, 'docs', 'benchmarks'), { recursive: true });
  const llm = await child('./fake-llm.js', { FAKE_LLM_LATENCY_MS: String(LLM_LATENCY_MS) });
  progress(`fake LLM at ${llm.url} (${LLM_LATENCY_MS} ms per call)`);
  // Deployed settings: production mode (no per-request log lines).
  const llmEnv = { NODE_ENV: 'production', LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'bench', OPENAI_BASE_URL: llm.url, LLM_CONCURRENCY: '256', RESOURCE_LINK_CHECK: 'off' };
  const out: string[] = [];
  const designs: Record<string, Step[]> = {};
  const throughput: Record<string, { outlinesPerMin: number; donePerMin: number; logsPerSec: number; poolMax: number }> = {};

  // References: the bare route at full speed, and under the same steps (the floor the load generator and
  // this machine put under every latency below).
  progress('reference: bare validated Fastify route');
  const bare = await child('./bare-server.js', {});
  const bareRun = await autocannon({ url: `${bare.url}/v1/roadmaps`, method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY, connections: 100, duration: STEP_SECONDS });
  progress(`  ${fmt(bareRun.requests.average)} req/s`);
  {
    const idle = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', max: 1, application_name: 'pathsmith:bench' });
    designs['bare Fastify route (floor)'] = await stepped('bare route', bare.url, idle);
    await idle.end();
  }
  await stopChild(bare.proc);

  // The old design.
  let insertRate = 0;
  {
    const db = await scratchDatabase(null);
    const pool = new pg.Pool({ connectionString: db.url, max: 2, application_name: 'pathsmith:bench' });
    progress('reference: single-row INSERTs on one connection');
    insertRate = await singleInsertRate(db.url, quick ? 2000 : 5000);
    progress(`  ${fmt(insertRate)} INSERTs/s`);

    progress('old design: pipeline and per-event INSERTs in the request, one process, pool of 20');
    const baseline = await child('./baseline-server.js', { ...llmEnv, DATABASE_URL: db.url });
    const before = await counts(pool);
    const t1 = Date.now();
    designs['old design (seed)'] = await stepped('old design', baseline.url, pool);
    const after = await counts(pool);
    const minutes = (Date.now() - t1) / 60_000;
    throughput['old design (seed)'] = { outlinesPerMin: (after.outlines - before.outlines) / minutes, donePerMin: NaN, logsPerSec: (after.logs - before.logs) / (minutes * 60), poolMax: 20 };
    await stopChild(baseline.proc);
    await pool.end();
    await db.drop();
    out.push(`References: bare validated Fastify POST ${fmt(bareRun.requests.average)} req/s; single-row INSERT ${fmt(insertRate)}/s on one connection.`);
  }

  // Pathsmith as deployed (and its API alone, workers stopped: the request path without generation's CPU).
  for (const [webConcurrency, alone] of [[1, true], [1, false], [2, false]] as Array<[number, boolean]>) {
    const name = alone ? 'Pathsmith API alone (no workers running)' : `Pathsmith, WEB_CONCURRENCY ${webConcurrency}`;
    const db = await scratchDatabase(null);
    const pool = new pg.Pool({ connectionString: db.url, max: 2, application_name: 'pathsmith:bench' });
    const env = { ...llmEnv, DATABASE_URL: db.url, REDIS_URL, QUEUE_NAMESPACE: `bench_${randomUUID().slice(0, 8)}`, PORT: '0', WEB_CONCURRENCY: String(webConcurrency), CONTENT_PER_ROADMAP: '2' };
    progress(`${name}: api, content worker and logs worker on Redis and PostgreSQL`);
    const roles = alone
      ? []
      : await Promise.all([startRole(['worker', 'content'], env, 'content worker ready'), startRole(['worker', 'logs'], env, 'logs worker ready')]);
    const api = fork(path.join(packageRoot, 'bin', 'pathsmith.js'), ['api'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const url = await new Promise<string>((resolve) => api.on('message', (m: { type?: string; url?: string }) => m.type === 'listening' && resolve(m.url!)));
    const before = await counts(pool);
    const t1 = Date.now();
    designs[name] = await stepped(name, url, pool);
    const after = await counts(pool);
    const minutes = (Date.now() - t1) / 60_000;
    throughput[name] = {
      outlinesPerMin: (after.outlines - before.outlines) / minutes,
      donePerMin: (after.done - before.done) / minutes,
      logsPerSec: (after.logs - before.logs) / (minutes * 60),
      poolMax: alone ? 10 * webConcurrency : 10 * webConcurrency + 5 + 4,
    };
    await stopChild(api);
    await Promise.all(roles.map(stop));
    await pool.end();
    await db.drop();
  }

  // Scaling: roadmaps completed per minute with more content-worker processes.
  const scaling: Array<Array<string | number>> = [];
  const batch = quick ? 12 : 40;
  for (const [workers, concurrency] of (quick ? [[1, 'default'], [2, 'default'], [1, '2']] : [[1, 'default'], [2, 'default'], [4, 'default'], [1, '2']]) as Array<[number, string]>) {
    const db = await scratchDatabase(null);
    const pool = new pg.Pool({ connectionString: db.url, max: 2, application_name: 'pathsmith:bench' });
    const tune: Record<string, string> = concurrency === '2' ? { ROADMAP_CONCURRENCY: '2', CONTENT_CONCURRENCY: '2' } : {};
    const env = { ...llmEnv, ...tune, DATABASE_URL: db.url, REDIS_URL, QUEUE_NAMESPACE: `bench_${randomUUID().slice(0, 8)}`, PORT: '0' };
    const roles = await Promise.all([
      ...Array.from({ length: workers }, () => startRole(['worker', 'content'], env, 'content worker ready')),
      startRole(['worker', 'logs'], env, 'logs worker ready'),
    ]);
    const api = fork(path.join(packageRoot, 'bin', 'pathsmith.js'), ['api'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const url = await new Promise<string>((resolve) => api.on('message', (m: { type?: string; url?: string }) => m.type === 'listening' && resolve(m.url!)));
    const t0 = Date.now();
    await Promise.all(Array.from({ length: batch }, () => fetch(`${url}/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY })));
    while ((await counts(pool)).done < batch && Date.now() - t0 < 300_000) await new Promise((r) => setTimeout(r, 200));
    const { rows } = await pool.query<{ calls: number }>('SELECT count(*)::int AS calls FROM llm_usage');
    const minutes = (Date.now() - t0) / 60_000;
    const perMin = (await counts(pool)).done / minutes;
    scaling.push([workers, concurrency === '2' ? '2 (the seed’s)' : 'default (20 roadmaps, 16 concept jobs)', fmt(perMin, 1), fmt(rows[0]!.calls / (minutes * 60), 1)]);
    progress(`  ${workers} content worker(s), concurrency ${concurrency}: ${fmt(perMin, 1)} roadmaps/min`);
    await stopChild(api);
    await Promise.all(roles.map(stop));
    await pool.end();
    await db.drop();
  }
  await stopChild(llm.proc);

  // Report.
  const best = (steps: Step[]) => steps.filter((s) => s.p99 < 100 && s.errors === 0).reduce((m, s) => Math.max(m, s.achieved), 0);
  /** The most a design served with no errors while keeping up (≥ 90 % of the offered rate). */
  const sustained = (steps: Step[]) => steps.filter((s) => s.errors === 0 && s.achieved >= 0.9 * s.rate).reduce((m, s) => Math.max(m, s.achieved), 0);
  const lines: string[] = [`# Pathsmith benchmark${quick ? ' (--quick)' : ''}`, '', `LLM: fake OpenAI-compatible server, ${LLM_LATENCY_MS} ms per call, streamed. Steps of ${STEP_SECONDS} s.`, '', ...out, ''];
  lines.push('## POST /v1/roadmaps under stepped load', '');
  const stepRows = Object.entries(designs).flatMap(([name, steps]) => steps.map((s) => [name, s.rate, fmt(s.achieved), fmt(s.p50, 1), fmt(s.p99, 1), s.errors, s.connections]));
  lines.push(table(['design', 'offered req/s', 'achieved req/s', 'p50 ms', 'p99 ms', 'errors', 'DB connections (max seen)'], stepRows), '');
  lines.push('## Summary beside the seed’s figures', '');
  const summary = Object.entries(designs).filter(([name]) => throughput[name]).map(([name, steps]) => {
    const t = throughput[name]!;
    const top = sustained(steps);
    const p99at = steps.find((s) => s.rate === 25)?.p99;
    const perMin = (n: number) => (n > 0 ? fmt(n, 1) : '—');
    return [
      name,
      fmt(p99at ?? NaN, 1),
      fmt(best(steps)),
      fmt(top),
      `${Math.max(...steps.map((s) => s.connections))} / ${t.poolMax}`,
      perMin(t.outlinesPerMin),
      Number.isNaN(t.donePerMin) ? 'outline only' : perMin(t.donePerMin),
      fmt(t.logsPerSec),
      `${fmt((top / bareRun.requests.average) * 100, 1)} %`,
      `${fmt(top / insertRate, 2)}×`,
    ];
  });
  lines.push(
    table(
      ['design', 'POST p99 at 25 req/s (ms)', 'highest rate with p99 < 100 ms', 'highest sustained rate, no errors', 'DB connections used / pool max', 'outlines/min', 'full roadmaps/min', 'log events written/s', 'sustained vs bare Fastify', 'sustained vs single-row INSERT/s'],
      summary,
    ),
    '',
  );
  lines.push('The seed’s table (old → new): API response 25 s → 0.1 s; DB connection use 80–100 % → 20–30 %; concurrent requests 5–10 → 100+ req/s.', '');
  lines.push('## Generation throughput by content-worker processes', '');
  lines.push(table(['content workers', 'concurrency per process', 'roadmaps completed/min', 'LLM calls/s'], scaling), '');
  const report = lines.join('\n');
  const svg = latencyChart('POST /v1/roadmaps p99 latency against offered load', [
    { name: 'bare Fastify route (floor)', color: '#868e96', points: (designs['bare Fastify route (floor)'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
    { name: 'old design (seed)', color: '#c92a2a', points: (designs['old design (seed)'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
    { name: 'Pathsmith API alone (no workers)', color: '#f08c00', points: (designs['Pathsmith API alone (no workers running)'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
    { name: 'Pathsmith, WEB_CONCURRENCY 1', color: '#1971c2', points: (designs['Pathsmith, WEB_CONCURRENCY 1'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
    { name: 'Pathsmith, WEB_CONCURRENCY 2', color: '#2f9e44', points: (designs['Pathsmith, WEB_CONCURRENCY 2'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
  ]);
  const suffix = quick ? '-quick' : '';
  writeFileSync(path.join(packageRoot, 'docs', 'benchmarks', `latency${suffix}.svg`), svg);
  writeFileSync(path.join(packageRoot, 'docs', 'benchmarks', `results${suffix}.md`), report + '\n');
  process.stdout.write(`\n${report}\nChart: docs/benchmarks/latency${suffix}.svg\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
