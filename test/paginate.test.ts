// paginate() with the real vendor clients and their real list operations, against a real HTTP
// server on 127.0.0.1 that serves three pages in each style of x-pagination: a cursor in one
// query parameter (lines), a cursor object spread into several (inbox), a page number (helpscout
// v2, HAL), an offset (inbound) and a next link (helpscout v3).
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError } from '../src/errors.ts';
import { paginate, PaginationError } from '../src/paginate.ts';
import createClient from 'openapi-fetch';
import { createInboxClient, type components as InboxComponents, type paths as InboxPaths } from '../src/inbox.ts';
import { createInboundClient, type components as InboundComponents } from '../src/inbound.ts';
import { createHelpScoutClient, type components as HelpScoutComponents } from '../src/helpscout.ts';
import { createLinesClient, type components as LinesComponents } from '../src/lines.ts';
import { catalogCases } from './support/catalog-cases.ts';
import { responseExample } from './support/response-examples.ts';
import { startServer, type Received, type Reply, type TestServer } from './support/server.ts';

const token = 'paginate_test_token_5b8e1d';
const PER_PAGE = 2;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: (request: Received, index: number) => Reply) {
  server = await startServer(handler);
  return server.url;
}

/** The query each request sent, in order. */
const queries = () => server!.received.map((r) => Object.fromEntries(new URL(r.url, 'http://x').searchParams));
const paths = () => server!.received.map((r) => new URL(r.url, 'http://x').pathname);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** `count` distinct items made from the first item of a list example, numbered from `from`. */
function itemsFrom(example: unknown, itemsPath: string, from: number, count = PER_PAGE): Record<string, unknown>[] {
  let list: unknown = example;
  for (const key of itemsPath.split('.')) list = (list as Record<string, unknown>)[key];
  const first = (list as Record<string, unknown>[])[0]!;
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const id = typeof first.id === 'number' ? first.id + n : `${String(first.id).slice(0, -3)}${String(n).padStart(3, '0')}`;
    return { ...first, id };
  });
}

/** `example` with `changes` (dot paths) applied. */
function page(example: unknown, changes: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(example) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    let node = copy;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return copy;
}

const ids = (items: { id: unknown }[]) => items.map((i) => i.id);

// ---- lines: GET /chats, cursor in `cursor`, `next_cursor` + `has_more` ----
const chatsExample = responseExample('lines', 'GET', '/chats');
const chatPages = [0, 1, 2].map((p) =>
  page(chatsExample, { data: itemsFrom(chatsExample, 'data', p * PER_PAGE), next_cursor: p < 2 ? `cur_${p + 2}` : null, has_more: p < 2 }),
);
const lines = (baseUrl: string) => createLinesClient({ apiKey: token, baseUrl, retry: false });
const LINE = 'ln_yk3deg1dqcf54esf5dhrd3drcjw4khxn';

// ---- inbox: GET /threads, nextCursor {id, timestamp} -> cursorId + cursorTimestamp ----
const threadsExample = responseExample('inbox', 'GET', '/threads');
const threadPages = [0, 1, 2].map((p) =>
  page(threadsExample, {
    threads: itemsFrom(threadsExample, 'threads', p * PER_PAGE),
    nextCursor: p < 2 ? { id: `thr_cursor_${p + 2}`, timestamp: `2025-11-0${9 - p}T10:00:00.000Z` } : null,
  }),
);
const inbox = (baseUrl: string) => createInboxClient({ token, baseUrl, retry: false });

// ---- helpscout v2: GET /v2/customers, `page` + page.totalPages ----
const customersExample = responseExample('helpscout', 'GET', '/v2/customers');
const customerPages = [0, 1, 2].map((p) =>
  page(customersExample, {
    '_embedded.customers': itemsFrom(customersExample, '_embedded.customers', p * PER_PAGE),
    page: { size: PER_PAGE, totalElements: 3 * PER_PAGE, totalPages: 3, number: p + 1 },
  }),
);
const helpscout = (baseUrl: string) => createHelpScoutClient({ token, baseUrl, retry: false });

// ---- helpscout v3: GET /v3/customers, `_links.next.href` ----
const customersV3Example = responseExample('helpscout', 'GET', '/v3/customers');
const customerV3Pages = [0, 1, 2].map((p) =>
  page(customersV3Example, {
    '_embedded.customers': itemsFrom(customersV3Example, '_embedded.customers', p * PER_PAGE),
    _links: {
      self: { href: 'https://api.helpscout.net/v3/customers' },
      ...(p < 2 ? { next: { href: `https://api.helpscout.net/v3/customers?cursor=c${p + 2}&query=bear` } } : {}),
    },
  }),
);

// ---- inbound: GET /domains, `offset` + pagination.hasMore / total ----
const domainsExample = responseExample('inbound', 'GET', '/domains');
const domainPages = [0, 1, 2].map((p) =>
  page(domainsExample, {
    data: itemsFrom(domainsExample, 'data', p * PER_PAGE),
    pagination: { limit: PER_PAGE, offset: p * PER_PAGE, total: 3 * PER_PAGE, hasMore: p < 2 },
  }),
);
const inbound = (baseUrl: string) => createInboundClient({ apiKey: token, baseUrl, retry: false });

const byQuery =
  (pages: Record<string, unknown>[], pick: (query: URLSearchParams) => number) =>
  (request: Received): Reply => ({
    status: 200,
    body: pages[pick(new URL(request.url, 'http://x').searchParams)],
  });

describe('paginate: three pages in every style', () => {
  it('cursor in one query parameter (lines GET /chats)', async () => {
    const url = await serve(byQuery(chatPages, (q) => (q.get('cursor') ? Number(q.get('cursor')!.slice(4)) - 1 : 0)));
    const client = lines(url);
    const chats = await collect(paginate(client.GET, '/chats', { params: { query: { from: LINE, limit: PER_PAGE } } }));
    expect(ids(chats)).toEqual(chatPages.flatMap((p) => ids(p.data as { id: unknown }[])));
    expect(server!.received).toHaveLength(3);
    expect(paths()).toEqual(['/chats', '/chats', '/chats']);
    expect(queries()).toEqual([
      { from: LINE, limit: '2' },
      { from: LINE, limit: '2', cursor: 'cur_2' },
      { from: LINE, limit: '2', cursor: 'cur_3' },
    ]);
  });

  it('cursor object spread into several parameters (inbox GET /threads)', async () => {
    const url = await serve(byQuery(threadPages, (q) => (q.get('cursorId') ? Number(q.get('cursorId')!.slice(-1)) - 1 : 0)));
    const client = inbox(url);
    const threads = await collect(paginate(client.GET, '/threads', { params: { query: { limit: PER_PAGE } } }));
    expect(ids(threads)).toEqual(threadPages.flatMap((p) => ids(p.threads as { id: unknown }[])));
    expect(queries()).toEqual([
      { limit: '2' },
      { limit: '2', cursorId: 'thr_cursor_2', cursorTimestamp: '2025-11-09T10:00:00.000Z' },
      { limit: '2', cursorId: 'thr_cursor_3', cursorTimestamp: '2025-11-08T10:00:00.000Z' },
    ]);
  });

  it('page number with HAL _embedded and page.totalPages (helpscout GET /v2/customers)', async () => {
    const url = await serve(byQuery(customerPages, (q) => Number(q.get('page') ?? 1) - 1));
    const client = helpscout(url);
    const customers = await collect(paginate(client.GET, '/v2/customers', { params: { query: { query: '(firstName:"Vernon")' } } }));
    expect(ids(customers)).toEqual(customerPages.flatMap((p) => ids((p._embedded as { customers: { id: unknown }[] }).customers)));
    expect(queries()).toEqual([
      { query: '(firstName:"Vernon")' },
      { query: '(firstName:"Vernon")', page: '2' },
      { query: '(firstName:"Vernon")', page: '3' },
    ]);
  });

  it('offset with pagination.hasMore and total (inbound GET /domains)', async () => {
    const url = await serve(byQuery(domainPages, (q) => Number(q.get('offset') ?? 0) / PER_PAGE));
    const client = inbound(url);
    const domains = await collect(paginate(client.GET, '/domains', { params: { query: { limit: PER_PAGE } } }));
    expect(ids(domains)).toEqual(domainPages.flatMap((p) => ids(p.data as { id: unknown }[])));
    expect(queries()).toEqual([{ limit: '2' }, { limit: '2', offset: '2' }, { limit: '2', offset: '4' }]);
  });

  it('next link in _links.next.href (helpscout GET /v3/customers)', async () => {
    const url = await serve(byQuery(customerV3Pages, (q) => (q.get('cursor') ? Number(q.get('cursor')!.slice(1)) - 1 : 0)));
    const client = helpscout(url);
    const customers = await collect(paginate(client.GET, '/v3/customers', { params: { query: { query: 'bear' } } }));
    expect(ids(customers)).toEqual(customerV3Pages.flatMap((p) => ids((p._embedded as { customers: { id: unknown }[] }).customers)));
    expect(paths()).toEqual(['/v3/customers', '/v3/customers', '/v3/customers']);
    expect(queries()).toEqual([{ query: 'bear' }, { cursor: 'c2', query: 'bear' }, { cursor: 'c3', query: 'bear' }]);
  });
});

describe('paginate: limits', () => {
  it('stops after maxPages', async () => {
    const url = await serve(byQuery(chatPages, (q) => (q.get('cursor') ? Number(q.get('cursor')!.slice(4)) - 1 : 0)));
    const client = lines(url);
    const chats = await collect(paginate(client.GET, '/chats', { params: { query: { from: LINE } } }, { maxPages: 2 }));
    expect(ids(chats)).toEqual(chatPages.slice(0, 2).flatMap((p) => ids(p.data as { id: unknown }[])));
    expect(server!.received).toHaveLength(2);
  });

  it('stops after limit items, without asking for a page it does not need', async () => {
    const url = await serve(byQuery(domainPages, (q) => Number(q.get('offset') ?? 0) / PER_PAGE));
    const client = inbound(url);
    const three = await collect(paginate(client.GET, '/domains', undefined, { limit: 3 }));
    expect(ids(three)).toEqual(domainPages.flatMap((p) => ids(p.data as { id: unknown }[])).slice(0, 3));
    expect(server!.received).toHaveLength(2);
    const none = await collect(paginate(client.GET, '/domains', undefined, { limit: 0 }));
    expect(none).toEqual([]);
    expect(server!.received).toHaveLength(2);
  });

  it('stops on the first page of a list that returns everything at once (style none)', async () => {
    const all = responseExample('lines', 'GET', '/lines');
    const url = await serve(() => ({ status: 200, body: { ...(all as object), has_more: true, next_cursor: 'ignored' } }));
    const client = lines(url);
    const found = await collect(paginate(client.GET, '/lines'));
    expect(ids(found as { id: unknown }[])).toEqual(ids((all as { data: { id: unknown }[] }).data));
    expect(server!.received).toHaveLength(1);
  });
});

describe('paginate: failures', () => {
  it('throws PaginationError on a path that is not a list operation, before any request', async () => {
    const url = await serve(() => ({ status: 200, body: {} }));
    const client = inbox(url);
    await expect(collect(paginate(client.GET, '/team' as '/threads'))).rejects.toThrowError(PaginationError);
    await expect(collect(paginate(client.GET, '/team' as '/threads'))).rejects.toThrowError(/not a list operation/);
    // the GET of a plain openapi-fetch client: not one of ours, so no x-pagination to follow (its
    // types are openapi-fetch's, which paginate's refuse; the cast reaches the runtime guard)
    const foreign = createClient<InboxPaths>({ baseUrl: url }).GET as unknown as typeof client.GET;
    await expect(collect(paginate(foreign, '/threads'))).rejects.toThrowError(/client\.GET/);
    expect(server!.received).toHaveLength(0);
  });

  it('throws PaginationError on a body without the item array', async () => {
    const url = await serve(() => ({ status: 200, body: { nextCursor: null } }));
    const client = inbox(url);
    await expect(collect(paginate(client.GET, '/threads'))).rejects.toThrowError(PaginationError);
    await expect(collect(paginate(client.GET, '/threads'))).rejects.toThrowError(/no item array at "threads"/);
  });

  it('reads a HAL page without _embedded as an empty collection, but not an _embedded without the key', async () => {
    const empty = page(customersExample, { page: { size: 50, totalElements: 0, totalPages: 0, number: 1 } });
    delete empty._embedded;
    const url = await serve((_r, i) => ({ status: 200, body: i === 0 ? empty : { ...empty, _embedded: {} } }));
    const client = helpscout(url);
    expect(await collect(paginate(client.GET, '/v2/customers'))).toEqual([]);
    expect(server!.received).toHaveLength(1);
    await expect(collect(paginate(client.GET, '/v2/customers'))).rejects.toThrowError(/no item array at "_embedded.customers"/);
  });

  it('throws PaginationError on a cursor that does not advance, before yielding the repeated page', async () => {
    const url = await serve(() => ({ status: 200, body: chatPages[0] }));
    const client = lines(url);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const chat of paginate(client.GET, '/chats', { params: { query: { from: LINE } } })) seen.push(chat.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/^GET \/chats: page 2 is identical to the page before it/);
    expect(seen).toEqual(ids(chatPages[0]!.data as { id: unknown }[]));
    expect(server!.received).toHaveLength(2);
  });

  it("throws the client's ApiError when a page fails, after yielding the pages before it", async () => {
    const failure = catalogCases('helpscout').find((c) => c.entry.status === 500)!;
    const url = await serve((request) =>
      new URL(request.url, 'http://x').searchParams.get('page') === '2'
        ? { status: 500, body: failure.body }
        : { status: 200, body: customerPages[0] },
    );
    const client = helpscout(url);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const customer of paginate(client.GET, '/v2/customers')) seen.push(customer.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ vendor: 'helpscout', operation: 'GET /v2/customers', status: 500, code: failure.entry.code });
    expect(seen).toEqual(ids((customerPages[0]!._embedded as { customers: { id: unknown }[] }).customers));
    expect(server!.received).toHaveLength(2);
  });
});

describe('paginate: types', () => {
  it('yields the item schema of each list, exactly as the schema types it', () => {
    // Never called: tsc checks the types (npm run typecheck). A body is the schema's own type
    // (openapi-fetch's types would give Readable<schema>, which for one widens tuples to arrays).
    const neverCalled = async () => {
      const l = lines('http://127.0.0.1:9');
      for await (const chat of paginate(l.GET, '/chats', { params: { query: { from: LINE } } })) {
        expectTypeOf(chat).toEqualTypeOf<LinesComponents['schemas']['Chat']>();
        const { data } = await l.GET('/chats', { params: { query: { from: LINE } } });
        expectTypeOf(chat).toEqualTypeOf<NonNullable<typeof data>['data'][number]>();
      }
      const i = inbox('http://127.0.0.1:9');
      for await (const thread of paginate(i.GET, '/threads')) {
        expectTypeOf(thread).toEqualTypeOf<InboxComponents['schemas']['Thread']>();
        const { data } = await i.GET('/threads');
        expectTypeOf(thread).toEqualTypeOf<NonNullable<typeof data>['threads'][number]>();
      }
      const h = helpscout('http://127.0.0.1:9');
      for await (const customer of paginate(h.GET, '/v2/customers')) {
        expectTypeOf(customer).toEqualTypeOf<HelpScoutComponents['schemas']['Customer']>();
      }
      for await (const customer of paginate(h.GET, '/v3/customers')) {
        expectTypeOf(customer).toEqualTypeOf<HelpScoutComponents['schemas']['Customer']>();
      }
      for await (const domain of paginate(inbound('http://127.0.0.1:9').GET, '/domains')) {
        expectTypeOf(domain).toEqualTypeOf<InboundComponents['schemas']['DomainSummary']>();
      }
      // @ts-expect-error: the query is typed from the operation (limit is a number)
      void paginate(i.GET, '/threads', { params: { query: { limit: 'ten' } } });
      // @ts-expect-error: a path the vendor does not have
      void paginate(i.GET, '/conversations');
    };
    expect(neverCalled).toBeTypeOf('function');
  });
});
