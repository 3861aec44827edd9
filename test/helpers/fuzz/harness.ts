/**
 * The fuzzer's harness, shared by the test (test/api/fuzz.test.ts) and the deep pass (`npm run fuzz`): an API
 * on a fresh database with no workers (so nothing but the requests changes a row), roadmaps seeded in several
 * states, batches of hostile requests sent concurrently over real HTTP, and the properties checked per batch —
 * no 5xx, no answer slower than 5 s, and no batch of rejected requests changes any stored row.
 */
import http from 'node:http';
import fc from 'fast-check';
import type { Pool } from '../../../src/store/db.js';
import { seedRoadmap } from '../roadmap-states.js';
import { startSystem, type TestSystem } from '../system.js';
import { operationsOf, requestArbitrary, validRequestArbitrary, type FuzzRequest, type OpenApiDocument, type Operation, type Targets } from './requests.js';

export const SLOW_MS = 5000;
/** Requests in flight at once per batch. */
export const BATCH = 10;
const GIVE_UP_MS = 15_000;

export interface FuzzSystem {
  sys: TestSystem;
  operations: Operation[];
  doc: OpenApiDocument;
  /** Keep-alive connections, as a browser or a load balancer would hold them. */
  agent: http.Agent;
  close(): Promise<void>;
}

export async function startFuzzSystem(): Promise<FuzzSystem> {
  const sys = await startSystem('postgres', { content: false, logs: false, captureApiLog: 'error' });
  const doc = (await (await fetch(`${sys.baseUrl}/openapi.json`)).json()) as OpenApiDocument;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 * BATCH });
  return {
    sys,
    doc,
    agent,
    operations: operationsOf(doc),
    async close() {
      agent.destroy();
      await sys.close();
    },
  };
}

const SEEDS = [
  { status: 'completed', outline: true, content: 'regenerating' },
  { status: 'awaiting_review', outline: true, content: 'none' },
  { status: 'queued', outline: false, content: 'none' },
  { status: 'partial', outline: true, content: 'mixed' },
] as const;

/**
 * Requests are generated with placeholder ids, replaced when their batch is sent by the ids of roadmaps seeded
 * for that batch alone — finished with content, waiting for review, queued, partly failed — so every batch
 * meets rows in those states (the first accepted review or cancel does not use them up for the rest).
 */
const PLACEHOLDERS: Targets = { id: SEEDS.map((_, i) => `seedid${i}`), conceptId: ['select', 'joins'] };

async function seedBatch(pool: Pool): Promise<string[]> {
  return Promise.all(SEEDS.map((s) => seedRoadmap(pool, s)));
}

/** The batch's seeded rows go again once it is checked (with what cascades from them), so tables stay small. */
async function dropSeeds(pool: Pool, ids: readonly string[]): Promise<void> {
  await pool.query('DELETE FROM roadmaps WHERE id = ANY($1::uuid[])', [ids]);
}

const materialize = (r: FuzzRequest, ids: readonly string[]): FuzzRequest => ({
  ...r,
  url: ids.reduce((url, id, i) => url.replaceAll(`seedid${i}`, id), r.url),
});

export interface Answer {
  request: FuzzRequest;
  status: number;
  ms: number;
  requestId: string | null;
  body: string;
  error?: string;
}

/** Sends one request; an event stream counts as answered once its headers arrive. */
export function send(fs: FuzzSystem, req: FuzzRequest): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (a: Omit<Answer, 'request' | 'ms'>) => resolve({ request: req, ms: performance.now() - started, ...a });
    const r = http.request(`${fs.sys.baseUrl}${req.url}`, { method: req.method, headers: req.headers, agent: fs.agent, timeout: GIVE_UP_MS }, (res) => {
      const requestId = (res.headers['x-request-id'] as string | undefined) ?? null;
      if (String(res.headers['content-type']).startsWith('text/event-stream')) {
        res.destroy();
        return done({ status: res.statusCode ?? 0, requestId, body: '' });
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, requestId, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (err) => done({ status: 0, requestId, body: '', error: String(err) }));
    });
    r.on('timeout', () => r.destroy(new Error(`no answer within ${GIVE_UP_MS} ms`)));
    r.on('error', (err) => done({ status: 0, requestId: null, body: '', error: String(err) }));
    r.end(req.body);
  });
}

/** Per table of the service: its row count and a hash of its content. */
export async function snapshot(pool: Pool): Promise<Record<string, string>> {
  const { rows: tables } = await pool.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'pathsmith_migrations' ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await pool.query<{ n: string; h: string | null }>(`SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`);
    out[name] = `${rows[0]!.n} rows, ${rows[0]!.h ?? 'empty'}`;
  }
  return out;
}

export interface Failure {
  kind: '5xx' | 'slow' | 'no answer' | 'rows changed';
  detail: string;
}

export interface RouteStats {
  route: string;
  cases: number;
  s2xx: number;
  s4xx: number;
  s5xx: number;
  other: number;
  slowestMs: number;
  failures: Failure[];
}

/** A curl line that sends the request again, and what the server logged about it. */
export function describe(fs: FuzzSystem, a: Answer): string {
  const r = a.request;
  const headers = Object.entries(r.headers).map(([k, v]) => ` -H ${JSON.stringify(`${k}: ${v}`)}`).join('');
  const body = r.body === undefined ? '' : ` --data-binary ${JSON.stringify(r.body.length > 400 ? `${r.body.slice(0, 400)}…` : r.body)}`;
  const cause = fs.sys.apiLog.filter((l) => a.requestId && l.requestId === a.requestId).map((l) => {
    const err = l.err as { message?: string; code?: string; cause?: { message?: string } } | undefined;
    return `${String(l.msg)}: ${err?.code ?? ''} ${err?.message ?? ''}${err?.cause?.message ? ` (${err.cause.message})` : ''}`.trim();
  });
  return [
    `curl -X ${r.method} ${JSON.stringify(`${fs.sys.baseUrl}${r.url}`)}${headers}${body}`,
    `  → ${a.status || a.error} in ${Math.round(a.ms)} ms: ${a.body.slice(0, 300)}`,
    ...(cause.length ? [`  server log: ${cause.join(' | ')}`] : []),
  ].join('\n');
}

/** Failures grouped by what broke and the server's reason, each group with its count and one reproduction. */
export function summarize(failures: readonly Failure[]): string {
  const groups = new Map<string, { n: number; first: Failure }>();
  for (const f of failures) {
    const key = `${f.kind} ${/→ (\S+)/.exec(f.detail)?.[1] ?? ''} ${/server log: (.*)/.exec(f.detail)?.[1] ?? ''}`;
    const g = groups.get(key) ?? { n: 0, first: f };
    g.n++;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => `${g.n} × [${g.first.kind}], e.g.\n${g.first.detail}`).join('\n');
}

function check(fs: FuzzSystem, answers: Answer[], before: Record<string, string>, after: Record<string, string>): Failure[] {
  const failures: Failure[] = [];
  for (const a of answers) {
    if (a.status >= 500) failures.push({ kind: '5xx', detail: describe(fs, a) });
    else if (a.status === 0) failures.push({ kind: 'no answer', detail: describe(fs, a) });
    if (a.ms > SLOW_MS) failures.push({ kind: 'slow', detail: describe(fs, a) });
  }
  // Only accepted writes may change rows; a batch with none must leave every table exactly as it was.
  const accepted = answers.some((a) => a.status >= 200 && a.status < 300 && a.request.method !== 'GET');
  const changed = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
  if (!accepted && changed.length > 0) {
    failures.push({
      kind: 'rows changed',
      detail: `no request of the batch was accepted, yet ${changed.map((t) => `${t} (${before[t]} → ${after[t]})`).join(', ')} changed:\n${answers.map((a) => describe(fs, a)).join('\n')}`,
    });
  }
  return failures;
}

export interface RunOptions {
  cases: number;
  seed?: number;
  /** `assert`: fail at the first broken property (the test); `survey`: count everything (the deep pass). */
  mode: 'assert' | 'survey';
  onBatch?: (stats: RouteStats) => void;
}

/** Runs `cases` requests against one operation, in concurrent batches, and checks the properties per batch. */
export async function fuzzRoute(fs: FuzzSystem, op: Operation, o: RunOptions): Promise<RouteStats> {
  const components = fs.doc.components?.schemas ?? {};
  const one = requestArbitrary(op, components, PLACEHOLDERS);
  const batch = fc.oneof(
    { weight: 4, arbitrary: fc.array(one, { minLength: BATCH, maxLength: BATCH }) },
    { weight: 1, arbitrary: validRequestArbitrary(op, components, PLACEHOLDERS).map((r) => Array.from({ length: BATCH }, () => r)) },
  );
  const stats: RouteStats = { route: `${op.method} ${op.path}`, cases: 0, s2xx: 0, s4xx: 0, s5xx: 0, other: 0, slowestMs: 0, failures: [] };
  const property = fc.asyncProperty(batch, async (requests) => {
    const pool = fs.sys.api.pool;
    const seeded = await seedBatch(pool);
    const before = await snapshot(pool);
    const answers = await Promise.all(requests.map((r) => send(fs, materialize(r, seeded))));
    const failures = check(fs, answers, before, await snapshot(pool));
    await dropSeeds(pool, seeded);
    for (const a of answers) {
      stats.cases++;
      if (a.status >= 200 && a.status < 300) stats.s2xx++;
      else if (a.status >= 400 && a.status < 500) stats.s4xx++;
      else if (a.status >= 500) stats.s5xx++;
      else stats.other++;
      stats.slowestMs = Math.max(stats.slowestMs, a.ms);
    }
    stats.failures.push(...failures);
    o.onBatch?.(stats);
    if (o.mode === 'assert' && failures.length > 0) throw new Error(`${stats.route}: ${failures.length} broken properties\n${summarize(failures)}`);
  });
  // No shrinking: the database has moved on since the failing batch, so a smaller batch proves nothing.
  await fc.assert(property, { numRuns: Math.ceil(o.cases / BATCH), seed: o.seed, endOnFailure: true, includeErrorInReport: true });
  return stats;
}
