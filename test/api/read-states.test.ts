/**
 * Every read route answers a body valid against its response schema for a roadmap in every status, with and
 * without an outline, before any content exists and at every point of it — never a 500 from serialisation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  conceptViewSchema,
  errorSchema,
  logPageSchema,
  logSummarySchema,
  progressViewSchema,
  roadmapPageSchema,
  roadmapViewSchema,
} from '../../src/api/schemas.js';
import { ROADMAP_STATUSES, type RoadmapStatus } from '../../src/domain/enums.js';
import { CONTENT_STAGES, seedRoadmap, STATE_OUTLINE, type ContentStage } from '../helpers/roadmap-states.js';
import { startSystem, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem('postgres', { content: false, logs: false });
});
afterAll(() => sys?.close());

const conceptIds = STATE_OUTLINE.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.map((c) => c.id)));

/** Each read route of one roadmap, and the schema of its successful answer (a string for downloads). */
const reads = (id: string, status: RoadmapStatus): Array<[string, z.ZodType | 'text' | 'json']> => [
  [`/v1/roadmaps/${id}`, roadmapViewSchema],
  [`/v1/roadmaps?status=${status}&limit=100`, roadmapPageSchema],
  [`/v1/roadmaps/${id}/logs`, logPageSchema],
  [`/v1/roadmaps/${id}/logs/summary`, logSummarySchema],
  [`/v1/roadmaps/${id}/progress`, progressViewSchema],
  ...conceptIds.map((c): [string, z.ZodType] => [`/v1/roadmaps/${id}/concepts/${c}`, conceptViewSchema]),
  [`/v1/roadmaps/${id}/export?format=md`, 'text'],
  [`/v1/roadmaps/${id}/export?format=json`, 'json'],
];

const cases = ROADMAP_STATUSES.flatMap((status) => [
  { status, outline: false, content: 'none' as ContentStage },
  ...CONTENT_STAGES.map((content) => ({ status, outline: true, content })),
]);

describe('read routes in every state', () => {
  it.each(cases)('$status, outline $outline, content $content', async (state) => {
    const id = await seedRoadmap(sys.api.pool, state);
    for (const [url, schema] of reads(id, state.status)) {
      const res = await sys.app.inject({ method: 'GET', url });
      const where = `${url} (${res.statusCode}): ${res.body.slice(0, 300)}`;
      expect(res.statusCode, where).toBeLessThan(500);
      if (res.statusCode !== 200) {
        // Only a roadmap without an outline may lack concepts and an export.
        expect(state.outline, where).toBe(false);
        expect(res.statusCode, where).toBeOneOf([404, 409]);
        expect(errorSchema.safeParse(res.json()).success, where).toBe(true);
        continue;
      }
      if (schema === 'text') expect(res.body.length, where).toBeGreaterThan(0);
      else if (schema === 'json') expect(roadmapViewSchema.safeParse(JSON.parse(res.body)).success, where).toBe(true);
      else {
        const parsed = schema.safeParse(res.json());
        expect(parsed.error?.issues ?? [], where).toEqual([]);
      }
    }
  });

  it('shows the pieces of a concept as pending before the content phase created them', async () => {
    const id = await seedRoadmap(sys.api.pool, { status: 'awaiting_review', outline: true, content: 'none' });
    const view = conceptViewSchema.parse((await sys.app.inject({ method: 'GET', url: `/v1/roadmaps/${id}/concepts/select` })).json());
    expect(view.content).toEqual({ tutorial: { current: { status: 'pending' } }, resources: { current: { status: 'pending' } }, quiz: { current: { status: 'pending' } } });
    expect(view.versions).toEqual([]);
  });

  it('shows a regenerating piece as pending with the last completed version beside it', async () => {
    const id = await seedRoadmap(sys.api.pool, { status: 'completed', outline: true, content: 'regenerating' });
    const view = conceptViewSchema.parse((await sys.app.inject({ method: 'GET', url: `/v1/roadmaps/${id}/concepts/select` })).json());
    expect(view.content.quiz).toMatchObject({ current: { status: 'pending', version: 2, instructions: 'Harder questions, please.' }, latestCompleted: { status: 'completed', version: 1 } });
    expect(view.content.tutorial.current).toMatchObject({ status: 'completed', version: 1 });
  });
});
