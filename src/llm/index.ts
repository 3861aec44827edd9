/** Builds the configured LLM provider. */
import type { Config } from '../config.js';
import { CATALOGUE } from './offline/catalogue/index.js';
import { createOfflineProvider } from './offline/provider.js';
import type { LlmProvider } from './port.js';

export function createLlmProvider(config: Config): LlmProvider {
  return createOfflineProvider({ catalogue: CATALOGUE, delayMs: config.OFFLINE_LLM_DELAY_MS });
}
