// The client factory every vendor uses: openapi-fetch with the vendor's base URL and credentials,
// safe retries, error normalisation, and `unwrap` for the throwing calling style.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { checkBaseUrl, checkToken, type TokenProvider } from './auth.ts';
import { responseBody } from './body.ts';
import { driftMiddleware, type DriftOptions } from './drift.ts';
import { ApiError, normalizeError, type VendorErrors } from './errors.ts';
import { TokenError } from './oauth.ts';
import { snapshotRequest } from './redact.ts';
import { retryMiddleware, type RetryOptions } from './retry.ts';
import type { Pagination } from './paginate.ts';

/** What the generated runtime module of a vendor says (generated/<vendor>/runtime.ts). */
export interface VendorRuntime {
  vendor: string;
  serverUrl: string;
  operations: Readonly<Record<string, { readonly operationId: string; readonly pagination?: Pagination }>>;
}

/** A vendor's definition from its generated modules and the reader of its error bodies. */
export function vendorDefinition(
  runtime: VendorRuntime & Pick<VendorErrors, 'retryHeaders' | 'requestIdHeaders'>,
  catalog: VendorErrors['catalog'],
  reader: Pick<VendorDefinition, 'readBody' | 'statusFallback' | 'authHeader'>,
): VendorDefinition {
  return { vendor: runtime.vendor, runtime, catalog, retryHeaders: runtime.retryHeaders, requestIdHeaders: runtime.requestIdHeaders, ...reader };
}

export interface VendorDefinition extends VendorErrors {
  runtime: VendorRuntime;
  /** How the credential is sent: `Authorization: Bearer <token>` unless a vendor says otherwise. */
  authHeader?: (token: string) => [name: string, value: string];
}

export interface BaseClientOptions extends DriftOptions {
  /** defaults to the vendor's production server */
  baseUrl?: string;
  /** custom fetch (tests, proxies); defaults to globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** retry policy; `false` turns retries off */
  retry?: RetryOptions | false;
  /** extra headers sent with every request */
  headers?: Record<string, string>;
}

type AnyResult = { data?: unknown; error?: unknown; response: Response };
/** The success body of an openapi-fetch result. */
export type DataOf<R> = R extends { data: infer D; error?: never } ? D : never;

export interface VendorExtras<Code extends string> {
  readonly vendor: string;
  /** Awaits a call and returns its success body, or throws the normalised ApiError. */
  unwrap<R extends AnyResult>(call: Promise<R>): Promise<DataOf<R>>;
  /** Turns a result (or a thrown failure) of this client into an ApiError. */
  toApiError(failure: AnyResult | unknown): ApiError<Code>;
}

export type VendorClient<Paths extends {}, Code extends string> = Client<Paths> & VendorExtras<Code>;

/** The operation and request behind each response this client produced (snapshotted only for an error). */
interface CallRecord {
  operation: string;
  request: Request;
}

const CLIENT_DEFINITION = Symbol.for('messaging-contracts.definition');
/** Where the recorder keeps a response's CallRecord: a property, not a WeakMap entry (cheaper to collect). */
const CALL = Symbol('messaging-contracts.call');
type RecordedResponse = Response & { [CALL]?: CallRecord };

/** The vendor definition and client behind a client (or its GET method) made here; used by `paginate`. */
export function definitionOf(target: unknown): { definition: VendorDefinition; client: VendorClient<{}, string> } | undefined {
  return (target as { [CLIENT_DEFINITION]?: { definition: VendorDefinition; client: VendorClient<{}, string> } } | undefined)?.[CLIENT_DEFINITION];
}

/**
 * Gives an ApiError about to be thrown to the caller its stack: the caller's frames (through
 * async calls), not the normaliser's. ApiError itself captures none (see its constructor).
 */
function withStack<E extends ApiError<string>>(error: E, below: Function): E {
  Error.captureStackTrace(error, below);
  return error;
}

const CLIENT_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * Speed, not behaviour: openapi-fetch builds a Request and hands it to fetch, which builds a second
 * one that follows the first one's AbortSignal (listeners, a WeakRef and a finalizer per call).
 * When the caller passed no signal, nothing can abort the request, so a bodiless request is sent
 * as URL + init instead, and that second Request is cheap. With a signal, a body, or a custom
 * per-call fetch, the call goes through unchanged.
 */
function sendWithoutUnusedSignal(client: Client<{}>): void {
  const unsignalledFetch = (request: Request, ext?: RequestInit) => {
    if (request.body !== null) return globalThis.fetch(request, ext);
    const { dispatcher } = request as Request & { dispatcher?: unknown };
    const init: RequestInit & { dispatcher?: unknown } = { method: request.method, headers: request.headers, redirect: request.redirect, ...ext };
    if (dispatcher !== undefined) init.dispatcher = dispatcher;
    return globalThis.fetch(request.url, init);
  };
  type Init = { signal?: unknown; fetch?: unknown } | undefined;
  const patch = (init: Init) => (init?.signal || init?.fetch ? init : { ...init, fetch: unsignalledFetch });
  const methods = client as unknown as Record<string, (url: string, init?: Init) => Promise<unknown>>;
  for (const method of CLIENT_METHODS) {
    const call = methods[method]!;
    methods[method] = (url, init) => call(url, patch(init));
  }
  const request = client.request as unknown as (method: string, url: string, init?: Init) => Promise<unknown>;
  (client as unknown as { request: typeof request }).request = (method, url, init) => request(method, url, patch(init));
}

export function createVendorClient<Paths extends {}, Code extends string>(
  definition: VendorDefinition,
  options: BaseClientOptions,
  credential: { token: string; what: string } | { provider: TokenProvider; secrets?: readonly string[] },
): VendorClient<Paths, Code> {
  const staticToken = 'token' in credential ? checkToken(credential.token, credential.what) : undefined;
  const provider = 'provider' in credential ? credential.provider : undefined;
  const baseUrl = checkBaseUrl(options.baseUrl ?? definition.runtime.serverUrl);
  const fetchImpl: typeof globalThis.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const authHeader = definition.authHeader ?? ((token: string) => ['Authorization', `Bearer ${token}`] as [string, string]);
  // Every token this client has used: searched for and redacted in everything an error carries.
  const secrets: string[] = staticToken ? [staticToken] : 'secrets' in credential ? [...(credential.secrets ?? [])] : [];
  const remember = (token: string) => {
    if (!secrets.includes(token)) secrets.push(token);
    return token;
  };

  // A static token goes in the client's default headers: no middleware needed to send it.
  const staticHeader = staticToken === undefined ? undefined : authHeader(staticToken);
  const client = createClient<Paths>({
    baseUrl,
    fetch: fetchImpl,
    headers: staticHeader ? { ...options.headers, [staticHeader[0]]: staticHeader[1] } : options.headers,
  });
  if (!options.fetch) sendWithoutUnusedSignal(client);
  const operationOf = (request: Request, schemaPath: string) => `${request.method} ${schemaPath}`;

  // Registered first: openapi-fetch runs onResponse/onError last-registered first, so this one sees
  // the final outcome after retries and token renewal.
  const recorder: Middleware = {
    onResponse({ request, response, schemaPath }) {
      (response as RecordedResponse)[CALL] = { operation: operationOf(request, schemaPath), request };
    },
    onError: function networkFailure({ request, error, schemaPath }) {
      if (error instanceof ApiError) return error;
      return withStack(normalizeError(definition, { operation: operationOf(request, schemaPath), cause: error, request: snapshotRequest(request, secrets), secrets }), networkFailure);
    },
  };
  // With a token provider, a 401 means the cached token was revoked or expired early: renew it
  // once and send the request again (the server did not act on a request it refused to authenticate).
  // Keyed by the request object, so an entry whose response never comes (an aborted retry wait) is collected with it.
  const pristine = new WeakMap<Request, Request>();
  const setAuth = (request: Request, token: string) => {
    const [name, value] = authHeader(token);
    request.headers.set(name, value);
    return request;
  };
  const renew = async (original: Request) => {
    provider!.invalidate();
    const token = remember(await provider!.getToken(original.signal));
    return fetchImpl(setAuth(original, token));
  };
  const auth: Middleware | undefined =
    staticToken !== undefined
      ? undefined
      : {
          async onRequest({ request }) {
            // The token first: when the provider fails, no copy of the request is left behind.
            const token = remember(await provider!.getToken(request.signal));
            pristine.set(request, request.clone());
            return setAuth(request, token);
          },
          onResponse({ request, response }) {
            const original = pristine.get(request);
            pristine.delete(request);
            return original && response.status === 401 ? renew(original) : undefined;
          },
          onError({ request }) {
            pristine.delete(request);
          },
        };
  client.use(recorder);
  // Second, so that its onResponse sees the final response (after retries and token renewal), before the recorder.
  if (options.validate && options.validate !== 'off') client.use(driftMiddleware(definition, options));
  if (auth) client.use(auth);
  if (options.retry !== false) client.use(retryMiddleware({ errors: definition, fetch: fetchImpl }, options.retry ?? {}));

  const toApiError = (failure: unknown): ApiError<Code> => {
    if (failure instanceof ApiError) return failure as ApiError<Code>;
    if (failure instanceof TokenError && failure.status !== 0) {
      // The token endpoint refused the credentials: no request reached the API, and sending it
      // again does not help unless the token endpoint itself failed.
      return new ApiError<Code>({
        vendor: definition.vendor,
        operation: 'unknown',
        status: failure.status,
        code: 'unknown',
        category: failure.status >= 500 ? 'server' : failure.status === 429 ? 'rate_limited' : 'authentication',
        retryable: failure.status >= 500 || failure.status === 429,
        retryAfterMs: undefined,
        requestId: undefined,
        message: failure.message,
        details: [],
        body: undefined,
        cause: failure,
      });
    }
    const result = failure as Partial<AnyResult> | undefined;
    if (result?.response instanceof Response) {
      const record = (result.response as RecordedResponse)[CALL];
      return normalizeError<Code>(definition, {
        operation: record?.operation ?? `${result.response.url}`,
        status: result.response.status,
        headers: result.response.headers,
        body: result.error,
        request: record && snapshotRequest(record.request, secrets),
        secrets,
      });
    }
    // Something threw after the response arrived (a success body that is not the JSON it claims).
    return normalizeError<Code>(definition, { operation: 'unknown', cause: failure, secrets });
  };

  const extras: VendorExtras<Code> = {
    vendor: definition.vendor,
    toApiError,
    async unwrap(call) {
      let result;
      try {
        result = await call;
      } catch (error) {
        throw withStack(toApiError(error), extras.unwrap);
      }
      if (!result.response.ok) {
        // openapi-fetch gives `error: undefined` for an empty body; read what is there.
        if (result.error === undefined) result = { ...result, error: await responseBody(result.response) };
        throw withStack(toApiError(result), extras.unwrap);
      }
      return result.data as DataOf<typeof result>;
    },
  };
  const vendorClient = Object.assign(client, extras) as VendorClient<Paths, Code>;
  const owner = { definition, client: vendorClient };
  Object.defineProperty(client, CLIENT_DEFINITION, { value: owner });
  Object.defineProperty(client.GET, CLIENT_DEFINITION, { value: owner });
  return vendorClient;
}
