/** /v1/auth and /v1/me: sign-up, login and logout with server-side sessions, and who the caller is. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticate, createAccount, startSession } from '../../accounts/accounts.js';
import { secretHash } from '../../accounts/tokens.js';
import { AppError } from '../../domain/errors.js';
import type { Services } from '../../runtime.js';
import { withTransaction } from '../../store/db.js';
import { useInvite } from '../../store/sql/invites.js';
import { usageOf } from '../../store/sql/quotas.js';
import { deleteSession } from '../../store/sql/sessions.js';
import { loginBodySchema, meSchema, signupBodySchema } from '../account-schemas.js';
import { meView } from '../account-views.js';
import { callerOf } from '../auth/caller.js';
import type { Limits } from '../auth/limits.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../auth/session-cookie.js';
import { errorSchema } from '../schemas.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 409: errorSchema, 429: errorSchema };

export function authRoutes(deps: Services, limits: Limits): FastifyPluginAsyncZod {
  const { pool, config } = deps;
  const assertAccounts = () => {
    if (config.authMode !== 'accounts') throw new AppError('ACCOUNTS_DISABLED');
  };
  return async (app) => {
    app.post(
      '/v1/auth/signup',
      {
        config: { access: 'public' },
        schema: { summary: 'Create an account and log in (when SIGNUP allows it)', tags: ['accounts'], body: signupBodySchema, response: { 201: meSchema, ...errors } },
      },
      async (request, reply) => {
        assertAccounts();
        if (config.SIGNUP === 'closed') throw new AppError('SIGNUP_CLOSED');
        const { email, password, invite } = request.body;
        if (config.SIGNUP === 'invite' && !invite) throw new AppError('INVITE_REQUIRED');
        await limits.consumeSignup(request.ip);
        const user = await withTransaction(pool, async (client) => {
          const created = await createAccount(client, { email, password, role: 'learner' });
          if (!created) throw new AppError('EMAIL_TAKEN');
          if (invite && !(await useInvite(client, secretHash(invite), created.email ?? '', created.id))) throw new AppError('INVITE_REQUIRED');
          return created;
        });
        setSessionCookie(reply, request, config, await startSession(pool, user.id, config));
        request.log.info({ userId: user.id }, 'account created');
        return reply.status(201).send(meView(user, config));
      },
    );

    app.post(
      '/v1/auth/login',
      {
        config: { access: 'public' },
        schema: { summary: 'Log in: sets the session cookie', tags: ['accounts'], body: loginBodySchema, response: { 200: meSchema, ...errors } },
      },
      async (request, reply) => {
        assertAccounts();
        const { email, password } = request.body;
        await limits.assertLoginAllowed(email, request.ip);
        const user = await authenticate(pool, email, password);
        if (!user) {
          await limits.loginFailed(email, request.ip);
          throw new AppError('INVALID_CREDENTIALS');
        }
        await limits.loginSucceeded(email);
        setSessionCookie(reply, request, config, await startSession(pool, user.id, config));
        const usage = (await usageOf(pool, [user.id])).get(user.id);
        return meView(user, config, usage);
      },
    );

    app.post(
      '/v1/auth/logout',
      { schema: { summary: 'Log out: ends this session', tags: ['accounts'], response: { 204: z.null().describe('No content'), ...errors } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await deleteSession(pool, secretHash(token));
        clearSessionCookie(reply, request, config);
        return reply.status(204).send(null);
      },
    );

    app.get('/v1/me', { schema: { summary: 'Who you are, your usage and your quotas', tags: ['accounts'], response: { 200: meSchema, ...errors } } }, async (request) => {
      const { user } = callerOf(request);
      return meView(user, config, (await usageOf(pool, [user.id])).get(user.id));
    });
  };
}
