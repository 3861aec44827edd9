/**
 * Hostile requests for every route in /openapi.json — read from the running API, so a new route is covered
 * without a new case: at least 300 per route, in concurrent batches, checked for no 5xx, no answer slower
 * than 5 s, and no stored row changed by a batch the API rejected. The generator and the properties live in
 * test/helpers/fuzz/, shared with the deep pass `npm run fuzz -- --runs N`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzRoute, startFuzzSystem } from '../helpers/fuzz/harness.js';

const CASES_PER_ROUTE = 300;

const fs = await startFuzzSystem();
afterAll(() => fs.close());

describe('hostile requests', () => {
  it('the document lists the routes with their parameters and bodies', () => {
    expect(fs.operations.length).toBeGreaterThanOrEqual(17);
    expect(fs.operations.filter((o) => o.body).map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining(['POST /v1/roadmaps', 'POST /v1/roadmaps/{id}/review', 'POST /v1/roadmaps/{id}/concepts/{conceptId}/regenerate']),
    );
  });

  it.each(fs.operations.map((op) => [`${op.method} ${op.path}`, op] as const))('%s: no 5xx, none slower than 5 s, nothing stored when refused', async (_route, op) => {
    const stats = await fuzzRoute(fs, op, { cases: CASES_PER_ROUTE, mode: 'assert' });
    expect(stats.cases).toBeGreaterThanOrEqual(CASES_PER_ROUTE);
  }, 60_000);
});
