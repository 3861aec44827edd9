/**
 * The client of a running API: a request whose error envelope becomes a message, a roadmap
 * followed over its event stream to the end, and its finished content collected. `pathsmith generate` and
 * `pathsmith eval` both go through it, so an evaluation exercises exactly what a learner's client does.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { RoadmapView, reviewListSchema } from '../api/schemas.js';
import type { z } from 'zod';
import { CONTENT_KINDS, isTerminal } from '../domain/enums.js';
import { conceptsOf } from '../domain/roadmap.js';
import type { ConceptContent } from '../export/markdown.js';
import { followEvents, type ApiTarget, type StreamEvent } from './events.js';

export type { ApiTarget, StreamEvent };
export type ReviewList = z.infer<typeof reviewListSchema>;

/** The API refused, or could not be reached: a message for the operator, not a crash. */
export class ApiError extends Error {}

/** The terminal event can arrive a moment before the row says so; polled this often, this many times. */
const FINAL_POLL_MS = 250;
const FINAL_POLLS = 20;

export function apiTarget(base: string, apiKey?: string): ApiTarget {
  return { base: base.replace(/\/$/, ''), headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} };
}

export async function call<T>(api: ApiTarget, path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${api.base}${path}`, {
      method: init?.method ?? 'GET',
      headers: init?.body === undefined ? api.headers : { ...api.headers, 'content-type': 'application/json' },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (err) {
    throw new ApiError(`cannot reach the API at ${api.base} (${String((err as Error).cause ?? err)}); is \`pathsmith start\` running?`);
  }
  const body = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string; details?: Array<{ field: string; message: string }> } };
  if (!res.ok) {
    const details = body.error?.details?.map((d) => `\n  ${d.field}: ${d.message}`).join('') ?? '';
    throw new ApiError(`${body.error?.code ?? res.status}: ${body.error?.message ?? res.statusText}${details}`);
  }
  return body as T;
}

export const getRoadmap = (api: ApiTarget, id: string) => call<RoadmapView>(api, `/v1/roadmaps/${id}`);

export interface FollowHooks {
  onEvent?: (event: StreamEvent) => void;
  /** The outline waits for the learner; called with the roadmap as it stands. */
  onReview?: (roadmap: RoadmapView) => Promise<void>;
}

/** Follows a roadmap's events until it ends; returns the stored roadmap, the authority on the outcome. */
export async function followRoadmap(api: ApiTarget, id: string, hooks: FollowHooks = {}): Promise<RoadmapView> {
  for await (const event of followEvents(api, id)) {
    hooks.onEvent?.(event);
    if (event.details?.status === 'awaiting_review' && hooks.onReview) {
      const roadmap = await getRoadmap(api, id);
      if (roadmap.status === 'awaiting_review') await hooks.onReview(roadmap);
    }
    if (event.terminal) break;
  }
  let roadmap = await getRoadmap(api, id);
  for (let i = 1; i < FINAL_POLLS && !isTerminal(roadmap.status); i++) {
    await sleep(FINAL_POLL_MS);
    roadmap = await getRoadmap(api, id);
  }
  return roadmap;
}

/** Every concept's finished tutorial, resources and quiz (a piece that is not completed is left out). */
export async function collectContent(api: ApiTarget, roadmap: RoadmapView): Promise<Map<string, ConceptContent>> {
  const out = new Map<string, ConceptContent>();
  for (const c of roadmap.outline ? conceptsOf(roadmap.outline) : []) {
    const page = await call<{ content: Record<string, { current: { status: string; body?: unknown } }> }>(api, `/v1/roadmaps/${roadmap.id}/concepts/${c.id}`);
    const entry: Record<string, unknown> = {};
    for (const kind of CONTENT_KINDS) if (page.content[kind]?.current.status === 'completed') entry[kind] = page.content[kind]?.current.body;
    out.set(c.id, entry as ConceptContent);
  }
  return out;
}
