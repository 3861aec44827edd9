/**
 * The route validator. Every part of every request (body, querystring, params, headers) is first scanned for
 * text PostgreSQL cannot store — U+0000 and lone UTF-16 surrogates, in any string and any object key, at any
 * depth — and only then validated by the route's zod schema. Doing it here rather than in each schema means a
 * field added tomorrow is covered without anyone remembering a refinement (DESIGN.md rule 12).
 */
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** A field name that can itself be shown: the bad characters of a key are replaced by U+FFFD. */
const printable = (key: string) => key.replace(new RegExp(UNSTORABLE.source, 'g'), '\uFFFD');

/**
 * Every place in `value` holding unstorable text. Iterative, with an explicit stack: a hostile body may nest
 * arrays thousands deep, and this runs before any schema could reject it.
 */
export function findUnstorableText(value: unknown): FastifySchemaValidationError[] {
  const issues: FastifySchemaValidationError[] = [];
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (!isStorableText(v)) issues.push(issue(path, 'text must not contain U+0000 or unpaired UTF-16 surrogates'));
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: `${path}/${i}` }));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const at = `${path}/${printable(key)}`;
        if (!isStorableText(key)) issues.push(issue(at, 'field names must not contain U+0000 or unpaired UTF-16 surrogates'));
        stack.push({ value: item, path: at });
      }
    }
  }
  return issues;
}

/** Shaped as every validator's issues are, so the error envelope names the field (`body.goal`). */
function issue(instancePath: string, message: string): FastifySchemaValidationError {
  return { keyword: 'invalid_text', instancePath, schemaPath: '#/invalid_text', message, params: {} };
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = zodValidatorCompiler(route);
  return (data) => {
    const issues = findUnstorableText(data);
    return issues.length > 0 ? { error: issues } : validate(data);
  };
};
