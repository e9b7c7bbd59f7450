// The vendor-authored payload corpus: every payload the vendors themselves wrote (SDK test fixtures,
// SDK request builders, docs sources) validates against its operation's schema in the bundle (Ajv
// 2020-12, all errors, formats on), one test row per payload. Payloads the manifest lists (drifted
// from the current API, or partial mocks) are reported instead, and must still differ from the spec:
// one that starts to validate leaves the manifest.
import { describe, expect, it } from 'vitest';
import { createAjv, loadBundles } from './support/bundles.ts';
import { readCorpus, schemaPointer, type VendorPayload } from './support/vendor-payloads.ts';
import { collectExamples } from './support/walk.ts';
import { listOperations } from '../scripts/openapi-model.ts';

const describeErrors = (errors: { instancePath?: string; message?: string; params?: unknown }[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

for (const vendor of loadBundles()) {
  const corpus = readCorpus(vendor.key);
  describe(`${vendor.key} vendor payloads`, () => {
    const ajv = createAjv(vendor.doc);
    const validate = (p: VendorPayload) => {
      const found = schemaPointer(vendor.doc, p);
      if ('error' in found) throw new Error(`${p.file}: ${found.error}`);
      const check = ajv.getSchema(`api${found.pointer}`);
      if (!check) throw new Error(`${p.file}: no schema at ${found.pointer}`);
      return check(p.payload) ? [] : describeErrors(check.errors);
    };
    const checked = corpus.payloads.filter((p) => !corpus.manifest[p.file]);
    const reported = corpus.payloads.filter((p) => corpus.manifest[p.file]);

    it('has vendor-authored payloads', () => {
      expect(checked.length).toBeGreaterThan(0);
    });

    it('gives the provenance of every payload in SOURCES.md', () => {
      expect(corpus.payloads.filter((p) => !corpus.sources.includes(p.file)).map((p) => p.file)).toEqual([]);
    });

    it('lists in its manifest only payloads that exist, each with a reason', () => {
      const files = new Set(corpus.payloads.map((p) => p.file));
      for (const [file, entry] of Object.entries(corpus.manifest)) {
        expect(files.has(file), `${file} is in manifest.json but not in the folder`).toBe(true);
        expect(['drifted', 'partial']).toContain(entry.kind);
        expect(entry.reason.length, `${file} needs a reason`).toBeGreaterThan(20);
      }
    });

    // The reference page (info.description) says how the spec was checked; its counts must be today's.
    it('states on its reference page what was checked, with current counts', () => {
      const ops = listOperations(vendor.doc);
      const kinds = Object.values(corpus.manifest);
      const sentence =
        `Counts: ${ops.filter((o) => !o.webhook).length} operations, ${ops.filter((o) => o.webhook).length} webhook events, ` +
        `${collectExamples(vendor.key, vendor.doc).length} examples, ${corpus.payloads.length} corpus payloads ` +
        `(${checked.length} validated, ${kinds.filter((k) => k.kind === 'drifted').length} drifted, ` +
        `${kinds.filter((k) => k.kind === 'partial').length} partial).`;
      const description = vendor.doc.info.description ?? '';
      const where = `spec/${vendor.key}/openapi.yaml info.description must say: ${sentence}`;
      expect(description.replace(/\s+/g, ' '), where).toContain(sentence);
    });

    it.each(checked.map((p) => [`${p.file} (${p.operation} ${p.part === 'response' ? p.status : p.part})`, p] as const))('%s', (_id, p) => {
      expect(validate(p)).toEqual([]);
    });

    const reportedRows = reported.map((p) => [`${p.file} (${corpus.manifest[p.file]!.kind}) still differs from the spec`, p] as const);
    it.each(reportedRows)('%s', (_id, p) => {
      const errors = validate(p);
      const entry = corpus.manifest[p.file]!;
      console.info(`[${vendor.key}] not validated: ${p.file} (${entry.kind}): ${entry.reason}\n  ${errors.join('\n  ')}`);
      expect(errors.length, `${p.file} now validates: remove it from manifest.json`).toBeGreaterThan(0);
    });
  });
}
