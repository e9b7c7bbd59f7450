// Retries (src/transport.ts, src/retry.ts) against a real HTTP server on 127.0.0.1, on a fake clock: setTimeout and
// Date are fake (so every wait is exact and instant), I/O is real. Each test counts the requests
// the server received and reads the waits the middleware scheduled.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/errors.ts';
import type { RetryOptions } from '../src/retry.ts';
import { createInboxClient, inboxDefinition } from '../src/inbox.ts';
import { createInboundClient, inboundDefinition } from '../src/inbound.ts';
import { createHelpScoutClient, helpScoutDefinition } from '../src/helpscout.ts';
import type { VendorDefinition } from '../src/client.ts';
import { catalogCases, exampleValue } from './support/catalog-cases.ts';
import { responseExample } from './support/response-examples.ts';
import { startServer, type Handler, type TestServer } from './support/server.ts';

const token = 'retry_test_token_8d0c55e2a1';
/** A whole second, so that HTTP-dates and unix-second reset times are exact. */
const NOW = Date.UTC(2030, 0, 15, 12, 0, 0);
const team = exampleValue('inbox', 'InboxTeam');
const rateLimited = (vendor: string) => catalogCases(vendor).find((c) => c.entry.category === 'rate_limited')!;

let server: TestServer | undefined;
/** Fake time of each request the clients sent, in order. */
let sent: number[] = [];
/** The waits the transport scheduled (its setTimeout calls), in order. */
let waits: number[] = [];

const recordingFetch: typeof fetch = (input, init) => {
  sent.push(Date.now());
  return globalThis.fetch(input, init);
};

beforeEach(() => {
  sent = [];
  waits = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(NOW);
  const fakeSetTimeout = globalThis.setTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    // Only the retry waits (sleep in src/retry.ts): the HTTP stack schedules timers of its own.
    if (new Error().stack?.includes('/src/retry.ts')) waits.push(ms ?? 0);
    return fakeSetTimeout(callback, ms, ...args);
  }) as typeof setTimeout);
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

/** Lets real I/O run (setImmediate is not faked) until `done()` holds; fails rather than hang. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 20_000; i++) {
    if (done()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Tracks a promise's outcome without awaiting it. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

async function serve(handler: Handler) {
  server = await startServer(handler);
  return server;
}

const inbox = (retry: RetryOptions = {}) =>
  createInboxClient({ token, baseUrl: server!.url, fetch: recordingFetch, retry: { random: () => 0.5, ...retry } });

/** Waits until the middleware has scheduled `count` waits, advances the clock to 1 ms before the last one ends, checks nothing was sent, then lets it end. */
async function waitExactly(count: number, expectedRequests: number) {
  await until(() => waits.length === count, `wait #${count}`);
  const ms = waits[count - 1]!;
  if (ms > 0) {
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(sent).toHaveLength(expectedRequests - 1);
    expect(server!.received).toHaveLength(expectedRequests - 1);
  }
  await vi.advanceTimersByTimeAsync(ms > 0 ? 1 : 0);
  await until(() => sent.length === expectedRequests, `request #${expectedRequests}`);
}

describe('retries', () => {
  it('retries a 429 once, exactly after Retry-After seconds', async () => {
    await serve((_r, i) =>
      i === 0 ? { status: 429, headers: { 'Retry-After': '3' }, body: rateLimited('inbox').body } : { status: 200, body: team },
    );
    const client = inbox();
    const call = track(client.unwrap(client.GET('/team')));
    await waitExactly(1, 2);
    await until(() => call.settled, 'the call');
    expect(call.value).toEqual(team);
    expect(waits).toEqual([3000]);
    expect(sent).toEqual([NOW, NOW + 3000]);
    expect(server!.received.map((r) => r.url)).toEqual(['/team', '/team']);
  });

  it('reads Retry-After as an HTTP-date', async () => {
    const at = new Date(NOW + 5000).toUTCString();
    await serve((_r, i) =>
      i === 0 ? { status: 429, headers: { 'Retry-After': at }, body: rateLimited('inbox').body } : { status: 200, body: team },
    );
    const client = inbox();
    const call = track(client.unwrap(client.GET('/team')));
    await waitExactly(1, 2);
    await until(() => call.settled, 'the call');
    expect(call.value).toEqual(team);
    expect(waits).toEqual([5000]);
    expect(sent).toEqual([NOW, NOW + 5000]);
  });

  // The header names come from the spec's header components (x-retry-hint), via the generated runtime.
  const resetCases: [vendor: string, def: VendorDefinition, hint: string, name: string, (baseUrl: string) => () => Promise<unknown>][] = [
    [
      'inbox',
      inboxDefinition,
      'reset-unix-seconds',
      'x-ratelimit-reset',
      (baseUrl) => {
        const c = createInboxClient({ token, baseUrl, fetch: recordingFetch });
        return () => c.unwrap(c.GET('/team'));
      },
    ],
    [
      'inbound',
      inboundDefinition,
      'reset-delay-seconds',
      'ratelimit-reset',
      (baseUrl) => {
        const c = createInboundClient({ apiKey: token, baseUrl, fetch: recordingFetch });
        return () => c.unwrap(c.GET('/domains'));
      },
    ],
    [
      'helpscout',
      helpScoutDefinition,
      'reset-delay-seconds',
      'x-ratelimit-retry-after',
      (baseUrl) => {
        const c = createHelpScoutClient({ token, baseUrl, fetch: recordingFetch });
        return () => c.unwrap(c.GET('/v2/users/me'));
      },
    ],
  ];
  it.each(resetCases)('waits for the %s rate-limit reset header', async (vendor, def, hint, expectedName, make) => {
    const header = def.retryHeaders.find((h) => h.hint === hint);
    expect(header?.name).toBe(expectedName);
    const value = hint === 'reset-unix-seconds' ? String(NOW / 1000 + 7) : '7';
    const success =
      vendor === 'inbox'
        ? team
        : vendor === 'inbound'
          ? responseExample('inbound', 'GET', '/domains')
          : responseExample('helpscout', 'GET', '/v2/users/me');
    await serve((_r, i) =>
      i === 0 ? { status: 429, headers: { [header!.name]: value }, body: rateLimited(vendor).body } : { status: 200, body: success },
    );
    const call = track(make(server!.url)());
    await waitExactly(1, 2);
    await until(() => call.settled, 'the call');
    expect(call.value).toEqual(success);
    expect(waits).toEqual([7000]);
    expect(sent).toEqual([NOW, NOW + 7000]);
  });

  it('retries a 503 with backoff', async () => {
    await serve((_r, i) => (i === 0 ? { status: 503, body: 'Service Unavailable' } : { status: 200, body: team }));
    const client = inbox({ baseDelayMs: 500 });
    const call = track(client.unwrap(client.GET('/team')));
    await waitExactly(1, 2);
    await until(() => call.settled, 'the call');
    expect(call.value).toEqual(team);
    expect(waits).toEqual([250]);
    expect(server!.received).toHaveLength(2);
  });

  it('retries a 500 whose catalog entry is retryable, but not one whose entry is not', async () => {
    const retryable = catalogCases('inbox').find((c) => c.entry.status === 500 && c.entry.retryable)!;
    await serve((_r, i) => (i === 0 ? { status: 500, body: retryable.body } : { status: 200, body: team }));
    const client = inbox();
    const call = track(client.unwrap(client.GET('/team')));
    await waitExactly(1, 2);
    await until(() => call.settled, 'the call');
    expect(call.value).toEqual(team);
    await server!.close();

    const final = catalogCases('inbound').find((c) => c.entry.status >= 500 && !c.entry.retryable);
    expect(final, 'the Inbound catalog has a non-retryable 5xx').toBeDefined();
    await serve(() => ({ status: final!.entry.status, body: final!.body }));
    const inbound = createInboundClient({ apiKey: token, baseUrl: server!.url, fetch: recordingFetch, retry: { random: () => 0.5 } });
    const error = await inbound.unwrap(inbound.GET('/domains')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: final!.entry.status, code: final!.entry.code, retryable: false });
    expect(server!.received).toHaveLength(1);
    expect(waits).toEqual([250]);
  });

  it.each([
    ['400', 400, 'InboxValidationError'],
    ['404', 404, 'InboxThreadNotFound'],
  ])('never retries a %s, even with Retry-After', async (_s, status, example) => {
    await serve(() => ({ status, headers: { 'Retry-After': '1' }, body: exampleValue('inbox', example) }));
    const client = inbox({ maxAttempts: 5 });
    const error = await client.unwrap(client.GET('/team')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status, retryable: false });
    expect(server!.received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('does not resend a POST or a PATCH without an Idempotency-Key', async () => {
    await serve(() => ({ status: 503, body: 'Service Unavailable' }));
    const client = inbox({ maxAttempts: 5 });
    const post = await client.unwrap(client.POST('/tags', { body: { name: 'VIP' } })).catch((e: unknown) => e);
    expect(post).toMatchObject({ status: 503, operation: 'POST /tags' });
    const patch = await client
      .unwrap(client.PATCH('/tags/{tagId}', { params: { path: { tagId: 'tag_1' } }, body: { name: 'VIP' } }))
      .catch((e: unknown) => e);
    expect(patch).toMatchObject({ status: 503, operation: 'PATCH /tags/{tagId}' });
    expect(server!.received.map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(waits).toEqual([]);
  });

  it.each([
    ['POST', '/tags'],
    ['PATCH', '/tags/tag_1'],
  ])('resends a %s that carries an Idempotency-Key, with the same body and key', async (method, url) => {
    const tag = { id: 'tag_1', name: 'VIP' };
    await serve((_r, i) => (i === 0 ? { status: 503, body: 'Service Unavailable' } : { status: 200, body: tag }));
    const client = inbox();
    const headers = { 'Idempotency-Key': 'idem-7f3a' };
    const request =
      method === 'POST'
        ? client.POST('/tags', { body: { name: 'VIP' }, headers })
        : client.PATCH('/tags/{tagId}', { params: { path: { tagId: 'tag_1' } }, body: { name: 'VIP' }, headers });
    const call = track(client.unwrap(request));
    await waitExactly(1, 2);
    await until(() => call.settled, 'the call');
    expect(call.value).toEqual(tag);
    expect(server!.received).toHaveLength(2);
    for (const r of server!.received) {
      expect(r).toMatchObject({ method, url, body: JSON.stringify({ name: 'VIP' }) });
      expect(r.headers['idempotency-key']).toBe('idem-7f3a');
      expect(r.headers.authorization).toBe(`Bearer ${token}`);
    }
  });

  it('retries a GET whose connection was dropped, but not a POST without a key', async () => {
    await serve((_r, i) => (i === 0 ? { status: 0, destroy: true } : { status: 200, body: team }));
    const client = inbox();
    const call = track(client.unwrap(client.GET('/team')));
    await waitExactly(1, 2);
    await until(() => call.settled, 'the call');
    expect(call.value).toEqual(team);
    expect(server!.received).toHaveLength(2);
    await server!.close();

    await serve(() => ({ status: 0, destroy: true }));
    const post = inbox();
    const error = await post.unwrap(post.POST('/tags', { body: { name: 'VIP' } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, category: 'network', operation: 'POST /tags' });
    expect(server!.received).toHaveLength(1);
    expect(waits).toEqual([250]);
  });

  it('stops at maxAttempts', async () => {
    await serve(() => ({ status: 503, body: 'Service Unavailable' }));
    const client = inbox({ maxAttempts: 4, baseDelayMs: 500 });
    const call = track(client.unwrap(client.GET('/team')));
    for (let n = 1; n <= 3; n++) await waitExactly(n, n + 1);
    await until(() => call.settled, 'the call');
    expect(call.error).toBeInstanceOf(ApiError);
    expect(call.error).toMatchObject({ status: 503, category: 'server' });
    expect(waits).toEqual([250, 500, 1000]);
    expect(server!.received).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server!.received).toHaveLength(4);
  });

  it('does not wait for a Retry-After beyond maxTotalDelayMs', async () => {
    await serve(() => ({ status: 429, headers: { 'Retry-After': '120' }, body: rateLimited('inbox').body }));
    const client = inbox({ maxTotalDelayMs: 60_000 });
    const call = track(client.unwrap(client.GET('/team')));
    await until(() => call.settled, 'the call');
    expect(call.error).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterMs: 120_000 });
    expect(waits).toEqual([]);
    expect(server!.received).toHaveLength(1);
  });

  it('stops when the next wait would overrun the total delay budget', async () => {
    await serve(() => ({ status: 429, headers: { 'Retry-After': '3' }, body: rateLimited('inbox').body }));
    const client = inbox({ maxAttempts: 10, maxTotalDelayMs: 5000 });
    const call = track(client.unwrap(client.GET('/team')));
    await waitExactly(1, 2);
    await until(() => call.settled, 'the call');
    expect(call.error).toMatchObject({ status: 429 });
    expect(waits).toEqual([3000]);
    expect(server!.received).toHaveLength(2);
  });

  it('stops waiting the moment the AbortSignal fires', async () => {
    await serve(() => ({ status: 429, headers: { 'Retry-After': '30' }, body: rateLimited('inbox').body }));
    const client = inbox();
    const controller = new AbortController();
    const call = track(client.GET('/team', { signal: controller.signal }));
    await until(() => waits.length === 1, 'the wait');
    expect(call.settled).toBe(false);
    controller.abort();
    // No clock advance: the rejection comes from the abort itself.
    await until(() => call.settled, 'the rejection');
    expect(call.error).toBeInstanceOf(ApiError);
    expect(call.error).toMatchObject({
      operation: 'GET /team',
      status: 0,
      category: 'network',
      retryable: false,
      cause: expect.objectContaining({ name: 'AbortError' }),
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server!.received).toHaveLength(1);
    expect(sent).toHaveLength(1);

    // unwrap: the same abort as an ApiError that does not invite a retry
    const second = new AbortController();
    const unwrapped = track(client.unwrap(client.GET('/team', { signal: second.signal })));
    await until(() => waits.length === 2, 'the second wait');
    second.abort();
    await until(() => unwrapped.settled, 'the second rejection');
    expect(unwrapped.error).toMatchObject({
      category: 'network',
      retryable: false,
      cause: expect.objectContaining({ name: 'AbortError' }),
    });
    expect(server!.received).toHaveLength(2);
  });

  it('backs off exponentially with full jitter: random() * min(maxDelay, base * 2^n)', async () => {
    const draws = [0.25, 0.5, 0.75, 0.5, 0.9];
    let next = 0;
    await serve(() => ({ status: 502, body: '<html><body>Bad Gateway</body></html>' }));
    const client = inbox({ maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1000, random: () => draws[next++]! });
    const call = track(client.unwrap(client.GET('/team')));
    for (let n = 1; n <= 5; n++) await waitExactly(n, n + 1);
    await until(() => call.settled, 'the call');
    expect(call.error).toMatchObject({ status: 502 });
    const expected = draws.map((r, n) => r * Math.min(1000, 100 * 2 ** n));
    expect(expected).toEqual([25, 100, 300, 400, 900]);
    expect(waits).toEqual(expected);
    expect(sent.slice(1).map((t, i) => t - sent[i]!)).toEqual(expected);
    expect(server!.received).toHaveLength(6);
  });
});
