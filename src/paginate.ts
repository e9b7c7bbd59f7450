// Pagination driven by each list operation's x-pagination (from the spec, via the generated
// runtime module): cursor, page, offset and link styles, one async iterator for all, with guards
// that stop a server which never lets the iteration end.
import type { CallMethod, EntryData, EntryInit } from './call-types.ts';
import type { VendorClient } from './client.ts';
import type { Pagination, VendorDefinition } from './vendor.ts';

export type { Pagination } from './vendor.ts';

/** A list response that does not page as its x-pagination says, or a misuse of paginate. */
export class PaginationError extends Error {
  override readonly name = 'PaginationError';
  constructor(
    message: string,
    /** `GET /path/{template}` of the list operation, when known */
    readonly operation?: string,
  ) {
    super(operation ? `${operation}: ${message}` : message);
  }
}

/** Where a client made here (and its GET) points to itself, so that `paginate(client.GET, ...)` finds the client. */
export const CLIENT_OWNER = Symbol.for('messaging-contracts.client');

function clientOf(target: unknown): VendorClient<{}, string> | undefined {
  return (target as { [CLIENT_OWNER]?: VendorClient<{}, string> } | null | undefined)?.[CLIENT_OWNER];
}

/** Consecutive empty pages that still point to a next page, before paginate gives up (default). */
export const MAX_EMPTY_PAGES = 3;

export interface PaginateOptions {
  /** stop after this many pages (default: no limit) */
  maxPages?: number;
  /** stop after this many items (default: no limit) */
  limit?: number;
  /** consecutive empty pages that still point to a next page before PaginationError (default 3) */
  maxEmptyPages?: number;
}

type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
type ArraysIn<T> = { [K in keyof T]-?: NonNullable<T[K]> extends readonly unknown[] ? ElementOf<NonNullable<T[K]>> : never }[keyof T];
/** The item type of a list body: a bare array's element, or the element of its (possibly `_embedded`) array property. */
export type ItemOf<T> = T extends readonly (infer E)[]
  ? E
  : T extends { _embedded?: infer Embedded }
    ? ArraysIn<NonNullable<Embedded>>
    : ArraysIn<T>;

/** Reads a dot path ("page.totalPages", "_embedded.conversations"); "" is the value itself. */
export function readPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The item array of a list body. HAL leaves `_embedded` out of an empty collection: no items. */
function itemsOf(data: unknown, itemsPath: string): unknown {
  const items = readPath(data, itemsPath);
  if (items === undefined && itemsPath.startsWith('_embedded.') && data !== null && typeof data === 'object' && !('_embedded' in data))
    return [];
  return items;
}

type Query = Record<string, unknown>;

/** The query of the next page, or undefined on the last page. */
function nextQuery(p: Pagination, data: unknown, query: Query, count: number, operation: string): Query | undefined {
  switch (p.style) {
    case 'none':
      return undefined;
    case 'cursor': {
      const token = readPath(data, p.nextCursorPath!);
      if (token === null || token === undefined || token === '') return undefined;
      if (p.hasMorePath !== undefined && readPath(data, p.hasMorePath) === false) return undefined;
      if (p.cursorParams) {
        if (typeof token !== 'object')
          throw new PaginationError(`${p.nextCursorPath} is not an object with ${Object.values(p.cursorParams).join(', ')}`, operation);
        const spread: Query = {};
        for (const [param, field] of Object.entries(p.cursorParams)) spread[param] = (token as Record<string, unknown>)[field];
        return { ...query, ...spread };
      }
      return { ...query, [p.cursorParam!]: token };
    }
    case 'page': {
      const current = Number(query[p.pageParam!] ?? 1);
      const total = Number(readPath(data, p.totalPagesPath!));
      if (count === 0 || !Number.isFinite(total) || current >= total) return undefined;
      return { ...query, [p.pageParam!]: current + 1 };
    }
    case 'offset': {
      if (count === 0 || (p.hasMorePath !== undefined && readPath(data, p.hasMorePath) === false)) return undefined;
      const offset = Number(query[p.offsetParam!] ?? 0) + count;
      const total = p.totalPath === undefined ? undefined : Number(readPath(data, p.totalPath));
      if (total !== undefined && Number.isFinite(total) && offset >= total) return undefined;
      return { ...query, [p.offsetParam!]: offset };
    }
    case 'link': {
      const href = readPath(data, p.nextLinkPath!);
      if (typeof href !== 'string' || href === '') return undefined;
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        throw new PaginationError(`${p.nextLinkPath} is not an absolute URL: ${href}`, operation);
      }
      // The link repeats the path; what changes between pages is its query.
      const next: Query = {};
      for (const key of new Set(url.searchParams.keys())) {
        const values = url.searchParams.getAll(key);
        next[key] = values.length === 1 ? values[0] : values;
      }
      return next;
    }
  }
}

/**
 * Yields every item of a list operation across pages: `client.paginate('/threads', init)`, or
 * `paginate(client, '/threads', init)` (the client's `GET` is accepted too). Failed pages throw
 * the client's ApiError. A body that does not page as the operation's x-pagination says, a page
 * identical to the one before, a page number that is not the one asked for, or more than
 * `maxEmptyPages` empty pages in a row that still point onward throw PaginationError.
 */
export async function* paginate<Table, Path extends keyof Table>(
  client: { GET: CallMethod<Table> } | Pick<CallMethod<Table>, '~table'>,
  path: Path,
  init?: EntryInit<Table[Path]>,
  options: PaginateOptions = {},
): AsyncGenerator<ItemOf<EntryData<Table[Path]>>, void, undefined> {
  const owner = clientOf(client);
  if (!owner) throw new PaginationError('paginate needs a client made by this package, or its client.GET');
  yield* owner.paginate(path as never, init as never, options) as AsyncGenerator<ItemOf<EntryData<Table[Path]>>, void, undefined>;
}

/** The pagination loop behind `client.paginate`. */
export async function* paginateWith(
  client: VendorClient<{}, string>,
  definition: VendorDefinition,
  path: string,
  init: unknown,
  options: PaginateOptions = {},
): AsyncGenerator<never, void, undefined> {
  const operationName = `GET ${path}`;
  const operation = definition.runtime.operations[operationName];
  if (!operation?.pagination) throw new PaginationError(`not a list operation of ${definition.vendor}`, operationName);
  const p = operation.pagination;
  const maxPages = options.maxPages ?? Infinity;
  const limit = options.limit ?? Infinity;
  const maxEmpty = options.maxEmptyPages ?? MAX_EMPTY_PAGES;
  const base = (init ?? {}) as { params?: { query?: Query } };
  let query: Query | undefined = { ...(base.params?.query ?? {}) };
  let pages = 0;
  let yielded = 0;
  let emptyRun = 0;
  let previousPage: string | undefined;
  const seen = new Set<string>();
  const get = client.GET as unknown as (url: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

  while (query !== undefined && pages < maxPages && yielded < limit) {
    const key = JSON.stringify(query);
    if (seen.has(key)) throw new PaginationError(`the next-page ${p.style} did not advance (${key})`, operationName);
    seen.add(key);
    const data = await client.unwrap(get(path, { ...base, params: { ...base.params, query } }));
    pages++;
    const items = itemsOf(data, p.itemsPath ?? '');
    if (!Array.isArray(items)) throw new PaginationError(`the response has no item array at "${p.itemsPath}"`, operationName);
    if (p.style === 'page' && p.pageNumberPath !== undefined) {
      const asked = Number(query[p.pageParam!] ?? 1);
      const got = readPath(data, p.pageNumberPath);
      if (got !== undefined && Number(got) !== asked)
        throw new PaginationError(`asked for page ${asked}, the body says page ${String(got)}`, operationName);
    }
    // A server that ignores the page (or offset) parameter sends the same page again and again.
    const fingerprint = items.length ? JSON.stringify(items) : undefined;
    if (fingerprint !== undefined && fingerprint === previousPage)
      throw new PaginationError(`page ${pages} is identical to the page before it`, operationName);
    previousPage = fingerprint;
    for (const item of items) {
      if (yielded >= limit) return;
      yielded++;
      yield item as never;
    }
    query = nextQuery(p, data, query, items.length, operationName);
    emptyRun = items.length ? 0 : emptyRun + 1;
    if (query !== undefined && emptyRun > maxEmpty)
      throw new PaginationError(`${emptyRun} empty pages in a row still point to a next page`, operationName);
  }
}
