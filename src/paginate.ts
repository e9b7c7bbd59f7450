// Pagination iterators driven by each list operation's x-pagination (from the spec, via the
// generated runtime module): cursor, page, offset and link styles, one async iterator for all.
import type { Client, FetchResponse, MaybeOptionalInit } from 'openapi-fetch';
import type { MediaType, PathsWithMethod } from 'openapi-typescript-helpers';
import { definitionOf, type VendorClient } from './client.ts';

/** How a list operation pages (spec/AUTHORING.md, `x-pagination`). */
export interface Pagination {
  readonly style: 'cursor' | 'page' | 'offset' | 'link' | 'none';
  readonly itemsPath?: string;
  readonly cursorParam?: string;
  readonly cursorParams?: Readonly<Record<string, string>>;
  readonly nextCursorPath?: string;
  readonly hasMorePath?: string;
  readonly pageParam?: string;
  readonly totalPagesPath?: string;
  readonly offsetParam?: string;
  readonly totalPath?: string;
  readonly nextLinkPath?: string;
  readonly limitParam?: string;
}

/** A list response that does not look like its x-pagination says, or a misuse of paginate. */
export class PaginationError extends Error {
  override readonly name = 'PaginationError';
}

export interface PaginateOptions {
  /** stop after this many pages (default: no limit) */
  maxPages?: number;
  /** stop after this many items (default: no limit) */
  limit?: number;
}

// `Client<P>['GET']` rather than `ClientMethod<P, 'get', …>`: the generated `paths` are interfaces,
// which openapi-fetch's ClientMethod constraint (an index signature) rejects, while the property
// type still lets TypeScript infer P from `client.GET`.
type GetMethod<P extends {}> = Client<P>['GET'];
type Data<P extends {}, Path extends keyof P> = NonNullable<
  FetchResponse<P[Path] extends { get: infer Op extends Record<string | number, unknown> } ? Op : never, {}, MediaType>['data']
>;
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
  if (items === undefined && itemsPath.startsWith('_embedded.') && data !== null && typeof data === 'object' && !('_embedded' in data)) return [];
  return items;
}

type Query = Record<string, unknown>;

/** The query of the next page, or undefined on the last page. */
function nextQuery(p: Pagination, data: unknown, query: Query, count: number): Query | undefined {
  switch (p.style) {
    case 'none':
      return undefined;
    case 'cursor': {
      const token = readPath(data, p.nextCursorPath!);
      if (token === null || token === undefined || token === '') return undefined;
      if (p.hasMorePath !== undefined && readPath(data, p.hasMorePath) === false) return undefined;
      if (p.cursorParams) {
        if (typeof token !== 'object') throw new PaginationError(`${p.nextCursorPath} is not an object with ${Object.values(p.cursorParams).join(', ')}`);
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
        throw new PaginationError(`${p.nextLinkPath} is not an absolute URL: ${href}`);
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
 * Yields every item of a list operation across pages:
 * `for await (const thread of paginate(client.GET, '/threads', { params: { query: { limit: 50 } } }))`.
 * Failed pages throw the client's ApiError; a body that does not match the operation's
 * x-pagination throws PaginationError.
 */
export async function* paginate<P extends {}, Path extends PathsWithMethod<P, 'get'>>(
  get: GetMethod<P>,
  path: Path,
  init?: P[Path] extends infer Item extends Record<'get', unknown> ? MaybeOptionalInit<Item, 'get'> : never,
  options: PaginateOptions = {},
): AsyncGenerator<ItemOf<Data<P, Path>>, void, undefined> {
  const owner = definitionOf(get);
  if (!owner) throw new PaginationError('paginate needs the GET method of a client made by this package (client.GET)');
  const { definition, client } = owner;
  const operation = definition.runtime.operations[`GET ${String(path)}`];
  if (!operation?.pagination) throw new PaginationError(`GET ${String(path)} is not a list operation of ${definition.vendor}`);
  const p = operation.pagination;
  const maxPages = options.maxPages ?? Infinity;
  const limit = options.limit ?? Infinity;
  const base = (init ?? {}) as { params?: { query?: Query } };
  let query: Query | undefined = { ...(base.params?.query ?? {}) };
  let pages = 0;
  let yielded = 0;
  const seen = new Set<string>();

  while (query !== undefined && pages < maxPages && yielded < limit) {
    const key = JSON.stringify(query);
    if (seen.has(key)) throw new PaginationError(`${operation.operationId}: the next-page ${p.style} did not advance (${key})`);
    seen.add(key);
    const call = (get as (url: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>)(String(path), {
      ...base,
      params: { ...base.params, query },
    });
    const data = await (client as VendorClient<{}, string>).unwrap(call);
    pages++;
    const items = itemsOf(data, p.itemsPath ?? '');
    if (!Array.isArray(items)) throw new PaginationError(`${operation.operationId}: the response has no item array at "${p.itemsPath}"`);
    for (const item of items) {
      if (yielded >= limit) return;
      yielded++;
      yield item as ItemOf<Data<P, Path>>;
    }
    query = nextQuery(p, data, query, items.length);
  }
}
