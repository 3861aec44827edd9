/** A fresh database on a real PostgreSQL server (migrated unless told not to), dropped when done: for tests, benchmarks and `pathsmith eval`. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from './migrate.js';
import { createLogger } from '../telemetry/logger.js';

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin(adminUrl: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function createScratchDatabase(o: { adminUrl: string; prefix: string; migrate: boolean; queueSchema: string | null }): Promise<ScratchDatabase> {
  const name = `${o.prefix}_${randomBytes(5).toString('hex')}`;
  await admin(o.adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(o.adminUrl);
  url.pathname = `/${name}`;
  if (o.migrate) await migrate(url.toString(), createLogger('cli', 'silent'), o.queueSchema);
  return { url: url.toString(), name, drop: () => admin(o.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
