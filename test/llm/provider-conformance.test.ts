/**
 * One suite, every provider: each task, in pipeline order, returns data that parses with the task's schema when
 * given the prompt `promptFor` renders. The OpenAI provider talks to the fake OpenAI-compatible server, which
 * rebuilds the context from the prompt alone, so this also checks that the prompts carry everything a task needs.
 */
import { pino } from 'pino';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposedResourcesSchema, quizSchema, tutorialSchema } from '../../src/domain/content.js';
import { intentSchema, type Intent } from '../../src/domain/intent.js';
import { outlineSchema, roadmapRequestSchema, type Concept, type Outline } from '../../src/domain/roadmap.js';
import { outlineReviewSchema, repairSchema } from '../../src/domain/validation.js';
import { createOpenAiProvider } from '../../src/llm/openai/provider.js';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { createOfflineProvider } from '../../src/llm/offline/provider.js';
import { CHAT_TASKS, LLM_TASKS, LlmError, type ChatTask, type LlmProvider, type LlmTask, type TaskContext } from '../../src/llm/port.js';
import { RoadmapCancelled } from '../../src/workers/cancellation.js';
import { classify } from '../../src/workers/retry-policy.js';
import { promptFor } from '../../src/llm/prompts.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';

const T = { timeout: 30_000 };
const request = roadmapRequestSchema.parse({ goal: 'Learn Go for backend development', hoursPerWeek: 8, weeks: 10 });

interface Subject {
  provider: LlmProvider;
  close(): Promise<void>;
}

/** How slow every answer is, and the provider's per-call time limit. */
interface Timing {
  latencyMs: number;
  timeoutMs: number;
}
const FAST: Timing = { latencyMs: 0, timeoutMs: 10_000 };

const SUBJECTS: Record<string, (timing?: Timing) => Promise<Subject>> = {
  offline: async (timing = FAST) => ({
    provider: createOfflineProvider({ catalogue: catalogue(), delayMs: timing.latencyMs, timeoutMs: timing.timeoutMs }),
    close: async () => undefined,
  }),
  openai: (timing) => openAiSubject(false, timing),
  'openai (streaming)': (timing) => openAiSubject(true, timing),
};

async function openAiSubject(stream: boolean, timing = FAST): Promise<Subject> {
  const fake: FakeOpenAi = await startFakeOpenAi({ faults: { latencyMs: timing.latencyMs } });
  const provider = createOpenAiProvider({
    apiKey: 'test-key',
    baseURL: fake.url,
    models: Object.fromEntries([...LLM_TASKS, ...CHAT_TASKS].map((t) => [t, 'fake-model'])) as Record<LlmTask | ChatTask, string>,
    timeoutMs: timing.timeoutMs,
    maxRetries: 0,
    retryBaseMs: 10,
    concurrency: 4,
    rpm: 0,
    prices: { inputPerMTok: 0, outputPerMTok: 0 },
    stream,
    onUsage: () => undefined,
    logger: pino({ level: 'silent' }),
  });
  return { provider, close: () => fake.close() };
}

for (const [name, make] of Object.entries(SUBJECTS)) {
  describe(`LLM provider conformance: ${name}`, () => {
    let subject: Subject;
    let intent: Intent;
    let outline: Outline;
    let concept: Concept;
    let conceptPath: { stage: string; module: string };

    async function generate<S extends z.ZodType>(task: LlmTask, schema: S, context: TaskContext): Promise<z.output<S>> {
      const data = await subject.provider.generate({ task, schema, prompt: promptFor(task, context), context, roadmapId: 'conformance' });
      // Parsed once by the provider; parsing again shows the value itself, not just a cast, is schema-shaped.
      return schema.parse(data) as z.output<S>;
    }

    beforeAll(async () => {
      subject = await make();
    });
    afterAll(() => subject?.close());

    it('intent', T, async () => {
      intent = await generate('intent', intentSchema, { request });
      expect(intent.parsedGoal.length).toBeGreaterThan(0);
    });

    it('outline', T, async () => {
      outline = await generate('outline', outlineSchema, { request, intent });
      const stage = outline.stages[0]!;
      const mod = stage.modules[0]!;
      concept = mod.concepts[0]!;
      conceptPath = { stage: stage.title, module: mod.title };
      expect(concept.id).toMatch(/^[a-z0-9-]+$/);
    });

    it('validation', T, async () => {
      const review = await generate('validation', outlineReviewSchema, { request, intent, outline });
      expect(review.dimensions).toHaveLength(5);
    });

    it('repair', T, async () => {
      const repaired = await generate('repair', repairSchema, { request, intent, outline, problems: ['example problem'] });
      expect(repaired.editPlan.length).toBeGreaterThan(0);
      expect(repaired.outline.stages.length).toBeGreaterThan(0);
    });

    const content = () => ({ request, outline, concept, conceptPath });

    it('tutorial', T, async () => {
      await generate('tutorial', tutorialSchema, content());
    });

    it('resources', T, async () => {
      const proposed = await generate('resources', proposedResourcesSchema, content());
      expect(proposed.resources.length).toBeGreaterThanOrEqual(5);
    });

    it('quiz', T, async () => {
      await generate('quiz', quizSchema, content());
    });
  });
}

/**
 * Abort, timeout and cancel mean the same on every provider, so one retry rule serves them all: a cancel is
 * final, the job's own time limit spends an attempt, the provider's per-call timeout is an unavailable model.
 */
for (const [name, make] of Object.entries(SUBJECTS)) {
  describe(`LLM provider conformance, when calls stop: ${name}`, () => {
    const call = (provider: LlmProvider, signal?: AbortSignal) =>
      provider.generate({ task: 'intent', schema: intentSchema, prompt: promptFor('intent', { request }), context: { request }, roadmapId: 'conformance', signal });
    const failure = async (p: Promise<unknown>) => {
      const err = await p.then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(LlmError);
      return err as LlmError;
    };

    it('a learner\'s cancel stops a slow call at once, and is classified as cancelled', T, async () => {
      const subject = await make({ latencyMs: 3000, timeoutMs: 10_000 });
      const controller = new AbortController();
      const started = Date.now();
      setTimeout(() => controller.abort(new RoadmapCancelled('r')), 100);
      const err = await failure(call(subject.provider, controller.signal));
      expect(Date.now() - started).toBeLessThan(1500);
      expect(err.kind).toBe('aborted');
      expect(classify(err, controller.signal)).toEqual({ kind: 'cancelled' });
      await subject.close();
    });

    it('the job\'s time limit stops a slow call, and spends an attempt (JOB_TIMEOUT)', T, async () => {
      const subject = await make({ latencyMs: 3000, timeoutMs: 10_000 });
      const signal = AbortSignal.timeout(150);
      const err = await failure(call(subject.provider, signal));
      expect(err.kind).toBe('aborted');
      expect(classify(err, signal)).toMatchObject({ kind: 'content', code: 'JOB_TIMEOUT' });
      await subject.close();
    });

    it('a call slower than the provider\'s per-call timeout is an unavailable model: transient', T, async () => {
      const subject = await make({ latencyMs: 1500, timeoutMs: 200 });
      const err = await failure(call(subject.provider, new AbortController().signal));
      expect(err.kind).toBe('timeout');
      expect(classify(err, new AbortController().signal)).toMatchObject({ kind: 'transient', code: 'LLM_UNAVAILABLE' });
      await subject.close();
    });
  });
}
