/**
 * 2,000 live streams of one running roadmap (DESIGN.md: under 100 MB of API memory, roadmap reads under 50 ms
 * p99): the API's resident memory before and with the streams open, and the latency of reading the roadmap while
 * every stream follows it, beside the same reads with no stream open.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { child, fmt, progress, quick, REDIS_URL, scratchDatabase, startApi, startRole, stop, stopChild, treeRss } from './support.js';

export interface LiveStreamsResult {
  watchers: number;
  rssBeforeMb: number;
  rssWithMb: number;
  readP99Idle: number;
  readP99With: number;
  readRps: number;
  eventsDelivered: number;
  watchersWithEvents: number;
}

const WATCHERS = 2000;
/** Slow enough that the roadmap is still generating for the whole measurement. */
const LLM_LATENCY_MS = 2500;

interface Watcher {
  events: number;
  close(): void;
}

function watch(url: string, opened: () => void): Watcher {
  const w: Watcher = { events: 0, close: () => req.destroy() };
  const req = http.get(url, { agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
    opened();
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      w.events += chunk.split('\nevent: log\n').length - 1;
    });
    res.on('error', () => undefined);
  });
  req.on('error', () => undefined);
  return w;
}

async function readLatency(url: string, seconds: number): Promise<{ p99: number; rps: number }> {
  const r = await autocannon({ url, connections: 10, overallRate: 200, duration: seconds });
  return { p99: r.latency.p99, rps: r.requests.average };
}

export async function measureLiveStreams(): Promise<LiveStreamsResult> {
  const llm = await child('./fake-llm.js', { FAKE_LLM_LATENCY_MS: String(LLM_LATENCY_MS) });
  const db = await scratchDatabase(null);
  const env = {
    NODE_ENV: 'production',
    LLM_PROVIDER: 'openai',
    OPENAI_API_KEY: 'bench',
    OPENAI_BASE_URL: llm.url,
    RESOURCE_LINK_CHECK: 'off',
    DATABASE_URL: db.url,
    REDIS_URL,
    QUEUE_NAMESPACE: `bench_${randomUUID().slice(0, 8)}`,
    PORT: '0',
    SSE_MAX_STREAMS_PER_CLIENT: String(WATCHERS * 2),
    CONTENT_PER_ROADMAP: '1',
  };
  const roles = await Promise.all([startRole(['worker', 'content'], env, 'content worker ready'), startRole(['worker', 'logs'], env, 'logs worker ready')]);
  const api = await startApi(env);
  const pool = new pg.Pool({ connectionString: db.url, max: 1, application_name: 'pathsmith:bench' });
  const seconds = quick ? 3 : 6;
  try {
    const res = await fetch(`${api.url}/v1/roadmaps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ goal: 'Learn Go for backend development', weeks: 6 }) });
    const { id } = (await res.json()) as { id: string };
    const roadmapUrl = `${api.url}/v1/roadmaps/${id}`;
    await readLatency(roadmapUrl, 1); // warm-up
    const idle = await readLatency(roadmapUrl, seconds);
    const rssBefore = treeRss(api.proc.pid!);
    progress(`  no streams: API ${fmt(rssBefore / 2 ** 20)} MB, roadmap read p99 ${idle.p99} ms`);

    let open = 0;
    const watchers: Watcher[] = [];
    const allOpen = new Promise<void>((resolve) => {
      for (let i = 0; i < WATCHERS; i++) watchers.push(watch(`${roadmapUrl}/events`, () => ++open === WATCHERS && resolve()));
    });
    await Promise.race([allOpen, new Promise((r) => setTimeout(r, 60_000))]);
    progress(`  ${open} of ${WATCHERS} streams open`);
    const withStreams = await readLatency(roadmapUrl, seconds);
    const rssWith = treeRss(api.proc.pid!);
    const { rows } = await pool.query<{ status: string }>('SELECT status FROM roadmaps WHERE id = $1', [id]);
    progress(`  with ${open} streams: API ${fmt(rssWith / 2 ** 20)} MB, roadmap read p99 ${withStreams.p99} ms; roadmap ${rows[0]!.status}`);
    for (const w of watchers) w.close();
    return {
      watchers: open,
      rssBeforeMb: rssBefore / 2 ** 20,
      rssWithMb: rssWith / 2 ** 20,
      readP99Idle: idle.p99,
      readP99With: withStreams.p99,
      readRps: withStreams.rps,
      eventsDelivered: watchers.reduce((n, w) => n + w.events, 0),
      watchersWithEvents: watchers.filter((w) => w.events > 0).length,
    };
  } finally {
    await pool.end();
    await stopChild(api.proc);
    await Promise.all(roles.map(stop));
    await stopChild(llm.proc);
    await db.drop();
  }
}
