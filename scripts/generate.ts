// From each bundle, write generated/<vendor>/errors.ts (the error catalog and the codes each
// operation can return) and generated/<vendor>/vendor-facts.ts (server, operations and their paging,
// retry and request-id headers),
// and generated/<vendor>/webhooks.ts (the event names of the spec's `webhooks`), so that src/ reads
// these facts from the spec instead of repeating them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, readBundle, selectVendors, type Vendor } from './vendors.ts';
import { runMain, StepError } from './run.ts';
import {
  CATEGORIES,
  listOperations,
  RETRY_HINTS,
  type CatalogEntry,
  type OpenApiDocument,
  type Operation,
  type Pagination,
} from './openapi-model.ts';

function fail(vendor: Vendor, where: string, message: string): never {
  throw new StepError(`${vendor.root}: ${where}: ${message}`);
}

function checkCatalog(vendor: Vendor, doc: OpenApiDocument): CatalogEntry[] {
  const catalog = doc['x-error-catalog'];
  if (!Array.isArray(catalog) || catalog.length === 0) fail(vendor, 'x-error-catalog', 'missing or empty');
  const seen = new Set<string>();
  const examples = doc.components?.examples ?? {};
  catalog.forEach((entry, i) => {
    const where = `x-error-catalog[${i}]`;
    if (typeof entry.code !== 'string' || !entry.code) fail(vendor, where, 'code must be a non-empty string');
    if (seen.has(entry.code)) fail(vendor, where, `duplicate code ${entry.code}`);
    seen.add(entry.code);
    if (!Number.isInteger(entry.status) || entry.status < 400 || entry.status > 599) fail(vendor, where, `status ${entry.status} is not a 4xx/5xx integer`);
    if (!CATEGORIES.includes(entry.category)) fail(vendor, where, `category ${entry.category} is not one of ${CATEGORIES.join(', ')}`);
    if (typeof entry.retryable !== 'boolean') fail(vendor, where, 'retryable must be true or false');
    if (typeof entry.meaning !== 'string' || !entry.meaning.trim()) fail(vendor, where, 'meaning must be a non-empty string');
    if (typeof entry.example !== 'string' || !(entry.example in examples)) fail(vendor, where, `example ${entry.example} is not in components.examples`);
    if (entry.messagePattern !== undefined) {
      try {
        new RegExp(entry.messagePattern);
      } catch (error) {
        fail(vendor, where, `messagePattern is not a valid regular expression: ${(error as Error).message}`);
      }
    }
  });
  return catalog;
}

// The x-pagination check is the lint rule's own function (mc-list-pagination), so that lint and
// generation accept exactly the same descriptions; generate.ts also runs without lint.
type RuleFunction = (input: unknown, options: unknown, context: { path: string[] }) => { message: string }[];
const paginationRule = import(new URL('../spectral/functions/mcPagination.js', import.meta.url).href).then((m: { default: RuleFunction }) => m.default);

function checkPagination(vendor: Vendor, where: string, op: Operation, rule: RuleFunction): Pagination {
  const problems = rule(op, {}, { path: [] });
  if (problems.length > 0) fail(vendor, where, problems.map((p) => p.message).join('; '));
  return op['x-pagination']!;
}

/**
 * Header components carry no name of their own: the name is the key under which a response uses
 * them. Collect, for every component marked x-retry-hint or x-request-id, the names it is used as.
 */
function markedHeaders(vendor: Vendor, doc: OpenApiDocument) {
  const components = doc.components?.headers ?? {};
  const retry = new Map<string, string>();
  const requestId = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const headers = record.headers;
    if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers as Record<string, { $ref?: string }>)) {
        const id = value?.$ref?.replace('#/components/headers/', '');
        const component = id === undefined ? value : components[id];
        if (!component || typeof component !== 'object') continue;
        const hint = (component as { 'x-retry-hint'?: string })['x-retry-hint'];
        if (hint !== undefined) {
          if (!RETRY_HINTS.includes(hint as never)) fail(vendor, `header ${name}`, `x-retry-hint ${hint} is not one of ${RETRY_HINTS.join(', ')}`);
          retry.set(name.toLowerCase(), hint);
        }
        if ((component as { 'x-request-id'?: boolean })['x-request-id'] === true) requestId.add(name.toLowerCase());
      }
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit({ paths: doc.paths, components: { responses: doc.components?.responses }, webhooks: doc.webhooks });
  return {
    retryHeaders: [...retry].sort().map(([name, hint]) => ({ name, hint })),
    requestIdHeaders: [...requestId].sort(),
  };
}

export async function generateFor(vendor: Vendor): Promise<{ errors: string; facts: string; webhooks: string }> {
  const rule = await paginationRule;
  const doc = readBundle(vendor);
  const catalog = checkCatalog(vendor, doc);
  const codes = new Set(catalog.map((e) => e.code));

  const operationCodes: Record<string, string[]> = {};
  const operations: Record<string, { operationId: string; pagination?: Pagination }> = {};
  for (const { key, op, webhook } of listOperations(doc)) {
    if (webhook) continue; // the vendor sends those; a client does not call them
    const listed = op['x-error-codes'] ?? [];
    for (const code of listed) {
      if (!codes.has(code)) fail(vendor, key, `x-error-codes lists ${code}, which is not in the error catalog`);
    }
    operationCodes[key] = listed;
    operations[key] = { operationId: op.operationId };
    if (op['x-pagination']) operations[key].pagination = checkPagination(vendor, key, op, rule);
  }

  const { retryHeaders, requestIdHeaders } = markedHeaders(vendor, doc);

  const header = (what: string) =>
    `// Generated by scripts/generate.ts from ${vendor.root} (${what}), via ${vendor.bundle}.\n// Do not edit: change the spec and run \`npm run build\`.\n\n`;
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  const name = vendor.key;

  const errors =
    header('x-error-catalog and the x-error-codes of each operation') +
    `export const vendor = ${json(name)} as const;\n\n` +
    `/** Every documented error of the ${doc.info.title}: HTTP status, category, meaning, and whether a retry can help. */\n` +
    `export const errorCatalog = ${json(catalog.map(({ example: _example, ...entry }) => entry))} as const;\n\n` +
    `/** A documented error code of the ${doc.info.title}. */\n` +
    `export type ErrorCode = (typeof errorCatalog)[number]['code'];\n\n` +
    `/** The error codes each operation (\`METHOD /path\`) can return. */\n` +
    `export const operationErrorCodes: Readonly<Record<string, readonly ErrorCode[]>> = ${json(operationCodes)};\n`;

  const facts =
    header('servers, x-pagination, and header components marked x-retry-hint / x-request-id') +
    `export const vendor = ${json(name)} as const;\n\n` +
    `export const title = ${json(doc.info.title)};\n\n` +
    `export const version = ${json(doc.info.version)};\n\n` +
    `/** The production server of the API. */\n` +
    `export const serverUrl = ${json(doc.servers?.[0]?.url ?? fail(vendor, 'servers', 'no server'))};\n\n` +
    `/** Response headers that say when to retry, with how to read each. */\n` +
    `export const retryHeaders = ${json(retryHeaders)} as const;\n\n` +
    `/** Response headers that carry the vendor's request id. */\n` +
    `export const requestIdHeaders: readonly string[] = ${json(requestIdHeaders)};\n\n` +
    `/** Every operation (\`METHOD /path\`) with its operationId and, for lists, how it pages. */\n` +
    `export const operations = ${json(operations)} as const;\n`;

  // The webhook key is the event name the delivery carries (body or header); the verifiers check
  // a delivery's name against this list, so an event added to the spec is known without code.
  const events = Object.keys(doc.webhooks ?? {});
  const webhooks =
    header('the keys of `webhooks`') +
    `/** Every event the ${doc.info.title} delivers to webhooks, as the spec's \`webhooks\` section names them. */\n` +
    `export const webhookEventNames = ${json(events)} as const;\n\n` +
    `/** The name of a webhook event of the ${doc.info.title}. */\n` +
    `export type WebhookEventName = (typeof webhookEventNames)[number];\n`;
  return { errors, facts, webhooks };
}

export async function generate(only: string[] = []): Promise<void> {
  for (const vendor of selectVendors(only)) {
    const { errors, facts, webhooks } = await generateFor(vendor);
    writeFileSync(join(projectRoot, vendor.errors), errors);
    writeFileSync(join(projectRoot, vendor.facts), facts);
    writeFileSync(join(projectRoot, vendor.webhooks), webhooks);
    console.log(`  ${vendor.errors}\n  ${vendor.facts}\n  ${vendor.webhooks}`);
  }
}

// `tsx scripts/generate.ts inbox` generates only that vendor.
if (process.argv[1]?.endsWith('generate.ts')) runMain(() => generate(process.argv.slice(2)));
