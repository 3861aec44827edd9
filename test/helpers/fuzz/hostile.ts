/**
 * What the internet sends instead of what the schema asks for: text PostgreSQL cannot store, direction
 * overrides, emoji, overlong strings, wrong types, huge numbers, prototype keys, deep nesting — as JSON values,
 * as raw body text (duplicate keys, numbers beyond double, broken JSON), and as path and query fragments.
 */
import fc from 'fast-check';

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'Learn \u0000 Go',
  '\uD800',
  'Learn \uDFFF Go',
  '\uDC00\uD800',
  '\u202EoG nraeL\u202C',
  '\u200F\u061C\u2066Learn\u2069',
  '🚀'.repeat(40),
  '👩‍👩‍👧‍👦 学习 Go',
  'x'.repeat(600),
  'y'.repeat(5000),
  '../../../../etc/passwd',
  '..%2f..%2f',
  '<script>alert(1)</script>',
  "'; DROP TABLE roadmaps; --",
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  '\r\n\r\nHTTP/1.1 200 OK',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '9223372036854775808',
];

const hostileNumbers = [-1, 0, -0, 0.5, 2 ** 31, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 1e308, -1e308, Number.MIN_VALUE];

/** Arrays or objects nested `depth` deep. */
export const nested = (depth: number, kind: 'array' | 'object'): unknown => {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
};

/** A hostile JSON value for any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [[[]]], { __proto__: null, polluted: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 3000 }).chain((d) => fc.constantFrom(nested(d, 'array'), nested(d, 'object'))) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** A hostile key to add to an object. */
export const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', 'a\u0000b', '\uD800', 'owner', 'id', 'status');

/**
 * Mutates a valid body: one field replaced, removed or added, prototype keys injected, or the whole body
 * swapped for something else entirely.
 */
export function mutate(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.tuple(valid, hostileValue, fc.nat()).map(([body, bad, n]) => {
      if (!body || typeof body !== 'object' || Array.isArray(body)) return bad;
      const keys = Object.keys(body);
      if (keys.length === 0) return { x: bad };
      return { ...body, [keys[n % keys.length]!]: bad };
    }),
    fc.tuple(valid, fc.nat()).map(([body, n]) => {
      if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
      const keys = Object.keys(body);
      const copy = { ...(body as Record<string, unknown>) };
      if (keys.length) delete copy[keys[n % keys.length]!];
      return copy;
    }),
    fc.tuple(valid, hostileKey, hostileValue).map(([body, key, bad]) =>
      body && typeof body === 'object' && !Array.isArray(body) ? Object.defineProperty({ ...body }, key, { value: bad, enumerable: true }) : body,
    ),
    hostileValue,
  );
}

/** Body text no JSON.stringify produces: duplicate keys, prototype keys, unpaired escapes, numbers out of range. */
export function rawBodies(validJson: string): string[] {
  const inner = validJson.startsWith('{') && validJson.length > 2 ? validJson.slice(1, -1) : '"a":1';
  return [
    `{${inner},${inner}}`,
    `{"goal":"Learn \\u0000 Go",${inner}}`,
    `{${inner},"goal":"\\ud800"}`,
    `{"__proto__":{"admin":true},${inner}}`,
    `{"constructor":{"prototype":{"admin":true}},${inner}}`,
    `{${inner},"weeks":1e999,"hoursPerWeek":-1e999}`,
    `{${inner},"x":99999999999999999999999999999999}`,
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `{${inner}`,
    `${validJson}garbage`,
    '',
    'null',
    '"\\ud800"',
    '\uFEFF{}',
  ];
}

/** Raw path segments, sent as they are (already percent-encoded): traversal, NUL, broken escapes. */
export const RAW_SEGMENTS = ['..%2f..%2fetc%2fpasswd', '..', '.', '%2e%2e', '%00', 'a%00b', '%ED%A0%80', '%C0%80', '%', '%zz', '%2F', 'x'.repeat(200), '%F0%9F%9A%80', '__proto__', 'constructor'];

/** Raw query strings, appended as they are. */
export const RAW_QUERIES = ['a[b]=1', 'limit=1&limit=2', 'limit=%00', 'cursor=%ED%A0%80', '__proto__[x]=1', 'constructor=1', '&&&==', 'limit=1e2', 'limit=0x10', 'level=warn,,error', 'conceptId=%00', 'after=' + 'A'.repeat(300)];
