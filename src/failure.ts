// The one place where a failed call becomes an ApiError: a refused response, a network failure, a
// timeout, a token endpoint that failed, a body that broke off. The transport reads `retryable`
// from the result to decide on a retry, and the client throws or returns the same result, so the
// decision and what the caller sees cannot differ.
import { ApiError, fieldOf, normalizeError, normalizeParsed } from './errors.ts';
import { retryDelayMs } from './headers.ts';
import { TokenError } from './oauth.ts';
import { asRequest, type OutgoingRequest } from './pending-request.ts';
import { snapshotRequest } from './redact.ts';
import { canResend } from './retry.ts';
import type { VendorDefinition } from './vendor.ts';

/** One call through a client, from the method call to its result: what a failure needs to say. */
export interface Call {
  readonly definition: VendorDefinition;
  /** `METHOD /path/{template}` */
  readonly operation: string;
  /** strings that must never appear in an error (the client's credentials) */
  readonly secrets: readonly string[];
  /** the caller's AbortSignal, if any */
  readonly signal: AbortSignal | undefined;
  /** the request as last sent */
  request?: OutgoingRequest;
  /** the response the transport gave back, and the ApiError it made of it when it is a failure */
  response?: Response;
  failure?: ApiError;
}

export interface Outcome {
  response?: Response;
  /** the response body: parsed JSON, text, or undefined */
  body?: unknown;
  /** the text `body` was parsed from, when the transport read it */
  bodyText?: string;
  /** what was thrown instead of a response */
  cause?: unknown;
  /** `cause` was thrown before the request was made (NormalizeInput `unsent`) */
  unsent?: boolean;
}

const RETRY_AFTER = [{ name: 'retry-after', hint: 'retry-after' }] as const;

/** The ApiError a call's outcome makes. Never throws. */
export function callFailure<Code extends string>(call: Call, outcome: Outcome): ApiError<Code> {
  const { cause, response } = outcome;
  if (cause instanceof ApiError) return cause as ApiError<Code>;
  const { definition, operation, secrets } = call;
  const request = call.request && snapshotRequest(asRequest(call.request), secrets);
  if (cause instanceof TokenError) {
    // No request reached the API: sending it again is safe whatever its method, and helps when
    // the token endpoint itself failed (unreachable, 429, 5xx).
    const { status } = cause;
    const transient = status === 0 || status === 429 || status >= 500;
    return new ApiError<Code>({
      vendor: definition.vendor,
      operation,
      status,
      code: 'unknown',
      category: status === 0 ? 'network' : status === 429 ? 'rate_limited' : status >= 500 ? 'server' : 'authentication',
      retryable: transient,
      retryAfterMs:
        cause.retryAfter === undefined
          ? undefined
          : retryDelayMs({ retryHeaders: RETRY_AFTER }, { 'retry-after': cause.retryAfter }, status),
      requestId: undefined,
      message: cause.message,
      details: [],
      body: undefined,
      request,
      cause,
    });
  }
  // Nothing sent yet: nothing can happen twice.
  const resendable = call.request === undefined || canResend(call.request);
  if (cause !== undefined) {
    // An abort that is not the caller's is one of the client's own time limits.
    const causeName = fieldOf(cause, 'name');
    const timedOut = (causeName === 'TimeoutError' || causeName === 'AbortError') && !call.signal?.aborted;
    // A 2xx whose body broke off or is not JSON: the server may have acted, so it counts as a
    // network failure (status 0), retryable only where resending is safe.
    let wrapped = cause;
    if (response?.ok && !timedOut) {
      const what =
        causeName === 'SyntaxError'
          ? `the body of HTTP ${response.status} is not the JSON it claims`
          : `the body broke off after HTTP ${response.status}`;
      wrapped = new Error(what, { cause });
    }
    return normalizeError<Code>(definition, { operation, cause: wrapped, request, secrets, resendable, timedOut, unsent: outcome.unsent });
  }
  if (response === undefined) return normalizeError<Code>(definition, { operation, request, secrets, resendable });
  return normalizeParsed<Code>(
    definition,
    { operation, status: response.status, headers: response.headers, body: outcome.body, request, secrets, resendable },
    outcome.bodyText,
  );
}
