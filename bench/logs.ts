/**
 * `npm run bench:logs`: how fast execution logs travel producer → queue (Redis) → logs worker → table, with
 * one and two logs-worker processes; emit→committed latency at a steady 10,000 events/s; a naive writer
 * (one INSERT per event) as the baseline; and the seed's scenario — 100 log events per request at 200
 * requests/s — with the API's latency measured with and without them. Prints a markdown table.
 */
import { randomUUID } from 'node:crypto';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { LogProducer } from '../src/logsink/producer.js';
import { createQueueKit } from '../src/queue/kit.js';
import { createLogger } from '../src/telemetry/logger.js';
import { clearBenchQueues, fmt, progress, quick, REDIS_URL, scratchDatabase, singleInsertRate, startRole, stop, table } from './support.js';

const silent = createLogger('cli', 'silent');
const N = quick ? 50_000 : 300_000;
const RATE_SECONDS = quick ? 4 : 10;

async function main(): Promise<void> {
  const db = await scratchDatabase(null);
  const namespace = `bench_${randomUUID().slice(0, 8)}`;
  const env = { DATABASE_URL: db.url, REDIS_URL, QUEUE_NAMESPACE: namespace, LOGS_CONCURRENCY: '4', LOGS_DB_POOL_MAX: '4' };
  const kit = createQueueKit({ redisUrl: REDIS_URL, databaseUrl: db.url, namespace, postgresPoolMax: 1, connectionName: 'pathsmith:bench' });
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const count = async (roadmapId: string) => Number((await pool.query('SELECT count(*) AS n FROM execution_logs WHERE roadmap_id = $1', [roadmapId])).rows[0].n);
  const rows: Array<Array<string | number>> = [];

  try {
    for (const workers of [1, 2]) {
      progress(`throughput: ${fmt(N)} events, ${workers} logs worker(s)`);
      const children = await Promise.all(Array.from({ length: workers }, () => startRole(['worker', 'logs'], env, 'logs worker ready')));
      const producer = new LogProducer(kit.queue('logs'), { batchSize: 1000, flushMs: 50, bufferMax: 2_000_000 }, silent);
      const roadmapId = randomUUID();
      const t0 = performance.now();
      for (let i = 0; i < N; i++) {
        producer.emit({ roadmapId, level: 'info', category: 'agent', message: `benchmark event ${i}`, details: { i } });
        if (i % 5000 === 4999) await new Promise((r) => setImmediate(r));
      }
      await producer.flush();
      while ((await count(roadmapId)) < N) await new Promise((r) => setTimeout(r, 50));
      const seconds = (performance.now() - t0) / 1000;
      rows.push([`end to end, ${workers} logs worker${workers > 1 ? 's' : ''}`, fmt(N / seconds), '', '']);
      progress(`  ${fmt(N / seconds)} events/s`);
      await producer.close();
      await Promise.all(children.map(stop));
    }

    progress(`latency: 10,000 events/s for ${RATE_SECONDS} s, 1 logs worker`);
    const child = await startRole(['worker', 'logs'], env, 'logs worker ready');
    const producer = new LogProducer(kit.queue('logs'), { batchSize: 500, flushMs: 50, bufferMax: 2_000_000 }, silent);
    const roadmapId = randomUUID();
    const perTick = 100; // every 10 ms
    const start = performance.now();
    for (let tick = 0; tick < RATE_SECONDS * 100; tick++) {
      for (let i = 0; i < perTick; i++) producer.emit({ roadmapId, level: 'info', category: 'agent', message: 'paced event' });
      const next = start + (tick + 1) * 10;
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
    await producer.flush();
    while ((await count(roadmapId)) < RATE_SECONDS * 10_000) await new Promise((r) => setTimeout(r, 50));
    const lat = (
      await pool.query<{ p50: number; p99: number; max: number }>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
         FROM (SELECT extract(epoch FROM written_at - created_at) * 1000 AS ms FROM execution_logs WHERE roadmap_id = $1) t`,
        [roadmapId],
      )
    ).rows[0]!;
    rows.push(['emit → committed at 10,000 events/s', fmt(10_000), `${fmt(lat.p50, 1)} / ${fmt(lat.p99, 1)}`, '']);
    progress(`  p50 ${fmt(lat.p50, 1)} ms, p99 ${fmt(lat.p99, 1)} ms`);
    await producer.close();

    progress('baseline: one INSERT per event on one connection');
    const naiveRate = await singleInsertRate(db.url, quick ? 3000 : 8000);
    rows.push(['baseline: one INSERT per event', fmt(naiveRate), '', '']);
    progress(`  ${fmt(naiveRate)} events/s`);

    progress('seed scenario: 100 log events per request at 200 requests/s');
    for (const mode of ['none', 'producer', 'naive'] as const) {
      const server = fork(fileURLToPath(new URL('./seed-scenario-server.js', import.meta.url)), [], {
        env: { ...process.env, ...env, SCENARIO_MODE: mode },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      const port = await new Promise<number>((resolve) => server.once('message', (m: { port: number }) => resolve(m.port)));
      const result = await autocannon({ url: `http://127.0.0.1:${port}/work`, method: 'POST', connections: 50, overallRate: 200, duration: quick ? 5 : 15 });
      server.kill('SIGTERM');
      const label = { none: 'no logging', producer: 'Pathsmith producer (batched, queued)', naive: 'naive: 100 INSERTs in the request' }[mode];
      const errors = result.errors + result.timeouts + result.non2xx;
      rows.push([`API at 200 req/s, 100 events/request — ${label}`, fmt(result.requests.average), `${fmt(result.latency.p50, 1)} / ${fmt(result.latency.p99, 1)}`, errors]);
      progress(`  ${label}: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${fmt(result.requests.average)} req/s, errors ${errors}`);
    }
    await stop(child);
  } finally {
    await kit.close();
    await pool.end();
    await db.drop();
  }

  process.stdout.write(`\n## Execution logs benchmark${quick ? ' (--quick)' : ''}\n\n`);
  process.stdout.write(`${table(['measurement', 'events/s or req/s', 'p50 / p99 (ms)', 'errors'], rows)}\n\n`);
  process.stdout.write('Targets: ≥ 50,000 events/s end to end; p99 emit→committed < 1 s at 10,000 events/s.\n');
}

main().then(
  () => clearBenchQueues().then(() => process.exit(0)),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
