/**
 * Review feedback on the offline provider is recorded honestly: a wish the catalogue cannot apply is stored
 * with its round as not applied, the change list (diffed by stable id) says nothing changed, and
 * `pathsmith generate --review` says so; a wish it can apply lists what changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnPathsmith } from '../helpers/processes.js';
import { callApi, startSystem, waitFor, type TestSystem } from '../helpers/system.js';

type Round = {
  round: number;
  approved: boolean;
  feedback: string | null;
  outcome: { provider: string; applied: string[]; notApplied: string[]; changes: Array<Record<string, unknown>> } | null;
};

describe('review feedback on the offline provider', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem('postgres');
  });
  afterAll(() => sys?.close());

  const call = (method: string, path: string, body?: unknown) => callApi(sys.baseUrl, method, path, body);
  const awaitingRound = (id: string, round: number) =>
    waitFor(async () => {
      const r = (await call('GET', `/v1/roadmaps/${id}`)).body;
      const rounds = (await call('GET', `/v1/roadmaps/${id}/reviews`)).body.items as Round[];
      return r.status === 'awaiting_review' && rounds.length === round - 1 && rounds.every((x) => x.outcome) ? { roadmap: r, rounds } : undefined;
    }, 30_000, `round ${round} of the review`);

  it('a wish the catalogue cannot apply: stored as not applied, nothing changed', async () => {
    const id = (await call('POST', '/v1/roadmaps', { goal: 'Learn SQL for data analysis', hoursPerWeek: 3, weeks: 3, review: true })).body.id as string;
    const first = await awaitingRound(id, 1);
    expect(first.rounds).toEqual([]);
    expect((await call('POST', `/v1/roadmaps/${id}/review`, { approve: false, feedback: 'Add a module on web scraping' })).status).toBe(202);
    const second = await awaitingRound(id, 2);
    expect(second.roadmap.outline).toEqual(first.roadmap.outline);
    expect(second.rounds).toEqual([
      {
        round: 1,
        approved: false,
        feedback: 'Add a module on web scraping',
        outcome: { provider: 'offline', applied: [], notApplied: ['Add a module on web scraping'], changes: [] },
        createdAt: expect.any(String),
      },
    ]);
  });

  it('a wish it can apply: the round lists the added concept and the hours that made room for it', async () => {
    const id = (await call('POST', '/v1/roadmaps', { goal: 'Learn Go for backend development', hoursPerWeek: 4, weeks: 4, review: true })).body.id as string;
    await awaitingRound(id, 1);
    await call('POST', `/v1/roadmaps/${id}/review`, { approve: false, feedback: 'More practice please, and a module on web scraping' });
    const { roadmap, rounds } = await awaitingRound(id, 2);
    const outcome = rounds[0]!.outcome!;
    expect(outcome).toMatchObject({ provider: 'offline', applied: ['More practice please'], notApplied: ['a module on web scraping'] });
    const added = outcome.changes.filter((c) => c.change === 'added');
    const last = roadmap.outline.stages.at(-1).modules.at(-1);
    expect(added).toEqual([{ change: 'added', kind: 'concept', id: last.concepts.at(-1).id, title: last.concepts.at(-1).title, parentId: last.id }]);
    expect(outcome.changes.some((c) => c.change === 'hours')).toBe(true);
    expect((await call('POST', `/v1/roadmaps/${id}/review`, { approve: true })).status).toBe(202);
    await waitFor(async () => (await call('GET', `/v1/roadmaps/${id}`)).body.status === 'completed', 30_000, 'completion');
    expect(((await call('GET', `/v1/roadmaps/${id}/reviews`)).body.items as Round[]).map((r) => [r.round, r.approved, r.outcome === null])).toEqual([
      [1, false, false],
      [2, true, true],
    ]);
  });

  it('pathsmith generate --review says the outline could not be changed offline, and what to configure', async () => {
    const p = spawnPathsmith(['generate', 'Learn SQL for data analysis', '--hours', '3', '--weeks', '3', '--review', '--api', sys.baseUrl], { LOG_LEVEL: 'error' });
    const msg = (l: Record<string, unknown>) => String(l.msg);
    try {
      const accepted = await p.waitForLine((l) => /^Roadmap \S+ accepted/.test(msg(l)));
      const id = /^Roadmap (\S+) accepted/.exec(msg(accepted))![1]!;
      await p.waitForLine((l) => msg(l).startsWith('The outline waits for your review'));
      await call('POST', `/v1/roadmaps/${id}/review`, { approve: false, feedback: 'Add a module on web scraping' });
      const said = await p.waitForLine((l) => msg(l).startsWith('This outline could not be changed offline'));
      expect(msg(said)).toBe('This outline could not be changed offline: "Add a module on web scraping". With an LLM configured (OPENAI_API_KEY), feedback is applied.');
      const after = (line: Record<string, unknown>) => p.lines.indexOf(line) > p.lines.indexOf(said);
      const nothing = await p.waitForLine((l) => after(l) && msg(l).startsWith('Nothing in the outline changed'));
      expect(p.lines.indexOf(nothing)).toBe(p.lines.indexOf(said) + 1);
      expect(msg(nothing)).toBe('Nothing in the outline changed after your feedback on round 1.');
      await p.waitForLine((l) => after(l) && msg(l).startsWith('The outline waits for your review'));
      await call('POST', `/v1/roadmaps/${id}/review`, { approve: true });
      expect((await p.exited).code).toBe(0);
    } finally {
      // A failed expectation must not leave the client following the stream, holding the API open.
      p.proc.kill();
    }
  });
});
