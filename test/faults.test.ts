// The runtime against servers that misbehave, each case a real HTTP server on 127.0.0.1: token
// renewal under concurrency and aborts, credentials in the wrong place, resending, failures after
// a retry, bodies that break off, endless pagination, hostile error bodies and silent servers.
// Each expectation is what the README promises, not what the code happens to do.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/auth.ts';
import { ApiError } from '../src/errors.ts';
import { createHelpScoutClient } from '../src/helpscout.ts';
import { createInboundClient, type components } from '../src/inbound.ts';
import { createInboxClient } from '../src/inbox.ts';
import { createLinesClient } from '../src/lines.ts';
import { PaginationError } from '../src/paginate.ts';
import { requestBodyExample, responseExample } from './support/response-examples.ts';
import { startServer, type Handler, type Received, type Reply, type TestServer } from './support/server.ts';

const token = 'faults_test_token_5b7c9d1e3f';
const clientId = 'hs_app_faults_1a2b3c';
const clientSecret = 'hs_secret_faults_Zx8Yw7Vu6T';
const TOKEN_PATH = '/v2/oauth2/token';
const me = responseExample('helpscout', 'GET', '/v2/users/me');
const team = responseExample('inbox', 'GET', '/team');
const email = requestBodyExample('inbound', 'POST', '/emails') as components['schemas']['SendEmailRequest'];
const noWait = { random: () => 0, baseDelayMs: 1 };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler): Promise<string> {
  server = await startServer(handler);
  return server.url;
}

const apiRequests = () => server!.received.filter((r) => r.url !== TOKEN_PATH);
const tokenRequests = () => server!.received.filter((r) => r.url === TOKEN_PATH);
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every way an error can be shown: none may throw, and each is returned for inspection. */
function renderings(error: unknown): string[] {
  const e = error as Error;
  return [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 10 }), String(e.stack), inspect((e as { cause?: unknown }).cause)];
}

describe('Help Scout OAuth under concurrency', () => {
  /** Token endpoint: tok-1, tok-2, ...; the API refuses tok-1 and accepts any other. */
  const oauthServer = (tokenReply?: (n: number) => Reply | Promise<Reply>) => {
    let issued = 0;
    return serve(async (request) => {
      if (request.url === TOKEN_PATH) {
        issued++;
        return tokenReply ? tokenReply(issued) : { status: 200, body: { access_token: `tok-${issued}`, expires_in: 7200 } };
      }
      return request.headers.authorization === 'Bearer tok-1'
        ? { status: 401, body: { message: 'Invalid token', logRef: 'x' } }
        : { status: 200, body: me };
    });
  };

  it('renews once when ten concurrent calls are refused with the same token', async () => {
    const url = await oauthServer();
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: url });
    const results = await Promise.all(Array.from({ length: 10 }, () => client.unwrap(client.GET('/v2/users/me'))));
    expect(results).toEqual(Array(10).fill(me));
    // one token for the first attempts, one renewal for all ten refusals
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests().filter((r) => r.headers.authorization === 'Bearer tok-2')).toHaveLength(10);
  });

  it('does not fail other callers when one aborts while the shared token request is in flight', async () => {
    const url = await oauthServer(async (n) => {
      await delay(150);
      return { status: 200, body: { access_token: `tok-${n + 1}`, expires_in: 7200 } };
    });
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: url });
    const controller = new AbortController();
    const aborted = client.GET('/v2/users/me', { signal: controller.signal }).catch((e: unknown) => e);
    const others = Array.from({ length: 3 }, () => client.unwrap(client.GET('/v2/users/me')));
    await delay(30);
    controller.abort();
    const error = await aborted;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ operation: 'GET /v2/users/me', category: 'network', retryable: false });
    expect(await Promise.all(others)).toEqual(Array(3).fill(me));
    expect(tokenRequests()).toHaveLength(1);
  });

  it.each([
    ['without expires_in', {}],
    ['with expires_in as a string of digits', { expires_in: '7200' }],
    ['with a lifetime of 60 s', { expires_in: 60 }],
  ])('caches a token %s instead of fetching one per call', async (_name, lifetime) => {
    const url = await oauthServer((n) => ({ status: 200, body: { access_token: `tok-${n + 1}`, ...lifetime } }));
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: url });
    for (let i = 0; i < 5; i++) await client.unwrap(client.GET('/v2/users/me'));
    expect(tokenRequests()).toHaveLength(1);
  });

  it('retries a token endpoint that answers 503, as it would any call', async () => {
    const url = await oauthServer((n) =>
      n === 1
        ? { status: 503, body: { error: 'temporarily_unavailable' } }
        : { status: 200, body: { access_token: 'tok-2', expires_in: 7200 } },
    );
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: url, retry: noWait });
    expect(await client.unwrap(client.GET('/v2/users/me'))).toEqual(me);
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests()).toHaveLength(1);
  });
});

describe('credentials in the wrong place', () => {
  const password = 'hunter2-Secret-Pass';

  it('refuses a base URL that carries a user and password, without echoing either', () => {
    const error = (() => {
      try {
        createInboxClient({ token, baseUrl: `https://ops:${password}@api.example.com/v1` });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    for (const text of renderings(error)) {
      expect(text).not.toContain(password);
      expect(text).not.toContain('ops:');
    }
  });

  it('refuses a URL it cannot parse without echoing it', () => {
    expect(() => createInboxClient({ token, baseUrl: `ops:${password}@api.example.com` })).toThrowError(ConfigurationError);
    try {
      createInboxClient({ token, baseUrl: `//ops:${password}@` });
    } catch (e) {
      for (const text of renderings(e)) expect(text).not.toContain(password);
    }
  });

  it.each(['\u0000', '\u0007', '\u007f'])('refuses a token with a control character (%j) without echoing it', (control) => {
    const secret = `sk_live_${control}9f8e7d6c5b4a`;
    let error: unknown;
    try {
      createLinesClient({ apiKey: secret });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    for (const text of renderings(error)) expect(text).not.toContain('9f8e7d6c5b4a');
  });
});

describe('resending', () => {
  it.each(['', ' ', '\t '])('sends a POST with a blank Idempotency-Key (%j) once', async (key) => {
    const url = await serve(() => ({ status: 503, body: { error: 'Service unavailable' } }));
    const inbound = createInboundClient({ apiKey: token, baseUrl: url, retry: noWait });
    const error = await inbound
      .unwrap(inbound.POST('/emails', { params: { header: { 'Idempotency-Key': key } }, body: email }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, retryable: false });
    expect(server!.received).toHaveLength(1);
  });

  it('resends a POST under a real Idempotency-Key', async () => {
    const url = await serve((_r, i) =>
      i === 0 ? { status: 503, body: { error: 'Service unavailable' } } : { status: 200, body: { id: 'em_1' } },
    );
    const inbound = createInboundClient({ apiKey: token, baseUrl: url, retry: noWait });
    await inbound.unwrap(inbound.POST('/emails', { params: { header: { 'Idempotency-Key': 'welcome-42' } }, body: email }));
    expect(server!.received.map((r) => r.headers['idempotency-key'])).toEqual(['welcome-42', 'welcome-42']);
  });

  it('gives an ApiError naming the operation, in both styles, when the retry of a 503 loses the connection', async () => {
    const url = await serve((_r, i) =>
      i % 2 === 0 ? { status: 503, body: { error: { code: 'X', message: 'down' } } } : { status: 0, destroy: true },
    );
    const inbox = createInboxClient({ token, baseUrl: url, retry: { ...noWait, maxAttempts: 2 } });
    const plain = await inbox.GET('/team').catch((e: unknown) => e);
    expect(plain).toBeInstanceOf(ApiError);
    expect(plain).toMatchObject({ operation: 'GET /team', status: 0, category: 'network' });
    const unwrapped = await inbox.unwrap(inbox.GET('/team')).catch((e: unknown) => e);
    expect(unwrapped).toBeInstanceOf(ApiError);
    expect(unwrapped).toMatchObject({ operation: 'GET /team', status: 0, category: 'network' });
  });

  /** 200 with its headers and half a body, then the connection drops. */
  const cutOff: Reply = {
    status: 200,
    raw: (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"id": "em_');
      setTimeout(() => res.socket?.destroy(), 20);
    },
  };

  it('says a POST without a key whose 2xx body broke off is not retryable, and does not resend it', async () => {
    const url = await serve(() => cutOff);
    const inbound = createInboundClient({ apiKey: token, baseUrl: url, retry: noWait });
    for (const call of [() => inbound.POST('/emails', { body: email }), () => inbound.unwrap(inbound.POST('/emails', { body: email }))]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ operation: 'POST /emails', status: 0, category: 'network', retryable: false });
    }
    expect(server!.received).toHaveLength(2);
  });

  it('says the same failure of a GET is retryable', async () => {
    const url = await serve(() => cutOff);
    const inbox = createInboxClient({ token, baseUrl: url, retry: false });
    const error = await inbox.unwrap(inbox.GET('/team')).catch((e: unknown) => e);
    expect(error).toMatchObject({ operation: 'GET /team', status: 0, category: 'network', retryable: true });
  });

  it('says a POST without a key that lost its connection is not retryable', async () => {
    const url = await serve(() => ({ status: 0, destroy: true }));
    const lines = createLinesClient({ apiKey: 'sk_live_faults_0123456789', baseUrl: url, retry: noWait });
    const error = await lines.POST('/typing', { body: { line_id: 'ln_1', to: '+15555550100' } as never }).catch((e: unknown) => e);
    expect(error).toMatchObject({ operation: 'POST /typing', status: 0, retryable: false });
    expect(server!.received).toHaveLength(1);
  });
});

describe('pagination guards', () => {
  it('stops on empty pages that each point to a new cursor', async () => {
    const url = await serve((_r, i) => ({ status: 200, body: { data: [], has_more: true, next_cursor: `cursor-${i + 1}` } }));
    const lines = createLinesClient({ apiKey: 'sk_live_faults_0123456789', baseUrl: url });
    const error = await (async () => {
      for await (const _ of lines.paginate('/chats', { params: { query: { from: '+15555550100' } } })) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).operation).toBe('GET /chats');
    expect(error).toMatchObject({ message: expect.stringMatching(/^GET \/chats: 4 empty pages in a row/) });
    expect(server!.received).toHaveLength(4);
  });

  it('stops on a server that ignores ?page and sends page 1 again', async () => {
    const customers = responseExample('helpscout', 'GET', '/v2/customers') as { page: Record<string, number> };
    const url = await serve(() => ({ status: 200, body: { ...customers, page: { ...customers.page, number: 1, totalPages: 9 } } }));
    const client = createHelpScoutClient({ token, baseUrl: url });
    const error = await (async () => {
      for await (const _ of client.paginate('/v2/customers')) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/^GET \/v2\/customers: asked for page 2, the body says page 1/);
    expect(server!.received).toHaveLength(2);
  });

  it('stops on a server that ignores ?offset and sends the same items again', async () => {
    const emails = responseExample('inbound', 'GET', '/emails/schedule') as { data: unknown[]; pagination: Record<string, unknown> };
    const url = await serve(() => ({ status: 200, body: { ...emails, pagination: { ...emails.pagination, hasMore: true, total: 1000 } } }));
    const inbound = createInboundClient({ apiKey: token, baseUrl: url });
    const error = await (async () => {
      for await (const _ of inbound.paginate('/emails/schedule')) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toMatch(/^GET \/emails\/schedule: page 2 is identical to the page before it/);
    expect(server!.received).toHaveLength(2);
  });
});

describe('hostile error bodies', () => {
  it('reads at most the documented cap of a 100 MB error page, and cancels the rest', async () => {
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const url = await serve(() => ({
      status: 500,
      raw: (res) => {
        res.writeHead(500, { 'content-type': 'text/html' });
        const pump = () => {
          while (written < 100 * 1024 * 1024) {
            written += chunk.length;
            if (!res.write(chunk)) return res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => res.removeAllListeners('drain'));
        pump();
      },
    }));
    const inbox = createInboxClient({ token, baseUrl: url, retry: false });
    const error = (await inbox.unwrap(inbox.GET('/team')).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 500, category: 'server' });
    expect(typeof error.body).toBe('string');
    expect((error.body as string).length).toBeLessThanOrEqual(64 * 1024);
    await delay(100);
    // what the socket buffers took before the client cancelled, nowhere near 100 MB
    expect(written).toBeLessThan(16 * 1024 * 1024);
  });

  it('serialises and inspects an error whose body nests 30 000 levels deep', async () => {
    const depth = 30_000;
    const url = await serve(() => ({
      status: 400,
      body: `${'['.repeat(depth)}${']'.repeat(depth)}`,
      headers: { 'content-type': 'application/json' },
    }));
    const inbox = createInboxClient({ token, baseUrl: url });
    const error = await inbox.unwrap(inbox.GET('/team')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(Array.isArray((error as ApiError).body)).toBe(true);
    const rendered = renderings(error);
    expect(JSON.parse(rendered[2]!)).toMatchObject({ status: 400, body: expect.stringMatching(/nested deeper than/) });
  });
});

describe('timeouts', () => {
  const silent: Reply = { status: 200, raw: () => undefined };

  it('ends an attempt that gets no answer with an ApiError coded timeout, and retries a GET within the deadline', async () => {
    const url = await serve(() => silent);
    const inbox = createInboxClient({ token, baseUrl: url, timeoutMs: 150, deadlineMs: 2_000, retry: noWait });
    const started = performance.now();
    const error = await inbox.unwrap(inbox.GET('/team')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ operation: 'GET /team', status: 0, category: 'network', code: 'timeout', retryable: true });
    expect(server!.received).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('ends the whole call at its deadline, retries included', async () => {
    const url = await serve(() => silent);
    const inbox = createInboxClient({ token, baseUrl: url, timeoutMs: 1_000, deadlineMs: 300, retry: { ...noWait, maxAttempts: 10 } });
    const started = performance.now();
    const error = await inbox.GET('/team').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout', category: 'network' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('does not resend a POST without a key that timed out', async () => {
    const url = await serve(() => silent);
    const inbound = createInboundClient({ apiKey: token, baseUrl: url, timeoutMs: 100, retry: noWait });
    const error = await inbound.POST('/emails', { body: email }).catch((e: unknown) => e);
    expect(error).toMatchObject({ operation: 'POST /emails', code: 'timeout', retryable: false });
    expect(server!.received).toHaveLength(1);
  });

  it('ends a call at the caller’s abort while the server has not answered: an abort, not a timeout, not resent', async () => {
    const url = await serve(() => silent);
    const inbox = createInboxClient({ token, baseUrl: url, timeoutMs: 10_000, retry: noWait });
    const caller = new AbortController();
    const started = performance.now();
    const pending = inbox.GET('/team', { signal: caller.signal }).catch((e: unknown) => e);
    while (server!.received.length === 0) await delay(5);
    caller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ operation: 'GET /team', status: 0, retryable: false });
    expect((error as ApiError).code).not.toBe('timeout');
    expect(((error as ApiError).cause as Error).name).toBe('AbortError');
    expect(server!.received).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  /** A 200 that sends its headers and the start of a 500-byte body, then nothing more. */
  const stalling: Reply = {
    status: 200,
    raw: (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"id":');
    },
  };

  it('bounds a success body that stalls after its headers', async () => {
    const url = await serve(() => stalling);
    const inbox = createInboxClient({ token, baseUrl: url, timeoutMs: 150, retry: false });
    const error = await inbox.GET('/team').catch((e: unknown) => e);
    expect(error).toMatchObject({ operation: 'GET /team', code: 'timeout', category: 'network' });
  });

  it('bounds a streamed success body (parseAs stream), which the caller reads after the call', async () => {
    const url = await serve(() => stalling);
    const inbox = createInboxClient({ token, baseUrl: url, timeoutMs: 150, retry: false });
    const { data } = await inbox.GET('/team', { parseAs: 'stream' });
    const read = new Response(data as ReadableStream).text();
    await expect(read).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('leaves no timer behind once a call has settled', async () => {
    const url = await serve((request) => (request.url === '/team' ? { status: 200, body: team } : { status: 404, body: { error: 'no' } }));
    const inbox = createInboxClient({ token, baseUrl: url, retry: false });
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    await inbox.GET('/team'); // the connection pool and its own timers are set up
    const before = timers();
    const caller = new AbortController();
    for (let i = 0; i < 10; i++) {
      await inbox.GET('/team', { signal: caller.signal });
      await inbox.GET('/threads', { signal: caller.signal });
    }
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('keeps working for a caller that set no limits (the defaults are documented values)', async () => {
    const url = await serve(() => ({ status: 200, body: team }));
    const inbox = createInboxClient({ token, baseUrl: url });
    expect(await inbox.unwrap(inbox.GET('/team'))).toEqual(team);
  });

  it.each([0, -1, Number.NaN, Infinity])('refuses timeoutMs %s', (timeoutMs) => {
    expect(() => createInboxClient({ token, timeoutMs })).toThrowError(ConfigurationError);
  });
});

describe('client.paginate', () => {
  it('pages through the client itself, with no GET to hand over', async () => {
    const url = await serve((request: Received) => ({
      status: 200,
      body: { data: [{ id: request.url }], has_more: !request.url.includes('cursor'), next_cursor: 'c1' },
    }));
    const lines = createLinesClient({ apiKey: 'sk_live_faults_0123456789', baseUrl: url });
    const ids: unknown[] = [];
    for await (const chat of lines.paginate('/chats', { params: { query: { from: '+15555550100' } } })) ids.push(chat.id);
    expect(ids).toEqual(['/chats?from=%2B15555550100', '/chats?from=%2B15555550100&cursor=c1']);
  });
});
