/** Builds the configured LLM provider, with its usage recorded per roadmap and task. */
import type { Config } from '../config.js';
import type { Runtime } from '../runtime.js';
import { insertUsage } from '../store/sql/usage.js';
import { catalogue } from './offline/catalogue.js';
import { createOfflineProvider } from './offline/provider.js';
import { createOpenAiProvider } from './openai/provider.js';
import type { LlmProvider, LlmTask } from './port.js';

export function modelsFor(config: Config): Record<LlmTask, string> {
  const content = config.LLM_MODEL_CONTENT ?? config.LLM_MODEL;
  return {
    intent: config.LLM_MODEL_INTENT ?? config.LLM_MODEL,
    outline: config.LLM_MODEL_OUTLINE ?? config.LLM_MODEL,
    validation: config.LLM_MODEL_VALIDATION ?? config.LLM_MODEL,
    repair: config.LLM_MODEL_REPAIR ?? config.LLM_MODEL,
    tutorial: content,
    resources: content,
    quiz: content,
  };
}

export function createLlmProvider(config: Config, rt: Pick<Runtime, 'pool' | 'logger'>): LlmProvider {
  if (config.llmProvider === 'offline') {
    return createOfflineProvider({ catalogue: catalogue(), delayMs: config.OFFLINE_LLM_DELAY_MS });
  }
  return createOpenAiProvider({
    apiKey: config.OPENAI_API_KEY ?? '',
    baseURL: config.OPENAI_BASE_URL,
    models: modelsFor(config),
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    retryBaseMs: config.LLM_RETRY_BASE_MS,
    concurrency: config.LLM_CONCURRENCY,
    rpm: config.LLM_RPM,
    prices: { inputPerMTok: config.LLM_PRICE_INPUT_PER_MTOK, outputPerMTok: config.LLM_PRICE_OUTPUT_PER_MTOK },
    stream: config.LLM_STREAM,
    logger: rt.logger,
    // Usage is bookkeeping: a failed insert is logged, never allowed to fail the generation.
    onUsage: (usage) => void insertUsage(rt.pool, usage).catch((err: unknown) => rt.logger.warn({ err, roadmapId: usage.roadmapId }, 'LLM usage not recorded')),
  });
}
