// The retry policy: which requests may be sent again, how long to wait before the next attempt,
// and the limits. Whether a failure is worth retrying is not decided here: that is the ApiError's
// `retryable`, built in one place (src/failure.ts) from the vendor's catalog; this file only adds
// the wait (the server's hint first, else exponential backoff with full jitter) and the bounds.
import { ConfigurationError } from './auth.ts';
import type { ApiError } from './errors.ts';

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

export type RetryPolicy = Required<RetryOptions>;

export const RETRY_DEFAULTS: Readonly<RetryPolicy> = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  maxTotalDelayMs: 60_000,
  random: Math.random,
};

/** The policy with defaults filled in; `false` means one attempt. Throws ConfigurationError on a value that is not a usable number. */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { ...RETRY_DEFAULTS, maxAttempts: 1 };
  const policy = { ...RETRY_DEFAULTS, ...options };
  for (const key of ['maxAttempts', 'baseDelayMs', 'maxDelayMs', 'maxTotalDelayMs'] as const) {
    const value = policy[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new ConfigurationError(`retry.${key} must be a finite number ≥ 0, got ${typeof value === 'number' ? value : typeof value}`);
    }
  }
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1)
    throw new ConfigurationError(`retry.maxAttempts must be a whole number ≥ 1, got ${policy.maxAttempts}`);
  if (typeof policy.random !== 'function') throw new ConfigurationError('retry.random must be a function');
  return policy;
}

// RFC 9110 §9.2.2: these methods are idempotent, so sending one again cannot act twice. POST and
// PATCH are not: they are sent again only under the caller's Idempotency-Key.
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/** May this request be sent again? Idempotent methods, or any method carrying a non-blank Idempotency-Key. */
export function canResend(request: Pick<Request, 'method' | 'headers'>): boolean {
  if (IDEMPOTENT.has(request.method.toUpperCase())) return true;
  const key = request.headers.get('idempotency-key');
  return key !== null && key.trim() !== '';
}

/** The wait before attempt `attempt + 1`: what the server asked for, else full-jitter exponential backoff. */
export function retryDelay(policy: RetryPolicy, failure: ApiError, attempt: number): number {
  if (failure.retryAfterMs !== undefined) return failure.retryAfterMs;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * ceiling);
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

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts (the promise itself goes on). */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
