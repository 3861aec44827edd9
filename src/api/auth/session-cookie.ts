/**
 * The login session's cookie: an opaque random token (its hash is the `sessions` row's key), httpOnly so page
 * scripts cannot read it, SameSite=Lax so other sites' requests do not carry it (and unsafe requests are also
 * checked for their origin), Secure whenever the request came over TLS.
 */
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';

export const SESSION_COOKIE = 'pathsmith_session';

function secure(config: Config, request: FastifyRequest): boolean {
  return config.COOKIE_SECURE === 'auto' ? request.protocol === 'https' : config.COOKIE_SECURE === 'true';
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(config, request),
    path: '/',
    maxAge: config.SESSION_TTL_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config): void {
  void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: secure(config, request), path: '/' });
}
