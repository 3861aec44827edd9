/** A fresh, migrated database per test file on the real PostgreSQL server, dropped afterwards. */
import { randomUUID } from 'node:crypto';
import { POSTGRES_QUEUE_SCHEMA } from '../../src/queue/kit.js';
import { roadmapRequestSchema } from '../../src/domain/roadmap.js';
import type { Queryable } from '../../src/store/db.js';
import { insertRoadmap } from '../../src/store/sql/roadmaps.js';
import { LOCAL_USER_ID } from '../../src/store/sql/users.js';
import { createScratchDatabase, type ScratchDatabase } from '../../src/store/scratch-database.js';
import { ADMIN_DATABASE_URL } from './services.js';

export type TestDatabase = ScratchDatabase;

export function createTestDatabase(options: { migrate?: boolean; queueSchema?: string | null; adminUrl?: string } = {}): Promise<TestDatabase> {
  return createScratchDatabase({
    adminUrl: options.adminUrl ?? ADMIN_DATABASE_URL,
    prefix: 'pathsmith_t',
    migrate: options.migrate !== false,
    queueSchema: options.queueSchema === undefined ? POSTGRES_QUEUE_SCHEMA : options.queueSchema,
  });
}

/** A roadmap row written straight to the store, with no job: as if its API process died before enqueueing. */
export async function insertBareRoadmap(pool: Queryable, goal: string, requestId: string | null = null): Promise<string> {
  const id = randomUUID();
  await insertRoadmap(pool, { id, ownerId: LOCAL_USER_ID, request: roadmapRequestSchema.parse({ goal }), requestHash: 'h', idempotencyKey: null, requestId, admitted: true });
  return id;
}
