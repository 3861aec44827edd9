/**
 * Builds the configured LLM provider; `onUsage` records each call's tokens and cost per roadmap and task. Either
 * provider is wrapped for metrics and spans (./instrumented.ts).
 */
import type { Config } from '../config.js';
import type { Logger } from '../telemetry/logger.js';
import { instrumented } from './instrumented.js';
import { catalogue } from './offline/catalogue.js';
import { createOfflineProvider } from './offline/provider.js';
import { createOpenAiProvider } from './openai/provider.js';
import type { ChatTask } from '../domain/enums.js';
import type { LlmProvider, LlmTask, UsageSink } from './port.js';

export function modelsFor(config: Config): Record<LlmTask | ChatTask, string> {
  const content = config.LLM_MODEL_CONTENT ?? config.LLM_MODEL;
  return {
    intent: config.LLM_MODEL_INTENT ?? config.LLM_MODEL,
    outline: config.LLM_MODEL_OUTLINE ?? config.LLM_MODEL,
    validation: config.LLM_MODEL_VALIDATION ?? config.LLM_MODEL,
    repair: config.LLM_MODEL_REPAIR ?? config.LLM_MODEL,
    // Re-planning a module is outline work: the model that repairs outlines does it.
    regenerate_module: config.LLM_MODEL_REPAIR ?? config.LLM_MODEL,
    tutorial: content,
    resources: content,
    quiz: content,
    tutor: config.LLM_MODEL_TUTOR ?? config.LLM_MODEL,
  };
}

/** The offline provider's one "model", in metrics and spans. */
const OFFLINE_MODEL = 'catalogue';

export function createLlmProvider(config: Config, o: { logger: Logger; onUsage: UsageSink }): LlmProvider {
  if (config.llmProvider === 'offline') {
    return instrumented(() => createOfflineProvider({ catalogue: catalogue(), delayMs: config.OFFLINE_LLM_DELAY_MS, timeoutMs: config.LLM_TIMEOUT_MS }), () => OFFLINE_MODEL, o.onUsage);
  }
  const models = modelsFor(config);
  return instrumented((onUsage) => createOpenAiProvider({
    apiKey: config.OPENAI_API_KEY ?? '',
    baseURL: config.OPENAI_BASE_URL,
    models,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    retryBaseMs: config.LLM_RETRY_BASE_MS,
    concurrency: config.LLM_CONCURRENCY,
    rpm: config.LLM_RPM,
    prices: { inputPerMTok: config.LLM_PRICE_INPUT_PER_MTOK, outputPerMTok: config.LLM_PRICE_OUTPUT_PER_MTOK },
    stream: config.LLM_STREAM,
    logger: o.logger,
    onUsage,
  }), (task) => models[task], o.onUsage);
}
