// The request openapi-fetch builds (its `Request` option names the class) when no middleware of the
// caller's reads it: the URL and init, not yet a Request, and the call it belongs to. fetch builds
// a Request of its own from whatever it is given, so building one before it is paid twice: on
// Node 20 some 8 us of a 200 us call to a server on the same machine. The platform's
// fetch is given the URL and init; a fetch of the caller's, or a body that can be read only once,
// gets a real Request, made by toRequest().
import type { TransportCall } from './transport.ts';

/** The init openapi-fetch gives its Request: method and headers always set. */
export type PendingInit = RequestInit & { method: string; headers: Headers };

/** The call whose request is being built (see startCall). */
let building: TransportCall | undefined;

/**
 * Calls `method(path, init)`, an openapi-fetch method, with `call` as the call of the
 * PendingRequest it builds. openapi-fetch builds its request before its first await, so within
 * this synchronous call; the slot is restored after, should a serializer start a call of its own.
 */
export function startCall<I, T>(call: TransportCall, method: (path: string, init: I) => T, path: string, init: I): T {
  const outer = building;
  building = call;
  try {
    return method(path, init);
  } finally {
    building = outer;
  }
}

export class PendingRequest {
  /** the call it belongs to; undefined if it was built outside startCall */
  readonly call: TransportCall | undefined = building;

  constructor(
    /** the URL as openapi-fetch wrote it (fetch parses it) */
    readonly target: string,
    readonly init: PendingInit,
  ) {}

  get method(): string {
    return this.init.method;
  }

  /** the headers fetch will send: the token is set here */
  get headers(): Headers {
    return this.init.headers;
  }

  /** Whether fetch can send the same init again: no body, or a string (openapi-fetch's JSON). */
  get reusable(): boolean {
    const { body } = this.init;
    return body === undefined || body === null || typeof body === 'string';
  }

  /**
   * The init for an attempt under `signal` (which follows the caller's). The init is this
   * request's own, made for it by openapi-fetch, so it takes the signal in place: on Node 20 a
   * copy costs some 2 us a call, what fetch then reads from it included.
   */
  initWith(signal: AbortSignal, extra: RequestInit | undefined): RequestInit {
    if (extra) return { ...this.init, ...extra, signal };
    this.init.signal = signal;
    return this.init;
  }

  /** The Request fetch would build; throws the same TypeError when the URL or init is not valid. */
  toRequest(): Request {
    return new Request(this.target, this.init);
  }
}

/** A request as the transport holds it. */
export type OutgoingRequest = Request | PendingRequest;

export const asRequest = (request: OutgoingRequest): Request => (request instanceof PendingRequest ? request.toRequest() : request);
