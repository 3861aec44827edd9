/** Accounts as the API and the CLI use them: creating one, checking a password, starting a session. */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import type { UserRole } from '../domain/enums.js';
import type { Queryable } from '../store/db.js';
import { insertSession } from '../store/sql/sessions.js';
import { findUserByEmail, insertUser, type UserRow } from '../store/sql/users.js';
import type { Logger } from '../telemetry/logger.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './passwords.js';
import { newSecret, secretHash } from './tokens.js';

/** The new user, or null if the email is taken. */
export async function createAccount(db: Queryable, a: { email: string; password: string; role: UserRole }): Promise<UserRow | null> {
  return insertUser(db, { id: randomUUID(), email: a.email, passwordHash: await hashPassword(a.password), role: a.role });
}

/** The user whose password this is, or null; an unknown email costs a hash too, so timing tells nothing. */
export async function authenticate(db: Queryable, email: string, password: string): Promise<UserRow | null> {
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(password, user?.password_hash ?? DECOY_HASH);
  return ok && user && !user.disabled_at ? user : null;
}

/** A new session for the user; returns the cookie's token (only its hash is stored). */
export async function startSession(db: Queryable, userId: string, config: Config): Promise<string> {
  const token = newSecret();
  await insertSession(db, { tokenHash: secretHash(token), userId, ttlMs: config.SESSION_TTL_HOURS * 3600_000 });
  return token;
}

/** ADMIN_EMAIL/ADMIN_PASSWORD: the first admin of a new deployment, created once at start. */
export async function ensureAdmin(db: Queryable, config: Config, logger: Logger): Promise<void> {
  if (!config.ADMIN_EMAIL || !config.ADMIN_PASSWORD || config.authMode !== 'accounts') return;
  const created = await createAccount(db, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD, role: 'admin' });
  if (created) logger.info({ userId: created.id, email: created.email }, 'admin account created from ADMIN_EMAIL');
}
