/** /v1/api-keys: keys for scripts and the CLI (`Authorization: Bearer <key>`), shown once, stored hashed. */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { newApiKey, secretHash } from '../../accounts/tokens.js';
import { AppError } from '../../domain/errors.js';
import type { Services } from '../../runtime.js';
import { insertApiKey, listApiKeys, revokeApiKey } from '../../store/sql/api-keys.js';
import { apiKeyBodySchema, apiKeyCreatedSchema, apiKeyListSchema } from '../account-schemas.js';
import { apiKeyView } from '../account-views.js';
import { callerOf } from '../auth/caller.js';
import { errorSchema } from '../schemas.js';

const errors = { 400: errorSchema, 401: errorSchema, 404: errorSchema };

export function apiKeyRoutes(deps: Services): FastifyPluginAsyncZod {
  const { pool } = deps;
  return async (app) => {
    app.post(
      '/v1/api-keys',
      { schema: { summary: 'Create an API key; the key is in this answer only', tags: ['accounts'], body: apiKeyBodySchema, response: { 201: apiKeyCreatedSchema, ...errors } } },
      async (request, reply) => {
        const { user } = callerOf(request);
        const { key, prefix } = newApiKey();
        const row = await insertApiKey(pool, { id: randomUUID(), userId: user.id, name: request.body.name, prefix, keyHash: secretHash(key) });
        return reply.status(201).send({ ...apiKeyView(row), key });
      },
    );
    app.get('/v1/api-keys', { schema: { summary: 'Your API keys (never the keys themselves)', tags: ['accounts'], response: { 200: apiKeyListSchema, ...errors } } }, async (request) => ({
      items: (await listApiKeys(pool, callerOf(request).user.id)).map(apiKeyView),
    }));
    app.delete(
      '/v1/api-keys/:id',
      { schema: { summary: 'Revoke an API key', tags: ['accounts'], params: z.strictObject({ id: z.uuid() }), response: { 204: z.null().describe('No content'), ...errors } } },
      async (request, reply) => {
        if (!(await revokeApiKey(pool, callerOf(request).user.id, request.params.id))) throw new AppError('API_KEY_NOT_FOUND');
        return reply.status(204).send(null);
      },
    );
  };
}
