// The specs cover what the vendors document: every operation of each researched catalog is in the
// bundle, and every error on each vendor's own error page is in its error catalog. The facts are
// copied into test/fixtures/vendor-facts/ (the research lives outside this repository).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/vendors.ts';
import { loadBundles } from './support/bundles.ts';
import { listOperations as operations } from '../scripts/openapi-model.ts';

interface Facts {
  operations: string[];
  errors: { codes?: string[]; statuses?: number[]; types?: Record<string, number>; messages?: string[]; names?: string[] };
}

// "/threads/{threadId}" and "/threads/{id}" are the same operation, and so are the catalog's
// query variants of one path ("DELETE /v2/customers/{customerId}?async=true").
const shape = (key: string) => key.replace(/\?.*$/, '').replace(/\{[^}]+\}/g, '{}');

for (const vendor of loadBundles()) {
  const facts = JSON.parse(readFileSync(join(projectRoot, 'test/fixtures/vendor-facts', `${vendor.key}.json`), 'utf8')) as Facts;
  const catalog = vendor.doc['x-error-catalog'] ?? [];
  const prefix = new URL(vendor.doc.servers?.[0]?.url ?? 'https://x').pathname.replace(/\/$/, '');
  const present = new Set(
    operations(vendor.doc).flatMap(({ key }) => {
      const [method, path] = key.split(' ');
      return [shape(key), shape(`${method} ${prefix}${path}`)];
    }),
  );

  describe(`${vendor.key} covers the vendor's documentation`, () => {
    it.each(facts.operations)('has the operation %s', (op) => {
      const [method, path] = op.split(' ');
      expect(present.has(shape(op)) || present.has(shape(`${method} ${prefix}${path}`))).toBe(true);
    });

    const { codes = [], statuses = [], types = {}, messages = [], names = [] } = facts.errors;
    it.each(codes)('catalogues the code %s', (code) => {
      expect(catalog.map((e) => e.code)).toContain(code);
    });
    it.each(statuses)('catalogues an error of status %i', (status) => {
      expect(catalog.some((e) => e.status === status)).toBe(true);
    });
    it.each(Object.entries(types))('pairs the error type %s with status %i', (type, status) => {
      const ofType = catalog.filter((e) => e.type === type);
      expect(ofType.length).toBeGreaterThan(0);
      expect(ofType.some((e) => e.status === status)).toBe(true);
    });
    it.each(messages)('accounts for the documented message %j', (message) => {
      const found = catalog.some(
        (e) =>
          e.message === message ||
          e.documentedMessage === message ||
          (e.messagePattern !== undefined && new RegExp(e.messagePattern).test(message)),
      );
      expect(found).toBe(true);
    });
    it.each([...new Set(names)])('catalogues the error kind %j', (name) => {
      expect(catalog.some((e) => e.name === name)).toBe(true);
    });
  });
}
