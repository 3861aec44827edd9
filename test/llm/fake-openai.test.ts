/**
 * The fake OpenAI server's fault aiming and latency range, which the fault suite relies on: a fault aimed at
 * one goal and concept hits exactly those prompts; latency is spread over its range, or drawn per task from a
 * scaled latency model, and recorded; an answer's end is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roadmapRequestSchema, type Concept } from '../../src/domain/roadmap.js';
import { promptFor } from '../../src/llm/prompts.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';

const concept = (id: string): Concept => ({ id, title: id, description: `About ${id}.`, hours: 2, difficulty: 'easy', prerequisites: [], keywords: [id] });

async function ask(fake: FakeOpenAi, goal: string, conceptId: string): Promise<{ status: number; ms: number }> {
  const context = { request: roadmapRequestSchema.parse({ goal }), concept: concept(conceptId), conceptPath: { stage: 'S', module: 'M' } };
  const prompt = promptFor('tutorial', context);
  const t0 = performance.now();
  const res = await fetch(`${fake.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'system', content: prompt.system }, { role: 'user', content: prompt.user }] }),
  });
  await res.text();
  return { status: res.status, ms: performance.now() - t0 };
}

describe('fake OpenAI server', () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('aims a fault at one goal and concept only, and records whom each request was about', async () => {
    fake.setFaults({ targetFaults: [{ goal: 'Learn Rust (#1)', conceptId: 'borrowing', fault: '500' }] });
    expect((await ask(fake, 'Learn Rust (#1)', 'borrowing')).status).toBe(500);
    expect((await ask(fake, 'Learn Rust (#1)', 'ownership-moves')).status).toBe(200);
    expect((await ask(fake, 'Learn Rust (#2)', 'borrowing')).status).toBe(200);
    const recorded = fake.requests.slice(-3);
    expect(recorded.map((r) => [r.goal, r.conceptId, r.fault])).toEqual([
      ['Learn Rust (#1)', 'borrowing', '500'],
      ['Learn Rust (#1)', 'ownership-moves', 'ok'],
      ['Learn Rust (#2)', 'borrowing', 'ok'],
    ]);
    for (const r of recorded) expect(r.endedAt).toBeGreaterThanOrEqual(r.at);
  });

  it('spreads latency over [latencyMs, latencyMaxMs]', async () => {
    fake.setFaults({ latencyMs: 100, latencyMaxMs: 400, seed: 7 });
    const times = (await Promise.all(Array.from({ length: 12 }, () => ask(fake, 'Learn Go', 'go-basics')))).map((a) => a.ms);
    for (const ms of times) expect(ms).toBeGreaterThanOrEqual(95);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(100);
    expect(Math.max(...times)).toBeLessThan(1500);
  });

  it('draws each task its own latency from a latency model, scaled, and records what it drew', async () => {
    fake.setFaults({ latencyMs: 5, latencyModel: { scale: 0.5, tasks: { tutorial: [300, 400], quiz: [10, 20] } }, seed: 3 });
    const before = fake.requests.length;
    const times = (await Promise.all(Array.from({ length: 4 }, () => ask(fake, 'Learn Go', 'go-basics')))).map((a) => a.ms);
    const drawn = fake.requests.slice(before).map((r) => r.latencyMs);
    for (const ms of drawn) expect(ms).toBeGreaterThanOrEqual(150);
    for (const ms of drawn) expect(ms).toBeLessThanOrEqual(200);
    expect(new Set(drawn).size).toBe(4);
    for (const ms of times) expect(ms).toBeGreaterThanOrEqual(145);
  });
});
