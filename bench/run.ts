/**
 * `npm run bench` (`-- --quick` for a shorter run): Pathsmith against this machine's own limits, side by side in
 * one run, and the seed's comparison.
 *
 * 1. The request path: a bare Fastify route validating the same body (the floor), then the Pathsmith API alone
 *    (no workers on these cores), each saturated and at 2,000 req/s; the ratios are the targets of DESIGN.md.
 * 2. Stepped load on every design: the bare route, the old design (bench/baseline-server.ts), the API alone, and
 *    the full system (api, content worker, logs worker generating every accepted roadmap on the same cores).
 * 3. 2,000 live streams of one running roadmap (bench/live-streams.ts).
 * 4. Generation throughput by content-worker processes.
 * 5. One roadmap's wall time against its critical path, and its tokens (bench/critical-path.ts).
 * The LLM is the fake OpenAI-compatible server, 300 ms a call, streamed (section 5: a realistic latency per task).
 * Prints markdown, writes it and an SVG.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { packageRoot } from '../src/paths.js';
import { atRate, BODY, saturate, STEP_SECONDS, stepped, type Run, type Step } from './load.js';
import { CRITICAL_PATH_TARGET, criticalPathReport, measureCriticalPath } from './critical-path.js';
import type { LiveStreamsResult } from './live-streams.js';
import { ADMIN_URL, child, childResult, clearBenchQueues, fmt, progress, quick, REDIS_URL, scratchDatabase, settle, singleInsertRate, startApi, startRole, stop, stopChild, table } from './support.js';
import { latencyChart } from './svg.js';

const RATES = quick ? [25, 100, 400, 1600] : [25, 50, 100, 200, 400, 800, 1600, 3200, 6400];
const LLM_LATENCY_MS = 300;
/** The offered rate of DESIGN.md's latency target. */
const TARGET_RATE = 2000;

interface Throughput {
  outlinesPerMin: number;
  donePerMin: number;
  logsPerSec: number;
  poolMax: number;
}

async function counts(pool: pg.Pool) {
  const { rows } = await pool.query<{ outlines: number; done: number; logs: number }>(
    `SELECT (SELECT count(*)::int FROM roadmaps WHERE step IN ('content', 'done') OR status = 'completed') AS outlines,
            (SELECT count(*)::int FROM roadmaps WHERE status = 'completed') AS done,
            (SELECT count(*)::int FROM execution_logs) AS logs`,
  );
  return rows[0]!;
}

const pct = (a: number, b: number) => `${fmt((a / b) * 100, 1)} %`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

async function main(): Promise<void> {
  mkdirSync(path.join(packageRoot, 'docs', 'benchmarks'), { recursive: true });
  await clearBenchQueues(); // what an interrupted run left
  const llm = await child('./fake-llm.js', { FAKE_LLM_LATENCY_MS: String(LLM_LATENCY_MS) });
  progress(`fake LLM at ${llm.url} (${LLM_LATENCY_MS} ms per call)`);
  // Deployed settings: production mode (no per-request log lines).
  const llmEnv = { NODE_ENV: 'production', LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'bench', OPENAI_BASE_URL: llm.url, LLM_CONCURRENCY: '256', RESOURCE_LINK_CHECK: 'off' };
  const designs: Record<string, Step[]> = {};
  const throughput: Record<string, Throughput> = {};
  const pathsmithEnv = (dbUrl: string, webConcurrency: number) => ({
    ...llmEnv,
    DATABASE_URL: dbUrl,
    REDIS_URL,
    QUEUE_NAMESPACE: `bench_${randomUUID().slice(0, 8)}`,
    PORT: '0',
    WEB_CONCURRENCY: String(webConcurrency),
  });

  // 1. The request path beside its floor, adjacent in time so they see the same machine.
  progress('request path: bare validated Fastify route');
  const bare = await child('./bare-server.js', {});
  const bareMax = await saturate(bare.url);
  const bareAt = await atRate(bare.url, TARGET_RATE);
  progress(`  saturated ${fmt(bareMax.rps)} req/s; at ${TARGET_RATE} req/s p99 ${bareAt.p99} ms`);
  const idlePool = new pg.Pool({ connectionString: ADMIN_URL, max: 1, application_name: 'pathsmith:bench' });
  designs['bare Fastify route (floor)'] = await stepped('bare route', bare.url, idlePool, RATES);
  await idlePool.end();
  await stopChild(bare.proc);

  const alone: Record<string, { max: Run; at: Run; grouped?: string }> = {};
  for (const [label, extra] of [
    ['Pathsmith API alone', {}],
    ['Pathsmith API alone, no group commit (CREATE_BATCH_MAX 1)', { CREATE_BATCH_MAX: '1', CREATE_BATCHES_IN_FLIGHT: '10' }],
  ] as Array<[string, Record<string, string>]>) {
    const db = await scratchDatabase(null);
    const pool = new pg.Pool({ connectionString: db.url, max: 2, application_name: 'pathsmith:bench' });
    progress(`request path: ${label} (Redis and PostgreSQL, no workers)`);
    const api = await startApi({ ...pathsmithEnv(db.url, 1), ...extra });
    const max = await saturate(api.url);
    const at = await atRate(api.url, TARGET_RATE);
    const { rows } = await pool.query<{ rows: number; writes: number }>('SELECT count(*)::int AS rows, count(DISTINCT xmin::text)::int AS writes FROM roadmaps');
    const grouped = `${fmt(rows[0]!.rows / Math.max(1, rows[0]!.writes), 1)} rows per INSERT`;
    alone[label] = { max, at, grouped };
    progress(`  saturated ${fmt(max.rps)} req/s (${pct(max.rps, bareMax.rps)} of bare); at ${TARGET_RATE} req/s p99 ${at.p99} ms; ${grouped}`);
    if (label === 'Pathsmith API alone') designs['Pathsmith API alone (no workers running)'] = await stepped('API alone', api.url, pool, RATES);
    await stopChild(api.proc);
    await pool.end();
    await db.drop();
  }

  // 2. The old design, and the full system generating what it accepts.
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
    designs['old design (seed)'] = await stepped('old design', baseline.url, pool, RATES);
    const after = await counts(pool);
    const minutes = (Date.now() - t1) / 60_000;
    throughput['old design (seed)'] = { outlinesPerMin: (after.outlines - before.outlines) / minutes, donePerMin: NaN, logsPerSec: (after.logs - before.logs) / (minutes * 60), poolMax: 20 };
    await stopChild(baseline.proc);
    await pool.end();
    await db.drop();
  }
  for (const webConcurrency of [1, 2]) {
    const name = `Pathsmith full system, WEB_CONCURRENCY ${webConcurrency}`;
    const db = await scratchDatabase(null);
    const pool = new pg.Pool({ connectionString: db.url, max: 2, application_name: 'pathsmith:bench' });
    const env = { ...pathsmithEnv(db.url, webConcurrency), CONTENT_PER_ROADMAP: '2' };
    progress(`${name}: api, content worker and logs worker on Redis and PostgreSQL`);
    const roles = await Promise.all([startRole(['worker', 'content'], env, 'content worker ready'), startRole(['worker', 'logs'], env, 'logs worker ready')]);
    const api = await startApi(env);
    const before = await counts(pool);
    const t1 = Date.now();
    designs[name] = await stepped(name, api.url, pool, RATES);
    const after = await counts(pool);
    const minutes = (Date.now() - t1) / 60_000;
    throughput[name] = {
      outlinesPerMin: (after.outlines - before.outlines) / minutes,
      donePerMin: (after.done - before.done) / minutes,
      logsPerSec: (after.logs - before.logs) / (minutes * 60),
      poolMax: 10 * webConcurrency + 5 + 4,
    };
    await stopChild(api.proc);
    await Promise.all(roles.map(stop));
    await pool.end();
    await db.drop();
  }
  throughput['Pathsmith API alone (no workers running)'] = { outlinesPerMin: 0, donePerMin: 0, logsPerSec: NaN, poolMax: 10 };

  // 3. Live streams.
  progress('live streams: 2,000 watchers of one running roadmap');
  await settle();
  const live = await childResult<LiveStreamsResult>('./live-streams-child.js');

  // 4. Scaling: roadmaps completed per minute with more content-worker processes.
  const scaling: Array<Array<string | number>> = [];
  const batch = quick ? 12 : 40;
  for (const [workers, concurrency] of (quick ? [[1, 'default'], [2, 'default'], [1, '2']] : [[1, 'default'], [2, 'default'], [4, 'default'], [1, '2']]) as Array<[number, string]>) {
    const db = await scratchDatabase(null);
    const pool = new pg.Pool({ connectionString: db.url, max: 2, application_name: 'pathsmith:bench' });
    const tune: Record<string, string> = concurrency === '2' ? { ROADMAP_CONCURRENCY: '2', CONTENT_CONCURRENCY: '2' } : {};
    const env = { ...pathsmithEnv(db.url, 1), ...tune };
    const roles = await Promise.all([
      ...Array.from({ length: workers }, () => startRole(['worker', 'content'], env, 'content worker ready')),
      startRole(['worker', 'logs'], env, 'logs worker ready'),
    ]);
    const api = await startApi(env);
    const t0 = Date.now();
    await Promise.all(Array.from({ length: batch }, () => fetch(`${api.url}/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY })));
    while ((await counts(pool)).done < batch && Date.now() - t0 < 300_000) await new Promise((r) => setTimeout(r, 200));
    const { rows } = await pool.query<{ calls: number }>('SELECT count(*)::int AS calls FROM llm_usage');
    const minutes = (Date.now() - t0) / 60_000;
    const perMin = (await counts(pool)).done / minutes;
    scaling.push([workers, concurrency === '2' ? '2 (the seed’s)' : 'default (20 roadmaps, 16 piece jobs)', fmt(perMin, 1), fmt(rows[0]!.calls / (minutes * 60), 1)]);
    progress(`  ${workers} content worker(s), concurrency ${concurrency}: ${fmt(perMin, 1)} roadmaps/min`);
    await stopChild(api.proc);
    await Promise.all(roles.map(stop));
    await pool.end();
    await db.drop();
  }
  await stopChild(llm.proc);

  // 5. The critical path, with its own fake LLM (a latency per task).
  await settle();
  const critical = await measureCriticalPath();
  const criticalRatio = critical.defaultRun.wallMs / critical.defaultRun.boundMs;

  // Report.
  const api = alone['Pathsmith API alone']!;
  const ungrouped = alone['Pathsmith API alone, no group commit (CREATE_BATCH_MAX 1)']!;
  const lines: string[] = [
    `# Pathsmith benchmark${quick ? ' (--quick)' : ''}`,
    '',
    `LLM: fake OpenAI-compatible server, ${LLM_LATENCY_MS} ms per call, streamed. Steps of ${STEP_SECONDS} s. Every figure is from this one run on this machine.`,
    '',
    '## Targets (DESIGN.md)',
    '',
    table(
      ['target', 'measured', 'reference in the same run', 'verdict'],
      [
        ['POST /v1/roadmaps, API alone: throughput ≥ 25 % of the bare validated route', `${fmt(api.max.rps)} req/s = ${pct(api.max.rps, bareMax.rps)}`, `bare route ${fmt(bareMax.rps)} req/s`, verdict(api.max.rps >= 0.25 * bareMax.rps)],
        [`POST /v1/roadmaps, API alone: p99 < 25 ms at ${fmt(TARGET_RATE)} req/s`, `p99 ${fmt(api.at.p99)} ms at ${fmt(api.at.rps)} req/s, ${api.at.errors} errors`, `bare route p99 ${fmt(bareAt.p99)} ms`, verdict(api.at.p99 < 25 && api.at.errors === 0 && api.at.rps >= 0.95 * TARGET_RATE)],
        [`${fmt(live.watchers)} live streams of one running roadmap: API memory growth < 100 MB`, `+${fmt(live.rssWithMb - live.rssBeforeMb)} MB (${fmt(live.rssBeforeMb)} → ${fmt(live.rssWithMb)} MB)`, '—', verdict(live.watchers >= 2000 && live.rssWithMb - live.rssBeforeMb < 100)],
        [`… and a roadmap read p99 < 50 ms meanwhile`, `p99 ${fmt(live.readP99With)} ms`, `p99 ${fmt(live.readP99Idle)} ms with no stream open`, verdict(live.readP99With < 50)],
        [
          `One roadmap's wall time ≤ ${CRITICAL_PATH_TARGET}× its critical path (CONTENT_PER_ROADMAP ${critical.defaultRun.lanes}, latency model at ${critical.scale}×)`,
          `${fmt(criticalRatio, 2)}× (${fmt(critical.defaultRun.wallMs / 1000, 2)} s)`,
          `bound ${fmt(critical.defaultRun.boundMs / 1000, 2)} s`,
          verdict(criticalRatio <= CRITICAL_PATH_TARGET),
        ],
      ],
    ),
    '',
    '## The request path beside its floor',
    '',
    table(
      ['design', 'saturated req/s (100 connections)', 'vs bare route', `p50 / p99 ms at ${fmt(TARGET_RATE)} req/s`, 'errors', 'rows per INSERT'],
      [
        ['bare validated Fastify route', fmt(bareMax.rps), '100 %', `${fmt(bareAt.p50)} / ${fmt(bareAt.p99)}`, bareMax.errors + bareAt.errors, '—'],
        ...Object.entries(alone).map(([name, r]) => [name, fmt(r.max.rps), pct(r.max.rps, bareMax.rps), `${fmt(r.at.p50)} / ${fmt(r.at.p99)}`, r.max.errors + r.at.errors, r.grouped ?? '—']),
      ],
    ),
    '',
    `Group commit: ${fmt(api.max.rps / ungrouped.max.rps, 2)}× the throughput of one INSERT and one enqueue per request. References: single-row INSERT ${fmt(insertRate)}/s on one connection.`,
    '',
    '## POST /v1/roadmaps under stepped load',
    '',
  ];
  const stepRows = Object.entries(designs).flatMap(([name, steps]) => steps.map((s) => [name, s.rate, fmt(s.achieved), fmt(s.p50, 1), fmt(s.p99, 1), s.errors, s.connections]));
  lines.push(table(['design', 'offered req/s', 'achieved req/s', 'p50 ms', 'p99 ms', 'errors', 'DB connections (max seen)'], stepRows), '');
  lines.push('## Summary beside the seed’s figures', '');
  const best = (steps: Step[]) => steps.filter((s) => s.p99 < 100 && s.errors === 0).reduce((m, s) => Math.max(m, s.achieved), 0);
  /** The most a design served with no errors while keeping up (≥ 90 % of the offered rate). */
  const sustained = (steps: Step[]) => steps.filter((s) => s.errors === 0 && s.achieved >= 0.9 * s.rate).reduce((m, s) => Math.max(m, s.achieved), 0);
  const perMin = (n: number) => (n > 0 ? fmt(n, 1) : '—');
  const summary = Object.entries(designs)
    .filter(([name]) => throughput[name])
    .map(([name, steps]) => {
      const t = throughput[name]!;
      const top = sustained(steps);
      return [
        name,
        fmt(steps.find((s) => s.rate === 25)?.p99 ?? NaN, 1),
        fmt(best(steps)),
        fmt(top),
        `${Math.max(...steps.map((s) => s.connections))} / ${t.poolMax}`,
        perMin(t.outlinesPerMin),
        Number.isNaN(t.donePerMin) ? 'outline only' : perMin(t.donePerMin),
        Number.isNaN(t.logsPerSec) ? '—' : fmt(t.logsPerSec),
        pct(top, bareMax.rps),
      ];
    });
  lines.push(
    table(
      ['design', 'POST p99 at 25 req/s (ms)', 'highest rate with p99 < 100 ms', 'highest sustained rate, no errors', 'DB connections used / pool max', 'outlines/min', 'full roadmaps/min', 'log events written/s', 'sustained vs bare route'],
      summary,
    ),
    '',
  );
  lines.push('The seed’s table (old → new): API response 25 s → 0.1 s; DB connection use 80–100 % → 20–30 %; concurrent requests 5–10 → 100+ req/s.', '');
  lines.push('## Live streams', '');
  lines.push(
    table(
      ['streams open', 'API memory before → with (MB)', 'growth (MB)', 'roadmap read p99, no streams (ms)', 'with the streams (ms)', 'reads/s', 'log events delivered', 'streams that got events'],
      [[fmt(live.watchers), `${fmt(live.rssBeforeMb)} → ${fmt(live.rssWithMb)}`, fmt(live.rssWithMb - live.rssBeforeMb), fmt(live.readP99Idle), fmt(live.readP99With), fmt(live.readRps), fmt(live.eventsDelivered), fmt(live.watchersWithEvents)]],
    ),
    '',
  );
  lines.push('## Generation throughput by content-worker processes', '');
  lines.push(table(['content workers', 'concurrency per process', 'roadmaps completed/min', 'LLM calls/s'], scaling), '');
  lines.push('## Generation at the critical path, and cost per roadmap', '', ...criticalPathReport(critical));
  const report = lines.join('\n');
  const svg = latencyChart('POST /v1/roadmaps p99 latency against offered load', [
    { name: 'bare Fastify route (floor)', color: '#868e96', points: (designs['bare Fastify route (floor)'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
    { name: 'old design (seed)', color: '#c92a2a', points: (designs['old design (seed)'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
    { name: 'Pathsmith API alone (no workers)', color: '#f08c00', points: (designs['Pathsmith API alone (no workers running)'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
    { name: 'Pathsmith full system, WEB_CONCURRENCY 1', color: '#1971c2', points: (designs['Pathsmith full system, WEB_CONCURRENCY 1'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
    { name: 'Pathsmith full system, WEB_CONCURRENCY 2', color: '#2f9e44', points: (designs['Pathsmith full system, WEB_CONCURRENCY 2'] ?? []).map((s) => ({ x: s.rate, y: s.p99 })) },
  ]);
  const suffix = quick ? '-quick' : '';
  writeFileSync(path.join(packageRoot, 'docs', 'benchmarks', `latency${suffix}.svg`), svg);
  writeFileSync(path.join(packageRoot, 'docs', 'benchmarks', `results${suffix}.md`), report + '\n');
  process.stdout.write(`\n${report}\nChart: docs/benchmarks/latency${suffix}.svg\n`);
}

main().then(
  () => clearBenchQueues().then(() => process.exit(0)),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
