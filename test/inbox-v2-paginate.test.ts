// paginate() over the Inbox API v2 client's two pagination styles, against a real HTTP server on
// 127.0.0.1: collections (`{data, nextCursor}`, the token passed back as `cursor` with the same
// filters, array filters repeated on every page) and the event feed (`lastSeq` passed back as
// `afterSeq` while `hasMore`), plus the one-page lists. Kept apart from test/paginate.test.ts so
// that the v2 contract can be reviewed and merged on its own.
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { paginate } from '../src/paginate.ts';
import { createInboxV2Client, type components } from '../src/inbox-v2.ts';
import { responseExample } from './support/response-examples.ts';
import { startServer, type Received, type Reply, type TestServer } from './support/server.ts';

const token = 'paginate_v2_test_token_7c1e9a';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: (request: Received, index: number) => Reply) {
  server = await startServer(handler);
  return createInboxV2Client({ token, baseUrl: server.url, retry: false });
}
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
/** Each request's query as [key, value] pairs, in order (repeated keys stay repeated). */
const queries = () => server!.received.map((r) => [...new URL(r.url, 'http://x').searchParams]);

describe('Inbox v2 collections: nextCursor -> cursor', () => {
  const example = responseExample('inbox-v2', 'GET', '/threads') as { data: components['schemas']['Thread'][] };
  const thread = example.data[0]!;
  const pages = [0, 1, 2].map((p) => ({
    data: [0, 1].map((i) => ({ ...thread, id: `${thread.id.slice(0, -2)}${p}${i}` })),
    nextCursor: p < 2 ? `Y3Vyc29yLXBhZ2UtJ${p + 2}` : null,
  }));

  it('reads three pages of GET /threads, keeping the repeated filters on every page', async () => {
    const client = await serve((request) => {
      const cursor = new URL(request.url, 'http://x').searchParams.get('cursor');
      return { status: 200, body: pages[cursor === null ? 0 : Number(cursor.slice(-1)) - 1] };
    });
    const threads = await collect(
      paginate(client.GET, '/threads', { params: { query: { folder: 'all', tag: ['vip', 'lead'], limit: 2 } } }),
    );
    expect(threads.map((t) => t.id)).toEqual(pages.flatMap((p) => p.data.map((t) => t.id)));
    const filters = [
      ['folder', 'all'],
      ['tag', 'vip'],
      ['tag', 'lead'],
      ['limit', '2'],
    ];
    expect(queries()).toEqual([filters, [...filters, ['cursor', 'Y3Vyc29yLXBhZ2UtJ2']], [...filters, ['cursor', 'Y3Vyc29yLXBhZ2UtJ3']]]);
    expectTypeOf(threads).toEqualTypeOf<components['schemas']['Thread'][]>();
  });

  it('reads the one page of a list that has no cursor (GET /tags, style none)', async () => {
    const tags = responseExample('inbox-v2', 'GET', '/tags') as { data: unknown[] };
    const client = await serve(() => ({ status: 200, body: tags }));
    expect(await collect(paginate(client.GET, '/tags'))).toEqual(tags.data);
    expect(server!.received).toHaveLength(1);
  });
});

describe('Inbox v2 event feed: lastSeq -> afterSeq while hasMore', () => {
  const example = responseExample('inbox-v2', 'GET', '/events') as components['schemas']['EventPage'];
  const event = (seq: number) => ({ ...example.data[0]!, seq });

  it('follows lastSeq, also across a page that a type filter left empty, and stops when hasMore is false', async () => {
    const feed: Record<string, components['schemas']['EventPage']> = {
      none: { data: [event(101), event(102)], lastSeq: 102, hasMore: true },
      '102': { data: [], lastSeq: 140, hasMore: true },
      '140': { data: [event(141)], lastSeq: 141, hasMore: false },
    };
    const client = await serve((request) => ({
      status: 200,
      body: feed[new URL(request.url, 'http://x').searchParams.get('afterSeq') ?? 'none'],
    }));
    const events = await collect(
      paginate(client.GET, '/events', { params: { query: { type: ['thread.assigned', 'message.received'], limit: 100 } } }),
    );
    expect(events.map((e) => e.seq)).toEqual([101, 102, 141]);
    const filters = [
      ['type', 'thread.assigned'],
      ['type', 'message.received'],
      ['limit', '100'],
    ];
    expect(queries()).toEqual([filters, [...filters, ['afterSeq', '102']], [...filters, ['afterSeq', '140']]]);
  });

  it('resumes after a saved seq and stops on lastSeq null (nothing left to read)', async () => {
    const client = await serve(() => ({ status: 200, body: { data: [], lastSeq: null, hasMore: false } }));
    expect(await collect(paginate(client.GET, '/events', { params: { query: { afterSeq: 48225 } } }))).toEqual([]);
    expect(queries()).toEqual([[['afterSeq', '48225']]]);
  });
});
