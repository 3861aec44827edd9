/**
 * The seed's old design, composed from Pathsmith's own modules: one process whose request handler validates,
 * stores, runs the outline workflow inline (intent → outline → validation, through the same LLM provider) and
 * writes every execution-log event with its own INSERT, on the seed's pool of 20 connections. The handler holds
 * its connection for the whole request, as a client-per-request web app does.
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { roadmapRequestSchema } from '../src/domain/roadmap.js';
import { createLlmProvider } from '../src/llm/index.js';
import { usageRecorder } from '../src/runtime.js';
import type { LogEvent, LogEventInput } from '../src/logsink/events.js';
import type { LogSink } from '../src/logsink/producer.js';
import { claimRun, finishRun } from '../src/store/sql/roadmap-runs.js';
import { insertRoadmap } from '../src/store/sql/roadmaps.js';
import { LOCAL_USER_ID } from '../src/store/sql/users.js';
import { createLogger } from '../src/telemetry/logger.js';
import { StepRunner } from '../src/workers/content/step-runner.js';
import { runOutlineWorkflow } from '../src/workers/content/workflow.js';

const config = loadConfig();
const logger = createLogger('api', 'silent');
const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 20, application_name: 'pathsmith:baseline' });
pool.on('error', () => undefined);
const llm = createLlmProvider(config, { logger, onUsage: usageRecorder(pool, logger) });

/** One INSERT per event, awaited before the response: the seed's "200 ms × 100 rows" path. */
class InlineLogWriter implements LogSink {
  private pending: Promise<unknown>[] = [];
  constructor(private readonly client: pg.PoolClient) {}
  emit(input: LogEventInput): LogEvent {
    const event = { id: randomUUID(), seq: Date.now() * 1000, time: new Date().toISOString(), step: null, agent: null, conceptId: null, details: null, durationMs: null, requestId: null, ...input } as LogEvent;
    this.pending.push(
      this.client.query(
        `INSERT INTO execution_logs (id, roadmap_id, seq, level, category, step, message, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [event.id, event.roadmapId, event.seq, event.level, event.category, event.step, event.message, event.time],
      ),
    );
    return event;
  }
  async flush(): Promise<void> {
    await Promise.all(this.pending);
    this.pending = [];
  }
  async capacity(): Promise<void> {}
}

const app = Fastify({ bodyLimit: 64 * 1024 }).withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.post('/v1/roadmaps', { schema: { body: roadmapRequestSchema } }, async (request, reply) => {
  const client = await pool.connect();
  try {
    const id = randomUUID();
    // Everything below runs on the request's own connection, through a pool-shaped facade.
    await insertRoadmap(client, { id, ownerId: LOCAL_USER_ID, request: request.body, requestHash: 'baseline', idempotencyKey: null, requestId: request.id, admitted: true });
    await claimRun(client, id, 0);
    const logs = new InlineLogWriter(client);
    const deps = { roadmapId: id, requestId: request.id, request: request.body, pool: client, llm, logs, logger, signal: new AbortController().signal };
    const result = await runOutlineWorkflow(await StepRunner.load(deps), deps);
    await finishRun(client, id, 0, { status: 'completed', step: 'done', error: null });
    logs.emit({ roadmapId: id, level: 'info', category: 'workflow', message: `Roadmap completed (${result.kind})` });
    await logs.flush();
    return reply.status(201).send({ id, status: 'completed' });
  } finally {
    client.release();
  }
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ url: address });
process.on('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
