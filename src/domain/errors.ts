/**
 * The error catalogue: every error a client can see has a stable `code`, an HTTP status and a message.
 * Codes never change meaning once published; add new ones instead.
 */

interface ErrorSpec {
  readonly status: number;
  readonly message: string;
}

export const ERROR_CATALOGUE = {
  MALFORMED_REQUEST: { status: 400, message: 'The request is not valid HTTP.' },
  REQUEST_TIMEOUT: { status: 408, message: 'The request was not received in time.' },
  HEADERS_TOO_LARGE: { status: 431, message: 'The request headers are larger than the API accepts.' },
  VALIDATION_FAILED: { status: 400, message: 'The request does not match the schema; see details.' },
  INVALID_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  INVALID_CURSOR: { status: 400, message: 'The pagination cursor is not one this API issued.' },
  BODY_TOO_LARGE: { status: 413, message: 'The request body is larger than the API accepts.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the request body as application/json.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'No such route.' },
  ROADMAP_NOT_FOUND: { status: 404, message: 'No roadmap with this id.' },
  CONCEPT_NOT_FOUND: { status: 404, message: 'The roadmap has no concept with this id.' },
  NOT_AWAITING_REVIEW: { status: 409, message: 'The roadmap is not waiting for a review.' },
  NOT_RETRYABLE: { status: 409, message: 'Only a partial, failed or cancelled roadmap can be retried.' },
  ALREADY_FINISHED: { status: 409, message: 'The roadmap has already finished.' },
  CONTENT_NOT_READY: { status: 409, message: 'Content is generated once the outline is final; this roadmap has none yet.' },
  IDEMPOTENCY_KEY_MISMATCH: {
    status: 422,
    message: 'This Idempotency-Key was already used with a different request body.',
  },
  CLIENT_CLOSED_REQUEST: { status: 499, message: 'The client closed the connection before the answer was sent.' },
  SERVICE_BUSY: { status: 503, message: 'The service is at capacity; retry after the indicated delay.' },
  DEPENDENCY_UNAVAILABLE: { status: 503, message: 'A backing service (database or queue) is unreachable.' },
  INTERNAL: { status: 500, message: 'An unexpected error occurred; it has been logged.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  /** Seconds the client should wait before retrying (sent as Retry-After). */
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, options: { message?: string; details?: unknown; retryAfter?: number; cause?: unknown } = {}) {
    super(options.message ?? ERROR_CATALOGUE[code].message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = options.details;
    this.retryAfter = options.retryAfter;
  }
}

/**
 * Errors a worker step can throw. `retryable` decides whether the queue should try the job again:
 * a timeout or an unreachable dependency can heal, a bad request or an impossible outline cannot.
 */
export class StepError extends Error {
  readonly retryable: boolean;
  constructor(message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'StepError';
    this.retryable = options.retryable;
  }
}
