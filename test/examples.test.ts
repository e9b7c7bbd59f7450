// Every example in every bundled document validates against its schema (Ajv 2020-12, all errors,
// formats on): media-type `example`s and `examples` maps, parameter and header examples, and
// schema-level `examples` arrays. One test row per example.
import { describe, expect, it } from 'vitest';
import { createAjv, loadBundles, OPENAPI_FORMATS } from './support/bundles.ts';
import { collectExamples, formatsUsed } from './support/walk.ts';

for (const vendor of loadBundles()) {
  describe(`${vendor.key} examples`, () => {
    const ajv = createAjv(vendor.doc);
    const rows = collectExamples(vendor.key, vendor.doc);

    it('has examples to check', () => {
      expect(rows.length).toBeGreaterThan(0);
    });

    it('uses only formats the validator knows', () => {
      const known = new Set([...Object.keys(OPENAPI_FORMATS), ...Object.keys(ajv.formats)]);
      expect([...formatsUsed(vendor.doc)].filter((f) => !known.has(f))).toEqual([]);
    });

    it.each(rows.map((r) => [r.id, r] as const))('%s', (_id, row) => {
      const validate = ajv.getSchema(`api${row.schema}`);
      expect(validate, `no schema at ${row.schema}`).toBeTypeOf('function');
      const valid = validate!(row.value);
      expect(valid ? [] : validate!.errors?.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
    });
  });
}
