// Inbox API v2 client behaviour against a real HTTP server on 127.0.0.1 (test/clients.test.ts
// covers what every vendor shares): the flat error envelope and its request id, array query values
// as repeated keys, PATCH nulls, the idempotent send (201/200, sendInProgress, sendUnconfirmed,
// idempotencyKeyReused), and retries that wait what the body's details ask for.
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError, normalizeError } from '../src/errors.ts';
import { createInboxV2Client, inboxV2Definition, type InboxV2ErrorCode, type components } from '../src/inbox-v2.ts';
import { exampleValue } from './support/catalog-cases.ts';
import { responseExample } from './support/response-examples.ts';
import { startServer, type Handler, type TestServer } from './support/server.ts';

const token = 'inbox_v2_test_token_0123456789';
let server: TestServer | undefined;
/** When each request reached the server (ms), to check the waits between attempts. */
let arrivals: number[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  arrivals = [];
});

async function serve(handler: Handler) {
  server = await startServer((request, index) => {
    arrivals.push(performance.now());
    return handler(request, index);
  });
  return server.url;
}

const error = (code: string) => exampleValue('inbox-v2', `InboxV2${code[0]!.toUpperCase()}${code.slice(1)}`) as Record<string, unknown>;
const sendResult = responseExample('inbox-v2', 'POST', '/messages', '201');
const sendBody = { target: { type: 'thread' as const, threadId: 'h2kx7m9q4vn1p8wz3dc6jt5r' }, content: 'Thanks for reaching out!' };
const failed = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as ApiError<InboxV2ErrorCode>,
  );

describe('createInboxV2Client', () => {
  it('sends the bearer token and returns the typed body', async () => {
    const team = exampleValue('inbox-v2', 'InboxV2Team');
    const client = createInboxV2Client({ token, baseUrl: await serve(() => ({ status: 200, body: team })) });
    const { data, response } = await client.GET('/team');
    expect(response.status).toBe(200);
    expect(data).toEqual(team);
    expect(server!.received[0]).toMatchObject({ method: 'GET', url: '/team' });
    expect(server!.received[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expectTypeOf(data).toEqualTypeOf<components['schemas']['Team'] | undefined>();
  });

  it('reads the flat envelope: code, message, request id, and the field problems of invalidRequest', async () => {
    const body = error('invalidRequest');
    const client = createInboxV2Client({
      token,
      baseUrl: await serve(() => ({ status: 400, body, headers: { 'x-request-id': 'rq_header_only' } })),
    });
    const e = await failed(client.unwrap(client.GET('/team')));
    expect(e).toMatchObject({
      vendor: 'inbox-v2',
      status: 400,
      code: 'invalidRequest',
      category: 'validation',
      message: body.message,
      requestId: body.requestId,
    });
    expect(e!.details).toEqual([{ path: 'target.threadId', message: 'Expected a string, received a number.' }]);
  });

  it('takes the request id from X-Request-Id when the body is not the envelope (a proxy page)', async () => {
    const client = createInboxV2Client({
      token,
      retry: false,
      baseUrl: await serve(() => ({
        status: 502,
        body: '<html>Bad gateway</html>',
        headers: { 'X-Request-Id': 'rq5k2v8m1xn6p3wz9hd4jc7t' },
      })),
    });
    const e = await failed(client.unwrap(client.GET('/team')));
    expect(e).toMatchObject({ status: 502, code: 'unknown', requestId: 'rq5k2v8m1xn6p3wz9hd4jc7t' });
  });

  it('sends array query values as repeated keys, never brackets or commas', async () => {
    const client = createInboxV2Client({
      token,
      baseUrl: await serve(() => ({ status: 200, body: responseExample('inbox-v2', 'GET', '/threads') })),
    });
    await client.unwrap(
      client.GET('/threads', { params: { query: { folder: 'all', tag: ['vip', 'lead'], expand: ['contact', 'profile'] } } }),
    );
    const url = server!.received[0]!.url;
    expect(url).toBe('/threads?folder=all&tag=vip&tag=lead&expand=contact&expand=profile');
    expect(decodeURIComponent(url)).not.toMatch(/\[|,/);
  });

  it('sends null to clear a field and leaves omitted fields out of a PATCH', async () => {
    const client = createInboxV2Client({
      token,
      baseUrl: await serve(() => ({ status: 200, body: exampleValue('inbox-v2', 'InboxV2ContactCleared') })),
    });
    const contact = await client.unwrap(
      client.PATCH('/contacts/{contactId}', {
        params: { path: { contactId: 'c5qw9m2k8xv3n7pz1hd4jr6t' } },
        body: { status: null, notes: null },
      }),
    );
    expect(JSON.parse(server!.received[0]!.body)).toStrictEqual({ status: null, notes: null });
    expect(contact.notes).toBeNull();
  });
});

describe('sending with an Idempotency-Key', () => {
  const key = 'order-4821-followup';
  const send = (client: ReturnType<typeof createInboxV2Client>, withKey = true) =>
    client.POST('/messages', { body: sendBody, headers: withKey ? { 'Idempotency-Key': key } : {} });

  it('tells a new send (201) from a replay (200) by the status; the body is the same', async () => {
    const client = createInboxV2Client({ token, baseUrl: await serve((_r, i) => ({ status: i === 0 ? 201 : 200, body: sendResult })) });
    const first = await send(client);
    const replay = await send(client);
    expect([first.response.status, replay.response.status]).toEqual([201, 200]);
    expect(first.data).toEqual(sendResult);
    expect(replay.data).toEqual(first.data);
    expect(server!.received.map((r) => r.headers['idempotency-key'])).toEqual([key, key]);
    expectTypeOf(first.data).toEqualTypeOf<components['schemas']['SendResult'] | undefined>();
  });

  it('retries 409 sendInProgress with the same key and body until the send finishes', async () => {
    const baseUrl = await serve((_r, i) => (i < 2 ? { status: 409, body: error('sendInProgress') } : { status: 201, body: sendResult }));
    const client = createInboxV2Client({ token, baseUrl, retry: { maxAttempts: 3, random: () => 0 } });
    const result = await send(client);
    expect(result.response.status).toBe(201);
    expect(server!.received).toHaveLength(3);
    for (const r of server!.received) {
      expect(r.headers['idempotency-key']).toBe(key);
      expect(JSON.parse(r.body)).toEqual(sendBody);
    }
  });

  it('does not resend a keyless send, whatever the failure, and does not call it retryable (the send may have happened)', async () => {
    for (const code of ['sendInProgress', 'internal', 'platformError'] as const) {
      const status = code === 'internal' ? 500 : code === 'platformError' ? 502 : 409;
      const client = createInboxV2Client({
        token,
        baseUrl: await serve(() => ({ status, body: error(code) })),
        retry: { random: () => 0 },
      });
      const e = await failed(client.unwrap(send(client, false)));
      expect(e).toMatchObject({ code, retryable: false });
      expect(server!.received).toHaveLength(1);
      await server!.close();
      server = undefined;
    }
  });

  it('never retries 502 sendUnconfirmed, even with a key, while 502 platformError is retried', async () => {
    let client = createInboxV2Client({
      token,
      baseUrl: await serve(() => ({ status: 502, body: error('sendUnconfirmed') })),
      retry: { random: () => 0 },
    });
    const unconfirmed = await failed(client.unwrap(send(client)));
    expect(unconfirmed).toMatchObject({ status: 502, code: 'sendUnconfirmed', category: 'server', retryable: false });
    expect(server!.received).toHaveLength(1);
    await server!.close();

    client = createInboxV2Client({
      token,
      baseUrl: await serve((_r, i) => (i === 0 ? { status: 502, body: error('platformError') } : { status: 201, body: sendResult })),
      retry: { random: () => 0 },
    });
    expect((await send(client)).response.status).toBe(201);
    expect(server!.received).toHaveLength(2);
  });

  it('reads 422 idempotencyKeyReused and does not retry it', async () => {
    const client = createInboxV2Client({
      token,
      baseUrl: await serve(() => ({ status: 422, body: error('idempotencyKeyReused') })),
      retry: { random: () => 0 },
    });
    const e = await failed(client.unwrap(send(client)));
    expect(e).toMatchObject({ status: 422, code: 'idempotencyKeyReused', category: 'validation', retryable: false });
    expect(server!.received).toHaveLength(1);
  });
});

describe('retry hints in the error body', () => {
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();

  it('turns details.retryAfterSeconds and details.resetAt into retryAfterMs when no header says', () => {
    const read = (status: number, body: unknown, headers?: Record<string, string>) =>
      normalizeError(inboxV2Definition, { operation: 'GET /team', status, body, headers }).retryAfterMs;
    expect(read(429, error('platformRateLimited'))).toBe(30_000);
    expect(read(503, { ...error('platformUnavailable'), details: { retryAfterSeconds: 7 } })).toBe(7_000);
    expect(read(503, error('platformUnavailable'))).toBeUndefined(); // retryAfterSeconds: null
    const untilReset = read(429, { ...error('rateLimited'), details: { window: 'minute', limit: 300, resetAt: at(10_000) } })!;
    expect(untilReset).toBeGreaterThan(9_000);
    expect(untilReset).toBeLessThanOrEqual(10_000);
    expect(read(429, { ...error('rateLimited'), details: { window: 'minute', limit: 300, resetAt: at(-5_000) } })).toBe(0);
    // The Retry-After header is the server's explicit answer: it wins over the body.
    expect(read(429, error('platformRateLimited'), { 'retry-after': '2' })).toBe(2_000);
  });

  it('waits details.retryAfterSeconds before retrying a GET', async () => {
    const body = { ...error('platformRateLimited'), details: { retryAfterSeconds: 1 } };
    const baseUrl = await serve((_r, i) =>
      i === 0 ? { status: 429, body } : { status: 200, body: exampleValue('inbox-v2', 'InboxV2Team') },
    );
    const client = createInboxV2Client({ token, baseUrl, retry: { random: () => 0 } });
    await client.unwrap(client.GET('/team'));
    expect(server!.received).toHaveLength(2);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(950);
  });

  it('waits until details.resetAt when a 429 has no Retry-After', async () => {
    const baseUrl = await serve((_r, i) =>
      i === 0
        ? { status: 429, body: { ...error('rateLimited'), details: { window: 'minute', limit: 300, resetAt: at(1_000) } } }
        : { status: 200, body: exampleValue('inbox-v2', 'InboxV2Team') },
    );
    const client = createInboxV2Client({ token, baseUrl, retry: { random: () => 0 } });
    await client.unwrap(client.GET('/team'));
    expect(server!.received).toHaveLength(2);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(800);
  });

  it('gives up at once when the body asks for a wait beyond the retry budget', async () => {
    const body = { ...error('platformRateLimited'), details: { retryAfterSeconds: 120 } };
    const client = createInboxV2Client({ token, baseUrl: await serve(() => ({ status: 429, body })), retry: { random: () => 0 } });
    const e = await failed(client.unwrap(client.GET('/team')));
    expect(e).toMatchObject({ code: 'platformRateLimited', retryable: true, retryAfterMs: 120_000 });
    expect(server!.received).toHaveLength(1);
  });
});
