/** The API client: typed calls on the same origin, errors as ApiError with the catalogue's code. */
import type { z } from 'zod';
import type {
  acceptedSchema,
  conceptViewSchema,
  logEntrySchema,
  progressViewSchema,
  roadmapPageSchema,
  roadmapViewSchema,
  statusSchema,
} from '../../src/api/schemas.js';
import type { dueReviewsSchema, planSchema, reviewedSchema, scheduleSchema } from '../../src/api/learner-schemas.js';
import type { ContentKind, ReviewRating } from '../../src/domain/enums.js';
import type { RoadmapRequestInput } from '../../src/domain/roadmap.js';
import { apiProblem, type ApiErrorBody, type Problem } from './logic.js';

export type RoadmapView = z.infer<typeof roadmapViewSchema>;
export type RoadmapPage = z.infer<typeof roadmapPageSchema>;
export type LogEntry = z.infer<typeof logEntrySchema>;
export type ConceptView = z.infer<typeof conceptViewSchema>;
export type ProgressView = z.infer<typeof progressViewSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type DueReviews = z.infer<typeof dueReviewsSchema>;
export type Reviewed = z.infer<typeof reviewedSchema>;
type Accepted = z.infer<typeof acceptedSchema>;
type StatusReply = z.infer<typeof statusSchema>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/** The roadmap or concept asked for is not there (or the id cannot be one): show the way back. */
export const isMissing = (err: unknown) => err instanceof ApiError && (err.status === 404 || (err.status === 400 && err.body.code === 'VALIDATION_FAILED'));

/** An error in words: the catalogue's message for an API error, else "could not reach the server". */
export const problemOf = (err: unknown): Problem => (err instanceof ApiError ? apiProblem(err.body).problem : { key: 'api.NETWORK' });

async function call<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
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
  if (!res.ok) throw new ApiError(res.status, json?.error ?? { code: 'HTTP_' + res.status, message: res.statusText });
  return json as T;
}

const base = (id: string) => `/v1/roadmaps/${encodeURIComponent(id)}`;

export const api = {
  create: (request: RoadmapRequestInput) => call<Accepted>('POST', '/v1/roadmaps', request),
  list: (cursor?: string) => call<RoadmapPage>('GET', `/v1/roadmaps?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
  get: (id: string) => call<RoadmapView>('GET', base(id)),
  review: (id: string, approve: boolean, feedback?: string) =>
    call<StatusReply>('POST', `${base(id)}/review`, approve ? { approve } : { approve, feedback }),
  retry: (id: string) => call<StatusReply>('POST', `${base(id)}/retry`),
  cancel: (id: string) => call<StatusReply>('POST', `${base(id)}/cancel`),
  concept: (id: string, conceptId: string) => call<ConceptView>('GET', `${base(id)}/concepts/${encodeURIComponent(conceptId)}`),
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
  eventsUrl: (id: string, after?: string) => `${base(id)}/events${after ? `?after=${encodeURIComponent(after)}` : ''}`,
};
