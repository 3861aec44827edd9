/**
 * Re-planning a module with instructions, with the offline provider and through the real OpenAI SDK against
 * the fake OpenAI server: the kept concepts keep their ids and progress, a new concept gets content, the outline
 * version moves on and the change is in the history with what was and was not applied; the offline provider
 * says plainly what it cannot do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conceptsOf, type Outline } from '../../src/domain/roadmap.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';
import { client } from '../helpers/accounts.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

interface Read {
  status: string;
  outline: Outline;
  outlineVersion: number;
  content: Record<string, Record<string, string>>;
}

function suite(name: string, env: () => Promise<{ env: Record<string, string>; close?: () => Promise<void> }>) {
  describe(name, () => {
    let sys: TestSystem;
    let call: ReturnType<typeof client>;
    let close: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const e = await env();
      close = e.close;
      sys = await startSystem('postgres', { env: e.env });
      call = client(sys.baseUrl, null);
    });
    afterAll(async () => {
      await sys?.close();
      await close?.();
    });

    const read = async (id: string) => (await call('GET', `/v1/roadmaps/${id}`)).body as Read;
    const settled = (id: string, version: number) =>
      waitFor(async () => {
        const r = await read(id);
        return r.status === 'completed' && r.outlineVersion === version ? r : undefined;
      }, 30_000, `completion at outline version ${version}`);
    const regeneration = (id: string, regenerationId: string) =>
      waitFor(async () => {
        const h = (await call('GET', `/v1/roadmaps/${id}/outline/history`)).body;
        const g = h.regenerations.find((x: { regenerationId: string }) => x.regenerationId === regenerationId);
        return g && g.status !== 'pending' ? { g, history: h } : undefined;
      }, 30_000, 'the regeneration to end');

    it('re-plans a module with more practice: kept ids keep progress, the new concept gets content', async () => {
      const { id } = (await call('POST', '/v1/roadmaps', { goal: 'Learn SQL for data analysis', hoursPerWeek: 3, weeks: 3 })).body;
      const before = await settled(id, 1);
      const mod = before.outline.stages[0]!.modules[0]!;
      const budget = mod.concepts.reduce((s, c) => s + c.hours, 0);
      const first = mod.concepts[0]!.id;
      expect((await call('PUT', `/v1/roadmaps/${id}/progress/${first}`, { done: true })).status).toBe(200);

      const res = await call('POST', `/v1/roadmaps/${id}/modules/${mod.id}/regenerate`, { instructions: 'More hands-on practice, and add a section on query plans' });
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      expect(res.body).toMatchObject({ moduleId: mod.id, status: 'pending', baseVersion: 1 });
      const { g, history } = await regeneration(id, res.body.regenerationId);
      expect(g.status).toBe('completed');
      expect(g.result.kept).toEqual(mod.concepts.map((c) => c.id));
      expect(g.result.added).toHaveLength(1);
      expect(g.result.removed).toEqual([]);
      expect(g.result.hours.planned).toBeLessThanOrEqual(budget * 1.1);
      expect(g.result.applied.join(' ')).toMatch(/practice/i);
      // The offline catalogue cannot invent a topic; it says so rather than pretending.
      expect(g.result.notApplied.join(' ')).toMatch(/query plans.*language model/);
      expect(history.items[0]).toMatchObject({ fromVersion: 1, toVersion: 2, kind: 'regenerate_module', byYou: true });

      const after = await settled(id, 2);
      const newId = g.result.added[0] as string;
      expect(after.content[newId]).toEqual({ tutorial: 'completed', resources: 'completed', quiz: 'completed' });
      for (const c of mod.concepts) expect(after.content[c.id]).toEqual(before.content[c.id]);
      expect(conceptsOf(after.outline).map((c) => c.id)).toContain(first);
      expect((await call('GET', `/v1/roadmaps/${id}/progress`)).body.conceptsDone).toContain(first);
    });

    it('refuses an unknown module, a stale base, a second request while one is pending, and a roadmap that takes no edits', async () => {
      const { id } = (await call('POST', '/v1/roadmaps', { goal: 'Learn Go for backend development', hoursPerWeek: 3, weeks: 3 })).body;
      const r = await settled(id, 1);
      const mod = r.outline.stages[0]!.modules[0]!.id;
      const unknown = await call('POST', `/v1/roadmaps/${id}/modules/no-such-module/regenerate`, { instructions: 'shorter' });
      expect([unknown.status, unknown.body.error.code]).toEqual([404, 'MODULE_NOT_FOUND']);
      const stale = await call('POST', `/v1/roadmaps/${id}/modules/${mod}/regenerate`, { instructions: 'shorter', baseVersion: 7 });
      expect([stale.status, stale.body.error.code]).toEqual([409, 'OUTLINE_CONFLICT']);
      expect((await call('POST', `/v1/roadmaps/${id}/modules/${mod}/regenerate`, { instructions: '' })).status).toBe(400);

      const [a, b] = await Promise.all([1, 2].map(() => call('POST', `/v1/roadmaps/${id}/modules/${mod}/regenerate`, { instructions: 'make it shorter' })));
      expect([a!.status, b!.status].sort()).toEqual([202, 409]);
      const accepted = a!.status === 202 ? a! : b!;
      const { g } = await regeneration(id, accepted.body.regenerationId);
      expect(g.status).toBe('completed');
      expect(g.result.hours.planned).toBeLessThan(g.result.hours.budget);
      expect(g.result.removed).toEqual([]);

      await settled(id, 2);
      const other = (await call('POST', '/v1/roadmaps', { goal: 'Learn Rust', hoursPerWeek: 3, weeks: 3 })).body.id;
      await call('POST', `/v1/roadmaps/${other}/cancel`);
      const refused = await call('POST', `/v1/roadmaps/${other}/modules/${mod}/regenerate`, { instructions: 'shorter' });
      expect([refused.status, refused.body.error.code]).toEqual([409, 'OUTLINE_NOT_EDITABLE']);
    });
  });
}

suite('module regeneration (offline provider)', async () => ({ env: {} }));

let fake: FakeOpenAi;
suite('module regeneration (openai provider against the fake server)', async () => {
  fake = await startFakeOpenAi();
  return {
    env: { LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, LLM_RETRY_BASE_MS: '20', LLM_TIMEOUT_MS: '5000' },
    close: async () => {
      expect(fake.requests.some((q) => q.task === 'regenerate_module')).toBe(true);
      await fake.close();
    },
  };
});
