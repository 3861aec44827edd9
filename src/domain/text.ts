/**
 * Text PostgreSQL can store (DESIGN.md rule 12): `text` and `jsonb` reject U+0000, and lone UTF-16 surrogates
 * are not valid Unicode, so they cannot be encoded as UTF-8 at all. Outside text is refused with a 400 where
 * it enters; text the system writes itself (log events quoting a learner's words) is made storable instead,
 * visibly, so one bad character never blocks a batch.
 */

/** U+0000, or a surrogate half without its partner. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

export function isStorable(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** Replaces each unstorable code unit by its escape, e.g. `\u0000` or `\ud800`, as plain visible text. */
export function toStorable(text: string): string {
  return text.replace(UNSTORABLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `toStorable` over every string and key of a JSON-like value. */
export function toStorableDeep<T>(value: T): T {
  if (typeof value === 'string') return toStorable(value) as T;
  if (Array.isArray(value)) return value.map(toStorableDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [toStorable(k), toStorableDeep(v)])) as T;
  }
  return value;
}
