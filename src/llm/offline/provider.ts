/**
 * The offline provider: deterministic answers with no network, from the curated catalogue. It is the default
 * when no API key is set, so Pathsmith works end to end on a fresh machine. Its output passes through the same
 * schema validation as a real model's. Its tutorials are templates and say so; its quizzes are the questions
 * written per concept in the catalogue, or labelled templates where none are written yet.
 */
import { setImmediate as yieldToIo, setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import { LlmError, type ChatAnswer, type ChatRequest, type GenerateRequest, type LlmProvider, type LlmTask } from '../port.js';
import { intent } from './answers/intent.js';
import { outline } from './answers/outline.js';
import { quiz } from './answers/quiz.js';
import { regenerateModule } from './answers/regenerate-module.js';
import { repair } from './answers/repair.js';
import { resources } from './answers/resources.js';
import { tutorial } from './answers/tutorial.js';
import { tutorAnswer } from './answers/tutor.js';
import type { OfflineAnswer } from './answers/types.js';
import { validation } from './answers/validation.js';
import type { CatalogueEntry } from './catalogue-schema.js';
import { genericEntry } from './generic.js';
import { selectEntry } from './match.js';

export interface OfflineOptions {
  catalogue: readonly CatalogueEntry[];
  /** Simulated latency per call, for tests and benchmarks of the pipeline's concurrency. */
  delayMs: number;
  /** The per-call time limit every provider honours (LLM_TIMEOUT_MS): a slower answer is a timeout. Default: none. */
  timeoutMs?: number;
}

const ANSWERS: Record<LlmTask, OfflineAnswer> = { intent, outline, validation, repair, tutorial, resources, quiz, regenerate_module: regenerateModule };

/** Words per streamed chunk of a chat answer: a stream the learner sees arrive, like a model's. */
const CHAT_CHUNK_WORDS = 4;

export function createOfflineProvider(o: OfflineOptions): LlmProvider {
  const timeoutMs = o.timeoutMs ?? Number.POSITIVE_INFINITY;
  /**
   * The same contract as the openai provider: an aborted call rejects with LlmError('aborted'), a call slower
   * than the time limit with LlmError('timeout'), so a job treats both providers alike.
   */
  async function delay(task: string, signal: AbortSignal | undefined): Promise<void> {
    try {
      signal?.throwIfAborted();
      if (o.delayMs > 0) await sleep(Math.min(o.delayMs, timeoutMs), undefined, { signal });
    } catch (err) {
      throw new LlmError('aborted', `${task}: the call was aborted`, { cause: err });
    }
    if (o.delayMs >= timeoutMs) throw new LlmError('timeout', `${task}: no answer within ${timeoutMs} ms`);
  }
  return {
    name: 'offline',
    async chat(req: ChatRequest): Promise<ChatAnswer> {
      const startedAt = performance.now();
      const usage = () => ({ roadmapId: req.roadmapId, task: req.task, provider: 'offline', model: 'catalogue', promptTokens: 0, completionTokens: 0, costUsd: 0, durationMs: Math.round(performance.now() - startedAt), attempts: 1 });
      let sent = '';
      try {
        await delay(req.task, req.signal);
        const words = tutorAnswer(req.context).split(/(?<=\s)/);
        for (let i = 0; i < words.length; i += CHAT_CHUNK_WORDS) {
          if (req.signal?.aborted) throw new LlmError('aborted', `${req.task}: the call was aborted`, { cause: req.signal.reason });
          const chunk = words.slice(i, i + CHAT_CHUNK_WORDS).join('');
          sent += chunk;
          req.onToken(chunk);
          await yieldToIo();
        }
        return { text: sent, usage: usage() };
      } catch (err) {
        return { text: sent, usage: usage(), error: err instanceof LlmError ? err : new LlmError('server', String(err), { cause: err }) };
      }
    },
    async generate<S extends z.ZodType>(req: GenerateRequest<S>): Promise<z.output<S>> {
      await delay(req.task, req.signal);
      const entry = selectEntry(o.catalogue, req.context.request.goal) ?? genericEntry(req.context.request.goal);
      return req.schema.parse(ANSWERS[req.task](req.context, entry));
    },
  };
}
