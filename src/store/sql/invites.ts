/** SQL for `invites`: SIGNUP=invite lets only holders of an admin's code create an account. */
import type { Queryable } from '../db.js';

export async function insertInvite(db: Queryable, i: { codeHash: string; email: string | null; createdBy: string | null }): Promise<void> {
  await db.query('INSERT INTO invites (code_hash, email, created_by) VALUES ($1, $2, $3)', [i.codeHash, i.email, i.createdBy]);
}

/** Spends an unused invite (for this email, if it names one); false if there is none. */
export async function useInvite(db: Queryable, codeHash: string, email: string, userId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE invites SET used_by = $3, used_at = now() WHERE code_hash = $1 AND used_at IS NULL AND (email IS NULL OR email = $2)`,
    [codeHash, email, userId],
  );
  return rowCount === 1;
}
