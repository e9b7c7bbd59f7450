// Coverage: every operation has a success example, a request example when it has a body, and an
// example for each error status it declares; the codes it lists exist and have their status
// declared; every catalogued error has an example that is used by a response of its status and
// that the runtime's normaliser reads back as that error.
import { describe, expect, it } from 'vitest';
import { loadBundles } from './support/bundles.ts';
import {
  listOperations as operations,
  resolveRef as resolve,
  type MediaType,
  type OpenApiDocument,
  type Response,
} from '../scripts/openapi-model.ts';
import { normalizeError } from '../src/errors.ts';
import { definitions } from './support/definitions.ts';

const hasExample = (m: MediaType) => 'example' in m || Object.keys(m.examples ?? {}).length > 0;

function exampleNames(doc: OpenApiDocument, r: Response): string[] {
  const out: string[] = [];
  for (const media of Object.values(resolve(doc, r).content ?? {})) {
    for (const e of Object.values(media.examples ?? {})) if (e.$ref) out.push(e.$ref.replace('#/components/examples/', ''));
  }
  return out;
}

for (const vendor of loadBundles()) {
  const { doc } = vendor;
  const catalog = doc['x-error-catalog'] ?? [];
  const ops = operations(doc);

  describe(`${vendor.key} coverage`, () => {
    it.each(ops.map((o) => [o.key, o] as const))('%s has its examples and error codes', (key, { op }) => {
      // Webhooks are answered by the receiver: they have no vendor errors to list.
      const isWebhook = key.startsWith('WEBHOOK ');
      const problems: string[] = [];
      const body = op.requestBody ? resolve(doc, op.requestBody) : undefined;
      for (const [type, media] of Object.entries(body?.content ?? {}))
        if (!hasExample(media)) problems.push(`request ${type} has no example`);
      const statuses = Object.keys(op.responses);
      if (!statuses.some((s) => /^[23]/.test(s))) problems.push('no success response');
      for (const status of statuses) {
        const r = resolve(doc, op.responses[status]!);
        const contents = Object.entries(r.content ?? {});
        if (/^[45]/.test(status) && contents.length === 0 && !isWebhook) problems.push(`${status} has no body`);
        for (const [type, media] of contents) if (!hasExample(media)) problems.push(`${status} ${type} has no example`);
      }
      for (const code of op['x-error-codes'] ?? []) {
        const entry = catalog.find((e) => e.code === code);
        if (!entry) problems.push(`x-error-codes lists unknown ${code}`);
        else if (!statuses.includes(String(entry.status)))
          problems.push(`${code} is ${entry.status}, which the operation does not declare`);
      }
      if (!isWebhook && !op['x-error-codes']?.length) problems.push('no x-error-codes');
      expect(problems).toEqual([]);
    });

    it.each(catalog.map((e) => [e.code, e] as const))('error %s has an example used at its status', (_code, entry) => {
      const example = doc.components?.examples?.[entry.example];
      expect(example, `components.examples.${entry.example}`).toBeDefined();
      const read = normalizeError(definitions[vendor.key]!, { operation: 'test', status: entry.status, body: example!.value });
      expect(read.code, `the normaliser reads example ${entry.example} as ${read.code}`).toBe(entry.code);
      const usedAtStatus = ops.some(({ op }) => exampleNames(doc, op.responses[String(entry.status)] ?? {}).includes(entry.example));
      expect(usedAtStatus, `${entry.example} is not used by any ${entry.status} response`).toBe(true);
    });
  });
}
