/**
 * Migrations are frozen history and state their values literally; this test keeps the database's CHECK
 * constraints in step with the enum module, so a new status or kind cannot be used before a migration allows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { CARD_STATES, CONTENT_KINDS, CONTENT_MODES, CONTENT_STATUSES, LOG_CATEGORIES, LOG_LEVELS, MODULE_REGENERATION_STATUSES, OUTLINE_EDIT_KINDS, REVIEW_RATINGS, ROADMAP_STATUSES, TUTOR_MESSAGE_STATUSES, TUTOR_ROLES, USER_ROLES, WORKFLOW_STEPS } from '../../src/domain/enums.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/** The values a CHECK (col IN (...)) constraint on table.column allows, read from pg_constraint. */
async function allowed(client: pg.Client, table: string, column: string): Promise<string[][]> {
  const { rows } = await client.query<{ def: string }>(
    `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
     WHERE c.contype = 'c' AND c.conrelid = $1::regclass AND a.attname = $2`,
    [table, column],
  );
  return rows.map((r) => [...r.def.matchAll(/'([^']+)'::text/g)].map((m) => m[1]!).sort());
}

describe('database constraints', () => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase({ queueSchema: null });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it.each([
    ['roadmaps', 'status', ROADMAP_STATUSES],
    ['roadmaps', 'step', WORKFLOW_STEPS],
    ['step_checkpoints', 'step', WORKFLOW_STEPS],
    ['execution_logs', 'level', LOG_LEVELS],
    ['execution_logs', 'category', LOG_CATEGORIES],
    ['execution_logs', 'step', WORKFLOW_STEPS],
    ['concept_content', 'kind', CONTENT_KINDS],
    ['concept_content', 'status', CONTENT_STATUSES],
    ['users', 'role', USER_ROLES],
    ['review_cards', 'state', CARD_STATES],
    ['review_cards', 'last_rating', REVIEW_RATINGS],
    ['outline_edits', 'kind', OUTLINE_EDIT_KINDS],
    ['module_regenerations', 'status', MODULE_REGENERATION_STATUSES],
    ['roadmaps', 'request', CONTENT_MODES],
    ['tutor_messages', 'role', TUTOR_ROLES],
    ['tutor_messages', 'status', TUTOR_MESSAGE_STATUSES],
  ] as const)('%s.%s allows exactly the values of the enum module', async (table, column, values) => {
    // The content mode is a field of the stored request: its CHECK names the field beside the values.
    const defs = await allowed(client, table, column);
    expect(column === 'request' ? defs.map((d) => d.filter((v) => v !== 'content')) : defs).toEqual([[...values].sort()]);
  });
});
