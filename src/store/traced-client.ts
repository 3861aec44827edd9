/**
 * A pg Client whose every statement is a span (when traces are on, README "Metrics and traces"): the pool
 * builds its connections from it, so each store function's SQL shows in the trace of the request or job that
 * ran it. The statement's text is recorded as written — parameters are never in it.
 */
import pg from 'pg';
import { tracer } from '../telemetry/tracing.js';

type QueryArgs = unknown[];
type Callback = (err: Error | null, result?: unknown) => void;

/** The SQL verb, as the span's operation name: SELECT, INSERT, BEGIN… */
function operationOf(text: string): string {
  return /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase() ?? 'QUERY';
}

export class TracedClient extends pg.Client {
  override query(...args: QueryArgs): never {
    const first = args[0] as string | { text?: string; submit?: unknown } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    // Cursors and other submittables stream their rows: they pass through untraced.
    if (typeof text !== 'string' || (typeof first === 'object' && typeof first.submit === 'function')) {
      return (super.query as (...a: QueryArgs) => never)(...args);
    }
    const callback = typeof args.at(-1) === 'function' ? (args.pop() as Callback) : undefined;
    const operation = operationOf(text);
    const run = tracer().span(operation, { kind: 'client', attributes: { 'db.system.name': 'postgresql', 'db.operation.name': operation, 'db.query.text': text } }, () =>
      (super.query as (...a: QueryArgs) => Promise<unknown>)(...args),
    );
    if (!callback) return run as never;
    run.then((result) => callback(null, result), (err: Error) => callback(err));
    return undefined as never;
  }
}
