/**
 * Editing a final outline over HTTP: an edit that adds one concept and removes another keeps every kept
 * concept's progress, quiz history and review cards, generates the new concept's content, hides the removed
 * one (its history stays stored, its cards never come due), and a second edit on the same base gets 409;
 * two concurrent edits on one base give exactly one 200 and one 409; broken edits are 422 naming the operation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/domain/content.js';
import { conceptsOf, type Outline } from '../../src/domain/roadmap.js';
import { client } from '../helpers/accounts.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

let sys: TestSystem;
let call: ReturnType<typeof client>;
afterAll(() => sys?.close());

interface Read {
  id: string;
  status: string;
  outline: Outline;
  outlineVersion: number;
  content: Record<string, Record<string, string>>;
  actions: Record<string, boolean>;
}
const read = async (id: string) => (await call('GET', `/v1/roadmaps/${id}`)).body as Read;
const completed = async (id: string): Promise<Read> =>
  waitFor(async () => {
    const r = await read(id);
    return r.status === 'completed' ? r : undefined;
  }, 30_000, 'completion');
const create = async (goal: string) => (await call('POST', '/v1/roadmaps', { goal, hoursPerWeek: 3, weeks: 3 })).body.id as string;
const edit = (id: string, baseVersion: number, operations: unknown[]) => call('PATCH', `/v1/roadmaps/${id}/outline`, { baseVersion, operations });
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
const due = async () => (await call('GET', `/v1/reviews/due?until=${encodeURIComponent(inDays(365))}&limit=200`)).body as { items: Array<{ roadmapId: string; conceptId: string }> };

async function answerQuiz(roadmapId: string, conceptId: string): Promise<void> {
  const questions = (await call('GET', `/v1/roadmaps/${roadmapId}/concepts/${conceptId}`)).body.content.quiz.current.body.questions as Question[];
  const res = await call('POST', `/v1/roadmaps/${roadmapId}/concepts/${conceptId}/quiz-attempts`, { answers: questions.map((q) => q.answer) });
  expect(res.status).toBe(201);
}

describe('editing an outline', () => {
  let id = '';
  let before: Read;
  let kept: string[] = [];
  let removed = '';
  let addedId = '';

  beforeAll(async () => {
    sys = await startSystem('postgres');
    call = client(sys.baseUrl, null);
    id = await create('Learn SQL for data analysis');
    before = await completed(id);
  });

  it('adds one concept and removes another: kept progress survives, the new one gets content, the old base gets 409', async () => {
    expect(before.outlineVersion).toBe(1);
    expect(before.actions.edit).toBe(true);
    const concepts = conceptsOf(before.outline);
    expect(concepts.length).toBeGreaterThanOrEqual(3);
    removed = concepts[1]!.id;
    kept = concepts.filter((c) => c.id !== removed).map((c) => c.id);
    // Progress on a kept concept and on the one to be removed; quiz history (and so review cards) on both.
    for (const c of [kept[0]!, removed]) expect((await call('PUT', `/v1/roadmaps/${id}/progress/${c}`, { done: true })).status).toBe(200);
    await answerQuiz(id, kept[0]!);
    await answerQuiz(id, removed);
    const cardsBefore = (await due()).items.filter((i) => i.roadmapId === id);
    expect(new Set(cardsBefore.map((c) => c.conceptId))).toEqual(new Set([kept[0], removed]));

    const module = before.outline.stages[0]!.modules[0]!;
    const res = await edit(id, 1, [
      { op: 'add_concept', moduleId: module.id, after: module.concepts[0]!.id, concept: { title: 'Window functions in practice', description: 'Ranking and running totals.', hours: concepts[1]!.hours, prerequisites: [module.concepts[0]!.id] } },
      { op: 'remove_concept', conceptId: removed },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.outlineVersion).toBe(2);
    expect(res.body.status).toBe('queued');
    expect(res.body.removed).toEqual([removed]);
    expect(res.body.added).toHaveLength(1);
    addedId = res.body.added[0];
    expect(addedId).toBe('window-functions-in-practice');
    expect(res.body.outline.stages[0].modules[0].concepts[1].id).toBe(addedId);
    expect(res.body.changes).toEqual(expect.arrayContaining([expect.objectContaining({ change: 'added', id: addedId }), expect.objectContaining({ change: 'removed', id: removed })]));

    // The same base again: someone else's edit (or this tab's, stale) is refused.
    const stale = await edit(id, 1, [{ op: 'rename', id: kept[0], title: 'Another name' }]);
    expect([stale.status, stale.body.error.code, stale.body.error.details.currentVersion]).toEqual([409, 'OUTLINE_CONFLICT', 2]);

    const after = await completed(id);
    expect(after.outlineVersion).toBe(2);
    expect(after.content[addedId]).toEqual({ tutorial: 'completed', resources: 'completed', quiz: 'completed' });
    expect(after.content[removed]).toBeUndefined();
    const concept = (await call('GET', `/v1/roadmaps/${id}/concepts/${addedId}`)).body;
    expect(concept.content.tutorial.current.body.markdown ?? concept.content.tutorial.current.body).toBeTruthy();
    // Every kept concept kept its content (no new versions) and its id.
    expect(conceptsOf(after.outline).map((c) => c.id).sort()).toEqual([...kept, addedId].sort());
    for (const c of kept) expect(after.content[c]).toEqual(before.content[c]);

    const progress = (await call('GET', `/v1/roadmaps/${id}/progress`)).body;
    expect(progress.conceptsDone).toContain(kept[0]);
    expect(progress.overall).toEqual({ done: 1, total: kept.length + 1 });
    expect(progress.quizAttempts.map((a: { conceptId: string }) => a.conceptId).sort()).toEqual([kept[0], removed].sort());
    // The removed concept's cards are stored but never due; the kept one's still are.
    const cardsAfter = (await due()).items.filter((i) => i.roadmapId === id);
    expect(new Set(cardsAfter.map((c) => c.conceptId))).toEqual(new Set([kept[0]]));
    const stored = await sys.api.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM review_cards WHERE roadmap_id = $1 AND concept_id = $2`, [id, removed]);
    expect(stored.rows[0]!.n).toBeGreaterThan(0);
    expect((await call('GET', `/v1/roadmaps/${id}/concepts/${removed}`)).body.error.code).toBe('CONCEPT_NOT_FOUND');
  });

  it('records every edit with who and when, and logs it', async () => {
    const history = (await call('GET', `/v1/roadmaps/${id}/outline/history`)).body;
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({ fromVersion: 1, toVersion: 2, kind: 'edit', byYou: true });
    expect(history.items[0].operations.map((o: { op: string }) => o.op)).toEqual(['add_concept', 'remove_concept']);
    const logs = await waitFor(async () => {
      const items = (await call('GET', `/v1/roadmaps/${id}/logs?limit=500`)).body.items as Array<{ details: { key?: string; from?: number } | null }>;
      return items.find((l) => l.details?.key === 'outline.edited');
    }, 10_000, 'the edit in the execution log');
    expect(logs.details).toMatchObject({ from: 1, to: 2, added: [addedId], removed: [removed] });
  });

  it('moves, renames and sets hours without touching content or status', async () => {
    const r = await read(id);
    const [m0] = r.outline.stages[0]!.modules;
    const target = m0!.concepts.at(-1)!.id;
    const res = await edit(id, r.outlineVersion, [
      { op: 'move_concept', conceptId: target, moduleId: m0!.id, index: 0 },
      { op: 'rename', id: target, title: 'Renamed first', description: 'Now first.' },
      { op: 'set_hours', conceptId: target, hours: m0!.concepts.at(-1)!.hours },
      { op: 'rename', id: m0!.id, title: 'Module renamed' },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('completed');
    expect(res.body.added).toEqual([]);
    expect(res.body.outline.stages[0].modules[0]).toMatchObject({ id: m0!.id, title: 'Module renamed' });
    expect(res.body.outline.stages[0].modules[0].concepts[0]).toMatchObject({ id: target, title: 'Renamed first', description: 'Now first.' });
    expect((await read(id)).content).toEqual(r.content);
  });

  it('gives exactly one 200 and one 409 to two concurrent edits on one base', async () => {
    const r = await read(id);
    const c = conceptsOf(r.outline)[0]!;
    const answers = await Promise.all(['A', 'B'].map((n) => edit(id, r.outlineVersion, [{ op: 'rename', id: c.id, title: `Concurrent ${n}` }])));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!;
    const now = await read(id);
    expect(now.outlineVersion).toBe(r.outlineVersion + 1);
    expect(conceptsOf(now.outline)[0]!.title).toBe(conceptsOf(winner.body.outline)[0]!.title);
    expect(answers.find((a) => a.status === 409)!.body.error.code).toBe('OUTLINE_CONFLICT');
  });

  it('refuses an edit that breaks the outline with 422, naming the operation', async () => {
    const r = await read(id);
    const [m0] = r.outline.stages[0]!.modules;
    const unknownId = await edit(id, r.outlineVersion, [{ op: 'rename', id: m0!.id, title: 'Fine' }, { op: 'remove_concept', conceptId: 'no-such-concept' }]);
    expect([unknownId.status, unknownId.body.error.code]).toEqual([422, 'OUTLINE_EDIT_INVALID']);
    expect(unknownId.body.error.details).toEqual([expect.objectContaining({ operation: 1, code: 'UNKNOWN_ID', at: 'no-such-concept' })]);

    const prereq = await edit(id, r.outlineVersion, [{ op: 'add_concept', moduleId: m0!.id, concept: { title: 'Needs a ghost', hours: 0.5, prerequisites: ['ghost'] } }]);
    expect(prereq.status).toBe(422);
    expect(prereq.body.error.details).toEqual([expect.objectContaining({ operation: 0, code: 'UNKNOWN_PREREQUISITE' })]);

    const emptied = await edit(id, r.outlineVersion, m0!.concepts.map((c) => ({ op: 'remove_concept', conceptId: c.id })));
    expect(emptied.status).toBe(422);
    expect(emptied.body.error.details).toEqual([expect.objectContaining({ operation: m0!.concepts.length - 1, code: 'EMPTY_MODULE', at: m0!.id })]);

    const over = await edit(id, r.outlineVersion, [{ op: 'set_hours', conceptId: m0!.concepts[0]!.id, hours: 100 }]);
    expect(over.body.error.details).toEqual([expect.objectContaining({ operation: 0, code: 'OVER_BUDGET' })]);

    const badIndex = await edit(id, r.outlineVersion, [{ op: 'move_concept', conceptId: m0!.concepts[0]!.id, moduleId: m0!.id, index: 99 }]);
    expect(badIndex.body.error.details).toEqual([expect.objectContaining({ operation: 0, code: 'INDEX_OUT_OF_RANGE' })]);
    expect((await read(id)).outlineVersion).toBe(r.outlineVersion);

    const shape = await edit(id, r.outlineVersion, [{ op: 'explode' }]);
    expect([shape.status, shape.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('adds and removes whole modules; removing a module hides its concepts', async () => {
    const r = await read(id);
    const stage = r.outline.stages[0]!;
    const res = await edit(id, r.outlineVersion, [
      { op: 'add_module', stageId: stage.id, module: { title: 'Extra practice', concepts: [{ title: 'Practice set', hours: 0.5 }] } },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const mod = res.body.outline.stages[0].modules.at(-1);
    expect(mod).toMatchObject({ id: 'extra-practice', concepts: [{ id: 'practice-set', difficulty: 'medium' }] });
    const done = await completed(id);
    expect(done.content['practice-set']).toEqual({ tutorial: 'completed', resources: 'completed', quiz: 'completed' });

    const moved = await edit(id, done.outlineVersion, [{ op: 'move_module', moduleId: 'extra-practice', stageId: stage.id, index: 0 }]);
    expect(moved.body.outline.stages[0].modules[0].id).toBe('extra-practice');
    const gone = await edit(id, moved.body.outlineVersion, [{ op: 'remove_module', moduleId: 'extra-practice' }]);
    expect(gone.status).toBe(200);
    expect(gone.body.removed).toEqual(['practice-set']);
    expect((await read(id)).content['practice-set']).toBeUndefined();
    // A concept added later with the same title gets a fresh id: the hidden one's history is never reused.
    const again = await edit(id, gone.body.outlineVersion, [{ op: 'add_concept', moduleId: stage.modules[0]!.id, concept: { title: 'Practice set', hours: 0.5 } }]);
    expect(again.body.added).toEqual(['practice-set-2']);
    await completed(id);
  });

  it('decides a partial roadmap\'s outcome again when the concept whose piece failed is removed', async () => {
    const r = await read(id);
    const [first, second] = conceptsOf(r.outline);
    // A piece that failed for good, as a run that ended partial leaves it.
    await sys.api.pool.query(`UPDATE concept_content SET status = 'failed', error = '{"code":"CONTENT_INCOMPLETE","message":"test"}' WHERE roadmap_id = $1 AND concept_id = $2 AND kind = 'quiz'`, [id, second!.id]);
    await sys.api.pool.query(`UPDATE roadmaps SET status = 'partial', step = 'content' WHERE id = $1`, [id]);
    expect((await read(id)).actions.edit).toBe(true);
    const res = await edit(id, r.outlineVersion, [{ op: 'remove_concept', conceptId: second!.id }]);
    expect([res.status, res.body.status]).toEqual([200, 'queued']);
    const after = await completed(id);
    expect(after.content[second!.id]).toBeUndefined();
    expect(after.content[first!.id]).toEqual({ tutorial: 'completed', resources: 'completed', quiz: 'completed' });
  });

  it('takes no edit while the roadmap is not completed or partial', async () => {
    const other = await create('Learn Go for backend development');
    const cancelled = await call('POST', `/v1/roadmaps/${other}/cancel`);
    expect(cancelled.status).toBe(200);
    const res = await edit(other, 1, [{ op: 'rename', id: 'anything', title: 'x' }]);
    expect([res.status, res.body.error.code]).toEqual([409, 'OUTLINE_NOT_EDITABLE']);
    expect((await read(other)).actions.edit).toBe(false);
  });
});
