/** The hash of a roadmap request that tells an Idempotency-Key replay from a reuse of the key with another body. */
import { hash } from 'node:crypto';

/** The order `localeCompare` gives keys (stored hashes depend on it), without its per-call set-up. */
const keyOrder = new Intl.Collator().compare;

/** A key JavaScript orders before all others in an object (an array index), ascending by value. */
const isIndex = (k: string) => /^(0|[1-9]\d*)$/.test(k) && Number(k) < 2 ** 32 - 1;

/**
 * The order of the keys in the object the stored hashes were made from: sorted with `localeCompare`, then put in
 * an object, where array-index keys come first, ascending.
 */
function storedKeyOrder(a: string, b: string): number {
  const ia = isIndex(a);
  const ib = isIndex(b);
  if (ia && ib) return Number(a) - Number(b);
  if (ia !== ib) return ia ? -1 : 1;
  return keyOrder(a, b);
}

/**
 * JSON with the keys of every object sorted (arrays are written as they are, objects inside them included): the
 * same text for the same request, whatever order its keys came in. Stored hashes were made this way.
 */
function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return JSON.stringify(v) ?? 'null';
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort(storedKeyOrder);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/** Hash of the validated request, so an Idempotency-Key replay can be told from a reuse with another body. */
export function requestHash(body: unknown): string {
  return hash('sha256', canonicalJson(body));
}
