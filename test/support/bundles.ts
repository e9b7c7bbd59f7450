// Loads the bundled documents from generated/ and gives an Ajv 2020-12 validator over each.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadVendors, readBundle, type Vendor } from '../../scripts/vendors.ts';
import type { OpenApiDocument } from '../../scripts/openapi-model.ts';
import { OPENAPI_AJV_FORMATS } from '../../scripts/openapi-formats.ts';

export interface LoadedVendor extends Vendor {
  doc: OpenApiDocument;
}

let loaded: LoadedVendor[] | undefined;

/**
 * Vendors to test: all of the registry (scripts/vendors.ts), or those named in TEST_VENDORS (comma list) while a spec is
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
    .map((v) => ({ ...v, doc: readBundle(v) }));
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
