/**
 * Maps every error to the catalogue's envelope `{ error: { code, message, details?, requestId } }`.
 * Anything the client did wrong is a 4xx with a stable code; only a genuine fault is a 500, and its
 * internals stay in the log.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../domain/errors.js';
import { isDependencyUnavailable } from '../dependency-errors.js';
import { isPoolSaturated } from '../store/db.js';
import { countLimitRejection } from './observability.js';

/** Fastify's own client-error codes and what they mean in the catalogue. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
};

/** What the request stream reports when the client goes away: its socket, not a backing service, reset. */
const CLIENT_ABORT_CODES = new Set(['ECONNRESET', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE']);

/**
 * An error raised because the client aborted: one of those codes, on a request whose socket is gone. A reset
 * database or Redis socket carries the same code but also the failed `syscall`, and so is not taken for one.
 */
function isClientAbort(err: Error, request: FastifyRequest): boolean {
  const { code, syscall } = err as { code?: string; syscall?: string };
  const socket = request.raw.socket as FastifyRequest['raw']['socket'] | null;
  return CLIENT_ABORT_CODES.has(code ?? '') && syscall === undefined && (!socket || socket.destroyed);
}

function toAppError(err: FastifyError | Error, request: FastifyRequest): AppError {
  if (isClientAbort(err, request)) return new AppError('CLIENT_CLOSED_REQUEST', { cause: err });
  if (err instanceof AppError) return err;
  // The route validator's issues: the zod schema's, or unstorable text found before it (see validator.ts).
  const validation = (err as FastifyError).code === 'FST_ERR_VALIDATION' ? (err as FastifyError).validation : undefined;
  if (validation) {
    const where = (err as FastifyError).validationContext ?? 'body';
    return new AppError('VALIDATION_FAILED', {
      details: validation.map((v) => {
        const path = v.instancePath.split('/').filter(Boolean);
        // An unknown field is reported at the object that holds it; name the field itself.
        const keys = v.keyword === 'unrecognized_keys' ? ((v.params as { keys?: string[] }).keys ?? []) : [];
        return { field: [where, ...path, ...keys].join('.'), issue: v.keyword, message: v.message };
      }),
    });
  }
  const code = (err as FastifyError).code;
  if (code && FASTIFY_CODES[code]) return new AppError(FASTIFY_CODES[code], { cause: err });
  // JSON.parse failures surface as SyntaxError with a 400 status from the content-type parser.
  if (err instanceof SyntaxError && (err as FastifyError).statusCode === 400) return new AppError('INVALID_JSON', { cause: err });
  // Saturation is a fast answer, never a hang or a 500; an outage is a 503 the client can retry.
  if (isPoolSaturated(err)) return new AppError('SERVICE_BUSY', { retryAfter: 1, cause: err });
  if (isDependencyUnavailable(err)) return new AppError('DEPENDENCY_UNAVAILABLE', { retryAfter: 2, cause: err });
  const status = (err as FastifyError).statusCode;
  if (status === 413) return new AppError('BODY_TOO_LARGE', { cause: err });
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', { cause: err });
  if (status && status >= 400 && status < 500) return new AppError('VALIDATION_FAILED', { message: err.message, cause: err });
  return new AppError('INTERNAL', { cause: err });
}

export function sendError(reply: FastifyReply, request: FastifyRequest, e: AppError): FastifyReply {
  if (e.retryAfter !== undefined) void reply.header('retry-after', String(e.retryAfter));
  return reply.status(e.status).send({
    error: { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }), requestId: request.id },
  });
}

/** Errors of Node's HTTP parser, raised before there is a request: slow clients, oversized or broken heads. */
const PARSER_CODES: Record<string, ErrorCode> = { ERR_HTTP_REQUEST_TIMEOUT: 'REQUEST_TIMEOUT', HPE_HEADER_OVERFLOW: 'HEADERS_TOO_LARGE' };

/**
 * Fastify's clientErrorHandler: the same envelope as every other error, written straight to the socket (there
 * is no request, hence a fresh requestId), then the connection is closed.
 */
export function clientErrorHandler(this: FastifyInstance, err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const e = new AppError(PARSER_CODES[err.code ?? ''] ?? 'MALFORMED_REQUEST');
  const body = JSON.stringify({ error: { code: e.code, message: e.message, requestId: randomUUID() } });
  this.log.debug({ code: e.code, reason: err.code ?? err.message }, 'connection closed by the HTTP parser');
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${e.status} ${STATUS_CODES[e.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const e = toAppError(err, request);
    // A client that left is logged once, by the close listener below; nobody is left to read an answer.
    if (e.code === 'CLIENT_CLOSED_REQUEST') return sendError(reply, request, e);
    if (e.status === 429) countLimitRejection(e, request);
    if (e.status >= 500) request.log.error({ err, code: e.code }, 'request failed');
    else request.log.info({ code: e.code, status: e.status }, 'request rejected');
    return sendError(reply, request, e);
  });
  // A client may leave while it sends its request or while we work on the answer (whose work still runs to
  // its end): either way the connection closes before the answer is finished. One debug line, with which.
  app.addHook('onRequest', async (request, reply) => {
    reply.raw.once('close', () => {
      if (reply.raw.writableFinished) return;
      const reason = request.raw.complete ? 'closed before the answer was sent' : 'closed while sending the request';
      request.log.debug({ code: 'CLIENT_CLOSED_REQUEST' satisfies ErrorCode, reason }, 'client closed the request');
    });
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, request, new AppError('ROUTE_NOT_FOUND')));
}
