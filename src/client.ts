// The client factory every vendor uses: openapi-fetch with the vendor's base URL and credentials,
// safe retries, error normalisation, and `unwrap` for the throwing calling style.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { checkBaseUrl, checkToken, type TokenProvider } from './auth.ts';
import { ApiError, normalizeError, type VendorErrors } from './errors.ts';
import { snapshotRequest } from './redact.ts';
import { retryMiddleware, type RetryOptions } from './retry.ts';
import type { Pagination } from './paginate.ts';

/** What the generated runtime module of a vendor says (generated/<vendor>/runtime.ts). */
export interface VendorRuntime {
  vendor: string;
  serverUrl: string;
  operations: Readonly<Record<string, { readonly operationId: string; readonly pagination?: Pagination }>>;
}

export interface VendorDefinition extends VendorErrors {
  runtime: VendorRuntime;
  /** How the credential is sent: `Authorization: Bearer <token>` unless a vendor says otherwise. */
  authHeader?: (token: string) => [name: string, value: string];
}

export interface BaseClientOptions {
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

/** The operation and request snapshot behind each response this client produced. */
interface CallRecord {
  operation: string;
  request: ReturnType<typeof snapshotRequest>;
}

const CLIENT_DEFINITION = Symbol.for('messaging-contracts.definition');

/** The vendor definition and client behind a client (or its GET method) made here; used by `paginate`. */
export function definitionOf(target: unknown): { definition: VendorDefinition; client: VendorClient<{}, string> } | undefined {
  return (target as { [CLIENT_DEFINITION]?: { definition: VendorDefinition; client: VendorClient<{}, string> } } | undefined)?.[CLIENT_DEFINITION];
}

async function parseBody(response: Response): Promise<unknown> {
  try {
    const text = await response.clone().text();
    try {
      return text === '' ? undefined : JSON.parse(text);
    } catch {
      return text;
    }
  } catch {
    return undefined;
  }
}

export function createVendorClient<Paths extends {}, Code extends string>(
  definition: VendorDefinition,
  options: BaseClientOptions,
  credential: { token: string; what: string } | { provider: TokenProvider },
): VendorClient<Paths, Code> {
  const staticToken = 'token' in credential ? checkToken(credential.token, credential.what) : undefined;
  const provider = 'provider' in credential ? credential.provider : undefined;
  const baseUrl = checkBaseUrl(options.baseUrl ?? definition.runtime.serverUrl);
  const fetchImpl: typeof globalThis.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const authHeader = definition.authHeader ?? ((token: string) => ['Authorization', `Bearer ${token}`] as [string, string]);
  // Every token this client has used: searched for and redacted in everything an error carries.
  const secrets: string[] = staticToken ? [staticToken] : [];
  const remember = (token: string) => {
    if (!secrets.includes(token)) secrets.push(token);
    return token;
  };

  const client = createClient<Paths>({ baseUrl, fetch: fetchImpl, headers: options.headers });
  const calls = new WeakMap<Response, CallRecord>();
  const operationOf = (request: Request, schemaPath: string) => `${request.method} ${schemaPath}`;

  // Registered first: openapi-fetch runs onResponse/onError last-registered first, so this one sees
  // the final outcome after retries and token renewal.
  const recorder: Middleware = {
    onResponse({ request, response, schemaPath }) {
      calls.set(response, { operation: operationOf(request, schemaPath), request: snapshotRequest(request, secrets) });
    },
    onError({ request, error, schemaPath }) {
      if (error instanceof ApiError) return error;
      return normalizeError(definition, { operation: operationOf(request, schemaPath), cause: error, request: snapshotRequest(request, secrets), secrets });
    },
  };
  // With a token provider, a 401 means the cached token was revoked or expired early: renew it
  // once and send the request again (the server did not act on a request it refused to authenticate).
  const pristine = new Map<string, Request>();
  const setAuth = (request: Request, token: string) => {
    const [name, value] = authHeader(token);
    request.headers.set(name, value);
    return request;
  };
  const auth: Middleware = {
    async onRequest({ request, id }) {
      if (provider) pristine.set(id, request.clone());
      return setAuth(request, staticToken ?? remember(await provider!.getToken(request.signal)));
    },
    async onResponse({ response, id }) {
      const original = pristine.get(id);
      pristine.delete(id);
      if (!original || response.status !== 401) return undefined;
      provider!.invalidate();
      const token = remember(await provider!.getToken(original.signal));
      return fetchImpl(setAuth(original, token));
    },
    onError({ id }) {
      pristine.delete(id);
    },
  };
  client.use(recorder, auth);
  if (options.retry !== false) client.use(retryMiddleware({ errors: definition, fetch: fetchImpl, secrets: () => secrets }, options.retry ?? {}));

  const toApiError = (failure: unknown): ApiError<Code> => {
    if (failure instanceof ApiError) return failure as ApiError<Code>;
    const result = failure as Partial<AnyResult> | undefined;
    if (result?.response instanceof Response) {
      const record = calls.get(result.response);
      return normalizeError<Code>(definition, {
        operation: record?.operation ?? `${result.response.url}`,
        status: result.response.status,
        headers: result.response.headers,
        body: result.error,
        request: record?.request,
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
        throw toApiError(error);
      }
      if (!result.response.ok) {
        // openapi-fetch gives `error: undefined` for an empty body; read what is there.
        if (result.error === undefined) result = { ...result, error: await parseBody(result.response) };
        throw toApiError(result);
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
