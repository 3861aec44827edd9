/**
 * The accounts forms' values turned into requests the API accepts, checked with the API's own schemas (as the
 * new-roadmap form is): sign-up and login.
 */
import type { z } from 'zod';
import { loginBodySchema, signupBodySchema } from '../../src/api/account-schemas.js';
import { fieldProblems, type Problem } from './logic.js';

type Problems<F extends string> = Partial<Record<F, Problem>>;

export interface AuthValues {
  email: string;
  password: string;
  /** Sent only when the server asked for one (SIGNUP=invite). */
  invite: string;
}
export type AuthField = keyof AuthValues;
const AUTH_FIELDS: readonly PropertyKey[] = ['email', 'password', 'invite'];

export type AuthBody = z.input<typeof signupBodySchema>;

export function validateAuth(kind: 'login' | 'signup', v: AuthValues): { body: AuthBody } | { problems: Problems<AuthField> } {
  const invite = v.invite.trim();
  const body: AuthBody = { email: v.email.trim(), password: v.password, ...(kind === 'signup' && invite ? { invite } : {}) };
  const parsed = (kind === 'login' ? loginBodySchema : signupBodySchema).safeParse(body);
  if (parsed.success) return { body };
  return { problems: fieldProblems(parsed.error.issues, (path) => (AUTH_FIELDS.includes(path[0]!) ? (path[0] as AuthField) : undefined)) };
}
