// Each vendor's runtime definition (catalog + body reader), by vendor key, from the registry.
import type { VendorDefinition } from '../../src/client.ts';
import { vendorModules } from './vendor-modules.ts';

export const definitions: Record<string, VendorDefinition> = Object.fromEntries(vendorModules.map((m) => [m.vendor.key, m.definition]));
