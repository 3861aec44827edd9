/**
 * What the API reports about each request: its duration in http_request_duration_seconds (by route template,
 * never the raw path, so the label stays bounded), a server span when traces are on (continuing a client's
 * `traceparent`), and the 429s of quotas and rate limits in pathsmith_limit_rejections_total.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppError } from '../domain/errors.js';
import { httpRequestDuration, limitRejections } from '../telemetry/metrics.js';
import { carrierOf, tracer, type Span } from '../telemetry/tracing.js';

/** The route label of a request no route matched: one value, however many paths are probed. */
const UNMATCHED = 'unmatched';

const spans = new WeakMap<FastifyRequest, Span>();

export function installObservability(app: FastifyInstance): void {
  // Callback style: the rest of the request's lifecycle runs inside `done`, so inside the span.
  app.addHook('onRequest', (request, reply, done) => {
    const span = tracer().enter(
      request.method,
      { kind: 'server', parent: carrierOf(request.headers), attributes: { 'http.request.method': request.method, 'url.path': request.url.split('?')[0] } },
      done,
    );
    spans.set(request, span);
    // A client that leaves before the answer is finished gets no onResponse.
    reply.raw.once('close', () => span.end());
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? UNMATCHED;
    const span = spans.get(request);
    span?.rename(`${request.method} ${route}`);
    span?.setAttributes({ 'http.route': route, 'http.response.status_code': reply.statusCode });
    span?.end();
    // An event stream lasts as long as the learner watches: it is counted in pathsmith_sse_streams_open.
    if (String(reply.getHeader('content-type') ?? reply.raw.getHeader('content-type') ?? '').startsWith('text/event-stream')) return;
    httpRequestDuration.observe({ route, method: request.method, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
}

/** Counts a 429 under the limit that refused it. */
export function countLimitRejection(e: AppError, request: FastifyRequest): void {
  if (e.code === 'QUOTA_EXCEEDED') {
    const quota = (e.details as { quota?: string } | undefined)?.quota;
    limitRejections.inc({ limit: quota === 'tokensPerMonth' ? 'tokens_per_month' : 'roadmaps_per_day' });
  } else if (e.code === 'RATE_LIMITED') {
    // Logins and sign-ups are public routes: the only limit they meet is their own.
    const route = request.routeOptions.url;
    limitRejections.inc({ limit: route === '/v1/auth/login' ? 'login_attempts' : route === '/v1/auth/signup' ? 'signup_attempts' : 'write_rate' });
  }
}
