// The MSW kit (`messaging-contracts/<vendor>/mock`) in the way a user runs it: msw's setupServer with
// every vendor's handlers and `onUnhandledRequest: 'error'`, called through the typed clients at
// their default (production) base URLs, which msw intercepts. Expected answers come from the bundle.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolveRef, type Parameter } from '../scripts/openapi-model.ts';
import { ApiError } from '../src/errors.ts';
import type { RetryOptions } from '../src/retry.ts';
import { createHelpScoutClient } from '../src/helpscout.ts';
import * as inboxMock from '../src/inbox-mock.ts';
import * as inboundMock from '../src/inbound-mock.ts';
import * as helpScoutMock from '../src/helpscout-mock.ts';
import * as linesMock from '../src/lines-mock.ts';
import * as inboxV2Mock from '../src/inbox-v2-mock.ts';
import { createInboxV2Client } from '../src/inbox-v2.ts';
import { loadBundles } from './support/bundles.ts';
import { vendorModules } from './support/vendor-modules.ts';
import { documentedRequests, errorCases, firstExample, initFor, statusMatches } from './support/documented-requests.ts';
import { inParallel } from './support/parallel.ts';

const secret = 'sk_live_mockkit_0123456789abcdef';

type ClientOptions = { retry?: RetryOptions | false; baseUrl?: string };
type AnyClient = {
  request: (method: string, path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
} & {
  unwrap(call: Promise<unknown>): Promise<unknown>;
};
type AnyMock = {
  handlers: (options?: { baseUrl?: string }) => unknown[];
  scenario: (overrides: Record<string, unknown>, options?: { baseUrl?: string }) => unknown[];
};

// The registered vendors that have an MSW kit (registry `mock`); their clients through the registered factory.
const kits: Record<string, { mock: AnyMock; client: (options?: ClientOptions) => AnyClient }> = Object.fromEntries(
  vendorModules
    .filter((m) => m.mock)
    .map((m) => [
      m.vendor.key,
      { mock: m.mock as AnyMock, client: (o?: ClientOptions) => m.createClient(secret, { retry: false, ...o }) as unknown as AnyClient },
    ]),
);

const vendors = loadBundles().filter((v) => v.mock);
const server = setupServer(...(vendors.flatMap((v) => kits[v.key]!.mock.handlers()) as Parameters<typeof setupServer>));
/** Every request msw saw, by URL, since the last reset. */
let seen: string[] = [];
server.events.on('request:start', ({ request }) => void seen.push(`${request.method} ${request.url}`));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen = [];
});
afterAll(() => server.close());

/** A GET 302 of the spec points at the vendor's storage: look at the redirect, do not follow it. */
const noRedirect = { redirect: 'manual' };

for (const vendor of vendors) {
  const { mock, client } = kits[vendor.key]!;
  const requests = documentedRequests(vendor.doc);
  const { cases } = errorCases(vendor.doc);

  describe(`${vendor.key} mock`, () => {
    it(`answers all ${requests.length} operations with their documented example`, async () => {
      const api = client();
      const failures = await inParallel(
        requests,
        8,
        (r) => r.key,
        async (request) => {
          const { data, response } = await api.request(request.method, request.path, { ...initFor(request), ...noRedirect });
          if (!statusMatches(response.status, request.success.status))
            return `${request.key}: ${response.status}, expected ${request.success.status}`;
          if (request.success.firstExample !== undefined && JSON.stringify(data) !== JSON.stringify(request.success.firstExample)) {
            return `${request.key}: body is not the documented example`;
          }
          return undefined;
        },
      );
      expect(failures).toEqual([]);
    });

    it(`serves all ${cases.length} catalogued error codes, each as its ApiError with the documented headers`, async () => {
      const failures = await inParallel(
        cases,
        8,
        (c) => `${c.code} via ${c.request.key}`,
        async (c) => {
          // A base URL per case, so that cases on the same operation running at once keep their own scenario.
          const baseUrl = `https://${c.code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.mock.test/api`;
          server.use(...(mock.scenario({ [c.request.key]: c.code }, { baseUrl }) as Parameters<typeof server.use>));
          const api = client({ baseUrl });
          const result = await api.request(c.request.method, c.request.path, { ...initFor(c.request), ...noRedirect });
          const raw = vendor.doc.paths![c.request.path]![c.request.method as 'get']!.responses[String(c.status)]!;
          // Every header the response documents with an example (Retry-After, reset headers, request ids), with that value.
          const documentedHeaders = Object.entries(resolveRef(vendor.doc, raw).headers ?? {}).flatMap(([name, h]) => {
            const value = firstExample(vendor.doc, resolveRef(vendor.doc, h as Parameter));
            return value === undefined ? [] : [[name, String(value)] as const];
          });
          const wrong = documentedHeaders.filter(([name, value]) => result.response.headers.get(name) !== value);
          if (wrong.length > 0)
            return `${c.code}: headers ${wrong.map(([n, v]) => `${n} is ${result.response.headers.get(n)}, documented ${v}`).join('; ')}`;
          const error = await api.unwrap(Promise.resolve(result)).catch((e: unknown) => e);
          if (!(error instanceof ApiError)) return `${c.code}: no ApiError`;
          const got = JSON.stringify({ status: error.status, code: error.code, category: error.category });
          const want = JSON.stringify({ status: c.status, code: c.code, category: c.category });
          return got === want ? undefined : `${c.code}: got ${got}`;
        },
      );
      expect(failures).toEqual([]);
    });

    it('plays a sequence: a rate-limited answer, then the documented example, and the client retries through it', async () => {
      const code = cases.find((c) => c.category === 'rate_limited')!.code;
      const request = requests.find((r) => r.method === 'get' && r.errorCodes.includes(code))!;
      const limited = { code, request, status: cases.find((c) => c.code === code)!.status };
      // The vendor's own retry headers, told to wait 0 s, so the retry does not sleep.
      const noWait: Record<string, string> = {};
      const raw = vendor.doc.paths![limited.request.path]!.get!.responses[String(limited.status)]!;
      for (const [name, h] of Object.entries(resolveRef(vendor.doc, raw).headers ?? {})) {
        if ('x-retry-hint' in resolveRef(vendor.doc, h as Record<string, unknown>)) noWait[name] = '0';
      }
      expect(Object.keys(noWait), 'the 429 documents a retry header').not.toEqual([]);
      server.use(
        ...(mock.scenario({ [limited.request.key]: [{ error: limited.code, headers: noWait }] }) as Parameters<typeof server.use>),
      );

      const api = client({ retry: { maxAttempts: 2, baseDelayMs: 1 } });
      const data = await api.unwrap(api.request('get', limited.request.path, initFor(limited.request)));
      expect(data).toEqual(limited.request.success.firstExample);
      expect(seen).toHaveLength(2);
      // The sequence is spent: the next call gets the documented example straight away.
      await api.unwrap(api.request('get', limited.request.path, initFor(limited.request)));
      expect(seen).toHaveLength(3);
    });

    it('fails loudly on a path the contract does not have (onUnhandledRequest: error)', async () => {
      const api = client();
      const error = await api.unwrap(api.request('get', '/no-such-path-in-the-contract', {})).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 0, category: 'network' });
    });
  });
}

describe('typed scenarios (Help Scout, through the exported API)', () => {
  const path = '/v2/conversations/{conversationId}';
  const conversation = { params: { path: { conversationId: 2391938111 } } };
  const example = (name: string) => {
    const op = vendors.find((v) => v.key === 'helpscout')?.doc.paths?.[path]?.get;
    return resolveRef(vendors.find((v) => v.key === 'helpscout')!.doc, op!.responses['200']!).content!['application/hal+json']!.examples![
      name
    ]!.value;
  };

  it('a single step answers every request; { example } picks another documented example', async () => {
    const helpscout = createHelpScoutClient({ token: secret, retry: false });
    server.use(...helpScoutMock.scenario({ 'GET /v2/conversations/{conversationId}': 'NotFound', 'GET /v2/users/me': { example: 'me' } }));
    for (let i = 0; i < 2; i++) {
      const error = await helpscout.unwrap(helpscout.GET(path, conversation)).catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 404, code: 'NotFound', category: 'not_found' });
    }
    server.use(...helpScoutMock.scenario({ 'GET /v2/conversations/{conversationId}': { example: 'withThreads' } }));
    expect(await helpscout.unwrap(helpscout.GET(path, conversation))).toEqual(example('withThreads'));
  });

  it('answers with a response of your own, or a dropped connection', async () => {
    const helpscout = createHelpScoutClient({ token: secret, retry: false });
    server.use(
      ...helpScoutMock.scenario({
        'GET /v2/conversations/{conversationId}': [
          { status: 502, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html' } },
          { networkError: true },
        ],
      }),
    );
    expect(await helpscout.unwrap(helpscout.GET(path, conversation)).catch((e: unknown) => e)).toMatchObject({
      status: 502,
      category: 'server',
      code: 'unknown',
    });
    expect(await helpscout.unwrap(helpscout.GET(path, conversation)).catch((e: unknown) => e)).toMatchObject({
      status: 0,
      category: 'network',
    });
    expect(await helpscout.unwrap(helpscout.GET(path, conversation))).toEqual(example('conversation'));
  });

  it('checks path keys, example names and error codes at compile time', () => {
    // These lines never run; `tsc` (npm run typecheck) fails if any of them compiles.
    const neverCalled = () => {
      // @ts-expect-error: Help Scout has no GET /v2/conversation/{conversationId} (singular)
      helpScoutMock.scenario({ 'GET /v2/conversation/{conversationId}': 'NotFound' });
      // @ts-expect-error: the path is right, the method is not (keys are `METHOD /path`)
      helpScoutMock.scenario({ 'PUT /v2/users/me': 'NotFound' });
      // @ts-expect-error: NotFound is a Help Scout code, but GET /v2/users/me does not document it
      helpScoutMock.scenario({ 'GET /v2/users/me': 'NotFound' });
      // @ts-expect-error: THREAD_NOT_FOUND is Inbox's code, not Help Scout's
      helpScoutMock.scenario({ 'GET /v2/conversations/{conversationId}': 'THREAD_NOT_FOUND' });
      // @ts-expect-error: the conversation has no example named "closed"
      helpScoutMock.scenario({ 'GET /v2/conversations/{conversationId}': { example: 'closed' } });
      // @ts-expect-error: a sequence is a list of steps, each checked the same way
      helpScoutMock.scenario({ 'GET /v2/conversations/{conversationId}': [{ error: 'TooManyRequests' }, 'RATE_LIMITED'] });
      // @ts-expect-error: an empty sequence says nothing
      linesMock.scenario({ 'GET /lines': [] });
      // These compile.
      helpScoutMock.scenario({
        'GET /v2/conversations/{conversationId}': [
          { error: 'TooManyRequests', headers: { 'X-RateLimit-Retry-After': '0' } },
          { example: 'withThreads' },
        ],
      });
      inboxMock.scenario({ 'GET /threads/{threadId}': 'THREAD_NOT_FOUND' });
      inboundMock.scenario({ 'GET /emails/{id}': 'email_not_found' });
      linesMock.scenario({ 'GET /lines': 'rate_limit_exceeded' });
    };
    expect(neverCalled).toBeTypeOf('function');
  });
});
