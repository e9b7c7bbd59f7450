// Inbound email API v2 (inbound.new): generated types, error catalog, and the client factory.
import type { Calls, Methods } from '../generated/inbound/calls.ts';
import { errorCatalog, type ErrorCode } from '../generated/inbound/errors.ts';
import * as facts from '../generated/inbound/vendor-facts.ts';
import { asRecord, asString, fieldProblems } from './body.ts';
import { createVendorClient, vendorDefinition, type BaseClientOptions, type VendorClient, type VendorDefinition } from './client.ts';
import type { ApiError, FieldProblem } from './errors.ts';

export type { paths, components, operations } from '../generated/inbound/schema.ts';
export type { Calls, Methods } from '../generated/inbound/calls.ts';
export { errorCatalog, operationErrorCodes } from '../generated/inbound/errors.ts';
export { paginate, ApiError, isApiError } from './runtime.ts';

export type InboundErrorCode = ErrorCode;
export type InboundApiError = ApiError<InboundErrorCode>;
export type InboundClient = VendorClient<Calls, InboundErrorCode, Methods>;

/**
 * Inbound has no machine codes: `{error: string, message?, details?, required?, ...}` or
 * `{success: false, error?|message?}`. The catalog recognises each error by its message, so every
 * string field is offered for matching.
 */
export const inboundDefinition: VendorDefinition = vendorDefinition(facts, errorCatalog, {
  readBody(body) {
    const record = asRecord(body);
    if (!record) return {};
    const error = asString(record.error);
    const message = asString(record.message);
    const details: FieldProblem[] = Array.isArray(record.required)
      ? record.required.filter((f): f is string => typeof f === 'string').map((path) => ({ path, message: 'is required' }))
      : fieldProblems(record.details);
    // `details` carries the rule for some messages ("Invalid configuration" + "Webhook URL is required").
    const texts = [error, message, asString(record.details)].filter((t): t is string => t !== undefined);
    return {
      texts,
      message: error && message && message !== error ? `${error}: ${message}` : (error ?? message),
      details,
      envelope: texts.length > 0,
    };
  },
});

export interface InboundClientOptions extends BaseClientOptions {
  /** API key; sent as `Authorization: Bearer <apiKey>` */
  apiKey: string;
}

/** A typed client of the Inbound v2 API. Throws ConfigurationError on an empty or malformed key. */
export function createInboundClient(options: InboundClientOptions): InboundClient {
  return createVendorClient<Calls, InboundErrorCode, Methods>(inboundDefinition, options, {
    token: options?.apiKey,
    what: 'Inbound API key',
  });
}
