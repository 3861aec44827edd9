/**
 * Who is calling, and may they (DESIGN.md "Accounts, ownership, limits"). One place for all of it:
 * - `onRequest` resolves the caller — the local learner in AUTH_MODE=local; in accounts mode a Bearer API key
 *   or the session cookie — and enforces the route's access (`config.access`: `public`, `user` — the default
 *   for every /v1 route — or `admin`): no caller → 401 UNAUTHENTICATED, no admin → 403 FORBIDDEN. A request
 *   that changes something and is authenticated by the browser's cookie must say it comes from this site
 *   (Origin or Sec-Fetch-Site), so another site cannot make a learner's browser act for it.
 * - `preHandler` (after the params are validated) loads the roadmap of every `/v1/roadmaps/:id…` route and
 *   checks that the caller owns it: another user's roadmap is a 404, exactly like one that does not exist.
 *   Handlers read it as `request.roadmap`; none checks ownership itself.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { UserRole } from '../../domain/enums.js';
import { AppError } from '../../domain/errors.js';
import { findConcept } from '../../domain/roadmap.js';
import type { Services } from '../../runtime.js';
import { apiKeyUser } from '../../store/sql/api-keys.js';
import { getRoadmap, type RoadmapRow } from '../../store/sql/roadmaps.js';
import { sessionUser } from '../../store/sql/sessions.js';
import { getUser, LOCAL_USER_ID, type UserRow } from '../../store/sql/users.js';
import { secretHash } from '../../accounts/tokens.js';
import { SESSION_COOKIE } from './session-cookie.js';
import type {} from '@fastify/cookie';
import { sendError } from '../errors.js';
import { QUEUE_DASHBOARD_PATH } from '../queue-dashboard.js';

export type Access = 'public' | 'user' | 'admin';

export interface Caller {
  user: UserRow;
  via: 'local' | 'session' | 'api_key';
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; default `user` under /v1, `admin` for the queue dashboard, `public` elsewhere. */
    access?: Access;
  }
  interface FastifyRequest {
    caller: Caller | null;
    /** The roadmap of a `/v1/roadmaps/:id…` route, owned by the caller (set by the ownership hook). */
    roadmap: RoadmapRow | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ROADMAP_ROUTE = /^\/v1\/roadmaps\/:id(\/|$)/;

/** A route's access unless it says otherwise: the API needs a caller, the queue dashboard an admin. */
export function defaultAccess(url: string): Access {
  if (url.startsWith('/v1/')) return 'user';
  if (url === QUEUE_DASHBOARD_PATH || url.startsWith(`${QUEUE_DASHBOARD_PATH}/`)) return 'admin';
  return 'public';
}

export function accessOf(request: FastifyRequest): Access {
  return request.routeOptions.config.access ?? defaultAccess(request.routeOptions.url ?? '');
}

/** The caller, who the access rules have already let in (for handlers of `user` and `admin` routes). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new AppError('UNAUTHENTICATED');
  return request.caller;
}

/** The owned roadmap of a `/v1/roadmaps/:id…` route. */
export function roadmapOf(request: FastifyRequest): RoadmapRow {
  if (!request.roadmap) throw new AppError('ROADMAP_NOT_FOUND');
  return request.roadmap;
}

/** Where a concept of the owned roadmap's outline sits; an id the outline does not have is a 404. */
export function conceptOf(row: Pick<RoadmapRow, 'outline'>, conceptId: string): NonNullable<ReturnType<typeof findConcept>> {
  const found = findConcept(row.outline, conceptId);
  if (!found) throw new AppError('CONCEPT_NOT_FOUND');
  return found;
}

export function isRole(caller: Caller | null, role: UserRole): boolean {
  return caller?.user.role === role;
}

async function resolve(deps: Services, request: FastifyRequest, local: () => Promise<UserRow | null>): Promise<Caller | null> {
  if (deps.config.authMode === 'local') {
    const user = await local();
    return user ? { user, via: 'local' } : null;
  }
  const auth = request.headers.authorization;
  if (auth !== undefined) {
    const key = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
    const user = key ? await apiKeyUser(deps.pool, secretHash(key)) : null;
    // A key that is sent but not valid is an error, never a silent fallback to the cookie.
    if (!user) throw new AppError('UNAUTHENTICATED', { message: 'The API key is not valid (revoked, or mistyped).' });
    return { user, via: 'api_key' };
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const user = await sessionUser(deps.pool, secretHash(token), deps.config.SESSION_TTL_HOURS * 3600_000);
  return user ? { user, via: 'session' } : null;
}

/**
 * A request from a browser names where it comes from. With cookie authentication (or in local mode, where
 * any page a browser opens could otherwise drive the local API), an unsafe request must come from this site.
 */
function assertSameSite(request: FastifyRequest, caller: Caller | null, publicBase: string): void {
  if (SAFE_METHODS.has(request.method) || caller?.via === 'api_key') return;
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  if (site === 'same-origin' || site === 'none') return;
  if (site === undefined && origin !== undefined) {
    const own = [`${request.protocol}://${request.host}`, publicBase].filter(Boolean);
    if (own.includes(origin)) return;
  }
  const fromBrowser = site !== undefined || origin !== undefined;
  if (caller?.via === 'session' || fromBrowser) throw new AppError('CROSS_SITE_REQUEST');
}

export function installAccess(app: FastifyInstance, deps: Services): void {
  const publicBase = deps.config.PUBLIC_BASE_URL.replace(/\/$/, '');
  // The local learner never changes while the server runs: read once, not on every request.
  let localUser: Promise<UserRow | null> | null = null;
  const local = async () => {
    localUser ??= getUser(deps.pool, LOCAL_USER_ID);
    try {
      return await localUser;
    } catch (err) {
      localUser = null; // the database was away: ask again next time
      throw err;
    }
  };
  app.decorateRequest('caller', null);
  app.decorateRequest('roadmap', null);
  app.addHook('onRequest', async (request, reply) => {
    const access = accessOf(request);
    // A public page or read needs no caller: no session lookup for static files, health checks or shared views.
    if (access === 'public' && SAFE_METHODS.has(request.method)) return;
    try {
      request.caller = await resolve(deps, request, local);
      assertSameSite(request, request.caller, publicBase);
      if (access === 'public') return;
      if (!request.caller) throw new AppError('UNAUTHENTICATED');
      if (access === 'admin' && !isRole(request.caller, 'admin')) throw new AppError('FORBIDDEN');
    } catch (err) {
      // Answered here, in the catalogue's envelope, so a plugin with an error handler of its own (the queue
      // dashboard) cannot turn a refusal into something else.
      if (!(err instanceof AppError)) throw err;
      request.log.info({ code: err.code, status: err.status }, 'request refused');
      return sendError(reply, request, err);
    }
  });
  app.addHook('preHandler', async (request) => {
    if (!ROADMAP_ROUTE.test(request.routeOptions.url ?? '') || !request.caller) return;
    const { id } = request.params as { id: string };
    const row = await getRoadmap(deps.pool, id);
    if (!row || row.owner_id !== request.caller.user.id) throw new AppError('ROADMAP_NOT_FOUND');
    request.roadmap = row;
  });
}
