/** Request and response schemas of the accounts routes: sign-up and login, the caller, API keys, admin, shares. */
import { z } from 'zod';
import { AUTH_MODES, USER_ROLES } from '../domain/enums.js';
import { QUOTA_MAX } from '../domain/quotas.js';
import { outlineSchema } from '../domain/roadmap.js';
import { PASSWORD_LENGTH } from '../domain/passwords.js';

const email = z.email().max(254).describe('Compared without case: one account per address.');
const password = z.string().min(PASSWORD_LENGTH.min).max(PASSWORD_LENGTH.max).describe(`At least ${PASSWORD_LENGTH.min} characters.`);

export const loginBodySchema = z.strictObject({ email, password: z.string().min(1).max(PASSWORD_LENGTH.max) }).meta({ id: 'Login' });
export const signupBodySchema = z
  .strictObject({ email, password, invite: z.string().min(1).max(200).optional().describe('The invite code, when the server takes accounts by invitation.') })
  .meta({ id: 'Signup' });

const limit = (max: number) => z.number().int().min(0).max(max).describe('0: no limit');
const limits = { roadmapsPerDay: limit(QUOTA_MAX.roadmapsPerDay), activeRoadmaps: limit(QUOTA_MAX.activeRoadmaps), tokensPerMonth: limit(QUOTA_MAX.tokensPerMonth) };
export const quotasSchema = z.object(limits).meta({ id: 'Quotas' });
export const usageSchema = z
  .object({ roadmapsToday: z.number().int(), activeRoadmaps: z.number().int(), tokensThisMonth: z.number().int() })
  .meta({ id: 'Usage' });

export const meSchema = z
  .object({
    id: z.uuid(),
    email: z.string().nullable().describe('null for the local learner of AUTH_MODE=local'),
    role: z.enum(USER_ROLES),
    mode: z.enum(AUTH_MODES),
    usage: usageSchema,
    quotas: quotasSchema,
  })
  .meta({ id: 'Me' });

export const apiKeyBodySchema = z.strictObject({ name: z.string().trim().min(1).max(100) }).meta({ id: 'ApiKeyRequest' });
export const apiKeySchema = z
  .object({ id: z.uuid(), name: z.string(), prefix: z.string().describe('The first characters of the key, to tell keys apart.'), createdAt: z.iso.datetime(), lastUsedAt: z.iso.datetime().nullable() })
  .meta({ id: 'ApiKey' });
export const apiKeyCreatedSchema = apiKeySchema.extend({ key: z.string().describe('Shown this once; send it as `Authorization: Bearer <key>`.') }).meta({ id: 'ApiKeyCreated' });
export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) });

export const adminUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(USER_ROLES),
    disabled: z.boolean(),
    createdAt: z.iso.datetime(),
    usage: usageSchema,
    quotas: quotasSchema.describe('In force: the override where one is set, else the default.'),
    overrides: z.object({ roadmapsPerDay: limits.roadmapsPerDay.nullable(), activeRoadmaps: limits.activeRoadmaps.nullable(), tokensPerMonth: limits.tokensPerMonth.nullable() }),
  })
  .meta({ id: 'AdminUser' });
export const adminUserListSchema = z.object({ items: z.array(adminUserSchema) });
export const adminUserPatchSchema = z
  .strictObject({
    role: z.enum(USER_ROLES).optional(),
    disabled: z.boolean().optional(),
    quotas: z
      .strictObject({
        roadmapsPerDay: limits.roadmapsPerDay.nullable().optional(),
        activeRoadmaps: limits.activeRoadmaps.nullable().optional(),
        tokensPerMonth: limits.tokensPerMonth.nullable().optional(),
      })
      .optional()
      .describe('null restores the default.'),
  })
  .meta({ id: 'AdminUserChange' });
export const userIdParamsSchema = z.strictObject({ id: z.uuid() });
export const inviteBodySchema = z.strictObject({ email: email.optional().describe('Only this address may use it.') }).meta({ id: 'InviteRequest' });
export const inviteCreatedSchema = z.object({ code: z.string().describe('Shown this once.') }).meta({ id: 'Invite' });
export const stuckListSchema = z
  .object({ items: z.array(z.object({ id: z.uuid(), ownerId: z.uuid(), status: z.string(), step: z.string(), updatedAt: z.iso.datetime() })) })
  .meta({ id: 'StuckWork' });

export const shareSchema = z.object({ token: z.string(), url: z.string(), createdAt: z.iso.datetime() }).meta({ id: 'Share' });
export const shareTokenParamsSchema = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'a share token') });
export const sharedRoadmapSchema = z
  .object({
    title: z.string(),
    goal: z.string(),
    outline: outlineSchema,
    concepts: z.record(z.string(), z.object({ tutorial: z.unknown().optional(), resources: z.unknown().optional(), quiz: z.unknown().optional() })),
    sharedAt: z.iso.datetime(),
  })
  .meta({ id: 'SharedRoadmap' });
