/**
 * The request hash stored with every roadmap decides whether an Idempotency-Key replay matches its first request.
 * Its faster implementation must give exactly the hashes stored before it, for any request.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestHash } from '../../src/api/request-hash.js';

/** How the hashes stored so far were made (the first implementation, kept here as the reference). */
function storedHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)]))
      : v;
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('hex');
}

describe('requestHash', () => {
  it('equals the stored hashes for any request body', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('goal', 'Goal', 'weeks', 'weekStart', 'hoursPerWeek', 'ä', 'a', 'B', '学习', '_x'));
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, fc.string(), fc.double({ noNaN: true }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), tie('object'), tie('array')),
      object: fc.dictionary(key, tie('any'), { maxKeys: 6 }),
      array: fc.array(tie('any'), { maxLength: 4 }),
    }));
    fc.assert(fc.property(value.object, (body) => {
        expect(requestHash(body)).toBe(storedHash(body));
      }), { numRuns: 2000 });
  });

  it('ignores key order and tells different bodies apart', () => {
    expect(requestHash({ goal: 'Learn Go', weeks: 2 })).toBe(requestHash({ weeks: 2, goal: 'Learn Go' }));
    expect(requestHash({ goal: 'Learn Go', weeks: 2 })).not.toBe(requestHash({ goal: 'Learn Go', weeks: 3 }));
  });
});
