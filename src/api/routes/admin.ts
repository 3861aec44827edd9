/** /v1/admin: users with their usage and quotas, invite codes, and stuck work — for admins only. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { newSecret, secretHash } from '../../accounts/tokens.js';
import { AppError } from '../../domain/errors.js';
import { stuckWork } from '../../inspect/work.js';
import type { Services } from '../../runtime.js';
import { insertInvite } from '../../store/sql/invites.js';
import { usageOf } from '../../store/sql/quotas.js';
import { deleteSessionsOf } from '../../store/sql/sessions.js';
import { listUsers, updateUser } from '../../store/sql/users.js';
import { adminUserListSchema, adminUserPatchSchema, adminUserSchema, inviteBodySchema, inviteCreatedSchema, stuckListSchema, userIdParamsSchema } from '../account-schemas.js';
import { adminUserView } from '../account-views.js';
import { callerOf } from '../auth/caller.js';
import { errorSchema } from '../schemas.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
/** A roadmap unchanged for this long with no live job is stuck (the reconciler's grace, generously). */
const STUCK_AFTER_MS = 30_000;
const admin = { access: 'admin' as const };

export function adminRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool, config } = deps;
  return async (app) => {
    app.get('/v1/admin/users', { config: admin, schema: { summary: 'Users, their usage and quotas', tags: ['admin'], response: { 200: adminUserListSchema, ...errors } } }, async () => {
      const users = await listUsers(pool, 1000);
      const usage = await usageOf(pool, users.map((u) => u.id));
      return { items: users.map((u) => adminUserView(u, config, usage.get(u.id))) };
    });

    app.patch(
      '/v1/admin/users/:id',
      { config: admin, schema: { summary: "Change a user's role, disable or enable them, or set quota overrides", tags: ['admin'], params: userIdParamsSchema, body: adminUserPatchSchema, response: { 200: adminUserSchema, ...errors } } },
      async (request) => {
        const { role, disabled, quotas } = request.body;
        const user = await updateUser(pool, request.params.id, {
          role,
          disabled,
          quotaRoadmapsPerDay: quotas?.roadmapsPerDay,
          quotaActiveRoadmaps: quotas?.activeRoadmaps,
          quotaTokensPerMonth: quotas?.tokensPerMonth,
        });
        if (!user) throw new AppError('USER_NOT_FOUND');
        // A disabled account is logged out everywhere at once; its API keys stop working with it.
        if (disabled) await deleteSessionsOf(pool, user.id);
        request.log.info({ userId: user.id, by: callerOf(request).user.id, change: request.body }, 'user changed by an admin');
        return adminUserView(user, config, (await usageOf(pool, [user.id])).get(user.id));
      },
    );

    app.post(
      '/v1/admin/invites',
      { config: admin, schema: { summary: 'Create an invite code for SIGNUP=invite', tags: ['admin'], body: inviteBodySchema, response: { 201: inviteCreatedSchema, ...errors } } },
      async (request, reply) => {
        const code = newSecret(18);
        await insertInvite(pool, { codeHash: secretHash(code), email: request.body.email?.toLowerCase() ?? null, createdBy: callerOf(request).user.id });
        return reply.status(201).send({ code });
      },
    );

    app.get('/v1/admin/stuck', { config: admin, schema: { summary: 'Roadmaps that must have work but have no live job', tags: ['admin'], response: { 200: stuckListSchema, ...errors } } }, async () => ({
      items: (await stuckWork(deps, STUCK_AFTER_MS, 200)).map((r) => ({ id: r.id, ownerId: r.owner_id, status: r.status, step: r.step, updatedAt: r.updated_at.toISOString() })),
    }));
  };
}
