/**
 * The seed's request: a handler that produces 100 execution-log events. SCENARIO_MODE picks how they are
 * written: `producer` (Pathsmith: buffered, batched onto the queue), `naive` (100 INSERTs on the request's
 * connection, as the seed's old design did), or `none` (no logging, the reference).
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import { LogProducer } from '../src/logsink/producer.js';
import { createQueueKit } from '../src/queue/kit.js';
import { createLogger } from '../src/telemetry/logger.js';

const mode = process.env.SCENARIO_MODE ?? 'none';
const url = process.env.DATABASE_URL!;
const kit = createQueueKit({ redisUrl: process.env.REDIS_URL!, databaseUrl: url, namespace: process.env.QUEUE_NAMESPACE!, postgresPoolMax: 1, connectionName: 'pathsmith:bench-api' });
const producer = new LogProducer(kit.queue('logs'), { batchSize: Number(process.env.LOG_BATCH_SIZE ?? 500), flushMs: Number(process.env.LOG_FLUSH_MS ?? 200), bufferMax: 10_000_000 }, createLogger('api', 'silent'));
// The seed's pool: 20 connections.
const pool = new pg.Pool({ connectionString: url, max: 20 });

const app = Fastify();
app.post('/work', async () => {
  const roadmapId = randomUUID();
  if (mode === 'producer') {
    for (let i = 0; i < 100; i++) producer.emit({ roadmapId, level: 'info', category: 'api', message: `step ${i}` });
  } else if (mode === 'naive') {
    const client = await pool.connect();
    try {
      for (let i = 0; i < 100; i++) {
        await client.query(`INSERT INTO execution_logs (id, roadmap_id, seq, level, category, message, created_at) VALUES ($1, $2, $3, 'info', 'api', 'naive', now())`, [randomUUID(), roadmapId, i]);
      }
    } finally {
      client.release();
    }
  }
  return { id: roadmapId };
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: Number(new URL(address).port) });
process.on('SIGTERM', () => {
  void producer.close().then(() => process.exit(0));
});
