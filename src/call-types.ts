// The typed surface of a client's calls: `client.GET(path, init)` takes the init the operation
// needs and resolves to openapi-fetch's `{ data, error, response }` with the operation's own body
// types. The per-vendor parts (the call table and one signature per operation) are generated into
// generated/<vendor>/calls.ts by scripts/calls.ts, which says why they replace openapi-fetch's
// `Client<paths>`. The runtime is still openapi-fetch's, so every init option below is one it reads.
import type { HeadersOptions, Middleware, PathSerializer, QuerySerializerOptions } from 'openapi-fetch';

/** Options any call takes besides `params` and `body` (openapi-fetch's per-request options). */
export interface CallOptions extends Omit<RequestInit, 'body' | 'headers'> {
  headers?: HeadersOptions;
  baseUrl?: string;
  /** a fetch for this call only; the client's time limits and retries still apply */
  fetch?: typeof globalThis.fetch;
  querySerializer?: QuerySerializerOptions | ((query: Record<string, unknown>) => string);
  bodySerializer?: (body: never) => unknown;
  pathSerializer?: PathSerializer;
  middleware?: Middleware[];
  /** how to read a 2xx body (default `json`); other values type `data` accordingly (see CallMethod) */
  parseAs?: 'json';
}

// One interface per combination of required `params` and `body`: a generic interface is cheaper to
// check a call against than an intersection built per operation. `never` is "the operation has none".
export interface InitOptional<Params, Body> extends CallOptions {
  params?: Params;
  body?: Body;
}
export interface InitParams<Params, Body> extends CallOptions {
  params: Params;
  body?: Body;
}
export interface InitBody<Params, Body> extends CallOptions {
  params?: Params;
  body: Body;
}
export interface InitParamsBody<Params, Body> extends CallOptions {
  params: Params;
  body: Body;
}

/** openapi-fetch's result: the success body, or the error body, and the response either way. */
export type CallResult<Data, Error> =
  { data: Data; error?: never; response: Response } | { data?: never; error: Error; response: Response };

/** What `parseAs` other than `json` makes of a 2xx body. */
export interface ParsedBody {
  text: string;
  blob: Blob;
  arrayBuffer: ArrayBuffer;
  stream: ReadableStream<Uint8Array> | null;
}

type ArgsOf<Entry> = Entry extends { args: infer Args extends unknown[] } ? Args : never;
/** The init of a table entry (without the `undefined` of an optional one). */
export type EntryInit<Entry> = Entry extends { args: [init?: infer Init] } ? Init : never;
/** The success body of a table entry. */
export type EntryData<Entry> = Entry extends { data: infer Data } ? Data : never;
type ResultOf<Entry> = Entry extends { data: infer Data; error: infer Error } ? CallResult<Data, Error> : never;
type ErrorOf<Entry> = Entry extends { error: infer Error } ? Error : never;

/**
 * The generic form of `client.GET` and its siblings, over a call table. A vendor's generated method
 * interface (generated/<vendor>/calls.ts) puts one signature per operation before these: TypeScript
 * resolves a call against a fixed signature far faster than it infers a generic one, so these serve
 * only a `parseAs` other than json and, being last, the error messages.
 */
export interface CallMethod<Table> {
  /** Type-only (never set at run time): the method's call table, for `paginate(client.GET, …)` to read the path's types from. */
  readonly '~table'?: Table;
  <Path extends keyof Table, As extends keyof ParsedBody>(
    path: Path,
    init: Omit<EntryInit<Table[Path]>, 'parseAs'> & { parseAs: As },
  ): Promise<CallResult<ParsedBody[As], ErrorOf<Table[Path]>>>;
  <Path extends keyof Table>(path: Path, ...init: ArgsOf<Table[Path]>): Promise<ResultOf<Table[Path]>>;
}

/** The table of one method; a method the vendor has no operation for has an empty one. */
export type TableOf<Calls, Method extends string> = Method extends keyof Calls ? Calls[Method] : {};

/** `client.request(method, path, init)`: openapi-fetch's method-as-argument form, lower-case method. */
export interface RequestMethod<Calls> {
  <Method extends Lowercase<HttpVerb>, Path extends keyof TableOf<Calls, Uppercase<Method>>>(
    method: Method,
    path: Path,
    ...init: ArgsOf<TableOf<Calls, Uppercase<Method>>[Path]>
  ): Promise<ResultOf<TableOf<Calls, Uppercase<Method>>[Path]>>;
}

export type HttpVerb = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** Each method's generic form over the table: a client's methods where no generated interface is given. */
export type TableMethods<Calls> = { [Verb in HttpVerb]: CallMethod<TableOf<Calls, Verb>> };
