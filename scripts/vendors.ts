// The vendor registry: the one list of the vendors this project models and the facts the scripts,
// the tests, the docs and the bench need about each. Adding a vendor = one entry here + its spec
// (spec/<key>/, an api in redocly.yaml) + its entry module (src/<key>.ts); see CONTRIBUTING.md.
// loadVendors() checks this list against redocly.yaml both ways, so neither can drift.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { OpenApiDocument } from './openapi-model.ts';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What is written by hand about a vendor. Everything else (file paths) is derived from `key`. */
export interface VendorEntry {
  /** vendor key: the spec folder (spec/<key>/openapi.yaml), the package subpath, the generated/ folder */
  key: string;
  /** the api name in redocly.yaml, e.g. inbox@v1 (inbox@v1 and inbox@v2 are two vendors) */
  api: string;
  /** name shown in docs and reports */
  title: string;
  /** client factory exported by src/<key>.ts */
  factory: string;
  /** the client option that carries the credential */
  credential: 'token' | 'apiKey';
  /** the VendorDefinition (catalog + body reader) exported by src/<key>.ts */
  definition: string;
  /** what src/<key>-webhooks.ts can do: check a signature, or only parse (the vendor signs nothing) */
  webhookScheme: 'verify' | 'parse-only';
  /** the MSW kit exported by src/<key>-mock.ts, or null when the vendor has no mock subpath yet */
  mock: string | null;
  /** a GET without required parameters, with a 200 example: tests call it when any call will do */
  probe: string;
}

export const registry: readonly VendorEntry[] = [
  {
    key: 'inbox',
    api: 'inbox@v1',
    title: 'Inbox API v1 (X DMs)',
    factory: 'createInboxClient',
    credential: 'token',
    definition: 'inboxDefinition',
    webhookScheme: 'parse-only',
    mock: 'inboxMock',
    probe: '/team',
  },
  {
    key: 'inbox-v2',
    api: 'inbox@v2',
    title: 'Inbox API v2 (X DMs)',
    factory: 'createInboxV2Client',
    credential: 'token',
    definition: 'inboxV2Definition',
    webhookScheme: 'verify',
    mock: 'inboxV2Mock',
    probe: '/team',
  },
  {
    key: 'inbound',
    api: 'inbound@v2',
    title: 'Inbound (email)',
    factory: 'createInboundClient',
    credential: 'apiKey',
    definition: 'inboundDefinition',
    webhookScheme: 'verify',
    mock: 'inboundMock',
    probe: '/domains',
  },
  {
    key: 'helpscout',
    api: 'helpscout@v2',
    title: 'Help Scout Mailbox',
    factory: 'createHelpScoutClient',
    credential: 'token',
    definition: 'helpScoutDefinition',
    webhookScheme: 'verify',
    mock: 'helpScoutMock',
    probe: '/v2/users/me',
  },
  {
    key: 'lines',
    api: 'lines@v1',
    title: 'Messages.dev (iMessage)',
    factory: 'createLinesClient',
    credential: 'apiKey',
    definition: 'linesDefinition',
    webhookScheme: 'verify',
    mock: 'linesMock',
    probe: '/lines',
  },
];

export interface Vendor extends VendorEntry {
  /** hand-written root document */
  root: string;
  /** entry module: the client factory, the definition, the types (package subpath ./<key>) */
  entry: string;
  /** webhook module (package subpath ./<key>/webhooks) */
  webhookModule: string;
  /** MSW kit module (package subpath ./<key>/mock), when `mock` is set */
  mockModule: string | null;
  /** bundled document written by scripts/bundle.ts */
  bundle: string;
  /** openapi-typescript output */
  schema: string;
  /** generated error catalog module */
  errors: string;
  /** generated facts the runtime reads: server, retry and request-id headers, operations and their paging */
  facts: string;
  /** generated webhook module (the event names of the spec's `webhooks`) */
  webhooks: string;
  /** generated mock data module */
  mockData: string;
}

interface RedoclyConfig {
  apis: Record<string, { root: string; 'x-openapi-ts': { output: string } }>;
}

/** The registry with derived paths, after checking it against redocly.yaml (each api registered, and vice versa). */
export function loadVendors(): Vendor[] {
  const config = parse(readFileSync(join(projectRoot, 'redocly.yaml'), 'utf8')) as RedoclyConfig;
  const problems = registryProblems(registry, config.apis);
  if (problems.length) throw new Error(`scripts/vendors.ts and redocly.yaml disagree:\n  ${problems.join('\n  ')}`);
  return registry.map((entry) => ({
    ...entry,
    root: config.apis[entry.api]!.root,
    entry: `src/${entry.key}.ts`,
    webhookModule: `src/${entry.key}-webhooks.ts`,
    mockModule: entry.mock ? `src/${entry.key}-mock.ts` : null,
    bundle: `generated/${entry.key}/openapi.json`,
    schema: config.apis[entry.api]!['x-openapi-ts'].output,
    errors: `generated/${entry.key}/errors.ts`,
    facts: `generated/${entry.key}/vendor-facts.ts`,
    webhooks: `generated/${entry.key}/webhooks.ts`,
    mockData: `generated/${entry.key}/mock.ts`,
  }));
}

/** Every way the registry and redocly.yaml's apis can disagree (exported for its test). */
export function registryProblems(entries: readonly VendorEntry[], apis: RedoclyConfig['apis']): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const api = apis[entry.api];
    if (!api) problems.push(`${entry.key}: api ${entry.api} is not in redocly.yaml`);
    else {
      if (api.root !== `spec/${entry.key}/openapi.yaml`)
        problems.push(`${entry.api}: root ${api.root} is not spec/${entry.key}/openapi.yaml`);
      if (api['x-openapi-ts']?.output !== `generated/${entry.key}/schema.ts`)
        problems.push(`${entry.api}: x-openapi-ts.output is not generated/${entry.key}/schema.ts`);
    }
  }
  for (const api of Object.keys(apis))
    if (!entries.some((e) => e.api === api)) problems.push(`redocly.yaml api ${api} is not registered in scripts/vendors.ts`);
  const keys = entries.map((e) => e.key);
  for (const key of new Set(keys)) if (keys.indexOf(key) !== keys.lastIndexOf(key)) problems.push(`vendor key ${key} is registered twice`);
  return problems;
}

/**
 * The vendors a script was asked for on its command line (`tsx scripts/x.ts inbox lines`): all of
 * them when no key is given; an unknown key stops the script with the list of known ones.
 */
export function selectVendors(args: readonly string[]): Vendor[] {
  const vendors = loadVendors();
  const keys = args.filter((a) => !a.startsWith('-'));
  const unknown = keys.filter((key) => !vendors.some((v) => v.key === key));
  if (unknown.length)
    throw new UnknownVendorError(`unknown vendor ${unknown.join(', ')} (registered: ${vendors.map((v) => v.key).join(', ')})`);
  return keys.length ? vendors.filter((v) => keys.includes(v.key)) : vendors;
}

export class UnknownVendorError extends Error {}

/** Environment for every tool we start: no telemetry, no update checks, no network at run time. */
export { offlineEnv as toolEnv } from '../cli/linters.ts';

/** A vendor's bundled document (generated/<key>/openapi.json), with the command that makes it when it is missing. */
export function readBundle(vendor: Vendor): OpenApiDocument {
  const file = join(projectRoot, vendor.bundle);
  if (!existsSync(file))
    throw new MissingBundleError(
      `${vendor.bundle} is missing: run \`npm run build\` (or \`npx tsx scripts/bundle.ts ${vendor.key}\`) first`,
    );
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}

export class MissingBundleError extends Error {}
