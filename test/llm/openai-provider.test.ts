/**
 * The OpenAI provider against the fake OpenAI-compatible server, through the real SDK: answers, retries with
 * Retry-After, timeouts, the repair request, refusals, aborts, the concurrency limit and usage accounting.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { intentSchema, type Intent } from '../../src/domain/intent.js';
import { outlineSchema, roadmapRequestSchema } from '../../src/domain/roadmap.js';
import { createLimiter } from '../../src/llm/openai/limiter.js';
import { createOpenAiProvider, type OpenAiProviderOptions } from '../../src/llm/openai/provider.js';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { createOfflineProvider } from '../../src/llm/offline/provider.js';
import { CHAT_TASKS, LLM_TASKS, LlmError, type ChatTask, type LlmTask, type LlmUsage, type TaskContext } from '../../src/llm/port.js';
import { promptFor } from '../../src/llm/prompts.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';

const T = { timeout: 30_000 };
const request = roadmapRequestSchema.parse({ goal: 'Learn Go for backend development', hoursPerWeek: 8, weeks: 10 });
const models = Object.fromEntries([...LLM_TASKS, ...CHAT_TASKS].map((t) => [t, `model-${t}`])) as Record<LlmTask | ChatTask, string>;

let fake: FakeOpenAi;
let intent: Intent;

function setup(over: Partial<OpenAiProviderOptions> = {}, server: FakeOpenAi = fake) {
  const usage: LlmUsage[] = [];
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const provider = createOpenAiProvider({
    apiKey: 'test-key',
    baseURL: server.url,
    models,
    timeoutMs: 5000,
    maxRetries: 3,
    retryBaseMs: 20,
    concurrency: 8,
    rpm: 0,
    prices: { inputPerMTok: 2, outputPerMTok: 8 },
    stream: false,
    onUsage: (u) => usage.push(u),
    logger: pino({ level: 'warn' }, sink),
    ...over,
  });
  return { provider, usage, logs };
}

const intentCall = (signal?: AbortSignal) => {
  const context: TaskContext = { request };
  return { task: 'intent' as const, schema: intentSchema, prompt: promptFor('intent', context), context, roadmapId: 'r-1', signal };
};

async function rejection(p: Promise<unknown>): Promise<LlmError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LlmError);
  return err as LlmError;
}

beforeAll(async () => {
  fake = await startFakeOpenAi();
  const offline = createOfflineProvider({ catalogue: catalogue(), delayMs: 0 });
  intent = await offline.generate(intentCall());
});
afterAll(() => fake?.close());
beforeEach(() => {
  fake.setFaults({});
  fake.requests.length = 0;
});

describe('OpenAI provider', () => {
  for (const stream of [false, true]) {
    it(`answers intent and outline (${stream ? 'streaming' : 'not streaming'})`, T, async () => {
      const { provider, usage } = setup({ stream });
      const got = await provider.generate(intentCall());
      expect(got).toEqual(intent);
      const context: TaskContext = { request, intent };
      const outline = await provider.generate({
        task: 'outline',
        schema: outlineSchema,
        prompt: promptFor('outline', context),
        context,
        roadmapId: 'r-1',
      });
      expect(outlineSchema.parse(outline).stages.length).toBeGreaterThan(0);
      expect(fake.requests.map((r) => [r.task, r.model, r.stream, r.fault])).toEqual([
        ['intent', 'model-intent', stream, 'ok'],
        ['outline', 'model-outline', stream, 'ok'],
      ]);
      expect(usage.map((u) => [u.task, u.model, u.provider, u.attempts])).toEqual([
        ['intent', 'model-intent', 'openai', 1],
        ['outline', 'model-outline', 'openai', 1],
      ]);
      usage.forEach((u, i) => {
        expect(u.promptTokens).toBe(fake.requests[i]!.usage!.prompt_tokens);
        expect(u.completionTokens).toBe(fake.requests[i]!.usage!.completion_tokens);
      });
    });
  }

  it('waits out a 429 for its Retry-After, logs the retry and counts both attempts', T, async () => {
    fake.setFaults({ script: ['429'], retryAfterSeconds: 1 });
    const { provider, usage, logs } = setup();
    const started = Date.now();
    expect(await provider.generate(intentCall())).toEqual(intent);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.requests.map((r) => r.fault)).toEqual(['429', 'ok']);
    expect(usage).toHaveLength(1);
    expect(usage[0]!.attempts).toBe(2);
    const retry = logs.find((l) => l.msg === 'LLM request failed; retrying');
    expect(retry).toMatchObject({ level: 40, roadmapId: 'r-1', task: 'intent', attempt: 1, status: 429 });
    expect(retry!.delayMs).toBeGreaterThanOrEqual(1000);
  });

  it('retries a 500', T, async () => {
    fake.setFaults({ script: ['500'] });
    const { provider, usage } = setup();
    expect(await provider.generate(intentCall())).toEqual(intent);
    expect(fake.requests.map((r) => r.fault)).toEqual(['500', 'ok']);
    expect(usage[0]!.attempts).toBe(2);
  });

  it('abandons an answer slower than timeoutMs and retries', T, async () => {
    fake.setFaults({ script: ['slow'], slowMs: 1500 });
    const { provider, usage } = setup({ timeoutMs: 300 });
    const started = Date.now();
    expect(await provider.generate(intentCall())).toEqual(intent);
    expect(Date.now() - started).toBeLessThan(1400);
    expect(fake.requests.map((r) => r.fault)).toEqual(['slow', 'ok']);
    expect(usage[0]!.attempts).toBe(2);
  });

  it('times out a stream that stalls mid-body, and gives up after maxRetries', T, async () => {
    fake.setFaults({ latencyMs: 1500 });
    const { provider } = setup({ stream: true, timeoutMs: 300, maxRetries: 1 });
    const err = await rejection(provider.generate(intentCall()));
    expect([err.kind, err.failure, err.code]).toEqual(['timeout', 'transient', 'LLM_UNAVAILABLE']);
    expect(fake.requests).toHaveLength(2);
  });

  it('repairs malformed JSON with one more request', T, async () => {
    fake.setFaults({ script: ['malformed'] });
    const { provider, usage } = setup({ stream: true });
    expect(await provider.generate(intentCall())).toEqual(intent);
    expect(fake.requests.map((r) => [r.fault, r.repair])).toEqual([
      ['malformed', false],
      ['ok', true],
    ]);
    const [system, user, assistant, complaint] = fake.requests[1]!.messages;
    expect([system!.role, user!.role, assistant!.role, complaint!.role]).toEqual(['system', 'user', 'assistant', 'user']);
    expect(String(complaint!.content)).toContain('not valid JSON');
    expect(usage[0]!.attempts).toBe(2);
  });

  it('fails with invalid_output when the repaired answer is still the wrong shape', T, async () => {
    fake.setFaults({ script: ['wrong_shape', 'wrong_shape'] });
    const { provider, usage } = setup();
    const err = await rejection(provider.generate(intentCall()));
    expect([err.kind, err.failure, err.code]).toEqual(['invalid_output', 'content', 'LLM_INVALID_OUTPUT']);
    expect(fake.requests.map((r) => r.repair)).toEqual([false, true]);
    expect(String(fake.requests[1]!.messages[3]!.content)).toMatch(/^- .+: /m);
    // The tokens were spent, so the failure is billed.
    expect(usage.map((u) => u.attempts)).toEqual([2]);
  });

  it('does not retry a 400', T, async () => {
    fake.setFaults({ script: ['400'] });
    const { provider, usage } = setup();
    const err = await rejection(provider.generate(intentCall()));
    expect([err.kind, err.failure, err.code]).toEqual(['client', 'permanent', 'LLM_REFUSED']);
    expect(fake.requests).toHaveLength(1);
    expect(usage).toHaveLength(0);
  });

  it('stops at once when the caller aborts, mid-request or during a backoff', T, async () => {
    const { provider } = setup();
    for (const plan of [{ latencyMs: 3000 }, { script: ['429' as const], retryAfterSeconds: 5 }]) {
      fake.setFaults(plan);
      fake.requests.length = 0;
      const started = Date.now();
      const err = await rejection(provider.generate(intentCall(AbortSignal.timeout(150))));
      expect(err.kind).toBe('aborted');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(fake.requests).toHaveLength(1);
    }
  });

  it('keeps at most `concurrency` requests in flight', T, async () => {
    const server = await startFakeOpenAi({ faults: { latencyMs: 200 } });
    try {
      const { provider } = setup({ concurrency: 2 }, server);
      const started = Date.now();
      const results = await Promise.all(Array.from({ length: 6 }, () => provider.generate(intentCall())));
      expect(results).toHaveLength(6);
      expect(server.maxInFlight).toBe(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    } finally {
      await server.close();
    }
  });

  it('sums the usage of every attempt and prices it', T, async () => {
    fake.setFaults({ script: ['500', 'malformed'] });
    const { provider, usage } = setup({ prices: { inputPerMTok: 2.5, outputPerMTok: 10 } });
    await provider.generate(intentCall());
    expect(fake.requests.map((r) => r.fault)).toEqual(['500', 'malformed', 'ok']);
    const prompt = fake.requests.reduce((n, r) => n + (r.usage?.prompt_tokens ?? 0), 0);
    const completion = fake.requests.reduce((n, r) => n + (r.usage?.completion_tokens ?? 0), 0);
    expect(prompt).toBeGreaterThan(0);
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({ promptTokens: prompt, completionTokens: completion, attempts: 3, roadmapId: 'r-1' });
    expect(usage[0]!.costUsd).toBeCloseTo((prompt * 2.5 + completion * 10) / 1e6, 12);
    expect(usage[0]!.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe('limiter', () => {
  it('starts at most rpm calls per rolling minute, and lets a waiting call be aborted', async () => {
    vi.useFakeTimers();
    try {
      const limiter = createLimiter({ concurrency: 10, rpm: 2 });
      const started: number[] = [];
      const call = (i: number, signal?: AbortSignal) =>
        limiter.run(async () => {
          started.push(i);
          return i;
        }, signal);
      const abort = new AbortController();
      const runs = [call(1), call(2), call(3, abort.signal), call(4)];
      await vi.advanceTimersByTimeAsync(0);
      expect(started).toEqual([1, 2]);
      abort.abort(new Error('gone'));
      await expect(runs[2]).rejects.toThrow('gone');
      await vi.advanceTimersByTimeAsync(59_000);
      expect(started).toEqual([1, 2]);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(started).toEqual([1, 2, 4]);
      expect(await Promise.all([runs[0], runs[1], runs[3]])).toEqual([1, 2, 4]);
    } finally {
      vi.useRealTimers();
    }
  });
});
