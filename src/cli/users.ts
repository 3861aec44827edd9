/**
 * `pathsmith users create|list|disable`: accounts from the command line, for the operator — the first admin
 * of a deployment, or a user created by hand when SIGNUP=closed. `--adopt-local` hands the local learner's
 * roadmaps, progress and quiz attempts to the new account (moving from AUTH_MODE=local to accounts).
 */
import { randomBytes } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { createAccount } from '../accounts/accounts.js';
import { PASSWORD_LENGTH } from '../domain/passwords.js';
import { createPool, withTransaction, type Pool } from '../store/db.js';
import { deleteSessionsOf } from '../store/sql/sessions.js';
import { adoptLocal, findUserByEmail, listUsers, updateUser } from '../store/sql/users.js';

export interface CreateUserOptions {
  email: string;
  admin?: boolean;
  /** Read the password from standard input instead of generating one. */
  passwordStdin?: boolean;
  adoptLocal?: boolean;
}

async function withPool<T>(url: string, fn: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = createPool({ url, role: 'cli', max: 2, acquireTimeoutMs: 5000, statementTimeoutMs: 30_000 });
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}

/** Returns the exit code; prints the password when it generated one (it is shown this once). */
export async function createUser(url: string, o: CreateUserOptions): Promise<number> {
  const generated = !o.passwordStdin;
  const password = generated ? randomBytes(15).toString('base64url') : (await text(process.stdin)).replace(/\r?\n$/, '');
  if (password.length < PASSWORD_LENGTH.min) {
    console.error(`pathsmith: the password must have at least ${PASSWORD_LENGTH.min} characters`);
    return 1;
  }
  return withPool(url, async (pool) => {
    const result = await withTransaction(pool, async (client) => {
      const user = await createAccount(client, { email: o.email, password, role: o.admin ? 'admin' : 'learner' });
      if (!user) return null;
      return { user, adopted: o.adoptLocal ? await adoptLocal(client, user.id) : 0 };
    });
    if (!result) {
      console.error(`pathsmith: an account with the email ${o.email} already exists`);
      return 1;
    }
    console.log(`Created ${result.user.role} ${result.user.email} (${result.user.id}).`);
    if (o.adoptLocal) console.log(`It now owns the local learner's ${result.adopted} roadmap(s), with their progress.`);
    if (generated) console.log(`Password (shown once): ${password}`);
    return 0;
  });
}

export async function listAccounts(url: string): Promise<number> {
  return withPool(url, async (pool) => {
    const users = await listUsers(pool, 10_000);
    if (users.length === 0) console.log('No accounts yet (`pathsmith users create --email … --admin` creates the first admin).');
    else console.table(users.map((u) => ({ email: u.email, role: u.role, disabled: u.disabled_at !== null, created: u.created_at.toISOString(), id: u.id })));
    return 0;
  });
}

export async function disableAccount(url: string, email: string): Promise<number> {
  return withPool(url, async (pool) => {
    const user = await findUserByEmail(pool, email);
    if (!user || !(await updateUser(pool, user.id, { disabled: true }))) {
      console.error(`pathsmith: no account with the email ${email}`);
      return 1;
    }
    await deleteSessionsOf(pool, user.id);
    console.log(`Disabled ${email}: its sessions are ended and its API keys stop working.`);
    return 0;
  });
}
