/**
 * SQL for `leases`: electing one instance for a background duty. Whoever holds an unexpired lease row is the
 * elected one; it renews the row on every round, and a holder that dies stops renewing, so the lease expires
 * and another instance takes it. Plain rows and short statements, so it works behind PgBouncer in
 * transaction mode (a session advisory lock would not).
 */
import type { Queryable } from '../db.js';

/** Takes or renews the lease `name` for `holder` for `ttlMs`; true if `holder` holds it now. */
export async function acquireLease(db: Queryable, name: string, holder: string, ttlMs: number): Promise<boolean> {
  const { rows } = await db.query<{ holder: string }>(
    `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000))
     ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
       WHERE leases.holder = EXCLUDED.holder OR leases.expires_at < now()
     RETURNING holder`,
    [name, holder, ttlMs],
  );
  return rows[0]?.holder === holder;
}

/** Gives the lease up at shutdown, so the next instance need not wait for it to expire. */
export async function releaseLease(db: Queryable, name: string, holder: string): Promise<void> {
  await db.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]);
}
