// Help Scout's OAuth client-credentials flow, end to end: a real HTTP server on 127.0.0.1 is both
// the token endpoint (POST /v2/oauth2/token) and the Mailbox API. The client fetches a token once,
// caches it, shares one token request among concurrent calls, renews it before it expires and
// once after a 401, and reports a refusal as an ApiError (caused by a TokenError) without the secret.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/errors.ts';
import { clientCredentials, createHelpScoutClient, TokenError } from '../src/helpscout.ts';
import { catalogCases } from './support/catalog-cases.ts';
import { responseExample } from './support/response-examples.ts';
import { startServer, type Received, type Reply, type TestServer } from './support/server.ts';

const clientId = 'hs_app_7c1e0b9f2d';
const clientSecret = 'hs_secret_Q3xv9LmP0aZr7TnW2eYb5KdJ';
const TOKEN_PATH = '/v2/oauth2/token';
const me = responseExample('helpscout', 'GET', '/v2/users/me');
const unauthorized = catalogCases('helpscout').find((c) => c.entry.status === 401)!;

let server: TestServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

/** A token endpoint that hands out tok-1, tok-2, ... (or what `token` answers) and an API that answers `api`. */
async function serve(api: (request: Received, apiIndex: number) => Reply, token?: (tokenIndex: number) => Reply) {
  let tokens = 0;
  let calls = 0;
  server = await startServer((request) => {
    if (request.url === TOKEN_PATH) {
      tokens++;
      return token ? token(tokens) : { status: 200, body: { token_type: 'bearer', access_token: `tok-${tokens}`, expires_in: 7200 } };
    }
    return api(request, calls++);
  });
  return server;
}

const tokenRequests = () => server!.received.filter((r) => r.url === TOKEN_PATH);
const apiRequests = () => server!.received.filter((r) => r.url !== TOKEN_PATH);
const bearer = (r: Received) => r.headers.authorization;

describe('createHelpScoutClient({clientId, clientSecret, baseUrl})', () => {
  it('fetches a token with the client credentials once, then reuses it', async () => {
    await serve(() => ({ status: 200, body: me }));
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: server!.url });
    expect(await client.unwrap(client.GET('/v2/users/me'))).toEqual(me);
    expect(await client.unwrap(client.GET('/v2/users/me'))).toEqual(me);
    expect(tokenRequests()).toHaveLength(1);
    const [tokenRequest] = tokenRequests();
    expect(tokenRequest!.method).toBe('POST');
    expect(tokenRequest!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(tokenRequest!.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    });
    expect(apiRequests().map(bearer)).toEqual(['Bearer tok-1', 'Bearer tok-1']);
  });

  it('shares one token request among concurrent calls', async () => {
    await serve(() => ({ status: 200, body: me }));
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: server!.url });
    const results = await Promise.all(Array.from({ length: 5 }, () => client.unwrap(client.GET('/v2/users/me'))));
    expect(results).toEqual(Array(5).fill(me));
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests().map(bearer)).toEqual(Array(5).fill('Bearer tok-1'));
  });

  it('renews the token a minute before it expires (fake Date)', async () => {
    const start = Date.UTC(2030, 0, 15, 12, 0, 0);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    await serve(() => ({ status: 200, body: me }));
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: server!.url });
    await client.unwrap(client.GET('/v2/users/me'));
    // expires_in 7200 s; renewed 60 s early
    vi.setSystemTime(start + (7200 - 60) * 1000 - 1);
    await client.unwrap(client.GET('/v2/users/me'));
    expect(tokenRequests()).toHaveLength(1);
    vi.setSystemTime(start + (7200 - 60) * 1000);
    await client.unwrap(client.GET('/v2/users/me'));
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests().map(bearer)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
  });

  it('renews once on a 401 and sends the request again, body included', async () => {
    await serve((_r, i) => (i === 0 ? { status: 401, body: unauthorized.body } : { status: 201, headers: { 'Resource-ID': '1001' } }));
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: server!.url });
    const body = { firstName: 'Vernon', lastName: 'Bear' };
    const { response } = await client.POST('/v2/customers', { body });
    expect(response.status).toBe(201);
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests().map(bearer)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(apiRequests().map((r) => r.body)).toEqual([JSON.stringify(body), JSON.stringify(body)]);
  });

  it("renews only once: a second 401 is the caller's ApiError", async () => {
    await serve(() => ({ status: 401, body: unauthorized.body }));
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: server!.url });
    const error = await client.unwrap(client.GET('/v2/users/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: unauthorized.entry.code, category: 'authentication', retryable: false });
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests().map(bearer)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
  });

  it("reports a refused token request as the call's ApiError caused by a TokenError, without the secret and without calling the API", async () => {
    await serve(
      () => ({ status: 200, body: me }),
      () => ({ status: 401, body: { error: 'invalid_client', error_description: `Bad client credentials: ${clientSecret}` } }),
    );
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: server!.url });
    const raw = await client.GET('/v2/users/me').catch((e: unknown) => e);
    expect(raw).toBeInstanceOf(ApiError);
    expect(raw).toMatchObject({ operation: 'GET /v2/users/me', status: 401, category: 'authentication', retryable: false });
    expect((raw as ApiError).cause).toBeInstanceOf(TokenError);
    expect((raw as ApiError).cause).toMatchObject({ name: 'TokenError', status: 401 });
    const message = (raw as ApiError).message;
    expect(message).toContain('invalid_client');
    expect(message).not.toContain(clientSecret);
    expect((raw as ApiError).stack).not.toContain(clientSecret);

    // unwrap: the same refusal, the same way
    const unwrapped = await client.unwrap(client.GET('/v2/users/me')).catch((e: unknown) => e);
    expect(unwrapped).toBeInstanceOf(ApiError);
    expect(unwrapped).toMatchObject({ vendor: 'helpscout', status: 401, category: 'authentication', retryable: false, code: 'unknown' });
    expect((unwrapped as ApiError).cause).toBeInstanceOf(TokenError);
    expect((unwrapped as ApiError).message).not.toContain(clientSecret);
    expect(apiRequests()).toHaveLength(0);
    expect(tokenRequests()).toHaveLength(2);
  });

  it('reports a token response without a token, and an unreachable token endpoint', async () => {
    await serve(
      () => ({ status: 200, body: me }),
      () => ({ status: 200, body: { token_type: 'bearer' } }),
    );
    const client = createHelpScoutClient({ clientId, clientSecret, baseUrl: server!.url });
    await expect(client.GET('/v2/users/me')).rejects.toThrowError(/no access_token/);
    await server!.close();

    await serve(
      () => ({ status: 200, body: me }),
      () => ({ status: 0, destroy: true }),
    );
    const unreachable = createHelpScoutClient({ clientId, clientSecret, baseUrl: server!.url });
    const error = await unreachable.GET('/v2/users/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    // the token endpoint could not be reached: retryable, since the API request was never sent
    expect(error).toMatchObject({
      operation: 'GET /v2/users/me',
      status: 0,
      category: 'network',
      retryable: true,
      message: expect.stringMatching(/unreachable/),
    });
    expect((error as ApiError).cause).toMatchObject({ name: 'TokenError', status: 0 });
    expect(apiRequests()).toHaveLength(0);
  });
});

describe('clientCredentials({now}) as a token provider', () => {
  it('renews on the injected clock', async () => {
    let clock = 1_000_000;
    await serve(
      () => ({ status: 200, body: me }),
      (n) => ({ status: 200, body: { access_token: `tok-${n}`, expires_in: 100 } }),
    );
    const tokenProvider = clientCredentials({
      clientId,
      clientSecret,
      tokenUrl: `${server!.url}${TOKEN_PATH}`,
      refreshMarginMs: 10_000,
      now: () => clock,
    });
    const client = createHelpScoutClient({ tokenProvider, baseUrl: server!.url });
    await client.unwrap(client.GET('/v2/users/me'));
    clock += 89_999;
    await client.unwrap(client.GET('/v2/users/me'));
    clock += 1;
    await client.unwrap(client.GET('/v2/users/me'));
    expect(apiRequests().map(bearer)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2']);
  });
});
