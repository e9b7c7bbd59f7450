// The vendors' modules, loaded through the registry (scripts/vendors.ts): each entry module's client
// factory and definition, its webhook module and its MSW kit, under the export names the registry
// gives. Tests iterate these instead of importing and listing every vendor by hand.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { VendorDefinition } from '../../src/client.ts';
import { loadVendors, projectRoot, type Vendor } from '../../scripts/vendors.ts';

/** The calls a table-driven test makes on any vendor's client (each client is typed per vendor). */
export interface AnyClient {
  GET: (path: string, init?: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  unwrap: (call: Promise<{ data?: unknown; error?: unknown; response: Response }>) => Promise<unknown>;
}

export interface VendorModules {
  vendor: Vendor;
  definition: VendorDefinition;
  /** the registered factory, called with the credential under the registered option name */
  createClient: (credential: string, options?: Record<string, unknown>) => AnyClient;
  webhooks: { webhookEventNames: readonly string[]; parseWebhook: Function; verifyWebhook?: Function };
  mock: unknown;
}

const load = (file: string) => import(pathToFileURL(join(projectRoot, file)).href) as Promise<Record<string, unknown>>;

export const vendorModules: VendorModules[] = await Promise.all(
  loadVendors().map(async (vendor) => {
    const entry = await load(vendor.entry);
    const factory = entry[vendor.factory];
    const definition = entry[vendor.definition] as VendorDefinition | undefined;
    if (typeof factory !== 'function') throw new Error(`${vendor.entry} does not export the registered factory ${vendor.factory}`);
    if (!definition) throw new Error(`${vendor.entry} does not export the registered definition ${vendor.definition}`);
    const webhooks = (await load(vendor.webhookModule)) as unknown as VendorModules['webhooks'];
    const mock = vendor.mockModule ? (await load(vendor.mockModule))[vendor.mock!] : undefined;
    if (vendor.mockModule && !mock) throw new Error(`${vendor.mockModule} does not export the registered kit ${vendor.mock}`);
    return {
      vendor,
      definition,
      createClient: (credential: string, options: Record<string, unknown> = {}) =>
        (factory as (o: Record<string, unknown>) => AnyClient)({ ...options, [vendor.credential]: credential }),
      webhooks,
      mock,
    };
  }),
);

export const modulesOf = (key: string): VendorModules => {
  const found = vendorModules.find((m) => m.vendor.key === key);
  if (!found) throw new Error(`vendor ${key} is not registered in scripts/vendors.ts`);
  return found;
};
