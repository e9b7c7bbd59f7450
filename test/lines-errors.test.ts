// Messages.dev pairs each error code with one type: the envelope schema accepts every catalogued
// (type, code) pair and rejects the same code under any other type.
import { describe, expect, it } from 'vitest';
import { createAjv } from './support/bundles.ts';
import { bundleOf } from './support/catalog-cases.ts';

const doc = bundleOf('lines');
const validate = createAjv(doc).getSchema('api#/components/schemas/ErrorEnvelope')!;
const catalog = doc['x-error-catalog'] ?? [];
const types = [...new Set(catalog.map((e) => e.type))];
const body = (type: string | undefined, code: string) => ({ error: { type, code, message: 'm' }, request_id: 'req_a1b2c3d4e5f6' });

describe('lines error envelope', () => {
  it('knows every error type of the error page', () => {
    expect(types.sort()).toEqual(['authentication_error', 'authorization_error', 'invalid_request_error', 'not_found_error', 'rate_limit_error']);
  });

  it.each(catalog.map((e) => [e.code, e.type] as const))('accepts %s with its type %s and no other', (code, type) => {
    expect(validate(body(type, code))).toBe(true);
    for (const other of types.filter((t) => t !== type)) expect(validate(body(other, code)), `${code} as ${other}`).toBe(false);
  });

  it('rejects an unknown code', () => {
    expect(validate(body('not_found_error', 'thread_not_found'))).toBe(false);
  });
});
