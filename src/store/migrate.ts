/**
 * Schema migrations. Pathsmith's own tables are versioned with node-pg-migrate (files in `migrations/`,
 * compiled to `dist/migrations/`); the PostgreSQL queue backend's tables are migrated by BullMQ's own migrator
 * into their own schema. `pathsmith migrate` runs both; every role checks both at start.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { assertSchemaCompatibility, runMigrations, SchemaMigrationRequiredError } from 'bullmq';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { packageRoot } from '../paths.js';
import type { Logger } from '../telemetry/logger.js';

export const MIGRATIONS_TABLE = 'pathsmith_migrations';
const MIGRATIONS_DIR = path.join(packageRoot, 'dist', 'migrations');
const MIGRATION_FILE = /^\d+_[\w-]+\.js$/;

export class NotMigratedError extends Error {
  constructor(what: string) {
    super(`The database is not migrated (${what}). Run \`pathsmith migrate\` first (\`pathsmith start\` does it for you).`);
    this.name = 'NotMigratedError';
  }
}

function migrationNames(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => MIGRATION_FILE.test(f))
    .map((f) => f.replace(/\.js$/, ''))
    .sort();
}

export async function migrate(url: string, logger: Logger, queueSchema: string | null): Promise<void> {
  const applied = await runner({
    databaseUrl: url,
    dir: MIGRATIONS_DIR,
    ignorePattern: '(\\..*)|(.*\\.map)',
    direction: 'up',
    migrationsTable: MIGRATIONS_TABLE,
    checkOrder: true,
    singleTransaction: true,
    log: () => undefined,
  });
  logger.debug({ applied: applied.map((m) => m.name) }, 'migrations run');
  logger.info({ applied: applied.length, latest: applied.at(-1)?.name }, applied.length ? 'migrations applied' : 'schema up to date');
  if (queueSchema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const version = await runMigrations(client, queueSchema);
      logger.info({ schema: queueSchema, version }, 'queue schema ready');
    } finally {
      await client.end();
    }
  }
}

/** Throws NotMigratedError unless every migration (and the queue schema, if used) has been applied. */
export async function assertMigrated(pool: pg.Pool, queueSchema: string | null): Promise<void> {
  const expected = migrationNames();
  let applied: Set<string>;
  try {
    const { rows } = await pool.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE}`);
    applied = new Set(rows.map((r) => r.name));
  } catch (err) {
    if ((err as { code?: string }).code === '42P01') throw new NotMigratedError('no migrations table');
    throw err;
  }
  const missing = expected.filter((n) => !applied.has(n));
  if (missing.length > 0) throw new NotMigratedError(`missing ${missing.join(', ')}`);
  if (queueSchema) {
    try {
      await assertSchemaCompatibility(pool, queueSchema);
    } catch (err) {
      if (err instanceof SchemaMigrationRequiredError) throw new NotMigratedError(`queue schema ${queueSchema}`);
      throw err;
    }
  }
}
