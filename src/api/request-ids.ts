/**
 * Request ids. The id of a request is always made here, so it is unique and can be trusted in logs, stored
 * rows and error envelopes. A client's own `X-Request-Id` is kept beside it as the client's id — only when it
 * is a short safe token, never assumed unique — so a caller can still find its requests by its own id.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's own X-Request-Id when it is a safe token; null otherwise. Not unique: clients reuse ids. */
    clientRequestId: string | null;
  }
}

export function clientRequestIdOf(req: IncomingMessage): string | null {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : null;
}

/** Fastify options: a fresh id per request, and both ids bound into every log line of the request. */
export const requestIdOptions = {
  genReqId: () => randomUUID(),
  childLoggerFactory: (logger, bindings, options, rawReq) => {
    const clientRequestId = clientRequestIdOf(rawReq as IncomingMessage);
    return logger.child(clientRequestId ? { ...bindings, clientRequestId } : bindings, options);
  },
} satisfies Pick<FastifyServerOptions, 'genReqId' | 'childLoggerFactory'>;

/** Echoes both ids: `X-Request-Id` is the server's, `X-Client-Request-Id` the client's when it was kept. */
export function installRequestIds(app: FastifyInstance): void {
  app.decorateRequest('clientRequestId', null);
  app.addHook('onRequest', async (request, reply) => {
    request.clientRequestId = clientRequestIdOf(request.raw);
    void reply.header('x-request-id', request.id);
    if (request.clientRequestId) void reply.header('x-client-request-id', request.clientRequestId);
  });
}
