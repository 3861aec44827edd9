/** Turns account rows into the API's response shapes. */
import type { z } from 'zod';
import { quotasOf } from '../accounts/quotas.js';
import type { Config } from '../config.js';
import type { ApiKeyRow } from '../store/sql/api-keys.js';
import type { UsageCounts } from '../store/sql/quotas.js';
import type { UserRow } from '../store/sql/users.js';
import type { adminUserSchema, apiKeySchema, meSchema } from './account-schemas.js';

const NO_USAGE: UsageCounts = { roadmapsToday: 0, oldestToday: null, activeRoadmaps: 0, tokensThisMonth: 0 };

function usageView(u: UsageCounts = NO_USAGE) {
  return { roadmapsToday: u.roadmapsToday, activeRoadmaps: u.activeRoadmaps, tokensThisMonth: u.tokensThisMonth };
}

export function meView(user: UserRow, config: Config, usage?: UsageCounts): z.infer<typeof meSchema> {
  return { id: user.id, email: user.email, role: user.role, mode: config.authMode, usage: usageView(usage), quotas: quotasOf(user, config) };
}

export function adminUserView(user: UserRow, config: Config, usage?: UsageCounts): z.infer<typeof adminUserSchema> {
  return {
    id: user.id,
    email: user.email ?? '',
    role: user.role,
    disabled: user.disabled_at !== null,
    createdAt: user.created_at.toISOString(),
    usage: usageView(usage),
    quotas: quotasOf(user, config),
    overrides: {
      roadmapsPerDay: user.quota_roadmaps_per_day,
      activeRoadmaps: user.quota_active_roadmaps,
      tokensPerMonth: user.quota_tokens_per_month === null ? null : Number(user.quota_tokens_per_month),
    },
  };
}

export function apiKeyView(k: ApiKeyRow): z.infer<typeof apiKeySchema> {
  return { id: k.id, name: k.name, prefix: k.prefix, createdAt: k.created_at.toISOString(), lastUsedAt: k.last_used_at?.toISOString() ?? null };
}
