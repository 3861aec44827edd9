/**
 * WRITE_RATE_PER_MINUTE: every request that changes something counts against its user's per-minute budget
 * (accounts mode; the local learner is not limited), shared by all API instances, and says what is left in
 * the `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` headers. Past it: 429 RATE_LIMITED.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../runtime.js';
import type { Access } from './caller.js';
import type { LimitState, Limits } from './limits.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setRateLimitHeaders(reply: FastifyReply, state: LimitState): void {
  void reply.header('ratelimit-limit', String(state.limit));
  void reply.header('ratelimit-remaining', String(state.remaining));
  void reply.header('ratelimit-reset', String(state.resetSeconds));
}

export function installWriteLimits(app: FastifyInstance, deps: Services, limits: Limits, accessOf: (r: FastifyRequest) => Access): void {
  if (deps.config.authMode !== 'accounts') return;
  app.addHook('preHandler', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || accessOf(request) === 'public' || !request.caller) return;
    setRateLimitHeaders(reply, await limits.consumeWrite(request.caller.user.id));
  });
}
