/**
 * The role pools keep no session state, so they work behind PgBouncer in transaction mode: the statement
 * timeout holds inside a transaction (SET LOCAL) and is gone after it, no connection carries it as a setting,
 * and a single statement nothing caps server-side is still cut by the client-side timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, withTransaction, type Pool } from '../../src/store/db.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

describe('role pools', () => {
  let db: TestDatabase;
  let pool: Pool;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    pool = createPool({ url: db.url, role: 'test', max: 1, acquireTimeoutMs: 5000, statementTimeoutMs: 300 });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  const setting = async () => (await pool.query<{ statement_timeout: string }>('SHOW statement_timeout')).rows[0]!.statement_timeout;

  it('sets the statement timeout per transaction, and only there', async () => {
    // The connection itself starts with the server's default: nothing was sent at startup.
    expect(await setting()).toBe('0');
    const inside = await withTransaction(pool, async (c) => (await c.query<{ statement_timeout: string }>('SHOW statement_timeout')).rows[0]!.statement_timeout);
    expect(inside).toBe('300ms');
    // The same (only) connection, after the transaction: the setting ended with it.
    expect(await setting()).toBe('0');
  });

  it('cancels a slow statement in a transaction on the server, and the connection stays usable', async () => {
    await expect(withTransaction(pool, (c) => c.query('SELECT pg_sleep(2)'))).rejects.toMatchObject({ code: '57014' });
    expect((await pool.query('SELECT 1 AS one')).rows[0]).toEqual({ one: 1 });
  });

  it('cuts a slow single statement on the client', async () => {
    const started = Date.now();
    await expect(pool.query('SELECT pg_sleep(3)')).rejects.toThrow(/Query read timeout/);
    expect(Date.now() - started).toBeLessThan(2500);
    expect((await pool.query('SELECT 1 AS one')).rows[0]).toEqual({ one: 1 });
  });
});
