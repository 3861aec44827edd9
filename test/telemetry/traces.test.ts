/**
 * Traces with an in-memory exporter: one POST /v1/roadmaps is one connected trace — the request, its enqueue,
 * the workflow job, every content job down to the last piece, their SQL and their LLM calls (with the GenAI
 * attributes and the tokens the model reported) — carried across the queue in the jobs' data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { otelTracing, type StartedTracing } from '../../src/telemetry/otel.js';
import { useTracer } from '../../src/telemetry/tracing.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../tools/fake-openai/server.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

describe('one trace from POST /v1/roadmaps to the last piece', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: StartedTracing;
  let fake: FakeOpenAi;
  let sys: TestSystem;
  beforeAll(async () => {
    tracing = otelTracing({ serviceName: 'pathsmith-test', exporter });
    useTracer(tracing.tracer);
    fake = await startFakeOpenAi();
    sys = await startSystem('redis', {
      env: { LLM_PROVIDER: 'openai', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, RESOURCE_LINK_CHECK: 'off', CONTENT_PER_ROADMAP: '2' },
    });
  });
  afterAll(async () => {
    await sys?.close();
    await fake?.close();
    useTracer(null);
    await tracing?.shutdown();
  });

  it('connects the request, the queue hops, SQL and LLM calls', async () => {
    const res = await fetch(`${sys.baseUrl}/v1/roadmaps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ goal: 'Learn SQL for data analysis', hoursPerWeek: 3, weeks: 3 }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const done = await waitFor(async () => {
      const r = (await (await fetch(`${sys.baseUrl}/v1/roadmaps/${id}`)).json()) as { status: string; progress: { conceptsTotal: number } };
      return r.status === 'completed' ? r : undefined;
    }, 30_000, 'completion');
    // Spans are batched: flushing sends the ones already ended.
    await waitFor(async () => {
      await tracing.flush();
      return exporter.getFinishedSpans().some((s) => s.name === 'content process');
    }, 10_000, 'the spans to be exported');

    const spans = exporter.getFinishedSpans();
    const post = spans.find((s) => s.name === 'POST /v1/roadmaps');
    expect(post, 'the request span').toBeDefined();
    const traceId = post!.spanContext().traceId;
    expect(post!.parentSpanContext).toBeUndefined();
    expect(post!.attributes).toMatchObject({ 'http.route': '/v1/roadmaps', 'http.response.status_code': 202 });
    const trace = spans.filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(trace.map((s) => [s.spanContext().spanId, s]));
    // Connected: every span of the trace but the request's has its parent in the trace.
    for (const s of trace) if (s !== post) expect(byId.has(s.parentSpanContext?.spanId ?? ''), `parent of ${s.name}`).toBe(true);

    const named = (name: string) => trace.filter((s) => s.name === name);
    expect(named('roadmap publish')).toHaveLength(1);
    expect(named('roadmap process')).toHaveLength(1);
    const contentJobs = named('content process');
    // One content job per piece (tutorial, resources, quiz of each concept): lanes carry the trace from one
    // piece's job to the next one's.
    expect(contentJobs).toHaveLength(3 * done.progress.conceptsTotal);
    const ancestry = (s: ReadableSpan): string[] => {
      const parent = byId.get(s.parentSpanContext?.spanId ?? '');
      return parent ? [parent.name, ...ancestry(parent)] : [];
    };
    const last = contentJobs.reduce((a, b) => (hrTime(a.endTime) > hrTime(b.endTime) ? a : b));
    expect(ancestry(last)).toContain('roadmap process');
    expect(ancestry(last).at(-1)).toBe('POST /v1/roadmaps');

    const chats = trace.filter((s) => s.attributes['gen_ai.operation.name'] === 'chat');
    expect(chats.length).toBeGreaterThanOrEqual(3 * done.progress.conceptsTotal);
    for (const c of chats) {
      expect(c.attributes).toMatchObject({ 'gen_ai.provider.name': 'openai', 'gen_ai.request.model': 'gpt-4o-mini' });
      expect(c.attributes['gen_ai.usage.input_tokens']).toBeGreaterThan(0);
      expect(c.attributes['gen_ai.usage.output_tokens']).toBeGreaterThan(0);
    }
    const sql = trace.filter((s) => s.attributes['db.system.name'] === 'postgresql');
    expect(sql.some((s) => s.name === 'INSERT' && ancestry(s).includes('POST /v1/roadmaps'))).toBe(true);
    expect(sql.some((s) => ancestry(s).includes('content process'))).toBe(true);
  }, 60_000);

  it('requests stored and enqueued together (group commit) each keep their own trace to their job', async () => {
    exporter.reset();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        fetch(`${sys.baseUrl}/v1/roadmaps`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ goal: `Learn SQL window functions, part ${i}`, hoursPerWeek: 3, weeks: 3 }),
        }).then(async (r) => ({ status: r.status, id: ((await r.json()) as { id: string }).id })),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 202));
    const ids = new Set(answers.map((a) => a.id));
    // Each job's consumer span names its job (`roadmap-<id>`); wait until every one has been picked up.
    const processes = await waitFor(async () => {
      await tracing.flush();
      const found = exporter.getFinishedSpans().filter((s) => s.name === 'roadmap process' && ids.has(String(s.attributes['messaging.message.id']).replace(/^roadmap-/, '')));
      return found.length === ids.size ? found : undefined;
    }, 30_000, 'every roadmap job to be processed');
    const spans = exporter.getFinishedSpans();
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const posts = spans.filter((s) => s.name === 'POST /v1/roadmaps');
    expect(posts).toHaveLength(12);
    // Every request has exactly one producer span of its own, and its job's consumer span hangs under it.
    for (const post of posts) {
      const publishes = spans.filter((s) => s.name === 'roadmap publish' && s.parentSpanContext?.spanId === post.spanContext().spanId);
      expect(publishes, 'one publish span per request').toHaveLength(1);
    }
    for (const p of processes) {
      const parent = byId.get(p.parentSpanContext?.spanId ?? '');
      expect(parent?.name).toBe('roadmap publish');
      const post = byId.get(parent?.parentSpanContext?.spanId ?? '');
      expect(post?.name).toBe('POST /v1/roadmaps');
      expect(post?.spanContext().traceId).toBe(p.spanContext().traceId);
    }
    // At least one bulk add carried several requests' jobs, or this would not test the batched path.
    expect(Math.max(...spans.filter((s) => s.name === 'roadmap publish').map((s) => Number(s.attributes['messaging.batch.message_count'])))).toBeGreaterThan(1);
  }, 60_000);
});

function hrTime([seconds, nanos]: [number, number]): number {
  return seconds * 1e9 + nanos;
}
