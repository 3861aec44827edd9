/** SQL for `users`: accounts, their roles and quota overrides, and the local learner of AUTH_MODE=local. */
import type { UserRole } from '../../domain/enums.js';
import type { Queryable } from '../db.js';

/** The one learner of AUTH_MODE=local, created by the first migration; in accounts mode nobody can log in as it. */
export const LOCAL_USER_ID = '00000000-0000-4000-8000-000000000000';

export interface UserRow {
  id: string;
  email: string | null;
  display_name: string;
  password_hash: string | null;
  role: UserRole;
  disabled_at: Date | null;
  quota_roadmaps_per_day: number | null;
  quota_active_roadmaps: number | null;
  /** bigint, read as a string by pg. */
  quota_tokens_per_month: string | null;
  created_at: Date;
}

/** Emails compare without case: one account per address. */
export const normalEmail = (email: string) => email.trim().toLowerCase();

/** Creates a user; null if the email is taken. */
export async function insertUser(db: Queryable, u: { id: string; email: string; passwordHash: string; role: UserRole }): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users (id, email, password_hash, role) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING RETURNING *`,
    [u.id, normalEmail(u.email), u.passwordHash, u.role],
  );
  return rows[0] ?? null;
}

export async function getUser(db: Queryable, id: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
  return rows[0] ?? null;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE email = $1', [normalEmail(email)]);
  return rows[0] ?? null;
}

/** The user row locked until the transaction ends: admission decisions per user are serialised by it. */
export async function lockUser(db: Queryable, id: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE id = $1 FOR UPDATE', [id]);
  return rows[0] ?? null;
}

/** Accounts with an email (the local learner has none), newest first. */
export async function listUsers(db: Queryable, limit: number): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE email IS NOT NULL ORDER BY created_at DESC LIMIT $1', [limit]);
  return rows;
}

export interface UserChanges {
  role?: UserRole;
  disabled?: boolean;
  /** null restores the configured default; undefined leaves it as it is. */
  quotaRoadmapsPerDay?: number | null;
  quotaActiveRoadmaps?: number | null;
  quotaTokensPerMonth?: number | null;
}

export async function updateUser(db: Queryable, id: string, c: UserChanges): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `UPDATE users SET
       role = coalesce($2, role),
       disabled_at = CASE WHEN $3::boolean IS NULL THEN disabled_at WHEN $3 THEN coalesce(disabled_at, now()) ELSE NULL END,
       quota_roadmaps_per_day = CASE WHEN $4 THEN $5 ELSE quota_roadmaps_per_day END,
       quota_active_roadmaps = CASE WHEN $6 THEN $7 ELSE quota_active_roadmaps END,
       quota_tokens_per_month = CASE WHEN $8 THEN $9 ELSE quota_tokens_per_month END
     WHERE id = $1 AND email IS NOT NULL RETURNING *`,
    [
      id,
      c.role ?? null,
      c.disabled ?? null,
      c.quotaRoadmapsPerDay !== undefined,
      c.quotaRoadmapsPerDay ?? null,
      c.quotaActiveRoadmaps !== undefined,
      c.quotaActiveRoadmaps ?? null,
      c.quotaTokensPerMonth !== undefined,
      c.quotaTokensPerMonth ?? null,
    ],
  );
  return rows[0] ?? null;
}

/** Gives the local learner's roadmaps, progress and quiz attempts to `userId` (moving from local to accounts). */
export async function adoptLocal(db: Queryable, userId: string): Promise<number> {
  const { rowCount } = await db.query('UPDATE roadmaps SET owner_id = $1 WHERE owner_id = $2', [userId, LOCAL_USER_ID]);
  await db.query('UPDATE concept_progress SET owner_id = $1 WHERE owner_id = $2', [userId, LOCAL_USER_ID]);
  await db.query('UPDATE quiz_attempts SET owner_id = $1 WHERE owner_id = $2', [userId, LOCAL_USER_ID]);
  return rowCount ?? 0;
}

/** Locks several users' rows until the transaction ends, in id order (so two such transactions cannot deadlock). */
export async function lockUsers(db: Queryable, ids: readonly string[]): Promise<Map<string, UserRow>> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
  return new Map(rows.map((u) => [u.id, u]));
}
