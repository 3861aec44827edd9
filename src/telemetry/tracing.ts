/**
 * Traces, optional (README "Metrics and traces"). The code that makes spans — the API's request hooks, queue
 * produce and consume, the store's pool, the LLM decorator — talks to this small facade; by default it does
 * nothing, and with OTEL_EXPORTER_OTLP_ENDPOINT set `startTracing` loads OpenTelemetry (./otel.ts) behind it.
 * Without the variable no OpenTelemetry module is loaded at all.
 *
 * Trace context crosses the queue in the job's data (`trace`, W3C `traceparent`), the same on Redis and on
 * the PostgreSQL backend, so one POST /v1/roadmaps is one trace through every job it causes.
 */
import type { Config } from '../config.js';

export type SpanKind = 'server' | 'client' | 'producer' | 'consumer' | 'internal';
export type Attributes = Record<string, string | number | boolean | undefined>;

export interface Span {
  setAttributes(attributes: Attributes): void;
  rename(name: string): void;
  /** Marks the span failed with this error. */
  fail(err: unknown): void;
  /** Ends the span; later calls do nothing. */
  end(): void;
}

/** W3C trace context, as carried in job data and HTTP headers. */
export interface TraceCarrier {
  traceparent: string;
  tracestate?: string;
}

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** A remote parent (an incoming request's or a job's context); otherwise the active span is the parent. */
  parent?: TraceCarrier;
}

export interface Tracer {
  readonly enabled: boolean;
  /** Runs `fn` inside a new span, which ends when `fn` settles (failed if it throws). */
  span<T>(name: string, options: SpanOptions, fn: (span: Span) => Promise<T>): Promise<T>;
  /** Starts a span and calls `next` inside it; the caller ends it. For callback-style hooks (Fastify's onRequest). */
  enter(name: string, options: SpanOptions, next: () => void): Span;
  /** The active span's context to carry along, or undefined when nothing is traced. */
  carrier(): TraceCarrier | undefined;
}

const noSpan: Span = { setAttributes: () => undefined, rename: () => undefined, fail: () => undefined, end: () => undefined };

const noTracer: Tracer = {
  enabled: false,
  span: (_name, _options, fn) => fn(noSpan),
  enter: (_name, _options, next) => {
    next();
    return noSpan;
  },
  carrier: () => undefined,
};

let current: Tracer = noTracer;

export function tracer(): Tracer {
  return current;
}

/** Installs `t` for this process (startTracing does; the trace test installs one with an in-memory exporter). */
export function useTracer(t: Tracer | null): void {
  current = t ?? noTracer;
}

/** The trace context of an incoming request's headers, if it sent one. */
export function carrierOf(headers: Record<string, string | string[] | undefined>): TraceCarrier | undefined {
  const traceparent = headers.traceparent;
  if (typeof traceparent !== 'string') return undefined;
  const tracestate = headers.tracestate;
  return typeof tracestate === 'string' ? { traceparent, tracestate } : { traceparent };
}

/** `{ trace }` for a job's data when a trace is active, else nothing, so untraced jobs stay as they were. */
export function traceField(): { trace?: TraceCarrier } {
  const carrier = current.carrier();
  return carrier ? { trace: carrier } : {};
}

/**
 * With OTEL_EXPORTER_OTLP_ENDPOINT set, exports this process's spans there over OTLP/HTTP as
 * `<OTEL_SERVICE_NAME>-<role>`; resolves with the function that flushes and stops it. Otherwise does nothing.
 */
export async function startTracing(config: Pick<Config, 'OTEL_EXPORTER_OTLP_ENDPOINT' | 'OTEL_SERVICE_NAME'>, role: string): Promise<() => Promise<void>> {
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || current.enabled) return async () => undefined;
  const { otlpTracing } = await import('./otel.js');
  const started = otlpTracing({ serviceName: `${config.OTEL_SERVICE_NAME}-${role}`, endpoint });
  useTracer(started.tracer);
  return async () => {
    useTracer(null);
    await started.shutdown();
  };
}
