/** A fresh, migrated database per test file on the real PostgreSQL server, dropped afterwards. */
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { POSTGRES_QUEUE_SCHEMA } from '../../src/queue/kit.js';
import { roadmapRequestSchema } from '../../src/domain/roadmap.js';
import type { Pool } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { insertRoadmap } from '../../src/store/sql/roadmaps.js';
import { ANONYMOUS_USER_ID } from '../../src/store/sql/users.js';
import { createLogger } from '../../src/telemetry/logger.js';
import { ADMIN_DATABASE_URL } from './services.js';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(options: { migrate?: boolean; queueSchema?: string | null } = {}): Promise<TestDatabase> {
  const name = `pathsmith_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  if (options.migrate !== false) {
    await migrate(url.toString(), createLogger('cli', 'silent'), options.queueSchema === undefined ? POSTGRES_QUEUE_SCHEMA : options.queueSchema);
  }
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A roadmap row written straight to the store, with no job: as if its API process died before enqueueing. */
export async function insertBareRoadmap(pool: Pool, goal: string, requestId: string | null = null): Promise<string> {
  const id = randomUUID();
  await insertRoadmap(pool, { id, ownerId: ANONYMOUS_USER_ID, request: roadmapRequestSchema.parse({ goal }), requestHash: 'h', idempotencyKey: null, requestId });
  return id;
}
