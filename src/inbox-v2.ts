// Inbox API v2 (inboxapp.com/api/v2): generated types, error catalog, and the client factory.
import type { Calls, Methods } from '../generated/inbox-v2/calls.ts';
import { errorCatalog, type ErrorCode } from '../generated/inbox-v2/errors.ts';
import * as facts from '../generated/inbox-v2/vendor-facts.ts';
import { asRecord, asString, fieldProblems } from './body.ts';
import { createVendorClient, vendorDefinition, type BaseClientOptions, type VendorClient, type VendorDefinition } from './client.ts';
import type { ApiError } from './errors.ts';

export type { paths, components, operations } from '../generated/inbox-v2/schema.ts';
export type { Calls, Methods } from '../generated/inbox-v2/calls.ts';
export { errorCatalog, operationErrorCodes } from '../generated/inbox-v2/errors.ts';
export { paginate, ApiError, isApiError } from './runtime.ts';

export type InboxV2ErrorCode = ErrorCode;
export type InboxV2ApiError = ApiError<InboxV2ErrorCode>;
export type InboxV2Client = VendorClient<Calls, InboxV2ErrorCode, Methods>;

/**
 * The wait an error body asks for, in ms: `details.retryAfterSeconds` (platformRateLimited,
 * platformUnavailable), else `details.resetAt` (rateLimited). The normaliser uses it only when no
 * header (Retry-After, X-RateLimit-Reset) gives one; the transport's total-delay budget and deadline bound it.
 */
function bodyRetryAfterMs(details: Record<string, unknown> | undefined, now: number): number | undefined {
  const seconds = details?.retryAfterSeconds;
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const resetAt = asString(details?.resetAt);
  const at = resetAt === undefined ? NaN : Date.parse(resetAt);
  return Number.isFinite(at) ? Math.max(0, Math.ceil(at - now)) : undefined;
}

/**
 * Inbox v2 errors are one flat envelope, `{code, message, details, requestId}`; `details` is null
 * or the code's object (`details.issues` for invalidRequest).
 */
export const inboxV2Definition: VendorDefinition = vendorDefinition(facts, errorCatalog, {
  readBody(body) {
    const record = asRecord(body);
    const code = asString(record?.code);
    // Not the envelope (a proxy's JSON, say): keep its message, claim nothing else.
    if (code === undefined) return { message: asString(record?.message) };
    const details = asRecord(record?.details);
    return {
      code,
      message: asString(record?.message),
      details: fieldProblems(details?.issues),
      requestId: asString(record?.requestId),
      retryAfterMs: bodyRetryAfterMs(details, Date.now()),
      envelope: true,
    };
  },
});

export interface InboxV2ClientOptions extends BaseClientOptions {
  /** API token created in Inbox; sent as `Authorization: Bearer <token>` */
  token: string;
}

/**
 * A typed client of the Inbox API v2. Array query values are sent as repeated keys
 * (`?tag=vip&tag=lead`), openapi-fetch's default and what the API requires. A `POST /messages`
 * is retried only when it carries an `Idempotency-Key` header. Throws ConfigurationError on an
 * empty or malformed token.
 */
export function createInboxV2Client(options: InboxV2ClientOptions): InboxV2Client {
  return createVendorClient<Calls, InboxV2ErrorCode, Methods>(inboxV2Definition, options, {
    token: options?.token,
    what: 'Inbox API v2 token',
  });
}
