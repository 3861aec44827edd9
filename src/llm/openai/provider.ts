/**
 * The OpenAI provider: any OpenAI-compatible chat completions API (OpenAI, Azure, DeepSeek, Qwen, Ollama, vLLM…).
 * One `generate` is one JSON answer: a request with retries (backoff, jitter, Retry-After), then validation
 * against the task's schema and, if that fails, a single repair request that quotes the problems back.
 * The SDK's own retries are off so that attempts are ours to count, time out, log and bill. One `chat` is one
 * streamed text answer (the tutor), retried like a request only until its first token reaches the learner.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import type { Logger } from '../../telemetry/logger.js';
import type { ChatTask } from '../../domain/enums.js';
import { LlmError, type ChatAnswer, type ChatRequest, type GenerateRequest, type LlmProvider, type LlmTask, type LlmUsage, type UsageSink } from '../port.js';
import { createLimiter } from './limiter.js';
import { parseOutput, repairMessage } from './output.js';

export interface OpenAiProviderOptions {
  apiKey: string;
  baseURL?: string;
  models: Record<LlmTask | ChatTask, string>;
  /** Per HTTP request, from its start (not from the wait for a limiter slot) to the end of its body. */
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  concurrency: number;
  /** Request starts per rolling minute; 0 means unlimited. */
  rpm: number;
  /** USD per million tokens. */
  prices: { inputPerMTok: number; outputPerMTok: number };
  stream: boolean;
  onUsage: UsageSink;
  logger: Logger;
}

/** Exponential backoff stops growing here: by then the outage is long and waiting longer buys little. */
const MAX_BACKOFF_MS = 30_000;
/** A server may ask for a longer pause than our backoff, but never holds a job for more than a minute per retry. */
const MAX_RETRY_DELAY_MS = 60_000;
/** 408 request timeout, 409 conflict (lock timeout), 429 rate limit; every 5xx is retried too. */
const RETRYABLE_STATUSES = new Set([408, 409, 429]);

type FailureKind = 'rate_limit' | 'timeout' | 'server' | 'client';
interface Failure {
  kind: FailureKind;
  /** The HTTP status, or what happened instead, for the logs. */
  status: number | 'timeout' | 'connection';
  retryAfterMs?: number;
  cause: unknown;
}

interface Spent {
  promptTokens: number;
  completionTokens: number;
  attempts: number;
}

export function createOpenAiProvider(o: OpenAiProviderOptions): LlmProvider {
  const client = new OpenAI({ apiKey: o.apiKey, baseURL: o.baseURL, maxRetries: 0, timeout: o.timeoutMs });
  const limiter = createLimiter({ concurrency: o.concurrency, rpm: o.rpm });

  /** One HTTP request: the answer's text, its tokens added to `spent`. */
  async function requestOnce(model: string, messages: ChatCompletionMessageParam[], signal: AbortSignal, spent: Spent) {
    spent.attempts++;
    const base = { model, messages, response_format: { type: 'json_object' as const } };
    if (!o.stream) {
      const res = await client.chat.completions.create(base, { signal });
      spent.promptTokens += res.usage?.prompt_tokens ?? 0;
      spent.completionTokens += res.usage?.completion_tokens ?? 0;
      return res.choices[0]?.message.content ?? '';
    }
    const stream = await client.chat.completions.create(
      { ...base, stream: true, stream_options: { include_usage: true } },
      { signal },
    );
    let text = '';
    let usage: { prompt_tokens: number; completion_tokens: number } | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    // The SDK ends a stream quietly when its signal aborts, so a timeout mid-body looks like a short answer.
    signal.throwIfAborted();
    spent.promptTokens += usage?.prompt_tokens ?? 0;
    spent.completionTokens += usage?.completion_tokens ?? 0;
    return text;
  }

  /**
   * A chat answer streamed as it arrives. Usage comes in the stream's last chunk (`include_usage`); a stream cut
   * short has none, so what it cost is estimated from its characters (the server billed it all the same).
   */
  async function chatOnce(model: string, req: ChatRequest, signal: AbortSignal, spent: Spent, streamed: { text: string }) {
    spent.attempts++;
    const stream = await client.chat.completions.create({ model, messages: req.messages, stream: true, stream_options: { include_usage: true } }, { signal });
    let usage: { prompt_tokens: number; completion_tokens: number } | undefined;
    try {
      for await (const chunk of stream) {
        const piece = chunk.choices[0]?.delta?.content ?? '';
        if (piece) {
          streamed.text += piece;
          req.onToken(piece);
        }
        if (chunk.usage) usage = chunk.usage;
      }
      signal.throwIfAborted();
    } finally {
      spent.promptTokens += usage?.prompt_tokens ?? estimateTokens(req.messages.reduce((n, m) => n + m.content.length, 0));
      spent.completionTokens += usage?.completion_tokens ?? estimateTokens(streamed.text.length);
    }
    return streamed.text;
  }

  /**
   * A request with retries; the limiter slot is held per HTTP request, never across a backoff sleep. `canRetry`
   * says whether another attempt is still possible (not once a chat answer has started reaching the learner).
   */
  async function complete(
    req: { task: string; roadmapId: string; signal?: AbortSignal },
    model: string,
    send: (signal: AbortSignal) => Promise<string>,
    canRetry: () => boolean = () => true,
  ): Promise<string> {
    for (let retry = 0; ; retry++) {
      let attemptSignal: AbortSignal | undefined;
      try {
        return await limiter.run(() => {
          const timeout = AbortSignal.timeout(o.timeoutMs);
          attemptSignal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
          return send(attemptSignal);
        }, req.signal);
      } catch (err) {
        if (req.signal?.aborted) throw aborted(req, err);
        if (err instanceof LlmError) throw err;
        const f = classify(err, attemptSignal);
        if (f.kind === 'client') {
          throw new LlmError('client', `${req.task}: ${model} refused the request: ${describe(err)}`, { cause: err });
        }
        if (retry >= o.maxRetries || !canRetry()) {
          throw new LlmError(f.kind, `${req.task}: ${model} failed after ${retry + 1} attempts: ${describe(err)}`, { cause: err });
        }
        const backoff = Math.random() * Math.min(MAX_BACKOFF_MS, o.retryBaseMs * 2 ** retry);
        const delayMs = Math.round(Math.min(MAX_RETRY_DELAY_MS, Math.max(backoff, f.retryAfterMs ?? 0)));
        o.logger.warn(
          { roadmapId: req.roadmapId, task: req.task, attempt: retry + 1, status: f.status, delayMs },
          'LLM request failed; retrying',
        );
        try {
          await sleep(delayMs, undefined, { signal: req.signal });
        } catch (sleepErr) {
          throw aborted(req, sleepErr);
        }
      }
    }
  }

  return {
    name: 'openai',
    async generate<S extends z.ZodType>(req: GenerateRequest<S>): Promise<z.output<S>> {
      const model = o.models[req.task];
      const startedAt = performance.now();
      const spent: Spent = { promptTokens: 0, completionTokens: 0, attempts: 0 };
      let succeeded = false;
      try {
        if (req.signal?.aborted) throw aborted(req, req.signal.reason);
        const messages: ChatCompletionMessageParam[] = [
          { role: 'system', content: req.prompt.system },
          { role: 'user', content: req.prompt.user },
        ];
        const first = await complete(req, model, (signal) => requestOnce(model, messages, signal, spent));
        const parsed = parseOutput(first, req.schema);
        if (parsed.ok) {
          succeeded = true;
          return parsed.data;
        }
        o.logger.warn(
          { roadmapId: req.roadmapId, task: req.task, problems: parsed.problems.slice(0, 5) },
          'LLM answer is invalid; asking for a repair',
        );
        const repairMessages: ChatCompletionMessageParam[] = [
          ...messages,
          { role: 'assistant', content: first },
          { role: 'user', content: repairMessage(parsed.problems) },
        ];
        const second = await complete(req, model, (signal) => requestOnce(model, repairMessages, signal, spent));
        const repaired = parseOutput(second, req.schema);
        if (repaired.ok) {
          succeeded = true;
          return repaired.data;
        }
        throw new LlmError(
          'invalid_output',
          `${req.task}: ${model} gave invalid output, also after a repair request: ${repaired.problems.slice(0, 5).join('; ')}`,
        );
      } finally {
        // A failure that spent no tokens (refused, rate limited, timed out) costs nothing and is not recorded.
        if (succeeded || spent.promptTokens + spent.completionTokens > 0) {
          o.onUsage(usageOf(req, model, spent, startedAt));
        }
      }
    },

    async chat(req: ChatRequest): Promise<ChatAnswer> {
      const model = o.models[req.task];
      const startedAt = performance.now();
      const spent: Spent = { promptTokens: 0, completionTokens: 0, attempts: 0 };
      const streamed = { text: '' };
      try {
        if (req.signal?.aborted) throw aborted(req, req.signal.reason);
        // Once a token has reached the learner a retry would repeat it: the answer fails there, with what arrived.
        const text = await complete(req, model, (signal) => chatOnce(model, req, signal, spent, streamed), () => streamed.text.length === 0);
        return { text, usage: usageOf(req, model, spent, startedAt) };
      } catch (err) {
        const error = err instanceof LlmError ? err : new LlmError('server', `${req.task}: ${describe(err)}`, { cause: err });
        return { text: streamed.text, usage: usageOf(req, model, spent, startedAt), error };
      }
    },
  };

  function usageOf(req: { roadmapId: string; task: LlmTask | ChatTask }, model: string, spent: Spent, startedAt: number): LlmUsage {
    return {
      roadmapId: req.roadmapId,
      task: req.task,
      provider: 'openai',
      model,
      promptTokens: spent.promptTokens,
      completionTokens: spent.completionTokens,
      costUsd: (spent.promptTokens * o.prices.inputPerMTok + spent.completionTokens * o.prices.outputPerMTok) / 1e6,
      durationMs: Math.round(performance.now() - startedAt),
      attempts: spent.attempts,
    };
  }
}

/** About four characters a token, as the tokenizers of the common models average on English text. */
const estimateTokens = (chars: number) => Math.ceil(chars / 4);

function aborted(req: { task: string }, cause: unknown): LlmError {
  return new LlmError('aborted', `${req.task}: the LLM call was aborted`, { cause });
}

function classify(err: unknown, attemptSignal: AbortSignal | undefined): Failure {
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    const status = err.status;
    const retryAfterMs = retryAfter(err.headers);
    if (status === 429) return { kind: 'rate_limit', status, retryAfterMs, cause: err };
    if (status === 408) return { kind: 'timeout', status, retryAfterMs, cause: err };
    if (RETRYABLE_STATUSES.has(status) || status >= 500) return { kind: 'server', status, retryAfterMs, cause: err };
    return { kind: 'client', status, cause: err };
  }
  // Our per-attempt timeout reaches the SDK as an abort of its signal (APIUserAbortError, or an AbortError
  // while the body is read); the SDK's own timeout, set to the same value, as APIConnectionTimeoutError.
  if (attemptSignal?.aborted || err instanceof OpenAI.APIConnectionTimeoutError) {
    return { kind: 'timeout', status: 'timeout', cause: err };
  }
  // Connection refused or reset, a stream cut short, an error event inside a stream: worth another try.
  return { kind: 'server', status: 'connection', cause: err };
}

/** The server's requested pause: `retry-after-ms`, or `Retry-After` in seconds or as an HTTP date; the larger. */
export function retryAfter(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const candidates: number[] = [];
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) candidates.push(ms);
  const ra = headers.get('retry-after');
  if (ra) {
    const seconds = Number(ra.trim());
    const fromHeader = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(ra) - Date.now();
    if (Number.isFinite(fromHeader)) candidates.push(fromHeader);
  }
  const positive = candidates.filter((c) => c >= 0);
  return positive.length > 0 ? Math.max(...positive) : undefined;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
