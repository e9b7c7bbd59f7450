// Messages.dev pairs each error code with one type. The envelope documents each pair (one branch per
// type lists that type's codes) and, as a tolerant reader, still accepts a code or a type the docs
// do not list yet, so a validator built on the spec keeps working the day the vendor adds one.
import { describe, expect, it } from 'vitest';
import { createAjv } from './support/bundles.ts';
import { bundleOf } from './support/catalog-cases.ts';
import { resolveRef } from '../scripts/openapi-model.ts';

const doc = bundleOf('lines');
const validate = createAjv(doc).getSchema('api#/components/schemas/ErrorEnvelope')!;
const catalog = doc['x-error-catalog'] ?? [];
const types = [...new Set(catalog.map((e) => e.type ?? ''))];
const body = (type: string | undefined, code: string) => ({ error: { type, code, message: 'm' }, request_id: 'req_a1b2c3d4e5f6' });

type Schema = { $ref?: string; anyOf?: Schema[]; properties?: Record<string, Schema>; const?: unknown; enum?: unknown[] };
const branches = (resolveRef(doc, { $ref: '#/components/schemas/Error' }) as Schema).anyOf!.map((b) => resolveRef(doc, b));
/** The codes a branch documents: the `enum` among the alternatives of its `code`. */
const documented = (type: string) => {
  const branch = branches.find((b) => b.properties?.type?.const === type);
  return branch?.properties?.code?.anyOf?.find((a) => Array.isArray(a.enum))?.enum ?? [];
};

describe('lines error envelope', () => {
  it('knows every error type of the error page', () => {
    expect(types.sort()).toEqual([
      'authentication_error',
      'authorization_error',
      'invalid_request_error',
      'not_found_error',
      'rate_limit_error',
    ]);
  });

  it.each(types)('documents exactly the catalogued codes of %s in its branch', (type) => {
    expect([...documented(type)].sort()).toEqual(
      catalog
        .filter((e) => e.type === type)
        .map((e) => e.code)
        .sort(),
    );
  });

  it.each(catalog.map((e) => [e.code, e.type] as const))('accepts %s with its type %s', (code, type) => {
    expect(validate(body(type, code))).toBe(true);
  });

  it('accepts a code and a type the docs do not list (tolerant reader)', () => {
    expect(validate(body('not_found_error', 'thread_not_found'))).toBe(true);
    expect(validate(body('api_error', 'server_error'))).toBe(true);
  });

  it('still rejects a body that is not the envelope', () => {
    expect(validate({ error: 'not_found' })).toBe(false);
    expect(validate({ error: { type: 'not_found_error', message: 'm' } })).toBe(false);
  });
});
