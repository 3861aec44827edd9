/**
 * `npm run bench:critical-path` (`-- --quick` at a tenth of the latency): one roadmap's wall time against its
 * critical path, and what its prompts cost, with the fake OpenAI-compatible server answering each task with a
 * realistic latency (tools/fake-openai/server.ts REALISTIC_LATENCY, scaled).
 *
 * For each lane count (CONTENT_PER_ROADMAP) the full system runs (api, content worker, logs worker on Redis and
 * PostgreSQL) and one roadmap is generated alone. The bound is computed from what the fake server really
 * answered (bench/critical-path-bound.ts); the cost from the prompts it really received (bench/prompt-cost.ts).
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { REALISTIC_LATENCY, startFakeOpenAi, type FakeOpenAi, type RecordedRequest } from '../tools/fake-openai/server.js';
import { criticalPath, type CriticalPath } from './critical-path-bound.js';
import { promptCost, type TaskCost } from './prompt-cost.js';
import { clearBenchQueues, fmt, progress, quick, REDIS_URL, scratchDatabase, startApi, startRole, stop, stopChild, table } from './support.js';

/** The latency model's time scale: the full run keeps this section to a few minutes. */
export const LATENCY_SCALE = quick ? 0.1 : 0.25;
/** DESIGN.md: a roadmap's wall time within this multiple of its critical path. */
export const CRITICAL_PATH_TARGET = 1.25;
/** The default of CONTENT_PER_ROADMAP (src/config.ts), measured beside the other lane counts. */
const DEFAULT_LANES = 4;
/** BENCH_LANES=2,8 measures only those, and the default. */
const LANES = [...new Set([...(process.env.BENCH_LANES?.split(',').map(Number) ?? [1, 2, 8]), DEFAULT_LANES])].sort((a, b) => a - b);
/** A learner's request of a usual size: a dozen-odd concepts. */
const REQUEST = { goal: 'Learn Go for backend development', hoursPerWeek: 5, weeks: 4 };
/** Other learners, so the stable prefix is measured across roadmaps, not within one. */
const OTHER_REQUESTS = [
  { goal: 'Learn SQL for data analysis', hoursPerWeek: 4, weeks: 3, level: 'intermediate', background: 'I use spreadsheets every day' },
  { goal: 'Learn React', hoursPerWeek: 6, weeks: 3, language: 'zh' },
];
/** How often the roadmap is read while it runs: the resolution of "outline visible" and of the wall time. */
const READ_EVERY_MS = 10;

export interface LaneRun extends CriticalPath {
  lanes: number;
  wallMs: number;
  outlineVisibleMs: number;
  calls: number;
  /** Tokens the roadmap's own usage reports (the pipeline's metering), beside what the fake server counted. */
  usage: { promptTokens: number; completionTokens: number };
}

export interface CriticalPathResult {
  scale: number;
  runs: LaneRun[];
  defaultRun: LaneRun;
  cost: TaskCost[];
  roadmaps: number;
}

interface RoadmapRead {
  status: string;
  outline?: unknown;
  usage?: { calls: number; promptTokens: number; completionTokens: number };
}

async function generateOne(apiUrl: string, body: Record<string, unknown>): Promise<{ wallMs: number; outlineVisibleMs: number; read: RoadmapRead }> {
  const t0 = performance.now();
  const res = await fetch(`${apiUrl}/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 202 && res.status !== 201) throw new Error(`POST /v1/roadmaps answered ${res.status}: ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  let outlineVisibleMs = NaN;
  for (;;) {
    const read = (await (await fetch(`${apiUrl}/v1/roadmaps/${id}`)).json()) as RoadmapRead;
    const at = performance.now() - t0;
    if (Number.isNaN(outlineVisibleMs) && read.outline) outlineVisibleMs = at;
    if (['completed', 'partial', 'failed', 'cancelled'].includes(read.status)) {
      if (read.status !== 'completed') throw new Error(`roadmap ${id} ended ${read.status}`);
      return { wallMs: at, outlineVisibleMs, read };
    }
    if (at > 600_000) throw new Error(`roadmap ${id} did not finish in 10 minutes`);
    await new Promise((r) => setTimeout(r, READ_EVERY_MS));
  }
}

/** The full system with `lanes` lanes per roadmap; `bodies` generated one after another, each alone. */
async function withSystem<T>(fake: FakeOpenAi, lanes: number, run: (apiUrl: string) => Promise<T>): Promise<T> {
  const db = await scratchDatabase(null);
  const env = {
    NODE_ENV: 'production',
    LLM_PROVIDER: 'openai',
    OPENAI_API_KEY: 'bench',
    OPENAI_BASE_URL: fake.url,
    LLM_CONCURRENCY: '256',
    RESOURCE_LINK_CHECK: 'off',
    DATABASE_URL: db.url,
    REDIS_URL,
    QUEUE_NAMESPACE: `bench_${randomUUID().slice(0, 8)}`,
    PORT: '0',
    CONTENT_PER_ROADMAP: String(lanes),
  };
  const roles = await Promise.all([startRole(['worker', 'content'], env, 'content worker ready'), startRole(['worker', 'logs'], env, 'logs worker ready')]);
  const api = await startApi(env);
  try {
    return await run(api.url);
  } finally {
    await stopChild(api.proc);
    await Promise.all(roles.map(stop));
    await db.drop();
  }
}

export async function measureCriticalPath(): Promise<CriticalPathResult> {
  const fake = await startFakeOpenAi({ faults: { latencyModel: { ...REALISTIC_LATENCY, scale: LATENCY_SCALE }, seed: 11 } });
  progress(`critical path: fake LLM with the realistic latency model at ${LATENCY_SCALE}× (${fake.url})`);
  const runs: LaneRun[] = [];
  const costRequests: RecordedRequest[][] = [];
  try {
    for (const lanes of LANES) {
      await withSystem(fake, lanes, async (apiUrl) => {
        fake.requests.length = 0;
        const { wallMs, outlineVisibleMs, read } = await generateOne(apiUrl, REQUEST);
        const requests = [...fake.requests];
        const bound = criticalPath(requests, lanes);
        const usage = { promptTokens: read.usage?.promptTokens ?? NaN, completionTokens: read.usage?.completionTokens ?? NaN };
        runs.push({ lanes, wallMs, outlineVisibleMs, calls: requests.length, usage, ...bound });
        progress(`  ${lanes} lane(s): wall ${fmt(wallMs / 1000, 2)} s, bound ${fmt(bound.boundMs / 1000, 2)} s (${fmt(wallMs / bound.boundMs, 2)}×), outline visible at ${fmt(outlineVisibleMs / 1000, 2)} s, ${requests.length} LLM calls`);
        if (lanes !== DEFAULT_LANES) return;
        // The other learners only for their prompts: at once, untimed; each request names its learner's goal.
        costRequests.push(requests);
        fake.requests.length = 0;
        await Promise.all(OTHER_REQUESTS.map((body) => generateOne(apiUrl, body)));
        for (const other of OTHER_REQUESTS) costRequests.push(fake.requests.filter((r) => r.goal === other.goal));
      });
    }
  } finally {
    await fake.close();
  }
  return { scale: LATENCY_SCALE, runs, defaultRun: runs.find((r) => r.lanes === DEFAULT_LANES)!, cost: promptCost(costRequests), roadmaps: costRequests.length };
}

const s = (ms: number) => fmt(ms / 1000, 2);

/** The section's markdown: the lanes table, then the cost per task and per roadmap. */
export function criticalPathReport(r: CriticalPathResult): string[] {
  const lines = [
    `LLM latency model (seconds at 1×, drawn per request, seeded): ${Object.entries(REALISTIC_LATENCY.tasks).map(([task, [a, b]]) => `${task} ${a / 1000}–${b / 1000}`).join(', ')}; run at ${r.scale}×, tutorials streamed. One roadmap (“${REQUEST.goal}”, ${REQUEST.hoursPerWeek} h × ${REQUEST.weeks} weeks) generated alone per lane count.`,
    '',
    'Bound = the workflow steps (intent + outline + validation, + repair if it ran, in sequence) + the content phase’s lower bound: max(the longest piece, the sum of all pieces ÷ lanes), from the latencies the fake server drew.',
    '',
    table(
      ['lanes (CONTENT_PER_ROADMAP)', 'wall s', 'bound s', 'wall ÷ bound', 'workflow s', 'content phase: LLM span / bound s', 'longest piece s', 'Σ pieces ÷ lanes s', 'outline visible s', 'LLM calls', 'pieces'],
      r.runs.map((x) => [
        x.lanes === DEFAULT_LANES ? `${x.lanes} (default)` : x.lanes,
        s(x.wallMs),
        s(x.boundMs),
        fmt(x.wallMs / x.boundMs, 2),
        s(x.workflowMs),
        `${s(x.contentSpanMs)} / ${s(x.contentBoundMs)}`,
        s(x.longestPieceMs),
        s(x.piecesMs / x.lanes),
        s(x.outlineVisibleMs),
        x.calls,
        x.pieces,
      ]),
    ),
    '',
    `Cost: tokens as the fake server counts them (4 characters a token), over ${r.roadmaps} roadmaps of different learners; stable prefix = the longest start of the prompt (system, then user message) that is the same in every prompt of that task, as a share of each prompt; within one roadmap, the start its own calls of the task share (the learner's request, for a content task). Repair requests are left out.`,
    '',
    table(
      ['task', 'calls', 'prompt tokens / call', 'completion tokens / call', 'stable prefix (tokens)', 'stable share of the prompt', 'share within one roadmap'],
      r.cost.map((c) => [c.task, c.calls, fmt(c.promptTokens / c.calls), fmt(c.completionTokens / c.calls), fmt(c.stablePrefixTokens), `${fmt(c.stableShare * 100, 0)} %`, c.calls > r.roadmaps ? `${fmt(c.roadmapShare * 100, 0)} %` : '—']),
    ),
    '',
  ];
  const d = r.defaultRun;
  const total = r.cost.reduce((a, c) => ({ prompt: a.prompt + c.promptTokens, completion: a.completion + c.completionTokens, stable: a.stable + c.stableShare * c.promptTokens }), { prompt: 0, completion: 0, stable: 0 });
  lines.push(
    `Per roadmap (the ${DEFAULT_LANES}-lane run, as the pipeline meters it): ${fmt(d.usage.promptTokens)} prompt + ${fmt(d.usage.completionTokens)} completion tokens in ${d.calls} calls. Over all ${r.roadmaps} roadmaps: ${fmt(total.prompt / r.roadmaps)} prompt + ${fmt(total.completion / r.roadmaps)} completion tokens per roadmap, ${fmt((total.stable / total.prompt) * 100, 0)} % of prompt tokens in a stable prefix.`,
    '',
  );
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  measureCriticalPath().then(
    (r) => {
      const ratio = r.defaultRun.wallMs / r.defaultRun.boundMs;
      const verdict = `Target: wall ≤ ${CRITICAL_PATH_TARGET}× bound with ${DEFAULT_LANES} lanes: ${fmt(ratio, 2)}×, ${ratio <= CRITICAL_PATH_TARGET ? 'met' : 'not met'}.`;
      process.stdout.write(`\n## Generation at the critical path${quick ? ' (--quick)' : ''}\n\n${verdict}\n\n${criticalPathReport(r).join('\n')}\n`);
      void clearBenchQueues().then(() => process.exit(0));
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
