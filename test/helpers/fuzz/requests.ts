/**
 * Requests for every operation of the OpenAPI document: path, query, header parameters and the body derived
 * from the operation's schemas, mixed with hostile values. Ids come mostly from seeded rows, so requests reach
 * real roadmaps and concepts, not only the 404 path. A new route in the document is covered with no new code.
 */
import http from 'node:http';
import fc from 'fast-check';
import { arbitraryFor, type Components, type JsonSchema } from './schema-arbitrary.js';
import { HOSTILE_STRINGS, hostileValue, mutate, RAW_QUERIES, RAW_SEGMENTS, rawBodies } from './hostile.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** The OpenAPI path, e.g. `/v1/roadmaps/{id}`: the route's name in reports. */
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>;
  components?: { schemas?: Components };
}

export interface FuzzRequest {
  method: string;
  /** Path and query, encoded as sent. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Ids of seeded rows, by path parameter name. */
export type Targets = Record<string, readonly string[]>;

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** encodeURIComponent throws on lone surrogates; those are sent raw (RAW_SEGMENTS) instead. */
const encode = (v: unknown) => encodeURIComponent(String(v).replace(LONE_SURROGATE, '\uFFFD'));

function valueText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? '';
}

function pathValue(p: Parameter, components: Components, targets: Targets): fc.Arbitrary<string> {
  const seeded = targets[p.name] ?? [];
  return fc.oneof(
    ...(seeded.length ? [{ weight: 8, arbitrary: fc.constantFrom(...seeded).map(encode) }] : []),
    { weight: 1, arbitrary: arbitraryFor(p.schema, components).map((v) => encode(valueText(v))).filter((v) => v.length > 0) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).filter((s) => s.length > 0).map(encode) },
  );
}

function queryString(params: Parameter[], components: Components): fc.Arbitrary<string> {
  const pairs = params.map((p) =>
    fc.option(
      fc.oneof({ weight: 3, arbitrary: arbitraryFor(p.schema, components) }, { weight: 2, arbitrary: hostileValue }).map((v) => `${p.name}=${encode(valueText(v))}`),
      { freq: 2 },
    ),
  );
  const extra = fc.option(fc.oneof(fc.constantFrom(...RAW_QUERIES), fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), hostileValue).map(([k, v]) => `${encode(k)}=${encode(valueText(v))}`)), { freq: 3 });
  return fc.tuple(fc.tuple(...pairs), extra).map(([ps, x]) => [...ps, x].filter((s): s is string => !!s).join('&'));
}

/** Header values Node's HTTP client will send (no CR, LF or NUL); the rest are dropped. */
function sendable(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([k, v]) => {
      try {
        http.validateHeaderName(k);
        http.validateHeaderValue(k, v);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/vnd.api+json', ''];

function headerSet(params: Parameter[], components: Components, withBody: boolean): fc.Arbitrary<Record<string, string>> {
  const declared = params.map((p) =>
    fc.option(fc.oneof(arbitraryFor(p.schema, components), hostileValue).map((v) => [p.name, valueText(v)] as const), { freq: 2 }),
  );
  const junk = fc.array(
    fc.oneof(
      fc.tuple(fc.constant('x-request-id'), fc.oneof(fc.stringMatching(/^[A-Za-z0-9._-]{1,64}$/), fc.constantFrom(...HOSTILE_STRINGS))),
      fc.tuple(fc.stringMatching(/^x-[a-z0-9-]{1,30}$/), fc.string({ maxLength: 200 })),
      fc.tuple(fc.constantFrom('accept', 'accept-language', 'cookie', 'origin', 'referer', 'authorization', 'x-forwarded-for'), fc.constantFrom(...HOSTILE_STRINGS)),
    ),
    { maxLength: 4 },
  );
  const contentType = withBody ? fc.oneof({ weight: 8, arbitrary: fc.constant('application/json') }, { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) }) : fc.constant('');
  return fc.tuple(fc.tuple(...declared), junk, contentType).map(([d, j, ct]) =>
    sendable({ ...Object.fromEntries(j), ...Object.fromEntries(d.filter((x): x is readonly [string, string] => !!x)), ...(ct ? { 'content-type': ct } : {}) }),
  );
}

function bodyText(schema: JsonSchema | undefined, components: Components): fc.Arbitrary<string | undefined> {
  if (!schema) return fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') });
  const valid = arbitraryFor(schema, components);
  return fc.oneof(
    { weight: 3, arbitrary: valid.map((v) => JSON.stringify(v)) },
    { weight: 5, arbitrary: mutate(valid).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: valid.chain((v) => fc.constantFrom(...rawBodies(JSON.stringify(v)))) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

/**
 * A well-formed request on seeded ids: the batches that send one of these many times at once are what find
 * races (two regenerations of one piece, two creations under one Idempotency-Key, two answers to one review).
 */
export function validRequestArbitrary(op: Operation, components: Components, targets: Targets): fc.Arbitrary<FuzzRequest> {
  const inPath = op.parameters.filter((p) => p.in === 'path');
  const path = fc.tuple(...inPath.map((p) => fc.constantFrom(...(targets[p.name] ?? ['x'])))).map((values) =>
    inPath.reduce((url, p, i) => url.replace(`{${p.name}}`, encode(values[i]!)), op.path),
  );
  const headers = fc.tuple(...op.parameters.filter((p) => p.in === 'header').map((p) => fc.option(arbitraryFor(p.schema, components).map((v) => [p.name, valueText(v)] as const))));
  const body = op.body ? arbitraryFor(op.body, components).map((v) => JSON.stringify(v)) : fc.constant(undefined);
  return fc.tuple(path, headers, body).map(([url, h, b]) => ({
    method: op.method,
    url,
    headers: sendable({ ...Object.fromEntries(h.filter((x): x is readonly [string, string] => !!x)), ...(b === undefined ? {} : { 'content-type': 'application/json' }) }),
    ...(b === undefined ? {} : { body: b }),
  }));
}

export function requestArbitrary(op: Operation, components: Components, targets: Targets): fc.Arbitrary<FuzzRequest> {
  const inPath = op.parameters.filter((p) => p.in === 'path');
  const path = fc.tuple(...inPath.map((p) => pathValue(p, components, targets))).map((values) =>
    inPath.reduce((url, p, i) => url.replace(`{${p.name}}`, values[i]!), op.path),
  );
  const query = queryString(op.parameters.filter((p) => p.in === 'query'), components);
  const body = bodyText(op.body, components);
  return fc.tuple(path, query, body).chain(([p, q, b]) =>
    headerSet(op.parameters.filter((x) => x.in === 'header'), components, b !== undefined).map((headers) => ({
      method: op.method,
      url: q ? `${p}?${q}` : p,
      headers,
      ...(b === undefined ? {} : { body: b }),
    })),
  );
}
