/**
 * Metrics and spans for every LLM call, whichever provider answers: a decorator around the provider, so both
 * are measured alike and neither knows about it. Each call is a client span with the OpenTelemetry GenAI
 * conventions (`gen_ai.*`), and counts in pathsmith_llm_* by provider, model, task and outcome; tokens and cost
 * come from the usage the provider reports (the openai provider; the offline one spends none).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { z } from 'zod';
import { llmCost, llmDuration, llmRequests, llmTokens } from '../telemetry/metrics.js';
import { tracer } from '../telemetry/tracing.js';
import type { ChatTask } from '../domain/enums.js';
import { LlmError, type ChatAnswer, type ChatRequest, type GenerateRequest, type LlmProvider, type LlmTask, type LlmUsage, type UsageSink } from './port.js';

/** The usage a provider reports inside a call reaches that call's span through this, however many run at once. */
const currentCall = new AsyncLocalStorage<{ usage?: LlmUsage }>();

/**
 * Builds the provider with a usage sink that also counts tokens and cost, and wraps its calls. `modelOf` names
 * the model a task uses, for labels (the offline provider has one model: its catalogue).
 */
export function instrumented(build: (onUsage: UsageSink) => LlmProvider, modelOf: (task: LlmTask | ChatTask) => string, onUsage: UsageSink): LlmProvider {
  const count = (usage: LlmUsage) => {
    const labels = { provider: usage.provider, model: usage.model, task: usage.task };
    llmTokens.inc({ ...labels, type: 'input' }, usage.promptTokens);
    llmTokens.inc({ ...labels, type: 'output' }, usage.completionTokens);
    llmCost.inc(labels, usage.costUsd);
  };
  const provider = build((usage) => {
    count(usage);
    const call = currentCall.getStore();
    if (call) call.usage = usage;
    onUsage(usage);
  });
  return {
    name: provider.name,
    chat(req: ChatRequest): Promise<ChatAnswer> {
      const labels = { provider: provider.name, model: modelOf(req.task), task: req.task };
      const attributes = { 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': labels.provider, 'gen_ai.request.model': labels.model, 'pathsmith.llm.task': req.task };
      return tracer().span(`chat ${labels.model}`, { kind: 'client', attributes }, async (span) => {
        const started = performance.now();
        const answer = await provider.chat(req);
        count(answer.usage);
        llmRequests.inc({ ...labels, outcome: answer.error?.kind ?? 'ok' });
        llmDuration.observe(labels, (performance.now() - started) / 1000);
        span.setAttributes({ 'gen_ai.usage.input_tokens': answer.usage.promptTokens, 'gen_ai.usage.output_tokens': answer.usage.completionTokens });
        return answer;
      });
    },
    generate<S extends z.ZodType>(req: GenerateRequest<S>): Promise<z.output<S>> {
      const labels = { provider: provider.name, model: modelOf(req.task), task: req.task };
      const attributes = { 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': labels.provider, 'gen_ai.request.model': labels.model, 'pathsmith.llm.task': req.task };
      return tracer().span(`chat ${labels.model}`, { kind: 'client', attributes }, (span) => {
        const call: { usage?: LlmUsage } = {};
        const started = performance.now();
        let outcome = 'ok';
        return currentCall.run(call, async () => {
          try {
            return await provider.generate(req);
          } catch (err) {
            outcome = err instanceof LlmError ? err.kind : 'error';
            throw err;
          } finally {
            llmRequests.inc({ ...labels, outcome });
            llmDuration.observe(labels, (performance.now() - started) / 1000);
            if (call.usage) span.setAttributes({ 'gen_ai.usage.input_tokens': call.usage.promptTokens, 'gen_ai.usage.output_tokens': call.usage.completionTokens });
          }
        });
      });
    },
  };
}
