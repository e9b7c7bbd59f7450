// The client factory every vendor uses: an openapi-fetch client whose `fetch` is this package's
// transport (credentials, time limits, safe retries, capped error bodies: src/transport.ts), with
// methods that turn any failure into the call's ApiError (src/failure.ts), `unwrap` for the
// throwing calling style, and `paginate`.
import createClient, { type Middleware } from 'openapi-fetch';
import type { EntryData, EntryInit, HttpVerb, RequestMethod, TableMethods, TableOf } from './call-types.ts';
import { checkBaseUrl, checkToken, ConfigurationError, type TokenProvider } from './auth.ts';
import { ERROR_BODY_LIMIT_BYTES } from './body.ts';
import { driftMiddleware, type DriftOptions } from './drift.ts';
import { ApiError, withStack } from './errors.ts';
import { callFailure, type Call } from './failure.ts';
import { CLIENT_OWNER, paginateWith, type ItemOf, type PaginateOptions } from './paginate.ts';
import { retryPolicy, type RetryOptions } from './retry.ts';
import { tokenAuth } from './token-auth.ts';
import { PendingRequest, startCall, type OutgoingRequest } from './pending-request.ts';
import { send, type Transport, type TransportCall } from './transport.ts';
import type { VendorDefinition } from './vendor.ts';

export { vendorDefinition, type VendorDefinition, type VendorRuntime } from './vendor.ts';

/** Default time limit of one attempt (ms). */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Default time limit of a whole call, retries and waits included (ms). */
export const DEFAULT_DEADLINE_MS = 120_000;

export interface BaseClientOptions extends DriftOptions {
  /** defaults to the vendor's production server; must not carry credentials */
  baseUrl?: string;
  /** custom fetch (tests, proxies); defaults to globalThis.fetch. It should honour `init.signal`; the time limits hold either way */
  fetch?: typeof globalThis.fetch;
  /** retry policy; `false` turns retries off */
  retry?: RetryOptions | false;
  /** extra headers sent with every request */
  headers?: Record<string, string>;
  /** time limit of one attempt, response body included, in ms (default 30 000) */
  timeoutMs?: number;
  /** time limit of the whole call, retries and waits included, in ms (default 120 000) */
  deadlineMs?: number;
}

type AnyResult = { data?: unknown; error?: unknown; response: Response };
/** The success body of a call's result. */
export type DataOf<R> = R extends { data: infer D; error?: never } ? D : never;

type GetTable<Calls> = TableOf<Calls, 'GET'>;

/**
 * A vendor's client: openapi-fetch's methods typed from the vendor's call table and method
 * interfaces (generated/<vendor>/calls.ts), plus unwrap, toApiError and paginate.
 */
export interface VendorClient<Calls, Code extends string, Methods extends Record<HttpVerb, unknown> = TableMethods<Calls>> {
  readonly vendor: string;
  GET: Methods['GET'];
  PUT: Methods['PUT'];
  POST: Methods['POST'];
  DELETE: Methods['DELETE'];
  OPTIONS: Methods['OPTIONS'];
  HEAD: Methods['HEAD'];
  PATCH: Methods['PATCH'];
  TRACE: Methods['TRACE'];
  /** `client.request('get', path, init)`: the method as an argument */
  request: RequestMethod<Calls>;
  /** Registers openapi-fetch middleware (it sees the final response, after retries). */
  use(...middleware: Middleware[]): void;
  /** Unregisters middleware. */
  eject(...middleware: Middleware[]): void;
  /** Awaits a call and returns its success body, or throws the call's ApiError. */
  unwrap<R extends AnyResult>(call: Promise<R>): Promise<DataOf<R>>;
  /** Turns a result (or a thrown failure) of this client into an ApiError. */
  toApiError(failure: AnyResult | unknown): ApiError<Code>;
  /** Every item of a list operation across its pages (see PaginateOptions for the guards). */
  paginate<Path extends keyof GetTable<Calls>>(
    path: Path,
    init?: EntryInit<GetTable<Calls>[Path]>,
    options?: PaginateOptions,
  ): AsyncGenerator<ItemOf<EntryData<GetTable<Calls>[Path]>>, void, undefined>;
}

/** Where a result keeps the call it came from (for unwrap and toApiError). */
const CALL = Symbol('messaging-contracts.call');
type RecordedResult = AnyResult & { [CALL]?: Call };

function positiveMs(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw new ConfigurationError(`${name} must be a finite number of ms > 0`);
  return value;
}

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;
/** How many of a provider's tokens are kept for redaction: the current one and a few it replaced. */
const REMEMBERED_TOKENS = 4;

type Init = { signal?: AbortSignal | null; fetch?: typeof globalThis.fetch } & Record<string, unknown>;
type Method = (path: string, init?: Init) => Promise<AnyResult>;
type RawRequestMethod = (verb: string, path: string, init?: Init) => Promise<AnyResult>;

export function createVendorClient<Calls, Code extends string, Methods extends Record<HttpVerb, unknown>>(
  definition: VendorDefinition,
  options: BaseClientOptions,
  credential: { token: string; what: string } | { provider: TokenProvider; secrets?: readonly string[] },
): VendorClient<Calls, Code, Methods> {
  if (options === null || typeof options !== 'object') throw new ConfigurationError('client options must be an object');
  const staticToken = 'token' in credential ? checkToken(credential.token, credential.what) : undefined;
  const provider = 'provider' in credential ? credential.provider : undefined;
  if (provider !== undefined && (typeof provider?.getToken !== 'function' || typeof provider.invalidate !== 'function')) {
    throw new ConfigurationError('tokenProvider must have getToken() and invalidate()');
  }
  const baseUrl = checkBaseUrl(options.baseUrl ?? definition.runtime.serverUrl);
  const authHeader = definition.authHeader ?? ((token: string) => ['Authorization', `Bearer ${token}`] as [string, string]);
  // Every credential this client holds, searched for and redacted in everything an error carries:
  // the fixed ones, and the provider's last few tokens (bounded: a token is renewed rarely).
  const fixed = staticToken ? [staticToken] : 'secrets' in credential ? [...(credential.secrets ?? [])] : [];
  const secrets = [...fixed];
  const remember = (token: string) => {
    if (secrets.includes(token)) return;
    secrets.push(token);
    if (secrets.length > fixed.length + REMEMBERED_TOKENS) secrets.splice(fixed.length, 1);
  };

  const transport: Transport = {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    platformFetch: options.fetch === undefined,
    policy: retryPolicy(options.retry),
    timeoutMs: positiveMs(options.timeoutMs, 'timeoutMs', DEFAULT_TIMEOUT_MS),
    deadlineMs: positiveMs(options.deadlineMs, 'deadlineMs', DEFAULT_DEADLINE_MS),
    errorBodyLimitBytes: ERROR_BODY_LIMIT_BYTES,
    auth: provider && tokenAuth(provider, authHeader, remember),
  };
  const perCallFetch = (fetch: typeof globalThis.fetch): Transport => ({ ...transport, fetch, platformFetch: false });

  // A static token goes in the client's default headers: nothing to do per call.
  const staticHeader = staticToken === undefined ? undefined : authHeader(staticToken);
  // A call with no options of its own to pass (see callThrough) builds a PendingRequest, which
  // carries its call to this fetch.
  const inner = createClient<{}>({
    baseUrl,
    headers: staticHeader ? { ...options.headers, [staticHeader[0]]: staticHeader[1] } : options.headers,
    querySerializer: definition.querySerializer,
    Request: PendingRequest as unknown as typeof Request,
    fetch: ((request: OutgoingRequest, ext?: RequestInit) =>
      request instanceof PendingRequest && request.call
        ? send(transport, request.call, request, ext)
        : Promise.reject(new Error('messaging-contracts: a request was built outside a call'))) as typeof globalThis.fetch,
  });
  // Drift detection reads the final response: the transport has retried and renewed by then.
  if (options.validate && options.validate !== 'off') inner.use(driftMiddleware(definition, options));
  /** Whether the caller has registered middleware, which is given openapi-fetch's Request. */
  let callerMiddleware = false;

  const newCall = (operation: string, init: Init | undefined): TransportCall => ({
    definition,
    operation,
    secrets,
    signal: init?.signal ?? undefined,
    deadlineAt: Date.now() + transport.deadlineMs,
    bodyOutlivesCall: init?.parseAs === 'stream',
  });
  /** openapi-fetch's method, sent through the transport, with every rejection made the call's ApiError. */
  const method = (name: string, call: Method): Method =>
    function callThrough(path, init) {
      const record = newCall(`${name} ${path}`, init);
      // The caller's middleware reads a Request, and a fetch or Request class of the call's own
      // replaces the client's: such a call passes its own fetch, bound to its record. Any other
      // call passes its init untouched (on Node 20, openapi-fetch copies a non-empty init at some
      // 3 us a call) and builds a PendingRequest, which carries the record.
      const own =
        callerMiddleware || (init != null && (init.fetch !== undefined || init.Request !== undefined || init.middleware !== undefined));
      const sent = own
        ? call(path, {
            ...init,
            Request: init?.Request ?? Request,
            fetch: ((request: OutgoingRequest, ext?: RequestInit) =>
              send(init?.fetch ? perCallFetch(init.fetch) : transport, record, request, ext)) as typeof globalThis.fetch,
          })
        : startCall(record, call, path, init);
      // Settled means the body has been read (but for parseAs 'stream'): the time limit can go.
      return sent.then(
        (result: RecordedResult) => {
          record.release?.();
          result[CALL] = record;
          return result;
        },
        (error: unknown) => {
          record.release?.();
          // The transport records each request as it goes out (and forgets one fetch refused).
          const unsent = record.request === undefined;
          throw withStack(callFailure(record, { cause: error, response: record.response, unsent }), callThrough);
        },
      );
    };

  const toApiError = (failure: unknown): ApiError<Code> => {
    if (failure instanceof ApiError) return failure as ApiError<Code>;
    const result = failure as Partial<RecordedResult> | null | undefined;
    if (result?.response instanceof Response) {
      const call = result[CALL];
      if (call?.failure && call.response === result.response) return call.failure as ApiError<Code>;
      const at = call ?? newCall(`${result.response.url}`, undefined);
      return callFailure<Code>(at, { response: result.response, body: result.error });
    }
    return callFailure<Code>(newCall('unknown', undefined), { cause: failure });
  };

  const methods = inner as unknown as Record<string, Method>;
  const client: Record<string, unknown> & Pick<VendorClient<{}, Code>, 'unwrap'> & { GET: Method } = {
    use(...added: Middleware[]) {
      callerMiddleware = true;
      inner.use(...added);
    },
    eject: inner.eject,
    request: (verb: string, path: string, init?: Init) =>
      method(verb.toUpperCase(), (p, i) => (methods.request as unknown as RawRequestMethod)(verb, p, i))(path, init),
    ...(Object.fromEntries(METHODS.map((name) => [name, method(name, methods[name]!)])) as Record<(typeof METHODS)[number], Method>),
    vendor: definition.vendor,
    toApiError,
    async unwrap<R extends AnyResult>(pending: Promise<R>): Promise<DataOf<R>> {
      let result: AnyResult;
      try {
        result = await pending;
      } catch (error) {
        throw withStack(toApiError(error), client.unwrap);
      }
      if (!result.response.ok) throw withStack(toApiError(result), client.unwrap);
      return result.data as DataOf<R>;
    },
    paginate(path: string, init?: unknown, paginateOptions?: PaginateOptions) {
      return paginateWith(client as unknown as VendorClient<{}, string>, definition, path, init, paginateOptions);
    },
  };
  Object.defineProperty(client, CLIENT_OWNER, { value: client });
  Object.defineProperty(client.GET, CLIENT_OWNER, { value: client });
  return client as unknown as VendorClient<Calls, Code, Methods>;
}
