/**
 * Runs the embedded PostgreSQL in a process of its own, in its own process group, for the supervisor.
 * A Ctrl-C in the terminal then reaches only the supervisor, which stops the roles first and the database
 * last; and if the supervisor dies without stopping it, the keeper sees its IPC channel close and stops the
 * database itself, so no server is left behind.
 */
import { loadConfig } from '../config.js';
import { loggerFor } from '../telemetry/logger.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-db.js';

export type KeeperMessage = { type: 'ready'; url: string } | { type: 'failed'; message: string };

const config = loadConfig();
const logger = loggerFor('supervisor', config);
let db: EmbeddedDatabase | null = null;
let stopping = false;

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await db?.stop();
  process.exit(0);
}

// The supervisor owns shutdown; terminal signals should not reach this group, but ignore them if they do.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => void stop());
process.on('message', (msg: { type?: string }) => {
  if (msg?.type === 'stop') void stop();
});
process.on('disconnect', () => void stop());

startEmbeddedDatabase(config.dataDir, config.EMBEDDED_PG_PORT, logger).then(
  (started) => {
    db = started;
    process.send?.({ type: 'ready', url: started.url } satisfies KeeperMessage);
  },
  (err: unknown) => {
    process.send?.({ type: 'failed', message: err instanceof Error ? err.message : String(err) } satisfies KeeperMessage);
    process.exit(1);
  },
);
