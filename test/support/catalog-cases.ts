// Drives client tests from the spec: each catalogued error, with the body of its named example.
import type { CatalogEntry, OpenApiDocument } from '../../scripts/openapi-model.ts';
import { loadBundles } from './bundles.ts';

export interface CatalogCase {
  entry: CatalogEntry;
  body: unknown;
}

export function bundleOf(vendor: string): OpenApiDocument {
  const found = loadBundles().find((v) => v.key === vendor);
  if (!found) throw new Error(`no bundle for ${vendor}`);
  return found.doc;
}

export function catalogCases(vendor: string): CatalogCase[] {
  const doc = bundleOf(vendor);
  return (doc['x-error-catalog'] ?? []).map((entry) => ({ entry, body: doc.components?.examples?.[entry.example]?.value }));
}

/** The value of a named component example. */
export function exampleValue(vendor: string, name: string): unknown {
  const value = bundleOf(vendor).components?.examples?.[name]?.value;
  if (value === undefined) throw new Error(`${vendor} has no example ${name}`);
  return value;
}
