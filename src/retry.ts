// Safe retries as openapi-fetch middleware: retries what the vendor's catalog (or the status)
// calls retryable, waits what the vendor's headers say or backs off exponentially with full
// jitter, never re-sends a POST/PATCH without an Idempotency-Key, caps attempts and total delay,
// and stops waiting the moment the request's AbortSignal fires.
import type { Middleware } from 'openapi-fetch';
import { responseBody } from './body.ts';
import { normalizeError, type ApiError, type VendorErrors } from './errors.ts';

export interface RetryOptions {
  /** total attempts including the first; 1 disables retries (default 3) */
  maxAttempts?: number;
  /** first backoff ceiling in ms, doubled per attempt (default 500) */
  baseDelayMs?: number;
  /** largest single backoff ceiling in ms (default 10 000) */
  maxDelayMs?: number;
  /** give up rather than wait longer than this in total (default 60 000) */
  maxTotalDelayMs?: number;
  /** random source in [0, 1) for the jitter (tests inject one) */
  random?: () => number;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/** May this request be sent again? Idempotent methods, or any method carrying an Idempotency-Key. */
export function canResend(request: Request): boolean {
  return IDEMPOTENT.has(request.method.toUpperCase()) || request.headers.has('idempotency-key');
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface RetryContext {
  errors: VendorErrors;
  fetch: typeof globalThis.fetch;
}

export function retryMiddleware(context: RetryContext, options: RetryOptions = {}): Middleware {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const base = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const budget = options.maxTotalDelayMs ?? 60_000;
  const random = options.random ?? Math.random;
  // A pristine copy of each request, taken before fetch consumes its body.
  const originals = new Map<string, Request>();

  const delayFor = (error: ApiError, attempt: number) =>
    error.retryAfterMs ?? Math.floor(random() * Math.min(maxDelay, base * 2 ** (attempt - 1)));

  /** Re-sends `original` while the failure is retryable; returns the last response, or the last network error. */
  async function retry(original: Request, operation: string, first: { response?: Response; error?: unknown }): Promise<Response | Error> {
    let last = first;
    let waited = 0;
    for (let attempt = 1; attempt < maxAttempts; attempt++) {
      const failure = last.response
        ? normalizeError(context.errors, { operation, status: last.response.status, headers: last.response.headers, body: await responseBody(last.response) })
        : normalizeError(context.errors, { operation, cause: last.error });
      if (!failure.retryable) break;
      const delay = delayFor(failure, attempt);
      if (waited + delay > budget) break;
      await sleep(delay, original.signal);
      waited += delay;
      try {
        last = { response: await context.fetch(original.clone()) };
      } catch (error) {
        if (original.signal.aborted) throw error;
        last = { error };
      }
      if (last.response?.ok) break;
    }
    if (last.response) return last.response;
    // Returned, not thrown, so that later onError middleware (the error normaliser) still sees it.
    return last.error instanceof Error ? last.error : new Error(String(last.error));
  }

  return {
    onRequest({ request, id }) {
      // A request without a body can be sent again as it is; one with a body is copied before fetch reads it.
      if (maxAttempts > 1 && canResend(request)) originals.set(id, request.body === null ? request : request.clone());
    },
    async onResponse({ response, id, schemaPath, request }) {
      const original = originals.get(id);
      originals.delete(id);
      if (!original || response.ok) return undefined;
      const last = await retry(original, `${request.method} ${schemaPath}`, { response });
      if (last instanceof Response) return last;
      throw last;
    },
    async onError({ error, id, schemaPath, request }) {
      const original = originals.get(id);
      originals.delete(id);
      if (!original || request.signal.aborted) return undefined;
      return retry(original, `${request.method} ${schemaPath}`, { error });
    },
  };
}
