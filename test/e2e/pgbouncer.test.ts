/**
 * The scaled-out shape: the three roles as separate processes, their pools going through a real PgBouncer in
 * transaction pooling mode (so nothing may rely on session state), the queues on Redis. A roadmap completes,
 * PgBouncer carried the transactions, and each role's metrics port shows the families of the work it did.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/supervisor/free-port.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startPgBouncer, type PgBouncer } from '../helpers/pgbouncer.js';
import { spawnPathsmith, type Spawned } from '../helpers/processes.js';
import { clearRedisNamespace, TEST_REDIS_URL } from '../helpers/services.js';
import { readSse } from '../helpers/sse.js';
import { waitFor } from '../helpers/system.js';

/** The samples of a metric family in an exposition text, as `name{labels} value` lines. */
const samples = (text: string, name: string) => text.split('\n').filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
const value = (text: string, line: RegExp) => Number(text.split('\n').find((l) => line.test(l))?.split(' ').at(-1) ?? Number.NaN);

describe('the three roles behind PgBouncer in transaction mode, on Redis', () => {
  let db: TestDatabase;
  let bouncer: PgBouncer;
  const namespace = `pgb_${randomBytes(4).toString('hex')}`;
  const procs: Spawned[] = [];
  beforeAll(async () => {
    db = await createTestDatabase({ queueSchema: null });
    const u = new URL(db.url);
    bouncer = await startPgBouncer({ host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username) });
  });
  afterAll(async () => {
    for (const p of procs) if (p.proc.exitCode === null) p.proc.kill('SIGKILL');
    await bouncer?.stop();
    await clearRedisNamespace(namespace);
    await db?.drop();
  });

  it('completes a roadmap, and every role reports what it did on its metrics port', async () => {
    const [apiMetrics, contentMetrics, logsMetrics] = [await freePort(), await freePort(), await freePort()];
    const env = {
      DATABASE_URL: bouncer.through(db.url),
      DATABASE_DIRECT_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_NAMESPACE: namespace,
      LOG_LEVEL: 'info',
      PORT: '0',
      // A short cap, so a statement timeout that did not reach the server would show in the round trip.
      DB_STATEMENT_TIMEOUT_MS: '5000',
    };
    const api = spawnPathsmith(['api'], { ...env, METRICS_PORT: String(apiMetrics) });
    const content = spawnPathsmith(['worker', 'content'], { ...env, METRICS_PORT: String(contentMetrics) });
    const logs = spawnPathsmith(['worker', 'logs'], { ...env, METRICS_PORT: String(logsMetrics) });
    procs.push(api, content, logs);
    await content.waitForLine((l) => l.msg === 'content worker ready');
    await logs.waitForLine((l) => l.msg === 'logs worker ready');
    const base = String((await api.waitForLine((l) => l.msg === 'API listening')).url);
    const scrape = async (port: number) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();

    const res = await fetch(`${base}/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ goal: 'Learn SQL for data analysis', hoursPerWeek: 4, weeks: 4 }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const stream = readSse(`${base}/v1/roadmaps/${id}/events`);
    await waitFor(async () => value(await scrape(apiMetrics), /^pathsmith_sse_streams_open /) === 1, 10_000, 'the open stream to be counted');
    await waitFor(async () => ((await (await fetch(`${base}/v1/roadmaps/${id}`)).json()) as { status: string }).status === 'completed', 30_000, 'completion');
    await stream.done;
    expect(stream.events.at(-1)?.event).toBe('end');

    // The roles' transactions went through PgBouncer, pooled per transaction.
    const pools = (await bouncer.show('POOLS')).filter((p) => p.database === db.name);
    expect(pools.map((p) => p.pool_mode)).toContain('transaction');
    const stats = (await bouncer.show('STATS')).find((s) => s.database === db.name);
    expect(Number(stats?.total_xact_count)).toBeGreaterThan(50);

    const apiText = await scrape(apiMetrics);
    expect(samples(apiText, 'http_request_duration_seconds_count').some((l) => l.includes('route="/v1/roadmaps"') && l.includes('method="POST"') && l.includes('status_code="202"'))).toBe(true);
    expect(value(apiText, /^pathsmith_sse_streams_open /)).toBe(0);
    expect(value(apiText, /^pathsmith_log_events_total\{outcome="emitted"\}/)).toBeGreaterThan(0);

    const contentText = await scrape(contentMetrics);
    expect(value(contentText, /^pathsmith_roadmaps_finished_total\{status="completed"\}/)).toBe(1);
    expect(value(contentText, /^pathsmith_jobs_total\{queue="roadmap",outcome="completed"\}/)).toBe(1);
    expect(value(contentText, /^pathsmith_jobs_total\{queue="content",outcome="completed"\}/)).toBeGreaterThan(1);
    expect(value(contentText, /^pathsmith_job_duration_seconds_count\{queue="content",outcome="completed"\}/)).toBeGreaterThan(1);
    for (const kind of ['tutorial', 'resources', 'quiz']) expect(value(contentText, new RegExp(`^pathsmith_pieces_total\\{kind="${kind}",outcome="completed"\\}`))).toBeGreaterThan(0);
    expect(value(contentText, /^pathsmith_llm_requests_total\{provider="offline",model="catalogue",task="outline",outcome="ok"\}/)).toBeGreaterThan(0);
    expect(samples(contentText, 'pathsmith_llm_request_duration_seconds_count').length).toBeGreaterThan(3);
    expect(contentText).toMatch(/^pathsmith_stuck_roadmaps /m);

    const logsText = await scrape(logsMetrics);
    expect(value(logsText, /^pathsmith_log_events_total\{outcome="written"\}/)).toBeGreaterThan(10);
    expect(value(logsText, /^pathsmith_log_lag_seconds_count /)).toBeGreaterThan(10);
    expect(value(logsText, /^pathsmith_jobs_total\{queue="logs",outcome="completed"\}/)).toBeGreaterThan(0);

    for (const [text, role] of [[apiText, 'api'], [contentText, 'content-worker'], [logsText, 'logs-worker']] as const) {
      expect(text).toMatch(/^process_cpu_user_seconds_total /m);
      expect(text).toMatch(new RegExp(`^pathsmith_db_pool_connections\\{role="${role}",pool="app",state="in_use"\\}`, 'm'));
      expect(text).toMatch(new RegExp(`^pathsmith_db_pool_max_connections\\{role="${role}",pool="app"\\}`, 'm'));
    }
    // Queue depths are read at most every few seconds, so a scrape may show the previous reading for a moment.
    for (const port of [apiMetrics, contentMetrics, logsMetrics]) {
      const text = await waitFor(async () => {
        const t = await scrape(port);
        return value(t, /^pathsmith_queue_jobs\{queue="roadmap",state="completed"\}/) === 1 ? t : undefined;
      }, 10_000, 'the queue gauges to show the completed job');
      expect(text).toMatch(/^pathsmith_queue_oldest_job_age_seconds\{queue="content",state="waiting"\} 0$/m);
    }
    // The workers' probes answer on their metrics ports.
    for (const port of [contentMetrics, logsMetrics]) {
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', queue: 'ok' } });
    }

    for (const p of [api, content, logs]) p.proc.kill('SIGTERM');
    const exits = await Promise.all([api.exited, content.exited, logs.exited]);
    expect(exits.map((e) => e.code)).toEqual([0, 0, 0]);
    const errors = [api, content, logs].flatMap((p) => p.lines.filter((l) => l.level === 'error' || l.level === 'fatal'));
    expect(errors).toEqual([]);
  }, 120_000);
});
