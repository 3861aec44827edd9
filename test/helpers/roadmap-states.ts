/**
 * Roadmaps in any status and at any point of their content, written straight to the store (no workers): a
 * small outline, and content pieces produced by the offline provider, so their bodies are what a real run stores.
 */
import type { z } from 'zod';
import { proposedResourcesSchema, quizSchema, tutorialSchema } from '../../src/domain/content.js';
import type { ContentKind, RoadmapStatus, WorkflowStep } from '../../src/domain/enums.js';
import { conceptsOf, roadmapRequestSchema, type Outline } from '../../src/domain/roadmap.js';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { catalogueUrls } from '../../src/llm/offline/catalogue-urls.js';
import { createOfflineProvider } from '../../src/llm/offline/provider.js';
import { withTransaction, type Pool } from '../../src/store/db.js';
import { addVersion, completePiece, failPiece, initContent, markGenerating } from '../../src/store/sql/content.js';
import { noLinkChecks, verifyResources } from '../../src/workers/content/link-check.js';
import { insertBareRoadmap } from './db.js';

const concept = (id: string, title: string, prerequisites: string[]) => ({
  id,
  title,
  description: `What ${title} is and how to use it.`,
  hours: 2,
  difficulty: 'easy' as const,
  prerequisites,
  keywords: [title.toLowerCase()],
});

export const STATE_OUTLINE: Outline = {
  title: 'SQL basics',
  summary: 'Querying a relational database.',
  totalHours: 4,
  weeks: 2,
  stages: [
    {
      id: 'foundations',
      title: 'Foundations',
      description: 'The first queries.',
      modules: [{ id: 'queries', title: 'Queries', description: 'Reading data.', concepts: [concept('select', 'SELECT', []), concept('joins', 'Joins', ['select'])] }],
    },
  ],
};

/**
 * How far a roadmap's content got: `none` (no pieces), `pending` (created, none started), `mixed` (one concept
 * finished, the other generating / failed / pending), `regenerating` (all finished, then a new pending version).
 */
export const CONTENT_STAGES = ['none', 'pending', 'mixed', 'regenerating'] as const;
export type ContentStage = (typeof CONTENT_STAGES)[number];

const STEP_OF: Record<RoadmapStatus, WorkflowStep> = {
  queued: 'queued',
  running: 'outline',
  awaiting_review: 'review',
  completed: 'done',
  partial: 'content',
  failed: 'content',
  cancelled: 'content',
};

const offline = createOfflineProvider({ catalogue: catalogue(), delayMs: 0 });
const request = roadmapRequestSchema.parse({ goal: 'Learn SQL for data analysis' });

/** The offline answers are deterministic: each body is made once per process. */
const bodies = new Map<string, Promise<unknown>>();
const body = (kind: ContentKind, conceptId: string): Promise<unknown> => {
  const key = `${kind}/${conceptId}`;
  if (!bodies.has(key)) bodies.set(key, makeBody(kind, conceptId));
  return bodies.get(key)!;
};

async function makeBody(kind: ContentKind, conceptId: string): Promise<unknown> {
  const c = conceptsOf(STATE_OUTLINE).find((x) => x.id === conceptId)!;
  const context = { request, outline: STATE_OUTLINE, concept: c, conceptPath: { stage: 'Foundations', module: 'Queries' } };
  const generate = <S extends z.ZodType>(schema: S) =>
    offline.generate({ task: kind, schema, prompt: { system: '', user: '' }, context, roadmapId: 'state' });
  if (kind === 'tutorial') return generate(tutorialSchema);
  if (kind === 'quiz') return generate(quizSchema);
  const proposed = await generate(proposedResourcesSchema);
  return { resources: await verifyResources(proposed.resources, catalogueUrls(), noLinkChecks) };
}

async function complete(pool: Pool, roadmapId: string, conceptId: string, kind: ContentKind, version = 1): Promise<void> {
  await completePiece(pool, { roadmapId, conceptId, kind, version }, await body(kind, conceptId));
}

/** A roadmap in `status`, with or without an outline, its content at `content`; returns its id. */
export async function seedRoadmap(pool: Pool, o: { status: RoadmapStatus; outline: boolean; content: ContentStage }): Promise<string> {
  const id = await insertBareRoadmap(pool, request.goal);
  const failed = o.status === 'failed' || o.status === 'partial';
  await pool.query(
    `UPDATE roadmaps SET status = $2, step = $3, outline = $4, error = $5,
       finished_at = CASE WHEN $2 IN ('completed', 'partial', 'failed', 'cancelled') THEN now() END
     WHERE id = $1`,
    [id, o.status, STEP_OF[o.status], o.outline ? STATE_OUTLINE : null, failed ? { code: 'CONTENT_INCOMPLETE', message: 'some pieces failed', failed: [{ conceptId: 'joins', kind: 'resources', error: 'timed out' }] } : null],
  );
  if (o.content === 'none') return id;
  await initContent(pool, id, ['select', 'joins']);
  if (o.content === 'pending') return id;
  for (const kind of ['tutorial', 'resources', 'quiz'] as const) await complete(pool, id, 'select', kind);
  if (o.content === 'mixed') {
    await markGenerating(pool, { roadmapId: id, conceptId: 'joins', kind: 'tutorial', version: 1 });
    await failPiece(pool, { roadmapId: id, conceptId: 'joins', kind: 'resources', version: 1 }, { code: 'LLM_UNAVAILABLE', message: 'timed out' });
    return id;
  }
  for (const kind of ['tutorial', 'resources', 'quiz'] as const) await complete(pool, id, 'joins', kind);
  await withTransaction(pool, (client) => addVersion(client, { roadmapId: id, conceptId: 'select', kind: 'quiz' }, 'Harder questions, please.'));
  return id;
}
