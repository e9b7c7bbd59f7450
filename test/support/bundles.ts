// Loads the bundled documents from generated/ and gives an Ajv 2020-12 validator over each.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadVendors, projectRoot, type Vendor } from '../../scripts/vendors.ts';
import type { OpenApiDocument } from '../../scripts/openapi-model.ts';
import { OPENAPI_AJV_FORMATS } from '../../scripts/openapi-formats.ts';

export interface LoadedVendor extends Vendor {
  doc: OpenApiDocument;
}

let loaded: LoadedVendor[] | undefined;

/**
 * Vendors to test: all of redocly.yaml, or those named in TEST_VENDORS (comma list) while a spec is
 * being written. Read once per test file (the bundles are megabytes); treat the documents as read-only.
 */
export function loadBundles(): LoadedVendor[] {
  loaded ??= readBundles();
  return loaded;
}

function readBundles(): LoadedVendor[] {
  const only = process.env.TEST_VENDORS?.split(',').filter(Boolean);
  return loadVendors()
    .filter((v) => !only || only.includes(v.key))
    .map((v) => {
      const file = join(projectRoot, v.bundle);
      if (!existsSync(file)) throw new Error(`${v.bundle} is missing: run \`npm run build\` (or \`npx tsx scripts/bundle.ts ${v.key}\`) first, or set TEST_VENDORS=<vendor,...> to test only some vendors`);
      return { ...v, doc: JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument };
    });
}

export { OPENAPI_FORMATS } from '../../scripts/openapi-formats.ts';

export function createAjv(doc: OpenApiDocument): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats.default(ajv);
  for (const [name, format] of Object.entries(OPENAPI_AJV_FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema(doc as object, 'api');
  return ajv;
}

/** JSON pointer fragment for a path of keys. */
export const pointer = (keys: (string | number)[]) =>
  '#' + keys.map((k) => '/' + encodeURIComponent(String(k).replace(/~/g, '~0').replace(/\//g, '~1'))).join('');
