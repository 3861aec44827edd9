/** SQL for `sessions`: server-side login sessions, found by the hash of the cookie's token. */
import type { Queryable } from '../db.js';
import type { UserRow } from './users.js';

export async function insertSession(db: Queryable, s: { tokenHash: string; userId: string; ttlMs: number }): Promise<Date> {
  const { rows } = await db.query<{ expires_at: Date }>(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000))
     RETURNING expires_at`,
    [s.tokenHash, s.userId, s.ttlMs],
  );
  return rows[0]!.expires_at;
}

/**
 * The live session's user (not expired, not disabled). A session used again after a tenth of its lifetime
 * is extended, so an active learner stays logged in and the row is written at most that often.
 */
export async function sessionUser(db: Queryable, tokenHash: string, ttlMs: number): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `WITH s AS (
       UPDATE sessions SET last_seen_at = now(),
         expires_at = CASE WHEN last_seen_at < now() - make_interval(secs => $2::double precision / 10000)
                           THEN now() + make_interval(secs => $2::double precision / 1000) ELSE expires_at END
       WHERE token_hash = $1 AND expires_at > now()
       RETURNING user_id)
     SELECT u.* FROM users u JOIN s ON s.user_id = u.id WHERE u.disabled_at IS NULL`,
    [tokenHash, ttlMs],
  );
  return rows[0] ?? null;
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Every session of a user (disabled accounts, for instance). */
export async function deleteSessionsOf(db: Queryable, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}
