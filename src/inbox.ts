// Inbox Enterprise API v1 (inboxapp.com): generated types, error catalog, and the client factory.
import type { Calls, Methods } from '../generated/inbox/calls.ts';
import { errorCatalog, type ErrorCode } from '../generated/inbox/errors.ts';
import * as facts from '../generated/inbox/vendor-facts.ts';
import { asRecord, asString, fieldProblems } from './body.ts';
import { createVendorClient, vendorDefinition, type BaseClientOptions, type VendorClient, type VendorDefinition } from './client.ts';
import type { ApiError } from './errors.ts';

export type { paths, components, operations } from '../generated/inbox/schema.ts';
export type { Calls, Methods } from '../generated/inbox/calls.ts';
export { errorCatalog, operationErrorCodes } from '../generated/inbox/errors.ts';
export { paginate, ApiError, isApiError } from './runtime.ts';

export type InboxErrorCode = ErrorCode;
export type InboxApiError = ApiError<InboxErrorCode>;
export type InboxClient = VendorClient<Calls, InboxErrorCode, Methods>;

/**
 * How Inbox errors read: the nested envelope `{error: {code, message, status, details}}` of the
 * error page, or the flat `{error: "Unauthorized", message}` of the welcome page, whose `error`
 * upper-cased is the catalogued code.
 */
export const inboxDefinition: VendorDefinition = vendorDefinition(facts, errorCatalog, {
  readBody(body) {
    const error = asRecord(body)?.error;
    const nested = asRecord(error);
    if (nested) {
      return { code: asString(nested.code), message: asString(nested.message), details: fieldProblems(nested.details), envelope: true };
    }
    const flat = asString(error);
    return flat === undefined ? {} : { code: flat.toUpperCase(), message: asString(asRecord(body)?.message) ?? flat, envelope: true };
  },
  querySerializer: bracketQuery,
});

/**
 * The query as the API description's encoding rule has it: objects in bracket notation, nested as
 * needed, arrays inside them indexed (`filters[tags][selectedIds][0]=…&filters[sortOrder]=asc`).
 * A top-level array repeats its name (`accountLinkIds=a&accountLinkIds=b`), as the spec declares
 * it; null and undefined are left out. openapi-fetch's own serializer refuses nested objects,
 * which `filters` of GET /threads is.
 */
function bracketQuery(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  const add = (name: string, value: unknown, top: boolean): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach((item, i) => add(top ? name : `${name}[${i}]`, item, false));
    else if (typeof value === 'object')
      for (const [key, item] of Object.entries(value)) add(`${name}[${encodeURIComponent(key)}]`, item, false);
    else pairs.push(`${name}=${encodeURIComponent(String(value))}`);
  };
  for (const [name, value] of Object.entries(query)) add(encodeURIComponent(name), value, true);
  return pairs.join('&');
}

export interface InboxClientOptions extends BaseClientOptions {
  /** API token from Settings → API Keys; sent as `Authorization: Bearer <token>` */
  token: string;
}

/** A typed client of the Inbox Enterprise API v1. Throws ConfigurationError on an empty or malformed token. */
export function createInboxClient(options: InboxClientOptions): InboxClient {
  return createVendorClient<Calls, InboxErrorCode, Methods>(inboxDefinition, options, { token: options?.token, what: 'Inbox API token' });
}
