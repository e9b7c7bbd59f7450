// Messages.dev iMessage API ("lines"): generated types, error catalog and the client factory.
// Webhook verification lives in `messaging-contracts/lines/webhooks` (src/lines-webhooks.ts).
import type { Calls, Methods } from '../generated/lines/calls.ts';
import { errorCatalog, type ErrorCode } from '../generated/lines/errors.ts';
import * as facts from '../generated/lines/vendor-facts.ts';
import { asRecord, asString } from './body.ts';
import { createVendorClient, vendorDefinition, type BaseClientOptions, type VendorClient, type VendorDefinition } from './client.ts';
import type { ApiError } from './errors.ts';

export type { paths, components, operations } from '../generated/lines/schema.ts';
export type { Calls, Methods } from '../generated/lines/calls.ts';
export { errorCatalog, operationErrorCodes } from '../generated/lines/errors.ts';
export { paginate, ApiError, isApiError } from './runtime.ts';

export type LinesErrorCode = ErrorCode;
export type LinesApiError = ApiError<LinesErrorCode>;
export type LinesClient = VendorClient<Calls, LinesErrorCode, Methods>;

/** Messages.dev errors: `{error: {type, code, message, param?}, request_id}`. */
export const linesDefinition: VendorDefinition = vendorDefinition(facts, errorCatalog, {
  readBody(body) {
    const record = asRecord(body);
    const error = asRecord(record?.error);
    if (!error) return {};
    const param = asString(error.param);
    const message = asString(error.message);
    return {
      code: asString(error.code),
      message,
      details: param === undefined ? [] : [{ path: param, message: message ?? '' }],
      requestId: asString(record?.request_id),
      envelope: true,
    };
  },
});

export interface LinesClientOptions extends BaseClientOptions {
  /** API key (`sk_live_...`); sent as `Authorization: Bearer <apiKey>` */
  apiKey: string;
}

/** A typed client of the Messages.dev API. Throws ConfigurationError on an empty or malformed key. */
export function createLinesClient(options: LinesClientOptions): LinesClient {
  return createVendorClient<Calls, LinesErrorCode, Methods>(linesDefinition, options, {
    token: options?.apiKey,
    what: 'Messages.dev API key',
  });
}
