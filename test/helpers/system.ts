/**
 * Runs the three roles in this process, each with its own runtime (pool, queue connections, log producer),
 * against a fresh database and either queue backend — the same code paths as the separate processes.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/api/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLlmProvider } from '../../src/llm/index.js';
import { createRuntime, usageRecorder, type Runtime } from '../../src/runtime.js';
import { createLogger } from '../../src/telemetry/logger.js';
import { startContentWorker } from '../../src/workers/content/main.js';
import { startLogsWorker } from '../../src/workers/logs/main.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { clearRedisNamespace, TEST_REDIS_URL } from './services.js';

export type Backend = 'postgres' | 'redis';

export interface TestSystem {
  config: Config;
  db: TestDatabase;
  api: Runtime;
  app: FastifyInstance;
  baseUrl: string;
  content?: Runtime;
  logs?: Runtime;
  /** Stops the in-process content worker gracefully (its active jobs finish first), and starts a new one. */
  stopContentWorker(): Promise<void>;
  startContentWorker(): Promise<void>;
  /** The API's log lines, when started with `captureApiLog` (the level to capture them at). */
  apiLog: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export function testConfig(backend: Backend, databaseUrl: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl,
    ...(backend === 'redis' ? { REDIS_URL: TEST_REDIS_URL, QUEUE_NAMESPACE: `t_${randomBytes(5).toString('hex')}` } : {}),
    LOG_FLUSH_MS: '50',
    ...env,
  });
}

export async function startSystem(
  backend: Backend,
  options: {
    env?: Record<string, string>;
    content?: boolean;
    logs?: boolean;
    captureApiLog?: 'debug' | 'info' | 'error';
    /** The server to create the scratch database on (a test's private PostgreSQL); the shared one otherwise. */
    adminDatabaseUrl?: string;
  } = {},
): Promise<TestSystem> {
  const db = await createTestDatabase({ adminUrl: options.adminDatabaseUrl });
  const config = testConfig(backend, db.url, options.env);
  const apiLog: Array<Record<string, unknown>> = [];
  const destination = { write: (line: string) => void apiLog.push(JSON.parse(line) as Record<string, unknown>) };
  const logger = options.captureApiLog ? createLogger('api', options.captureApiLog, destination) : undefined;
  const api = await createRuntime('api', config, config.API_DB_POOL_MAX, logger);
  const app = await buildApp(api);
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const closers: Array<() => Promise<void>> = [];
  let content: Runtime | undefined;
  let logs: Runtime | undefined;
  let stopContent: (() => Promise<void>) | null = null;
  const launchContentWorker = async () => {
    const rt = await createRuntime('content-worker', config, config.CONTENT_DB_POOL_MAX);
    const w = await startContentWorker(rt, createLlmProvider(config, { logger: rt.logger, onUsage: usageRecorder(rt.pool, rt.logger) }));
    content = rt;
    stopContent = async () => {
      await w.close();
      await rt.close();
    };
  };
  if (options.content !== false) await launchContentWorker();
  if (options.logs !== false) {
    logs = await createRuntime('logs-worker', config, config.LOGS_DB_POOL_MAX);
    const w = await startLogsWorker(logs);
    const rt = logs;
    closers.push(async () => {
      await w.close();
      await rt.close();
    });
  }
  const stopContentWorker = async () => {
    await stopContent?.();
    stopContent = null;
  };
  return {
    config,
    db,
    api,
    app,
    baseUrl,
    get content() {
      return content;
    },
    logs,
    stopContentWorker,
    startContentWorker: launchContentWorker,
    apiLog,
    async close() {
      await app.close();
      await api.close();
      // Workers last, so the API's final log batches are still consumed.
      await stopContentWorker();
      for (const c of closers) await c();
      if (backend === 'redis') await clearRedisNamespace(config.QUEUE_NAMESPACE);
      await db.drop();
    },
  };
}

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** One JSON request to a test system's API: its status and parsed body. */
export async function callApi(baseUrl: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, any> }> {
  const res = await fetch(`${baseUrl}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
