// Coverage: every operation has a success example, a request example when it has a body, and an
// example for each error status it declares; the codes it lists exist and have their status
// declared; every catalogued error has an example that is used by a response of its status and
// names that error.
import { describe, expect, it } from 'vitest';
import { loadBundles } from './support/bundles.ts';
import { operations, resolve } from './support/walk.ts';
import type { CatalogEntry, MediaType, OpenApiDocument, Response } from '../scripts/openapi-model.ts';

const hasExample = (m: MediaType) => 'example' in m || Object.keys(m.examples ?? {}).length > 0;

function exampleNames(doc: OpenApiDocument, r: Response): string[] {
  const out: string[] = [];
  for (const media of Object.values(resolve(doc, r).content ?? {})) {
    for (const e of Object.values(media.examples ?? {})) if (e.$ref) out.push(e.$ref.replace('#/components/examples/', ''));
  }
  return out;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** Does this body name this catalog entry (by code, exact message, message pattern, or about-anchor)? */
export function bodyNames(entry: CatalogEntry, body: unknown): boolean {
  const all = strings(body);
  if (entry.message !== undefined) return all.includes(entry.message);
  if (entry.messagePattern !== undefined) return all.some((s) => new RegExp(entry.messagePattern!).test(s));
  if (entry.anchor !== undefined) return all.some((s) => s.endsWith(`#${entry.anchor}`));
  return all.includes(entry.code);
}

for (const vendor of loadBundles()) {
  const { doc } = vendor;
  const catalog = doc['x-error-catalog'] ?? [];
  const ops = operations(doc);

  describe(`${vendor.key} coverage`, () => {
    it.each(ops.map((o) => [o.key, o] as const))('%s has its examples and error codes', (_key, { op }) => {
      const problems: string[] = [];
      const body = op.requestBody ? resolve(doc, op.requestBody) : undefined;
      for (const [type, media] of Object.entries(body?.content ?? {})) if (!hasExample(media)) problems.push(`request ${type} has no example`);
      const statuses = Object.keys(op.responses);
      if (!statuses.some((s) => /^[23]/.test(s))) problems.push('no success response');
      for (const status of statuses) {
        const r = resolve(doc, op.responses[status]!);
        const contents = Object.entries(r.content ?? {});
        if (/^[45]/.test(status) && contents.length === 0) problems.push(`${status} has no body`);
        for (const [type, media] of contents) if (!hasExample(media)) problems.push(`${status} ${type} has no example`);
      }
      for (const code of op['x-error-codes'] ?? []) {
        const entry = catalog.find((e) => e.code === code);
        if (!entry) problems.push(`x-error-codes lists unknown ${code}`);
        else if (!statuses.includes(String(entry.status))) problems.push(`${code} is ${entry.status}, which the operation does not declare`);
      }
      if (!vendor.key || !op['x-error-codes']?.length) problems.push('no x-error-codes');
      expect(problems).toEqual([]);
    });

    it.each(catalog.map((e) => [e.code, e] as const))('error %s has an example used at its status', (_code, entry) => {
      const example = doc.components?.examples?.[entry.example];
      expect(example, `components.examples.${entry.example}`).toBeDefined();
      expect(bodyNames(entry, example!.value), `example ${entry.example} does not name ${entry.code}`).toBe(true);
      const usedAtStatus = ops.some(({ op }) => exampleNames(doc, op.responses[String(entry.status)] ?? {}).includes(entry.example));
      expect(usedAtStatus, `${entry.example} is not used by any ${entry.status} response`).toBe(true);
    });
  });
}
