/**
 * Builds the Fastify application: zod validation and serialization, the error envelope, request ids, who the
 * caller is and what they may do, the OpenAPI document and docs UI, and the routes. No I/O happens here but
 * through `deps`.
 */
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler } from 'fastify-type-provider-zod';
import type { Services } from '../runtime.js';
import { prettyLogs } from '../telemetry/logger.js';
import { accessOf, defaultAccess, installAccess } from './auth/caller.js';
import { createLimits } from './auth/limits.js';
import { installWriteLimits } from './auth/write-limits.js';
import { clientErrorHandler, installErrorHandling } from './errors.js';
import { installObservability } from './observability.js';
import { installRequestIds, requestIdOptions } from './request-ids.js';
import { registerQueueDashboard } from './queue-dashboard.js';
import { registerSecurityHeaders } from './security-headers.js';
import { validatorCompiler } from './validator.js';
import { adminRoutes } from './routes/admin.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { authRoutes } from './routes/auth.js';
import { healthRoutes } from './routes/health.js';
import { conceptRoutes } from './routes/concepts.js';
import { createRoadmapRoute } from './routes/create-roadmap.js';
import { outlineRoutes } from './routes/outline.js';
import { controlRoutes } from './routes/control.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { progressRoutes } from './routes/progress.js';
import { reviewRoutes } from './routes/reviews.js';
import { roadmapRoutes } from './routes/roadmaps.js';
import { scheduleRoutes } from './routes/schedule.js';
import { shareRoutes } from './routes/shares.js';
import { tutorRoutes } from './routes/tutor.js';

export type ApiDeps = Services;

/** How a route is authenticated, in the OpenAPI document: a session cookie from the web app, or an API key. */
const SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: 'pathsmith_session', description: 'Set by POST /v1/auth/login (AUTH_MODE=accounts).' },
  apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from POST /v1/api-keys.' },
} as const;

/**
 * How often Node looks for requests past their headers or request timeout. Its default (30 s) would let a slow
 * client hold a socket up to 30 s beyond the timeouts; a pass over the open connections each second is cheap.
 */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;

export async function buildApp(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    trustProxy: deps.config.TRUST_PROXY,
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
      disableRequestLogging: !(deps.config.LOG_REQUESTS ?? (deps.config.NODE_ENV !== 'production' && !prettyLogs(deps.config))),
    }),
    ...requestIdOptions,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installObservability(app);
  installErrorHandling(app);
  installRequestIds(app);
  // Every route says in the OpenAPI document whether it needs a caller (the ownership test reads it).
  app.addHook('onRoute', (route) => {
    const access = route.config?.access ?? defaultAccess(route.url);
    route.schema = { ...route.schema, security: access === 'public' ? [] : [{ session: [] }, { apiKey: [] }] } as typeof route.schema;
  });

  registerSecurityHeaders(app);
  await app.register(cookie);
  const limits = createLimits(deps.config, deps.pool, deps.logger);
  app.addHook('onClose', () => limits.close());
  installAccess(app, deps);
  installWriteLimits(app, deps, limits, accessOf);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pathsmith API',
        version: '1.0.0',
        description: 'Personalised learning roadmaps: submit a goal, watch it being built, learn from it.',
      },
      tags: [{ name: 'roadmaps' }, { name: 'concepts' }, { name: 'progress' }, { name: 'sharing' }, { name: 'accounts' }, { name: 'admin' }, { name: 'health' }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // No validator badge: it is an image from another origin, which the CSP (rightly) refuses.
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(deps));
  await app.register(createRoadmapRoute(deps));
  await app.register(roadmapRoutes(deps));
  await app.register(controlRoutes(deps));
  await app.register(outlineRoutes(deps));
  await app.register(conceptRoutes(deps));
  await app.register(eventRoutes(deps));
  await app.register(tutorRoutes(deps));
  await app.register(progressRoutes(deps));
  await app.register(scheduleRoutes(deps));
  await app.register(reviewRoutes(deps));
  await app.register(exportRoutes(deps));
  await app.register(authRoutes(deps, limits));
  await app.register(apiKeyRoutes(deps));
  await app.register(shareRoutes(deps));
  await app.register(adminRoutes(deps));
  await registerQueueDashboard(app, deps.queues);
  await (await import('./static.js')).registerWebApp(app);
  return app;
}
