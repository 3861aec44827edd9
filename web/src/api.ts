/** The API client: typed calls on the same origin, errors as ApiError with the catalogue's code. */
import type { z } from 'zod';
import type {
  adminUserListSchema,
  adminUserPatchSchema,
  adminUserSchema,
  apiKeyCreatedSchema,
  apiKeyListSchema,
  inviteCreatedSchema,
  meSchema,
  sharedRoadmapSchema,
  shareSchema,
  stuckListSchema,
} from '../../src/api/account-schemas.js';
import type {
  acceptedSchema,
  conceptViewSchema,
  logEntrySchema,
  progressViewSchema,
  reviewListSchema,
  roadmapPageSchema,
  roadmapViewSchema,
  statusSchema,
} from '../../src/api/schemas.js';
import type { dueReviewsSchema, planSchema, reviewedSchema, scheduleSchema } from '../../src/api/learner-schemas.js';
import type { moduleRegenerateAcceptedSchema, outlineEditedSchema, outlineHistorySchema } from '../../src/api/outline-schemas.js';
import type { OutlineOperationInput } from '../../src/domain/outline-edit.js';
import type { conversationSchema } from '../../src/api/tutor-schemas.js';
import type { ContentKind, ReviewRating } from '../../src/domain/enums.js';
import type { RoadmapRequestInput } from '../../src/domain/roadmap.js';
import { apiProblem, type ApiErrorBody, type Problem } from './logic.js';

export type RoadmapView = z.infer<typeof roadmapViewSchema>;
export type RoadmapPage = z.infer<typeof roadmapPageSchema>;
export type LogEntry = z.infer<typeof logEntrySchema>;
export type ConceptView = z.infer<typeof conceptViewSchema>;
export type ProgressView = z.infer<typeof progressViewSchema>;
export type Me = z.infer<typeof meSchema>;
export type ApiKey = z.infer<typeof apiKeyListSchema>['items'][number];
export type ApiKeyCreated = z.infer<typeof apiKeyCreatedSchema>;
export type Share = z.infer<typeof shareSchema>;
export type SharedRoadmap = z.infer<typeof sharedRoadmapSchema>;
export type AdminUser = z.infer<typeof adminUserSchema>;
export type AdminUserChange = z.input<typeof adminUserPatchSchema>;
export type StuckWork = z.infer<typeof stuckListSchema>['items'];
export type ReviewList = z.infer<typeof reviewListSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type DueReviews = z.infer<typeof dueReviewsSchema>;
export type Reviewed = z.infer<typeof reviewedSchema>;
export type OutlineEdited = z.infer<typeof outlineEditedSchema>;
export type OutlineHistory = z.infer<typeof outlineHistorySchema>;
export type Conversation = z.infer<typeof conversationSchema>;
export type TutorMessage = Conversation['messages'][number];
type Accepted = z.infer<typeof acceptedSchema>;
type StatusReply = z.infer<typeof statusSchema>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    /** Seconds to wait before trying again, from Retry-After (429 and 503 answers). */
    readonly retryAfter?: number,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/**
 * Told of every 401 UNAUTHENTICATED, from any call: the session has ended (logged out elsewhere, expired, the
 * account disabled), so the app can send the learner to log in and bring them back afterwards.
 */
export const sessionEvents = new EventTarget();
export const SESSION_ENDED = 'ended';

/** The roadmap or concept asked for is not there (or the id cannot be one): show the way back. */
export const isMissing = (err: unknown) => err instanceof ApiError && (err.status === 404 || (err.status === 400 && err.body.code === 'VALIDATION_FAILED'));

/** An error in words: the catalogue's message for an API error, else "could not reach the server". */
export const problemOf = (err: unknown): Problem => (err instanceof ApiError ? apiProblem(err.body, err.retryAfter).problem : { key: 'api.NETWORK' });

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function call<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (err) {
    throw new ApiError(0, { code: 'NETWORK', message: String(err) });
  }
  const json = (await res.json().catch(() => undefined)) as { error?: ApiErrorBody } | undefined;
  if (!res.ok) {
    const error = json?.error ?? { code: 'HTTP_' + res.status, message: res.statusText };
    const retryAfter = Number(res.headers.get('retry-after') ?? NaN);
    if (res.status === 401 && error.code === 'UNAUTHENTICATED') sessionEvents.dispatchEvent(new Event(SESSION_ENDED));
    throw new ApiError(res.status, error, Number.isFinite(retryAfter) ? retryAfter : undefined);
  }
  return json as T;
}

const base = (id: string) => `/v1/roadmaps/${encodeURIComponent(id)}`;
const shared = (token: string) => `/v1/shared/${encodeURIComponent(token)}`;

export const api = {
  create: (request: RoadmapRequestInput) => call<Accepted>('POST', '/v1/roadmaps', request),
  list: (cursor?: string) => call<RoadmapPage>('GET', `/v1/roadmaps?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
  get: (id: string) => call<RoadmapView>('GET', base(id)),
  review: (id: string, approve: boolean, feedback?: string) =>
    call<StatusReply>('POST', `${base(id)}/review`, approve ? { approve } : { approve, feedback }),
  reviews: (id: string) => call<ReviewList>('GET', `${base(id)}/reviews`),
  retry: (id: string) => call<StatusReply>('POST', `${base(id)}/retry`),
  cancel: (id: string) => call<StatusReply>('POST', `${base(id)}/cancel`),
  concept: (id: string, conceptId: string) => call<ConceptView>('GET', `${base(id)}/concepts/${encodeURIComponent(conceptId)}`),
  chat: (id: string, conceptId: string) => call<Conversation>('GET', `${base(id)}/concepts/${encodeURIComponent(conceptId)}/chat`),
  regenerate: (id: string, conceptId: string, kind: ContentKind, instructions?: string) =>
    call<unknown>('POST', `${base(id)}/concepts/${encodeURIComponent(conceptId)}/regenerate`, instructions ? { kind, instructions } : { kind }),
  progress: (id: string, dueBy?: string) => call<ProgressView>('GET', `${base(id)}/progress${dueBy ? `?dueBy=${encodeURIComponent(dueBy)}` : ''}`),
  setDone: (id: string, conceptId: string, done: boolean) => call<unknown>('PUT', `${base(id)}/progress/${encodeURIComponent(conceptId)}`, { done }),
  attempt: (id: string, conceptId: string, answers: number[][]) =>
    call<{ score: number }>('POST', `${base(id)}/concepts/${encodeURIComponent(conceptId)}/quiz-attempts`, { answers }),
  schedule: (id: string, today: string) => call<Schedule>('GET', `${base(id)}/schedule?today=${today}`),
  calendarUrl: (id: string, today: string) => `${base(id)}/schedule?format=ics&today=${today}`,
  setPlan: (id: string, start: string, hoursPerWeek: number) => call<z.infer<typeof planSchema>>('PUT', `${base(id)}/plan`, { start, hoursPerWeek }),
  dueReviews: (until: string, limit = 100) => call<DueReviews>('GET', `/v1/reviews/due?until=${encodeURIComponent(until)}&limit=${limit}`),
  rate: (cardId: string, rating: ReviewRating) => call<Reviewed>('POST', `/v1/reviews/${encodeURIComponent(cardId)}`, { rating }),
  editOutline: (id: string, baseVersion: number, operations: OutlineOperationInput[]) =>
    call<OutlineEdited>('PATCH', `${base(id)}/outline`, { baseVersion, operations }),
  outlineHistory: (id: string) => call<OutlineHistory>('GET', `${base(id)}/outline/history?limit=20`),
  regenerateModule: (id: string, moduleId: string, instructions: string, baseVersion: number) =>
    call<z.infer<typeof moduleRegenerateAcceptedSchema>>('POST', `${base(id)}/modules/${encodeURIComponent(moduleId)}/regenerate`, { instructions, baseVersion }),
  eventsUrl: (id: string, after?: string) => `${base(id)}/events${after ? `?after=${encodeURIComponent(after)}` : ''}`,

  me: () => call<Me>('GET', '/v1/me'),
  signup: (email: string, password: string, invite?: string) => call<Me>('POST', '/v1/auth/signup', invite ? { email, password, invite } : { email, password }),
  login: (email: string, password: string) => call<Me>('POST', '/v1/auth/login', { email, password }),
  logout: () => call<null>('POST', '/v1/auth/logout'),
  apiKeys: () => call<{ items: ApiKey[] }>('GET', '/v1/api-keys'),
  createApiKey: (name: string) => call<ApiKeyCreated>('POST', '/v1/api-keys', { name }),
  revokeApiKey: (id: string) => call<null>('DELETE', `/v1/api-keys/${encodeURIComponent(id)}`),

  share: (id: string) => call<Share>('POST', `${base(id)}/share`),
  stopSharing: (id: string) => call<null>('DELETE', `${base(id)}/share`),
  shared: (token: string) => call<SharedRoadmap>('GET', shared(token)),
  fork: (token: string) => call<Accepted>('POST', `${shared(token)}/fork`),

  users: () => call<z.infer<typeof adminUserListSchema>>('GET', '/v1/admin/users'),
  changeUser: (id: string, change: AdminUserChange) => call<AdminUser>('PATCH', `/v1/admin/users/${encodeURIComponent(id)}`, change),
  invite: (email?: string) => call<z.infer<typeof inviteCreatedSchema>>('POST', '/v1/admin/invites', email ? { email } : {}),
  stuck: () => call<{ items: StuckWork }>('GET', '/v1/admin/stuck'),
};
