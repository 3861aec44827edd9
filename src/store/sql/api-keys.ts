/** SQL for `api_keys`: shown once, stored as a hash, found by it on every request that carries one. */
import type { Queryable } from '../db.js';
import type { UserRow } from './users.js';

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
}

export async function insertApiKey(db: Queryable, k: { id: string; userId: string; name: string; prefix: string; keyHash: string }): Promise<ApiKeyRow> {
  const { rows } = await db.query<ApiKeyRow>(
    `INSERT INTO api_keys (id, user_id, name, prefix, key_hash) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, name, prefix, created_at, last_used_at`,
    [k.id, k.userId, k.name, k.prefix, k.keyHash],
  );
  return rows[0]!;
}

export async function listApiKeys(db: Queryable, userId: string): Promise<ApiKeyRow[]> {
  const { rows } = await db.query<ApiKeyRow>(
    `SELECT id, name, prefix, created_at, last_used_at FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at`,
    [userId],
  );
  return rows;
}

/** Revokes one of the user's keys; false if there is no such live key of theirs. */
export async function revokeApiKey(db: Queryable, userId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL', [id, userId]);
  return rowCount === 1;
}

/** The user of a live key (not revoked, account not disabled); marks the key used at most once a minute. */
export async function apiKeyUser(db: Queryable, keyHash: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `WITH k AS (
       UPDATE api_keys SET last_used_at = CASE WHEN last_used_at IS NULL OR last_used_at < now() - interval '1 minute' THEN now() ELSE last_used_at END
       WHERE key_hash = $1 AND revoked_at IS NULL
       RETURNING user_id)
     SELECT u.* FROM users u JOIN k ON k.user_id = u.id WHERE u.disabled_at IS NULL`,
    [keyHash],
  );
  return rows[0] ?? null;
}
