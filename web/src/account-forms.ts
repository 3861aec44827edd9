/**
 * The accounts forms' values turned into requests the API accepts, checked with the API's own schemas (as the
 * new-roadmap form is): sign-up and login, and an admin's change to a user (role, disabled, quota overrides).
 */
import type { z } from 'zod';
import { adminUserPatchSchema, loginBodySchema, signupBodySchema } from '../../src/api/account-schemas.js';
import type { AdminUser, AdminUserChange } from './api.js';
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

/** An admin's form for one user: quota overrides as typed, where empty means "the default". */
export interface UserValues {
  role: AdminUser['role'];
  disabled: boolean;
  roadmapsPerDay: string;
  activeRoadmaps: string;
  tokensPerMonth: string;
}
export type QuotaField = 'roadmapsPerDay' | 'activeRoadmaps' | 'tokensPerMonth';
export const QUOTA_FIELDS: readonly QuotaField[] = ['roadmapsPerDay', 'activeRoadmaps', 'tokensPerMonth'];

export function userValues(user: AdminUser): UserValues {
  const typed = (n: number | null) => (n === null ? '' : String(n));
  return {
    role: user.role,
    disabled: user.disabled,
    roadmapsPerDay: typed(user.overrides.roadmapsPerDay),
    activeRoadmaps: typed(user.overrides.activeRoadmaps),
    tokensPerMonth: typed(user.overrides.tokensPerMonth),
  };
}

/** The PATCH body for the form: every field, so what the admin sees is what the user gets; empty → null (the default). */
export function userChange(v: UserValues): { change: AdminUserChange } | { problems: Problems<QuotaField> } {
  const quota = (s: string) => (s.trim() === '' ? null : Number(s));
  const change = {
    role: v.role,
    disabled: v.disabled,
    quotas: { roadmapsPerDay: quota(v.roadmapsPerDay), activeRoadmaps: quota(v.activeRoadmaps), tokensPerMonth: quota(v.tokensPerMonth) },
  };
  const parsed = adminUserPatchSchema.safeParse(change);
  if (parsed.success) return { change };
  return { problems: fieldProblems(parsed.error.issues, (path) => (path[0] === 'quotas' && QUOTA_FIELDS.includes(path[1] as QuotaField) ? (path[1] as QuotaField) : undefined)) };
}
