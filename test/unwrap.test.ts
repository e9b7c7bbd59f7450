// Both calling styles of every vendor client, against a real HTTP server on 127.0.0.1:
// `{data, error, response}` as openapi-fetch gives it, and `client.unwrap(call)`, which returns the
// success body or throws the normalised ApiError, whatever the failure looked like on the wire.
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, normalizeError } from '../src/errors.ts';
import { expectedCategory } from './support/status-categories.ts';
import { createInboxClient, type InboxApiError, type InboxErrorCode, type paths as InboxPaths } from '../src/inbox.ts';
import { createInboundClient, type InboundApiError, type InboundErrorCode, type paths as InboundPaths } from '../src/inbound.ts';
import { createHelpScoutClient, type HelpScoutApiError, type HelpScoutErrorCode, type paths as HelpScoutPaths } from '../src/helpscout.ts';
import { createLinesClient, type LinesApiError, type LinesErrorCode, type paths as LinesPaths } from '../src/lines.ts';
import { catalogCases } from './support/catalog-cases.ts';
import { responseExample } from './support/response-examples.ts';
import { startServer, type Reply, type TestServer } from './support/server.ts';
import { vendorModules } from './support/vendor-modules.ts';

const token = 'unwrap_test_token_4f9a2c7e1b';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Result = { data?: unknown; error?: unknown; response: Response };
interface Kit {
  vendor: string;
  operation: string;
  /** a GET of the vendor that needs no parameters, made with a fresh client on `baseUrl` */
  call(baseUrl: string): { client: { unwrap(call: Promise<Result>): Promise<unknown> }; call: () => Promise<Result> };
}

// Every registered vendor: its probe GET through the registered factory and credential option.
const kits: Kit[] = vendorModules.map((m) => ({
  vendor: m.vendor.key,
  operation: `GET ${m.vendor.probe}`,
  call: (baseUrl) => {
    const client = m.createClient(token, { baseUrl, retry: false });
    return { client, call: () => client.GET(m.vendor.probe) };
  },
}));

async function failure(kit: Kit, reply: Reply): Promise<ApiError> {
  server = await startServer(() => reply);
  const { client, call } = kit.call(server.url);
  const error = await client.unwrap(call()).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe.each(kits.map((k) => [k.vendor, k] as const))('%s client', (_vendor, kit) => {
  const [method, path] = kit.operation.split(' ') as [string, string];
  const success = responseExample(kit.vendor, method, path);

  it("keeps openapi-fetch's {data, error, response} style unchanged", async () => {
    const { entry, body } = catalogCases(kit.vendor)[0]!;
    server = await startServer((_req, i) => (i === 0 ? { status: 200, body: success } : { status: entry.status, body }));
    const { call } = kit.call(server.url);
    const ok = await call();
    expect(ok.response.status).toBe(200);
    expect(ok.data).toEqual(success);
    expect(ok.error).toBeUndefined();
    const failed = await call();
    expect(failed.response.status).toBe(entry.status);
    expect(failed.data).toBeUndefined();
    expect(failed.error).toEqual(body);
  });

  it('unwrap returns the success body', async () => {
    server = await startServer(() => ({ status: 200, body: success }));
    const { client, call } = kit.call(server.url);
    await expect(client.unwrap(call())).resolves.toEqual(success);
  });

  it.each(catalogCases(kit.vendor).map((c) => [c.entry.code, c] as const))(
    'unwrap throws the catalogued %s',
    async (_code, { entry, body }) => {
      const error = await failure(kit, { status: entry.status, body });
      expect(error).toMatchObject({
        vendor: kit.vendor,
        operation: kit.operation,
        status: entry.status,
        code: entry.code,
        category: entry.category,
        retryable: entry.retryable,
      });
    },
  );

  it.each([
    ['an empty 500', { status: 500 }],
    [
      'an HTML 502',
      { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>' },
    ],
    ['truncated JSON (400)', { status: 400, headers: { 'content-type': 'application/json' }, body: '{"error": {"code": "VALIDATION_ERR' }],
    ['truncated JSON (404)', { status: 404, headers: { 'content-type': 'application/json' }, body: '{"message": "Not fou' }],
    ['truncated JSON (503)', { status: 503, headers: { 'content-type': 'application/json' }, body: '{' }],
  ] satisfies [string, Reply][])('unwrap turns %s into an "unknown" ApiError of the status\' category', async (_what, reply) => {
    const error = await failure(kit, reply);
    expect(error).toMatchObject({
      vendor: kit.vendor,
      operation: kit.operation,
      status: reply.status,
      code: 'unknown',
      category: expectedCategory(reply.status),
    });
    expect(error.body).toEqual('body' in reply ? reply.body : undefined);
    expect(error.request).toMatchObject({ method, url: expect.stringContaining(path) });
  });

  it('gives a network failure the category "network", in both styles', async () => {
    server = await startServer(() => ({ status: 0, destroy: true }));
    const { client, call } = kit.call(server.url);
    const thrown = await call().catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ status: 0, code: 'unknown', category: 'network', retryable: true, operation: kit.operation });
    const unwrapped = await client.unwrap(call()).catch((e: unknown) => e);
    expect(unwrapped).toMatchObject({ status: 0, code: 'unknown', category: 'network', retryable: true, operation: kit.operation });
  });

  it("throws with the caller's stack, not the normaliser's", async () => {
    const error = await failure(kit, { status: 500 });
    expect(error.stack).toMatch(/^ApiError: /);
    expect(error.stack).toContain('unwrap.test.ts');
    expect(error.stack).not.toContain('normalizeError');
  });
});

describe('the stack of an ApiError not thrown', () => {
  it('is "ApiError: <message>" without frames, and Error.stackTraceLimit is left as it was', () => {
    const before = Error.stackTraceLimit;
    Error.stackTraceLimit = 7;
    try {
      const error = normalizeError(vendorModules[0]!.definition, { operation: 'GET /stack', status: 500 });
      expect(error.stack).toBe(`ApiError: ${error.message}`);
      expect(Error.stackTraceLimit).toBe(7);
      const init = { vendor: 'v', operation: 'GET /stack', status: 500, code: 'unknown', category: 'server', retryable: false } as const;
      const rest = { retryAfterMs: undefined, requestId: undefined, details: [], body: undefined };
      expect(new ApiError({ ...init, ...rest, message: '' }).stack).toBe('ApiError');
      // A thrown error gets the frames where it is thrown (the client does this in unwrap).
      const thrown = new ApiError({ ...init, ...rest, message: 'thrown' });
      Error.captureStackTrace(thrown);
      expect(thrown.stack).toMatch(/^ApiError: thrown\n\s+at .*unwrap\.test\.ts/);
    } finally {
      Error.stackTraceLimit = before;
    }
  });
});

describe('types', () => {
  it('types unwrap as the success body and the ApiError code as the documented codes', () => {
    expectTypeOf<InboxApiError['code']>().toEqualTypeOf<InboxErrorCode | 'unknown' | 'timeout'>();
    expectTypeOf<InboundApiError['code']>().toEqualTypeOf<InboundErrorCode | 'unknown' | 'timeout'>();
    expectTypeOf<HelpScoutApiError['code']>().toEqualTypeOf<HelpScoutErrorCode | 'unknown' | 'timeout'>();
    expectTypeOf<LinesApiError['code']>().toEqualTypeOf<LinesErrorCode | 'unknown' | 'timeout'>();
    expectTypeOf<'THREAD_NOT_FOUND'>().toExtend<InboxErrorCode>();
    expectTypeOf<'rate_limit_exceeded'>().toExtend<LinesErrorCode>();

    // Never called: only the types are checked (by tsc, npm run typecheck). unwrap gives exactly
    // openapi-fetch's `data` without `undefined`, which is the documented success body.
    const neverCalled = async () => {
      const inbox = createInboxClient({ token });
      const team = await inbox.unwrap(inbox.GET('/team'));
      const teamResult = await inbox.GET('/team');
      expectTypeOf(team).toEqualTypeOf<NonNullable<typeof teamResult.data>>();
      expectTypeOf(team).toEqualTypeOf<InboxPaths['/team']['get']['responses'][200]['content']['application/json']>();
      expectTypeOf(inbox.toApiError(undefined)).toEqualTypeOf<InboxApiError>();

      const inbound = createInboundClient({ apiKey: token });
      const domains = await inbound.unwrap(inbound.GET('/domains'));
      const domainsResult = await inbound.GET('/domains');
      expectTypeOf(domains).toEqualTypeOf<NonNullable<typeof domainsResult.data>>();
      expectTypeOf(domains).toExtend<InboundPaths['/domains']['get']['responses'][200]['content']['application/json']>();
      expectTypeOf<InboundPaths['/domains']['get']['responses'][200]['content']['application/json']>().toExtend<typeof domains>();
      expectTypeOf(inbound.toApiError(undefined)).toEqualTypeOf<InboundApiError>();

      const helpscout = createHelpScoutClient({ token });
      const me = await helpscout.unwrap(helpscout.GET('/v2/users/me'));
      const meResult = await helpscout.GET('/v2/users/me');
      expectTypeOf(me).toEqualTypeOf<NonNullable<typeof meResult.data>>();
      expectTypeOf(me).toExtend<HelpScoutPaths['/v2/users/me']['get']['responses'][200]['content']['application/hal+json']>();
      expectTypeOf<HelpScoutPaths['/v2/users/me']['get']['responses'][200]['content']['application/hal+json']>().toExtend<typeof me>();
      expectTypeOf(helpscout.toApiError(undefined)).toEqualTypeOf<HelpScoutApiError>();

      const lines = createLinesClient({ apiKey: token });
      const all = await lines.unwrap(lines.GET('/lines'));
      const allResult = await lines.GET('/lines');
      expectTypeOf(all).toEqualTypeOf<NonNullable<typeof allResult.data>>();
      expectTypeOf(all).toEqualTypeOf<LinesPaths['/lines']['get']['responses'][200]['content']['application/json']>();
      expectTypeOf(lines.toApiError(undefined)).toEqualTypeOf<LinesApiError>();
    };
    expect(neverCalled).toBeTypeOf('function');
  });
});
