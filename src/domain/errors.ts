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
  NOT_RETRYABLE: { status: 409, message: 'Only a partial, failed or cancelled roadmap, or one whose work was lost, can be retried.' },
  RUN_IN_PROGRESS: { status: 409, message: "The roadmap's work is live in the queue; there is nothing to retry." },
  REGENERATE_IN_PROGRESS: { status: 409, message: 'A new version of this piece is already being generated; wait for it to finish.' },
  ALREADY_FINISHED: { status: 409, message: 'The roadmap has already finished.' },
  MODULE_NOT_FOUND: { status: 404, message: 'The roadmap has no module with this id.' },
  OUTLINE_CONFLICT: { status: 409, message: 'The outline changed since the version this edit was made on; reload it and edit again.' },
  OUTLINE_NOT_EDITABLE: {
    status: 409,
    message: 'Only a completed or partial roadmap\'s outline can be edited (while it generates, wait; in review, answer the review; failed or cancelled, retry it first).',
  },
  OUTLINE_EDIT_INVALID: { status: 422, message: 'The edit would break the outline; see details for the issues, each with the index of its operation.' },
  CONTENT_NOT_READY: { status: 409, message: 'Content is generated once the outline is final; this roadmap has none yet.' },
  IDEMPOTENCY_KEY_MISMATCH: {
    status: 422,
    message: 'This Idempotency-Key was already used with a different request body.',
  },
  CLIENT_CLOSED_REQUEST: { status: 499, message: 'The client closed the connection before the answer was sent.' },
  UNAUTHENTICATED: { status: 401, message: 'Log in, or send an API key as `Authorization: Bearer <key>`.' },
  INVALID_CREDENTIALS: { status: 401, message: 'The email or the password is not right.' },
  FORBIDDEN: { status: 403, message: 'Your account may not do this.' },
  CROSS_SITE_REQUEST: { status: 403, message: 'A request that changes something must come from this site (its Origin or Sec-Fetch-Site says it did not).' },
  SIGNUP_CLOSED: { status: 403, message: 'This server does not take new accounts; ask an admin to create one.' },
  INVITE_REQUIRED: { status: 403, message: 'This server takes new accounts by invitation; the invite code is missing or already used.' },
  ACCOUNTS_DISABLED: { status: 409, message: 'This server runs in local mode (one learner, no accounts).' },
  EMAIL_TAKEN: { status: 409, message: 'An account with this email already exists.' },
  API_KEY_NOT_FOUND: { status: 404, message: 'You have no API key with this id.' },
  USER_NOT_FOUND: { status: 404, message: 'No user with this id.' },
  SHARE_NOT_FOUND: { status: 404, message: 'This share link does not exist or was revoked.' },
  TOO_MANY_STREAMS: { status: 429, message: 'You have as many live streams open as one client may; close one, or retry later.' },
  STREAMS_AT_CAPACITY: { status: 503, message: 'This server has as many live streams open as it serves; retry after the indicated delay.' },
  REVIEW_CARD_NOT_FOUND: { status: 404, message: 'You have no review card with this id.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; retry after the indicated delay.' },
  QUOTA_EXCEEDED: { status: 429, message: 'Your quota is used up; retry after the indicated delay.' },
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
 * Why a run or a piece failed for good, as stored in `roadmaps.error` and `concept_content.error` and shown to
 * the learner. `retry` says whether a learner's retry can help. Codes never change meaning once published.
 */
export const FAILURE_CATALOGUE = {
  OUTLINE_INVALID: { retry: true, message: 'The outline still broke the structure checks after every repair.' },
  CONTENT_INCOMPLETE: { retry: true, message: 'Some content could not be generated; a retry tries those pieces again.' },
  UNEXPECTED_ERROR: { retry: true, message: 'An unexpected error stopped the work; it has been logged.' },
  LLM_INVALID_OUTPUT: { retry: true, message: 'The model kept answering in a shape that does not validate, also after repairs.' },
  LLM_REFUSED: { retry: false, message: 'The model refused the request (a bad request, credentials or permissions).' },
  LLM_UNAVAILABLE: { retry: true, message: 'The model stayed unavailable (rate limits, server errors, timeouts) for longer than the retry window.' },
  DEPENDENCY_UNAVAILABLE: { retry: true, message: 'The database or the queue stayed unreachable for longer than the retry window.' },
  JOB_TIMEOUT: { retry: true, message: 'The work took longer than its time limit, on every attempt.' },
  JOB_STALLED: { retry: true, message: 'The worker doing this stopped in the middle too many times.' },
  OUTLINE_NOT_EDITABLE: { retry: true, message: 'The outline could not take the change: the roadmap was generating, or no longer completed or partial.' },
} as const satisfies Record<string, { retry: boolean; message: string }>;

export type FailureCode = keyof typeof FAILURE_CATALOGUE;

/**
 * How any job treats a failure (DESIGN.md lifecycle, mechanism 2):
 * - `transient`: the infrastructure misbehaves (database, queue, network, LLM 5xx/429/timeouts); retried with
 *   capped backoff within a window, without spending the content attempts;
 * - `content`: this attempt produced nothing usable; spends one attempt, and the piece or run fails once they
 *   are used;
 * - `permanent`: another attempt cannot help (the request is refused, the outline cannot be repaired).
 */
export type FailureClass = 'transient' | 'content' | 'permanent';

/** A failure that knows its class and its stored code: the typed errors carry the retry decision. */
export class WorkError extends Error {
  readonly code: FailureCode;
  readonly failure: FailureClass;
  constructor(code: FailureCode, failure: FailureClass, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'WorkError';
    this.code = code;
    this.failure = failure;
  }
}
