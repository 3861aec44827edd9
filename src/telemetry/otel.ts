/**
 * The OpenTelemetry implementation of the tracing facade (./tracing.ts), loaded only when traces are wanted.
 * A NodeTracerProvider (AsyncLocalStorage context, so a span started in a request or a job is the parent of
 * everything awaited inside it; W3C trace-context propagation), spans batched to an exporter: OTLP/HTTP in
 * production, an in-memory one in the trace test.
 */
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span as OtelSpan } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Span, SpanKind as Kind, SpanOptions, TraceCarrier, Tracer } from './tracing.js';

const KINDS: Record<Kind, SpanKind> = {
  server: SpanKind.SERVER,
  client: SpanKind.CLIENT,
  producer: SpanKind.PRODUCER,
  consumer: SpanKind.CONSUMER,
  internal: SpanKind.INTERNAL,
};

function wrap(span: OtelSpan): Span {
  let ended = false;
  return {
    setAttributes: (attributes) => void span.setAttributes(attributes),
    rename: (name) => void span.updateName(name),
    fail(err) {
      span.recordException(err instanceof Error ? err : String(err));
      span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
    },
    end() {
      if (ended) return;
      ended = true;
      span.end();
    },
  };
}

function parentOf(options: SpanOptions): Context {
  return options.parent ? propagation.extract(ROOT_CONTEXT, options.parent) : context.active();
}

export interface StartedTracing {
  tracer: Tracer;
  /** Sends the ended spans still batched. */
  flush(): Promise<void>;
  /** Sends what is still buffered, then stops. */
  shutdown(): Promise<void>;
}

export function otelTracing(o: { serviceName: string; exporter: SpanExporter }): StartedTracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': o.serviceName }),
    spanProcessors: [new BatchSpanProcessor(o.exporter)],
  });
  provider.register();
  const otel = provider.getTracer('pathsmith');
  const tracer: Tracer = {
    enabled: true,
    span(name, options, fn) {
      return otel.startActiveSpan(name, { kind: KINDS[options.kind ?? 'internal'], attributes: options.attributes }, parentOf(options), async (raw) => {
        const span = wrap(raw);
        try {
          return await fn(span);
        } catch (err) {
          span.fail(err);
          throw err;
        } finally {
          span.end();
        }
      });
    },
    enter(name, options, next) {
      const parent = parentOf(options);
      const raw = otel.startSpan(name, { kind: KINDS[options.kind ?? 'internal'], attributes: options.attributes }, parent);
      context.with(trace.setSpan(parent, raw), next);
      return wrap(raw);
    },
    carrier() {
      const carrier: Partial<TraceCarrier> = {};
      propagation.inject(context.active(), carrier);
      return carrier.traceparent ? (carrier as TraceCarrier) : undefined;
    },
  };
  return {
    tracer,
    flush: () => provider.forceFlush(),
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** Spans of this process to an OTLP/HTTP collector (`<endpoint>/v1/traces`). */
export function otlpTracing(o: { serviceName: string; endpoint: string }): StartedTracing {
  return otelTracing({ serviceName: o.serviceName, exporter: new OTLPTraceExporter({ url: `${o.endpoint.replace(/\/$/, '')}/v1/traces` }) });
}
