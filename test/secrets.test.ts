// No error ever carries a credential. Property test against a real HTTP server on 127.0.0.1: a
// client of any vendor, with a random realistic token, meets arbitrary failures (statuses, bodies
// that echo the token or the Authorization header, dropped connections); every resulting ApiError
// is searched, in every form a developer or a log could see it, for the token.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../src/errors.ts';
import { REDACTED, redactParsed } from '../src/redact.ts';
import { createHelpScoutClient, TokenError } from '../src/helpscout.ts';
import type { BaseClientOptions } from '../src/client.ts';
import { catalogCases } from './support/catalog-cases.ts';
import { startServer, type Received, type Reply, type TestServer } from './support/server.ts';
import { vendorModules } from './support/vendor-modules.ts';

const RUNS = { numRuns: 300 };
const tokenArb = fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/);

type Unwrapper = { unwrap(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<unknown> };
interface Kit {
  vendor: string;
  /** a client of the vendor with `token`, and a call of it */
  make(
    token: string,
    options: BaseClientOptions,
  ): { client: Unwrapper; call: () => Promise<{ data?: unknown; error?: unknown; response: Response }> };
}
// Every registered vendor: its client through the registered factory, and its probe GET.
const kits: Kit[] = vendorModules.map((m) => ({
  vendor: m.vendor.key,
  make: (token, o) => {
    const c = m.createClient(token, o as Record<string, unknown>);
    return { client: c, call: () => c.GET(m.vendor.probe) };
  },
}));

/** A copy of a JSON value with `token` worked into every string. */
function infuse(value: unknown, token: string): unknown {
  if (typeof value === 'string') return `${value} ${token}`;
  if (Array.isArray(value)) return value.map((v) => infuse(v, token));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, infuse(v, token)]));
  return value;
}

function deep(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { nested: value };
  return value;
}

/** What the server answers, given the token and the request it received (to echo its headers). */
type Script = (token: string, request: Received) => Reply;

const bodies = (vendor: string): fc.Arbitrary<Script> =>
  fc.oneof(
    fc.constantFrom(...catalogCases(vendor)).map((c): Script => (token) => ({ status: c.entry.status, body: infuse(c.body, token) })),
    fc.constant<Script>((token, req) => ({
      status: 401,
      body: {
        error: { code: 'UNAUTHORIZED', message: `Invalid token ${token}`, details: [{ field: token, issue: `bad ${token}` }] },
        received: req.headers.authorization,
        [token]: token,
      },
    })),
    fc.constant<Script>((token, req) => ({ status: 400, body: `Invalid API key: ${token} (you sent "${req.headers.authorization}")` })),
    fc.constant<Script>((token) => ({
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: `<html><body><h1>502</h1><pre>Authorization: Bearer ${token}</pre></body></html>`,
    })),
    fc.constant<Script>((token) => ({ status: 500, body: deep(200, { message: token, error: token }) })),
    fc.nat({ max: 120 }).map((n): Script => (token) => ({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: `bad ${token}`, message: token }).slice(0, n),
    })),
    // the token straddling the 500-character limit of error messages
    fc.integer({ min: 440, max: 510 }).map((n): Script => (token) => ({
      status: 422,
      body: {
        error: { code: 'UNPROCESSABLE_ENTITY', message: `${'x'.repeat(n)}${token}` },
        error_description: `${'y'.repeat(n)}${token}`,
        message: `${'z'.repeat(n)}${token}`,
      },
    })),
    fc.constant<Script>((token) => ({
      status: 429,
      headers: { 'retry-after': token, 'x-request-id': token, 'x-ratelimit-reset': token },
      body: { error: { code: 'RATE_LIMITED', message: token }, request_id: token, logRef: token },
    })),
    // the token spelled with JSON escapes, in a value and a key: the text never holds it, the parsed body does
    fc.constant<Script>((token) => {
      const escaped = [...token].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
      return { status: 400, headers: { 'content-type': 'application/json' }, body: `{"error":"bad key ${escaped}","${escaped}":1}` };
    }),
    fc.constant<Script>(() => ({ status: 0, destroy: true })),
    fc.integer({ min: 400, max: 599 }).map((status): Script => () => ({ status })),
  );

let server: TestServer;
let script: { token: string; reply: Script } | undefined;
beforeAll(async () => {
  server = await startServer((request) => (script ? script.reply(script.token, request) : { status: 500 }));
});
afterAll(async () => {
  await server.close();
});

/** Every form in which an error is seen: message, string, JSON, inspection, stack, its parts. */
function views(error: Error): string[] {
  const e = error as Partial<ApiError>;
  return [
    error.message,
    String(error),
    JSON.stringify(error) ?? '',
    inspect(error, { depth: 10 }),
    inspect(error, { depth: 10, showHidden: true }),
    error.stack ?? '',
    JSON.stringify(e.request) ?? '',
    JSON.stringify(e.body) ?? '',
    typeof e.body === 'string' ? e.body : '',
    JSON.stringify(e.details) ?? '',
    String(e.requestId),
  ];
}

function expectClean(error: unknown, secret: string) {
  expect(error).toBeInstanceOf(Error);
  for (const view of views(error as Error)) expect(view).not.toContain(secret);
}

describe.each(kits.map((k) => [k.vendor, k] as const))('%s errors never show the token', (vendor, kit) => {
  it('in any failure the server can produce', async () => {
    await fc.assert(
      fc.asyncProperty(
        tokenArb,
        bodies(vendor),
        fc.boolean(),
        fc.constantFrom<'none' | 'api-key' | 'trace'>('none', 'api-key', 'trace'),
        async (token, reply, retry, extra) => {
          script = { token, reply };
          const headers: Record<string, string> | undefined =
            extra === 'api-key' ? { 'X-API-Key': token } : extra === 'trace' ? { 'X-Trace': `t-${token}` } : undefined;
          const { client, call } = kit.make(token, {
            baseUrl: server.url,
            headers,
            retry: retry ? { maxAttempts: 2, baseDelayMs: 0, maxTotalDelayMs: 0 } : false,
          });
          const styles = [
            await client.unwrap(call()).then(
              () => undefined,
              (e: unknown) => e,
            ),
            await call().then(
              (r) => (r.response.ok ? undefined : (client as unknown as { toApiError(r: unknown): ApiError }).toApiError(r)),
              (e: unknown) => e,
            ),
          ];
          for (const error of styles) {
            expect(error).toBeInstanceOf(ApiError);
            expectClean(error, token);
            const request = (error as ApiError).request;
            if (request) {
              expect(request.headers.authorization).toBe(REDACTED);
              if (extra === 'api-key') expect(request.headers['x-api-key']).toBe(REDACTED);
            }
          }
        },
      ),
      RUNS,
    );
  });
});

describe('redactParsed: a body redacted knowing the text it was parsed from', () => {
  const secret = 'parsed_secret_5c1e9a7b';
  it('returns a body whose text holds neither the secret nor an escape as it is, without copying it', () => {
    const text = '{"error":{"code":"BAD","message":"no credential here"}}';
    const body = JSON.parse(text) as unknown;
    expect(redactParsed(body, text, [secret])).toBe(body);
  });
  it('redacts a body whose text holds the secret, or spells it with escapes', () => {
    const plain = `{"message":"bad ${secret}"}`;
    const escaped = `{"message":"bad ${secret.replace('_', '\\u005f')}"}`;
    for (const text of [plain, escaped]) {
      expect(redactParsed(JSON.parse(text), text, [secret])).toEqual({ message: `bad ${REDACTED}` });
    }
  });
});

describe('a token cut by the 500-character limit of messages', () => {
  it.each(kits.flatMap((k) => [480, 495, 499].map((n) => [k.vendor, n, k] as const)))(
    '%s: not even a part of it shows (%i characters before it)',
    async (_vendor, n, kit) => {
      const token = 'tok_9fJ2kLq8Zx0vB7nM3cR5tY1wE6uI4oP';
      const text = `${'.'.repeat(n)}${token}`;
      script = {
        token,
        reply: () => ({
          status: 422,
          body: { error: { code: 'UNPROCESSABLE_ENTITY', type: 'invalid_request_error', message: text }, message: text },
        }),
      };
      const { client, call } = kit.make(token, { baseUrl: server.url, retry: false });
      const error = (await client.unwrap(call()).catch((e: unknown) => e)) as ApiError;
      expect(error.message.startsWith('.'.repeat(n))).toBe(true);
      for (const view of views(error)) expect(view).not.toContain('tok_');
    },
  );
});

describe('Help Scout client credentials', () => {
  const secretArb = fc.stringMatching(/^[A-Za-z0-9]{32,40}$/);
  const refusal = fc.oneof(
    fc.constantFrom(400, 401, 403, 429, 500, 503).map((status): Script => (secret) => ({
      status,
      body: { error: 'invalid_client', error_description: `client_secret ${secret} is wrong`, message: secret },
    })),
    fc.constant<Script>((secret, req) => ({ status: 401, body: `Bad credentials: ${req.body} (${secret})` })),
    fc.constant<Script>((secret) => ({ status: 200, body: { token_type: 'bearer', note: secret } })),
    fc.constant<Script>(() => ({ status: 0, destroy: true })),
  );

  it('never shows the client secret, whether the token endpoint refuses or the API fails', async () => {
    await fc.assert(
      fc.asyncProperty(
        secretArb,
        tokenArb,
        fc.option(refusal),
        bodies('helpscout'),
        async (secret, accessToken, tokenFailure, apiFailure) => {
          script = {
            token: secret,
            reply: (_s, request) => {
              if (request.url === '/v2/oauth2/token') {
                return tokenFailure
                  ? tokenFailure(secret, request)
                  : { status: 200, body: { token_type: 'bearer', access_token: accessToken, expires_in: 172800 } };
              }
              return apiFailure(accessToken, request);
            },
          };
          const client = createHelpScoutClient({ clientId: 'app_client_id_1234', clientSecret: secret, baseUrl: server.url, retry: false });
          const raw = await client.GET('/v2/users/me').then(
            (r) => (r.response.ok ? undefined : client.toApiError(r)),
            (e: unknown) => e,
          );
          const unwrapped = await client.unwrap(client.GET('/v2/users/me')).then(
            () => undefined,
            (e: unknown) => e,
          );
          if (tokenFailure) {
            expect(raw).toBeInstanceOf(ApiError);
            expect((raw as ApiError).cause).toBeInstanceOf(TokenError);
            expect(unwrapped).toBeInstanceOf(ApiError);
          }
          for (const error of [raw, unwrapped]) {
            if (error === undefined) continue;
            expectClean(error, secret);
            expectClean(error, accessToken);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
