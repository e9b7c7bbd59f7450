// Every vendor's client against a real HTTP server on 127.0.0.1: the credential header, a
// success with the spec's own example, every catalogued error envelope (bodies from the spec's
// examples) read back as its ApiError, and compile-time checks of paths, parameters and bodies.
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError } from '../src/errors.ts';
import { ConfigurationError } from '../src/auth.ts';
import { createInboxV2Client, type InboxV2ErrorCode } from '../src/inbox-v2.ts';
import { createInboundClient, type components as InboundComponents } from '../src/inbound.ts';
import { createHelpScoutClient, type HelpScoutErrorCode } from '../src/helpscout.ts';
import { createLinesClient, type LinesErrorCode } from '../src/lines.ts';
import { catalogCases } from './support/catalog-cases.ts';
import { requestBodyExample, responseExample } from './support/response-examples.ts';
import { startServer, type TestServer } from './support/server.ts';
import { modulesOf, vendorModules } from './support/vendor-modules.ts';

const secret = 'sk_live_clienttest_0123456789abcdef';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Each registered vendor's probe GET, and its client made through the registered factory.
const vendors = vendorModules.map((m) => ({
  key: m.vendor.key,
  path: m.vendor.probe,
  make: (baseUrl: string) => m.createClient(secret, { baseUrl, retry: false }),
}));

// The clients' GET is typed per vendor; for a table-driven test, call it through one shape.
type Call = (path: string, init?: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const get = (client: { GET: unknown }, path: string) =>
  (client.GET as Call)(path, path.includes('{id}') ? { params: { path: { id: 'email_7kQ2m9XbV4pL' } } } : undefined);

for (const vendor of vendors) {
  describe(`${vendor.key} client`, () => {
    it(`sends the credential and returns the body of GET ${vendor.path}`, async () => {
      const success = responseExample(vendor.key, 'GET', vendor.path);
      server = await startServer(() => ({ status: 200, body: success }));
      const client = vendor.make(server.url);
      const { data, error, response } = await get(client, vendor.path);
      expect(error).toBeUndefined();
      expect(response.status).toBe(200);
      expect(data).toEqual(success);
      expect(server.received[0]!.headers.authorization).toBe(`Bearer ${secret}`);
      expect(await client.unwrap(get(client, vendor.path))).toEqual(success);
    });

    it.each(catalogCases(vendor.key).map((c) => [c.entry.code, c] as const))(
      'reads a %s response as its ApiError',
      async (_code, { entry, body }) => {
        server = await startServer(() => ({ status: entry.status, body }));
        const client = vendor.make(server.url);
        const error = await client.unwrap(get(client, vendor.path)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ApiError);
        expect(error).toMatchObject({
          vendor: vendor.key,
          operation: `GET ${vendor.path}`,
          status: entry.status,
          code: entry.code,
          category: entry.category,
          retryable: entry.retryable,
        });
        expect(server.received).toHaveLength(1);
      },
    );

    it('rejects an empty or whitespace credential at construction', () => {
      for (const bad of ['', '  \t', `${secret}\n`]) expect(() => makeWith(vendor.key, bad)).toThrowError(ConfigurationError);
    });
  });
}

function makeWith(key: string, credential: string) {
  return modulesOf(key).createClient(credential);
}

// Without middleware, the platform's fetch is given the URL and init rather than a Request built
// first (src/pending-request.ts). Whatever the path, the same request must go out, and a request
// fetch cannot build must fail as it did when openapi-fetch built it.
describe('the request as sent: platform fetch, middleware, a fetch of the caller’s', () => {
  const email = requestBodyExample('inbound', 'POST', '/emails') as InboundComponents['schemas']['SendEmailRequest'];
  const given: string[] = [];
  const clients = (baseUrl: string, random = () => 0) => ({
    platform: createInboundClient({ apiKey: secret, baseUrl, retry: { random } }),
    middleware: (() => {
      const client = createInboundClient({ apiKey: secret, baseUrl, retry: { random } });
      client.use({ onRequest: ({ request }) => void given.push(`middleware: ${request instanceof Request}`) });
      return client;
    })(),
    ownFetch: createInboundClient({
      apiKey: secret,
      baseUrl,
      retry: { random },
      fetch: (input, init) => {
        given.push(`fetch: ${input instanceof Request}`);
        return globalThis.fetch(input, init);
      },
    }),
  });

  it('sends the same POST, and the same resend under its Idempotency-Key, on every path', async () => {
    given.length = 0;
    server = await startServer((_r, i) => (i % 2 === 0 ? { status: 503, body: { error: 'down' } } : { status: 200, body: { id: 'em_1' } }));
    const sent: Record<string, unknown[]> = {};
    for (const [name, client] of Object.entries(clients(server.url))) {
      const from = server.received.length;
      const headers = { 'Idempotency-Key': 'welcome-42' };
      expect(await client.unwrap(client.POST('/emails', { headers, body: email }))).toEqual({ id: 'em_1' });
      sent[name] = server.received.slice(from).map(({ method, url, headers: h, body }) => ({
        method,
        url,
        body: JSON.parse(body),
        type: h['content-type'],
        key: h['idempotency-key'],
        auth: h.authorization,
      }));
    }
    const expected = { method: 'POST', url: '/emails', body: email, type: 'application/json', key: 'welcome-42', auth: `Bearer ${secret}` };
    expect(sent).toEqual({ platform: [expected, expected], middleware: [expected, expected], ownFetch: [expected, expected] });
    // Middleware and a fetch of the caller's are given a Request, as openapi-fetch documents.
    expect(given).toEqual(['middleware: true', 'fetch: true', 'fetch: true']);
  });

  it('keeps each call its own when a serializer starts another call while the first is being built', async () => {
    server = await startServer((r) =>
      r.url === '/domains' ? { status: 200, body: { data: [] } } : { status: 404, body: { error: 'no' } },
    );
    const client = createInboundClient({ apiKey: secret, baseUrl: server.url, retry: false });
    let inner: ReturnType<Call> | undefined;
    const outer = (client.GET as (p: string, i: unknown) => Promise<{ data?: unknown }>)('/domains', {
      querySerializer: () => {
        inner ??= (client.GET as Call)('/emails/{id}', { params: { path: { id: 'em_1' } } });
        return '';
      },
    });
    expect((await outer).data).toEqual({ data: [] });
    expect(client.toApiError(await inner!)).toMatchObject({ status: 404, operation: 'GET /emails/{id}' });
    expect(server.received.map((r) => r.url).sort()).toEqual(['/domains', '/emails/em_1']);
  });

  it.each([
    ['a method fetch refuses (TRACE)', (c: { TRACE: unknown }) => (c.TRACE as Call)('/domains')],
    ['a GET with a body', (c: { GET: unknown }) => (c.GET as (p: string, i: unknown) => Promise<unknown>)('/domains', { body: { x: 1 } })],
  ])('fails %s the same way on every path: an ApiError that says it was not sent, not retried', async (_what, call) => {
    server = await startServer(() => ({ status: 200, body: {} }));
    let waits = 0;
    const errors: Record<string, unknown> = {};
    for (const [name, client] of Object.entries(clients(server.url, () => (waits++, 0)))) {
      const error = await call(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      const { operation, message, category, retryable, request, cause } = error as ApiError;
      errors[name] = { operation, message, category, retryable, request, cause: [(cause as Error).name, (cause as Error).message] };
    }
    expect(errors.platform).toEqual(errors.middleware);
    expect(errors.ownFetch).toEqual(errors.middleware);
    expect(errors.platform).toMatchObject({
      operation: expect.stringMatching(/^(TRACE|GET) \/domains$/),
      // The same call fails the same way however often it is made: not a network failure.
      message: expect.stringMatching(/^request not sent: /),
      category: 'validation',
      retryable: false,
      request: undefined,
      cause: ['TypeError', expect.any(String)],
    });
    expect(server.received).toHaveLength(0);
    expect(waits).toBe(0);
  });

  type Inbound = ReturnType<typeof createInboundClient>;
  it.each<[string, (client: Inbound) => Promise<{ data?: unknown; error?: unknown; response: Response }>, string]>([
    [
      'its middleware throws',
      (client) => {
        client.use({
          onRequest: () => {
            throw new Error('signing service: no key loaded');
          },
        });
        return client.GET('/domains');
      },
      'signing service: no key loaded',
    ],
    [
      'its body serializer throws',
      (client) =>
        client.POST('/emails', {
          body: email,
          bodySerializer: () => {
            throw new RangeError('attachment over the 10 MB this sender allows');
          },
        }),
      'attachment over the 10 MB this sender allows',
    ],
  ])('says a request was not sent when %s, in both styles', async (_what, call, thrown) => {
    server = await startServer(() => ({ status: 200, body: {} }));
    for (const unwrap of [false, true]) {
      let waits = 0;
      const client = createInboundClient({ apiKey: secret, baseUrl: server.url, retry: { random: () => (waits++, 0) } });
      const error = await (unwrap ? client.unwrap(call(client)) : call(client)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({
        status: 0,
        code: 'unknown',
        category: 'validation',
        retryable: false,
        message: `request not sent: ${thrown}`,
        request: undefined,
      });
      expect(((error as ApiError).cause as Error).message).toBe(thrown);
      expect(waits).toBe(0);
    }
    expect(server.received).toHaveLength(0);
  });
});

describe('compile-time checks', () => {
  it('types bodies and codes per vendor, and rejects wrong paths, parameters and fields', () => {
    const inbound = createInboundClient({ apiKey: secret, baseUrl: 'http://127.0.0.1:9' });
    const helpscout = createHelpScoutClient({ token: secret, baseUrl: 'http://127.0.0.1:9' });
    const lines = createLinesClient({ apiKey: secret, baseUrl: 'http://127.0.0.1:9' });
    const inboxV2 = createInboxV2Client({ token: secret, baseUrl: 'http://127.0.0.1:9' });
    // These lines never run; `tsc` (npm run typecheck) fails if any of them compiles.
    const neverCalled = async () => {
      // @ts-expect-error: Inbound has no /email path
      void inbound.GET('/email');
      // @ts-expect-error: sending needs `to`, not `recipient`
      void inbound.POST('/emails', { body: { from: 'a@acme.dev', recipient: 'b@example.com', subject: 'Hi', text: 'x' } });
      // @ts-expect-error: the conversation id is conversationId
      void helpscout.GET('/v2/conversations/{conversationId}', { params: { path: { id: 1 } } });
      // @ts-expect-error: Messages.dev lists lines at /lines, not /v1/lines (the server carries /v1)
      void lines.GET('/v1/lines');
      // @ts-expect-error: v2 has no prospects (v1's prospects are contacts and profiles)
      void inboxV2.GET('/prospects/{prospectId}', { params: { path: { prospectId: 'x' } } });
      // @ts-expect-error: a send target needs its type tag
      void inboxV2.POST('/messages', { body: { target: { threadId: 'h2kx7m9q4vn1p8wz3dc6jt5r' }, content: 'Hi' } });
      // @ts-expect-error: expand takes only the documented paths
      void inboxV2.GET('/threads', { params: { query: { expand: ['messages'] } } });
      const cleared = await inboxV2.unwrap(
        inboxV2.PATCH('/contacts/{contactId}', { params: { path: { contactId: 'c' } }, body: { notes: null } }),
      );
      expectTypeOf(cleared.notes).toEqualTypeOf<string | null>();
      const sent = await inbound.unwrap(
        inbound.POST('/emails', { body: { from: 'a@acme.dev', to: 'b@example.com', subject: 'Hi', text: 'x' } }),
      );
      expectTypeOf(sent).not.toBeAny();
    };
    expect(neverCalled).toBeTypeOf('function');
    expectTypeOf<ApiError<HelpScoutErrorCode>['code']>().toEqualTypeOf<HelpScoutErrorCode | 'unknown' | 'timeout'>();
    expectTypeOf<LinesErrorCode>().toExtend<string>();
    expectTypeOf<'sendUnconfirmed'>().toExtend<InboxV2ErrorCode>();
    expectTypeOf<InboundComponents>().toHaveProperty('schemas');
  });
});
