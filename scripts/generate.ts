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

// Rule homes: every check of a document's own content is a Spectral rule (spectral/ruleset.yaml),
// and generation runs the rule's own function on the bundle before writing anything from it, so
// lint and generation accept exactly the same documents even when generate runs alone
// (`npm run generate` without `npm run lint`). What generate.ts still checks itself is only what it
// needs to write a file (a server URL), which Redocly already lints (no-empty-servers).
type RuleFunction = (
  input: unknown,
  options: unknown,
  context: { path: (string | number)[] },
) => { message: string; path?: (string | number)[] }[];
const ruleFunction = (name: string) =>
  import(new URL(`../spectral/functions/${name}.js`, import.meta.url).href).then((m: { default: RuleFunction }) => m.default);
const rules = Promise.all([ruleFunction('mcPagination'), ruleFunction('mcErrorCatalog'), ruleFunction('mcRetryHint')]);

/** mc-error-catalog: the catalog is well formed and holds every code of every x-error-codes. */
function checkCatalog(vendor: Vendor, doc: OpenApiDocument, rule: RuleFunction): CatalogEntry[] {
  const problems = rule(doc, { categories: CATEGORIES }, { path: [] });
  if (problems.length > 0) fail(vendor, 'x-error-catalog', problems.map((p) => `${(p.path ?? []).join('.')}: ${p.message}`).join('; '));
  return doc['x-error-catalog']!;
}

function checkPagination(vendor: Vendor, where: string, op: Operation, rule: RuleFunction): Pagination {
  const problems = rule(op, {}, { path: [] });
  if (problems.length > 0) fail(vendor, where, problems.map((p) => p.message).join('; '));
  return op['x-pagination']!;
}

/**
 * Header components carry no name of their own: the name is the key under which a response uses
 * them. Collect, for every component marked x-retry-hint or x-request-id, the names it is used as.
 */
function markedHeaders(vendor: Vendor, doc: OpenApiDocument, hintRule: RuleFunction) {
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
          const problems = hintRule(component, { hints: RETRY_HINTS }, { path: [] }); // mc-retry-hint
          if (problems.length > 0) fail(vendor, `header ${name}`, problems.map((p) => p.message).join('; '));
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
  const [paginationRule, catalogRule, hintRule] = await rules;
  const doc = readBundle(vendor);
  const catalog = checkCatalog(vendor, doc, catalogRule);

  const operationCodes: Record<string, string[]> = {};
  const operations: Record<string, { operationId: string; pagination?: Pagination }> = {};
  for (const { key, op, webhook } of listOperations(doc)) {
    if (webhook) continue; // the vendor sends those; a client does not call them
    operationCodes[key] = op['x-error-codes'] ?? [];
    operations[key] = { operationId: op.operationId };
    if (op['x-pagination']) operations[key].pagination = checkPagination(vendor, key, op, paginationRule);
  }

  const { retryHeaders, requestIdHeaders } = markedHeaders(vendor, doc, hintRule);

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
    // Not a lint rule of ours: Redocly's no-empty-servers lints it; here it is the value the file needs.
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
