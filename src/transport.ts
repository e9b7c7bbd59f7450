// How one call goes over the wire, as the `fetch` openapi-fetch calls: the token (for clients with
// a token provider), then attempts, each with its own time limit, until one succeeds, the failure
// is not retryable (src/failure.ts decides), or a bound is reached: maxAttempts, the total wait,
// the call's deadline, the caller's abort. A 401 for a provider's token renews it once. Error
// bodies are read up to a cap, so a huge error page costs no more than the cap.
import { parseBody, readCapped } from './body.ts';
import type { ApiError } from './errors.ts';
import { callFailure, type Call, type Outcome } from './failure.ts';
import { TokenError } from './oauth.ts';
import { PendingRequest, type OutgoingRequest } from './pending-request.ts';
import { canResend, retryDelay, sleep, unlessAborted, type RetryPolicy } from './retry.ts';
import type { TokenAuth } from './token-auth.ts';

export interface Transport {
  fetch: (request: Request | string, init?: RequestInit) => Promise<Response>;
  /** whether `fetch` is the platform's (which honours an AbortSignal) rather than the caller's own: only it is given a PendingRequest's URL and init */
  platformFetch: boolean;
  policy: RetryPolicy;
  /** time limit of one attempt, in ms */
  timeoutMs: number;
  /** time limit of the whole call, retries and waits included, in ms */
  deadlineMs: number;
  /** how much of an error body is read */
  errorBodyLimitBytes: number;
  auth?: TokenAuth;
}

/** A call as the transport runs it. */
export interface TransportCall extends Call {
  /** when the whole call must have ended (Date.now() time) */
  readonly deadlineAt: number;
  /** the caller reads the body of a success after the call has settled (parseAs 'stream') */
  readonly bodyOutlivesCall: boolean;
  /** Frees the time limit of the last attempt: the client calls it once the call has settled. */
  release?: () => void;
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** A signal that fires at the caller's abort or after `ms`, whichever comes first, and `stop`, which frees its timer. */
function timeLimit(caller: AbortSignal | undefined, ms: number, outlivesCall: boolean): { signal: AbortSignal; stop: () => void } {
  if (outlivesCall) {
    // The body is read after the call has settled, so nothing can stop this limit: the
    // platform's own timeout signal, whose timer keeps no process alive.
    const timer = AbortSignal.timeout(ms);
    return { signal: caller ? AbortSignal.any([caller, timer]) : timer, stop: () => undefined };
  }
  // Else a timer the call clears once it has settled. On Node 20 AbortSignal.timeout costs about
  // twice as much (some 10 us against 5, most of it making the signal) and holds its signal for
  // the whole `ms`, so that a busy client kept thousands alive.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
  const onAbort = () => controller.abort(caller!.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    stop: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

async function attempt(
  transport: Transport,
  call: TransportCall,
  request: OutgoingRequest,
  init: RequestInit | undefined,
): Promise<Response> {
  const limit = Math.min(transport.timeoutMs, call.deadlineAt - Date.now());
  if (limit <= 0) throw new TimeoutError(`the call's deadline of ${transport.deadlineMs} ms has passed`);
  const { signal, stop } = timeLimit(call.signal, limit, call.bodyOutlivesCall);
  // The signal stays with the response, so it also bounds reading the body: the limit is freed
  // once the transport has read an error body, at the next attempt, or when the call has settled.
  call.release?.();
  call.release = stop;
  const sent =
    request instanceof PendingRequest
      ? transport.fetch(request.target, request.initWith(signal, init))
      : transport.fetch(request, init ? { ...init, signal } : { signal });
  try {
    // A caller's own fetch may ignore the signal: the time limit holds all the same.
    return await (transport.platformFetch ? sent : unlessAborted(sent, signal));
  } catch (error) {
    if (signal.aborted && !call.signal?.aborted) throw new TimeoutError(`no response within ${limit} ms`, { cause: error });
    throw error;
  }
}

/** The error response as openapi-fetch will read it: status and headers kept, the body cut to what was read. */
function capped(response: Response, text: string | undefined): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(text || null, { status: response.status, statusText: response.statusText, headers });
}

/** Throws the TypeError a Request made of `request` throws, as if it had never been sent; else does nothing. */
function invalid(call: TransportCall, request: PendingRequest): void {
  try {
    request.toRequest();
  } catch (error) {
    call.request = undefined;
    throw error;
  }
}

/** Sends `first` (and, where safe and useful, copies of it) and returns the final response, or throws the call's ApiError. */
export async function send(transport: Transport, call: TransportCall, given: OutgoingRequest, init?: RequestInit): Promise<Response> {
  const { policy, auth } = transport;
  // Only the platform's fetch is given a URL and init, and only one it can send again as it is.
  const first = given instanceof PendingRequest && !(transport.platformFetch && given.reusable) ? given.toRequest() : given;
  const resendable = canResend(first);
  // A copy to send again, taken before fetch reads the body; a bodiless Request, and a
  // PendingRequest (fetch reads its init afresh), are sent again as they are.
  const keep = (resendable && policy.maxAttempts > 1) || auth !== undefined;
  const pristine = keep && first instanceof Request && first.body !== null ? first.clone() : first;
  let waited = 0;
  let renewed = false;
  let next: OutgoingRequest | undefined = first;
  for (let n = 1; ; n++) {
    // `first` goes out once; every later send is a copy of the pristine request.
    const request: OutgoingRequest = next ?? (pristine === first ? first : (pristine as Request).clone());
    next = undefined;
    call.request = request;
    let token: string | undefined;
    let outcome: Outcome;
    try {
      if (auth) {
        const limit = timeLimit(call.signal, Math.max(1, call.deadlineAt - Date.now()), false);
        token = await auth.authorize(request, limit.signal).finally(limit.stop);
      }
      outcome = { response: await attempt(transport, call, request, init) };
    } catch (cause) {
      // fetch refuses a PendingRequest whose URL or init is not valid: the caller's error, thrown
      // as openapi-fetch throws it when it builds such a Request, not a network failure to retry.
      if (request instanceof PendingRequest) invalid(call, request);
      outcome = { cause };
    }
    const { response } = outcome;
    if (response?.ok) {
      call.response = response;
      return response;
    }
    // The API refused the provider's token (revoked, or expired early): the request was not acted
    // on, so it goes again once with a fresh token, whatever its method. Not counted as an attempt.
    if (response?.status === 401 && auth && token !== undefined && !renewed) {
      renewed = true;
      auth.refused(token);
      await response.body?.cancel().catch(() => undefined);
      n--;
      continue;
    }
    let text: string | undefined;
    if (response) text = (await readCapped(response, transport.errorBodyLimitBytes))?.text;
    call.release?.();
    const failure: ApiError = callFailure(call, { ...outcome, body: parseBody(text), bodyText: text });
    // Sent once means once: a request that may not be resent goes again only when the token
    // endpoint failed before it was sent (a 408 or 429 to it is the caller's to retry).
    const mayResend = resendable || outcome.cause instanceof TokenError;
    const last = !failure.retryable || n >= policy.maxAttempts || !keep || !mayResend;
    const delay = last ? 0 : retryDelay(policy, failure, n);
    if (last || waited + delay > policy.maxTotalDelayMs || Date.now() + delay >= call.deadlineAt) {
      if (!response) throw failure;
      call.failure = failure;
      return (call.response = capped(response, text));
    }
    try {
      await sleep(delay, call.signal);
    } catch (reason) {
      throw callFailure(call, { cause: reason });
    }
    waited += delay;
  }
}
