// Reads the vendor-authored payload corpus (test/fixtures/vendor-payloads/<vendor>/) and finds, in a
// bundled document, the schema each payload must validate against. The layout is described in
// test/fixtures/vendor-payloads/README.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/vendors.ts';
import { listOperations, type OpenApiDocument } from '../../scripts/openapi-model.ts';
import { pointer } from './bundles.ts';

export const corpusRoot = join(projectRoot, 'test/fixtures/vendor-payloads');

export interface VendorPayload {
  /** file name inside the vendor's folder */
  file: string;
  /** "GET /lines" or "WEBHOOK message.received": the key scripts/openapi-model.ts gives the operation */
  operation: string;
  /** "response" (needs `status`) or "request" (a request body; for a webhook, the delivery) */
  part: 'response' | 'request';
  status?: string;
  /** defaults to the operation's only JSON media type */
  mediaType?: string;
  payload: unknown;
}

/** A payload that is kept but not validated: it predates the current API, or is a partial mock. */
export interface ManifestEntry {
  kind: 'drifted' | 'partial';
  reason: string;
}

export interface VendorCorpus {
  vendor: string;
  payloads: VendorPayload[];
  /** file name -> why it is not validated */
  manifest: Record<string, ManifestEntry>;
  /** text of SOURCES.md */
  sources: string;
}

export function readCorpus(vendor: string): VendorCorpus {
  const dir = join(corpusRoot, vendor);
  if (!existsSync(dir)) return { vendor, payloads: [], manifest: {}, sources: '' };
  const payloads = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<VendorPayload, 'file'>) }));
  const manifestFile = join(dir, 'manifest.json');
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestEntry>) : {};
  const sourcesFile = join(dir, 'SOURCES.md');
  return { vendor, payloads, manifest, sources: existsSync(sourcesFile) ? readFileSync(sourcesFile, 'utf8') : '' };
}

type Keys = string[];

/** The node at `keys`, following `$ref`s on the way; returns the keys of where it really lives. */
function locate(doc: OpenApiDocument, keys: Keys): { node: Record<string, unknown> | undefined; keys: Keys } {
  let at: Keys = [];
  let node: unknown = doc;
  const follow = () => {
    for (let hops = 0; node && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string'; hops++) {
      if (hops > 20) throw new Error(`$ref cycle at ${at.join('/')}`);
      at = (node as { $ref: string }).$ref
        .slice(2)
        .split('/')
        .map((k) => decodeURIComponent(k).replace(/~1/g, '/').replace(/~0/g, '~'));
      node = at.reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], doc);
    }
  };
  for (const key of keys) {
    follow();
    node = (node as Record<string, unknown> | undefined)?.[key];
    at = [...at, key];
  }
  follow();
  return { node: node as Record<string, unknown> | undefined, keys: at };
}

/** JSON pointer ("#/paths/...") of the schema the payload must match, or an error saying why there is none. */
export function schemaPointer(doc: OpenApiDocument, p: VendorPayload): { pointer: string } | { error: string } {
  const entry = listOperations(doc).find((o) => o.key === p.operation);
  if (!entry) return { error: `no operation ${p.operation} in the bundle` };
  const partKeys = p.part === 'request' ? ['requestBody'] : ['responses', p.status ?? ''];
  if (p.part === 'response') {
    const responses = entry.op.responses ?? {};
    const status = p.status ?? '';
    const range = `${status[0]}XX`;
    const declared = [status, range, 'default'].find((key) => key in responses);
    if (!declared) return { error: `${p.operation} declares no ${status} response` };
    partKeys[1] = declared;
  }
  const part = locate(doc, [...entry.pointer, ...partKeys]);
  if (!part.node) return { error: `${p.operation} has no ${p.part === 'request' ? 'request body' : `${p.status} response`}` };
  const content = (part.node.content ?? {}) as Record<string, unknown>;
  const types = p.mediaType ? [p.mediaType] : Object.keys(content).filter((t) => /json/.test(t));
  if (types.length !== 1 || !(types[0]! in content)) {
    return { error: `${p.operation} ${p.part}: media types ${Object.keys(content).join(', ')}; name one in mediaType` };
  }
  return { pointer: pointer([...part.keys, 'content', types[0]!, 'schema']) };
}
