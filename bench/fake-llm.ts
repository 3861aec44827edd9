/** Child process: the fake OpenAI-compatible server with a per-call latency (FAKE_LLM_LATENCY_MS), streamed. */
import { startFakeOpenAi } from '../tools/fake-openai/server.js';

const fake = await startFakeOpenAi({ faults: { latencyMs: Number(process.env.FAKE_LLM_LATENCY_MS ?? 300) } });
process.send?.({ url: fake.url });
process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
