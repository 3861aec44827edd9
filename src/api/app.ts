/**
 * Builds the Fastify application: zod validation and serialization, the error envelope, request ids, the
 * caller context, the OpenAPI document and docs UI, and the routes. No I/O happens here but through `deps`.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler } from 'fastify-type-provider-zod';
import type { Services } from '../runtime.js';
import { ANONYMOUS_USER_ID } from '../store/sql/users.js';
import { clientErrorHandler, installErrorHandling } from './errors.js';
import { installRequestIds, requestIdOptions } from './request-ids.js';
import { registerSecurityHeaders } from './security-headers.js';
import { validatorCompiler } from './validator.js';
import { healthRoutes } from './routes/health.js';
import { conceptRoutes } from './routes/concepts.js';
import { controlRoutes } from './routes/control.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { progressRoutes } from './routes/progress.js';
import { roadmapRoutes } from './routes/roadmaps.js';

export type ApiDeps = Services;

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's user id. Every roadmap read and write is scoped to it. */
    ownerId: string;
  }
}

/**
 * How often Node looks for requests past their headers or request timeout. Its default (30 s) would let a slow
 * client hold a socket up to 30 s beyond the timeouts; a pass over the open connections each second is cheap.
 */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;

export async function buildApp(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    connectionTimeout: deps.config.HTTP_CONNECTION_TIMEOUT_MS,
    requestTimeout: deps.config.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeout: deps.config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    http: {
      headersTimeout: deps.config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: deps.config.HTTP_REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    },
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      disableRequestLogging: deps.config.NODE_ENV === 'production',
    }),
    ...requestIdOptions,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installRequestIds(app);

  app.decorateRequest('ownerId', '');
  app.addHook('onRequest', async (request) => {
    // Accounts are not built yet: every caller is the anonymous user. Authentication will set this hook.
    request.ownerId = ANONYMOUS_USER_ID;
  });

  await registerSecurityHeaders(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pathsmith API',
        version: '1.0.0',
        description: 'Personalised learning roadmaps: submit a goal, watch it being built, learn from it.',
      },
      tags: [{ name: 'roadmaps' }, { name: 'concepts' }, { name: 'progress' }, { name: 'health' }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // No validator badge: it is an image from another origin, which the CSP (rightly) refuses.
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(deps));
  await app.register(roadmapRoutes(deps));
  await app.register(controlRoutes(deps));
  await app.register(conceptRoutes(deps));
  await app.register(eventRoutes(deps));
  await app.register(progressRoutes(deps));
  await app.register(exportRoutes(deps));
  await (await import('./static.js')).registerWebApp(app);
  return app;
}
