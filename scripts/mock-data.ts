// Build step: from each bundle, write generated/<vendor>/mock.ts, the data the MSW kit
// (`messaging-contracts/<vendor>/mock`) answers with: every operation's documented success
// examples, and every catalogued error with the status, body and headers a response documents for
// it; plus the types that check a scenario's path keys, example names and error codes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, readBundle, selectVendors, type Vendor } from './vendors.ts';
import { runMain, StepError } from './run.ts';
import { servedErrors } from './error-examples.ts';
import type { VendorMockData } from '../src/mock.ts';
import {
  listOperations,
  resolveRef,
  type Example,
  type MediaType,
  type OpenApiDocument,
  type Parameter,
  type Response,
} from './openapi-model.ts';

export const mockFile = (vendor: Vendor) => `generated/${vendor.key}/mock.ts`;

function exampleValue(doc: OpenApiDocument, carrier: MediaType | Parameter): unknown {
  for (const example of Object.values(carrier.examples ?? {})) {
    const value = resolveRef<Example>(doc, example).value;
    if (value !== undefined) return value;
  }
  return carrier.example;
}

/** The response's documented headers that have an example, with that example as text. */
function headersOf(doc: OpenApiDocument, response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(response.headers ?? {})) {
    const value = exampleValue(doc, resolveRef(doc, raw as Parameter));
    if (value !== undefined) out[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

/** The first media type of a response: its name and its named examples. */
function firstMedia(doc: OpenApiDocument, response: Response): { contentType?: string; examples: Record<string, unknown> } {
  const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
  const examples: Record<string, unknown> = {};
  for (const [name, example] of Object.entries(media?.examples ?? {})) {
    const value = resolveRef<Example>(doc, example).value;
    if (value !== undefined) examples[name] = value;
  }
  return { contentType, examples };
}

/** Response statuses in the order a mock picks them: 2xx then 3xx, lowest first; a range ("2XX") answers its x00. */
const successStatuses = (responses: Record<string, Response>) =>
  Object.keys(responses)
    .filter((s) => /^[23](?:\d\d|XX)$/i.test(s))
    .sort();

export function mockModule(vendor: Vendor, doc: OpenApiDocument): string {
  const fail = (where: string, message: string): never => {
    throw new StepError(`${vendor.bundle}: ${where}: ${message}`);
  };
  const ops = listOperations(doc).filter((o) => !o.webhook);

  // Typed as src/mock.ts reads it, so the data written and the reader's shape cannot drift apart.
  const operations: VendorMockData['operations'] = {};
  const types: string[] = [];
  for (const { key, method, path, op } of ops) {
    const success = successStatuses(op.responses).map((status) => {
      const response = resolveRef(doc, op.responses[status]!);
      return { status: Number(status.replace(/XX/i, '00')), ...firstMedia(doc, response), headers: headersOf(doc, response) };
    });
    // Not lint: Redocly's operation-2xx-response covers 2xx, but is off where a vendor answers only
    // with a redirect (lines GET /files); the mock's own need is any success to answer with.
    if (success.length === 0) fail(key, 'no 2xx or 3xx response to answer with');
    const errors = op['x-error-codes'] ?? [];
    operations[key] = { method: method.toUpperCase(), path, success, errors };
    const names = [...new Set(success.flatMap((s) => Object.keys(s.examples)))];
    const union = (items: string[]) => (items.length === 0 ? 'never' : items.map((i) => JSON.stringify(i)).join(' | '));
    types.push(`  ${JSON.stringify(key)}: { examples: ${union(names)}; errors: ${union(errors)} };`);
  }

  // Each catalogued error with the headers of a response that serves its example (one of an
  // operation that lists the code first, so that Retry-After or reset headers come with a 429).
  const errors: VendorMockData['errors'] = {};
  const { served, unserved } = servedErrors(doc);
  // Document-shaped, so it could be a Spectral rule; it stays here because servedErrors (shared with
  // `npm run mock -- --errors` and the Prism contract test) defines "served", and a JS copy in
  // spectral/functions would drift from it. test/contract.test.ts fails on an unserved code too.
  if (unserved.length > 0) fail('x-error-catalog', `no response serves the example of ${unserved.join(', ')}`);
  for (const { entry, response, contentType } of served) {
    errors[entry.code] = {
      status: entry.status,
      contentType,
      headers: headersOf(doc, response),
      body: doc.components?.examples?.[entry.example]?.value,
    };
  }

  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return (
    `// Generated by scripts/mock-data.ts from ${vendor.root} (every operation's success examples, and each\n` +
    `// x-error-catalog entry with the status, headers and body of a response that serves its example), via ${vendor.bundle}.\n` +
    `// Do not edit: change the spec and run \`npm run build\`. Read by src/${vendor.key}-mock.ts.\n\n` +
    `/** For each operation (\`METHOD /path\`): the names of its documented success examples and the error codes it documents. */\n` +
    `export interface MockOperations {\n${types.join('\n')}\n}\n\n` +
    `/** One documented answer: status, media type, and the documented headers that have an example. */\n` +
    `export interface MockAnswer {\n  status: number;\n  contentType?: string;\n  headers: Record<string, string>;\n}\n\n` +
    `/** What the mock answers: the operations' successes (in the order it picks them) and every catalogued error. */\n` +
    `export interface MockData {\n  vendor: string;\n  serverUrl: string;\n` +
    `  operations: Record<keyof MockOperations, { method: string; path: string; success: (MockAnswer & { examples: Record<string, unknown> })[]; errors: string[] }>;\n` +
    `  errors: Record<string, MockAnswer & { body: unknown }>;\n}\n\n` +
    `export const mockData: MockData = ${json({ vendor: vendor.key, serverUrl: doc.servers?.[0]?.url ?? fail('servers', 'no server'), operations, errors })};\n`
  );
}

export function mockData(only: string[] = []): void {
  for (const vendor of selectVendors(only)) {
    const doc = readBundle(vendor);
    writeFileSync(join(projectRoot, mockFile(vendor)), mockModule(vendor, doc));
    console.log(`  ${mockFile(vendor)}`);
  }
}

// `tsx scripts/mock-data.ts helpscout` writes only that vendor's.
if (process.argv[1]?.endsWith('mock-data.ts')) runMain(() => mockData(process.argv.slice(2)));
