/**
 * The LLM port's streaming chat, for both providers: chunks arrive through `onToken` and add up to the answer;
 * usage comes back with it (the openai provider asks for it in the stream); an abort mid-answer keeps what
 * arrived and says so; and the tutor's prompt is instructions, grounding, recent turns, then the question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { roadmapRequestSchema } from '../../src/domain/roadmap.js';
import { createOfflineProvider } from '../../src/llm/offline/provider.js';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { createOpenAiProvider } from '../../src/llm/openai/provider.js';
import { CHAT_TASKS, LLM_TASKS, type ChatRequest, type ChatTask, type LlmProvider, type LlmTask, type TutorContext } from '../../src/llm/port.js';
import { tutorMessages } from '../../src/llm/tutor-prompt.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';

const context: TutorContext = {
  request: roadmapRequestSchema.parse({ goal: 'Learn Go for backend development' }),
  concept: { id: 'goroutines', title: 'Goroutines', description: 'Lightweight threads managed by the Go runtime.', hours: 2, difficulty: 'medium', prerequisites: [], keywords: ['goroutine', 'channel'] },
  conceptPath: { stage: 'Concurrency', module: 'Basics' },
  tutorial: { title: 'Goroutines', summary: 'Run functions concurrently.', markdown: '# Goroutines\n\nIntro text.\n\n## Channels\nA channel passes values between goroutines safely.\n\n## Pitfalls\nLeaked goroutines never end.', estimatedMinutes: 30 },
  history: [
    { role: 'learner', content: 'What is a goroutine?' },
    { role: 'tutor', content: 'A function running concurrently.' },
  ],
  message: 'How do channels pass values?',
};

function chatRequest(onToken: (t: string) => void, signal?: AbortSignal): ChatRequest {
  return { task: 'tutor', messages: tutorMessages(context), context, roadmapId: 'r-1', onToken, signal };
}

describe('streaming chat', () => {
  let fake: FakeOpenAi;
  let openai: LlmProvider;
  const offline = createOfflineProvider({ catalogue: catalogue(), delayMs: 0 });
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    openai = createOpenAiProvider({
      apiKey: 'k', baseURL: fake.url, models: Object.fromEntries([...LLM_TASKS, ...CHAT_TASKS].map((t) => [t, `model-${t}`])) as Record<LlmTask | ChatTask, string>,
      timeoutMs: 5000, maxRetries: 0, retryBaseMs: 10, concurrency: 4, rpm: 0, prices: { inputPerMTok: 0, outputPerMTok: 0 }, stream: true, onUsage: () => undefined, logger: pino({ level: 'silent' }),
    });
  });
  afterAll(() => fake?.close());

  it('the prompt: instructions, then the grounding, then the recent turns, then the question', () => {
    const m = tutorMessages(context);
    expect(m.map((x) => x.role)).toEqual(['system', 'user', 'user', 'assistant', 'user']);
    expect(m[0]!.content).toMatch(/^Task: tutor/);
    expect(m[1]!.content).toContain('"id":"goroutines"');
    expect(m[1]!.content).toContain('A channel passes values');
    expect(m.at(-1)!.content).toBe(context.message);
  });

  it.each(['offline', 'openai'] as const)('%s: chunks add up to the answer, with its usage', async (name) => {
    const provider = name === 'offline' ? offline : openai;
    const chunks: string[] = [];
    const answer = await provider.chat(chatRequest((t) => chunks.push(t)));
    expect(answer.error).toBeUndefined();
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(answer.text);
    if (name === 'offline') {
      expect(answer.text).toContain('not a language model');
      expect(answer.text).toContain('"Channels"');
      expect(answer.usage).toMatchObject({ promptTokens: 0, completionTokens: 0, task: 'tutor' });
    } else {
      const call = fake.requests.at(-1)!;
      expect(call).toMatchObject({ task: 'tutor', model: 'model-tutor', stream: true });
      expect(answer.usage).toMatchObject({ promptTokens: call.usage!.prompt_tokens, completionTokens: call.usage!.completion_tokens, task: 'tutor', model: 'model-tutor' });
    }
  });

  it.each(['offline', 'openai'] as const)('%s: an abort mid-answer keeps what arrived and says it was aborted', async (name) => {
    const provider = name === 'offline' ? offline : openai;
    fake.setFaults({ latencyMs: 2000 });
    try {
      const controller = new AbortController();
      let received = '';
      const answer = await provider.chat(
        chatRequest((t) => {
          received += t;
          controller.abort();
        }, controller.signal),
      );
      expect(answer.error?.kind).toBe('aborted');
      expect(answer.text).toBe(received);
      expect(received.length).toBeGreaterThan(0);
    } finally {
      fake.setFaults({});
    }
  });
});
