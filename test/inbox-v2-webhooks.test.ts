// Inbox API v2 webhooks (messaging-contracts/inbox-v2/webhooks): X-Inbox-Signature
// `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, 5 minutes of tolerance. Expected
// signatures are computed here with node:crypto, as the vendor SDK's `sign` describes the scheme;
// property tests check that any single-byte change is refused and hostile input ends in a reason.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWebhook, verifyWebhook } from '../src/inbox-v2-webhooks.ts';
import { webhookRefusal } from './support/webhook-reason.ts';

const SECRET = 'whsec_inboxv2_test_Rk4xQ9mT2vLp7Wz';
const T = 1_795_189_080; // seconds
const now = () => T * 1000;
const BODY = JSON.stringify({
  id: 'vcrmwatnndaebeqrsakkaqqs',
  seq: 48218,
  type: 'message.received',
  apiVersion: '2',
  createdAt: '2026-11-20T15:38:00.000Z',
  object: { type: 'message', id: 'f1wn8k3q9xm2v7zd6hc4jt5r', url: '/messages/f1wn8k3q9xm2v7zd6hc4jt5r' },
  data: { threadId: 'h2kx7m9q4vn1p8wz3dc6jt5r' },
});
const encode = (text: string) => new TextEncoder().encode(text);
const hex = (body: string | Uint8Array, t: number | string, secret = SECRET) =>
  createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');
const header = (body: string | Uint8Array, t: number | string = T, secret = SECRET) => `t=${t},v1=${hex(body, t, secret)}`;

const reasonOf = (run: () => unknown) => webhookRefusal(run, { vendor: 'inbox-v2' });

describe('inbox-v2 verifyWebhook', () => {
  it('verifies a signed delivery and narrows object and data by type', async () => {
    const result = await verifyWebhook(BODY, { 'X-Inbox-Signature': header(BODY) }, SECRET, { now });
    expect(result.deliveryId).toBe('vcrmwatnndaebeqrsakkaqqs');
    expect(result.timestamp).toBe(T * 1000);
    const { event } = result;
    if (event.type === 'message.received') {
      expect(event.object.type).toBe('message');
      expect(event.data.threadId).toBe('h2kx7m9q4vn1p8wz3dc6jt5r');
    } else expect.unreachable();
  });

  it('accepts header names in any case, Headers objects, array values and bytes', async () => {
    const value = header(BODY);
    for (const headers of [{ 'x-inbox-signature': value }, new Headers({ 'X-Inbox-Signature': value }), { 'X-INBOX-SIGNATURE': [value] }]) {
      expect((await verifyWebhook(encode(BODY), headers, SECRET, { now })).event.type).toBe('message.received');
    }
  });

  it('accepts any of several v1 signatures, spaces after commas, and ignores unknown schemes', async () => {
    const good = hex(BODY, T);
    const other = hex(BODY, T, 'an-older-secret');
    expect(
      (await verifyWebhook(BODY, { 'x-inbox-signature': `t=${T}, v1=${other}, v1=${good}, v2=abc` }, SECRET, { now })).event.type,
    ).toBe('message.received');
  });

  it('accepts either secret while the secret changes', async () => {
    const headers = { 'x-inbox-signature': header(BODY, T, 'old-secret') };
    expect((await verifyWebhook(BODY, headers, [SECRET, 'old-secret'], { now })).event.type).toBe('message.received');
    expect(await reasonOf(() => verifyWebhook(BODY, headers, SECRET, { now }))).toBe('bad_signature');
  });

  it('refuses a tampered body, a timestamp other than the signed one, a wrong secret', async () => {
    const headers = { 'x-inbox-signature': header(BODY) };
    expect(await reasonOf(() => verifyWebhook(BODY.replace('48218', '48219'), headers, SECRET, { now }))).toBe('bad_signature');
    expect(await reasonOf(() => verifyWebhook(BODY, { 'x-inbox-signature': `t=${T + 1},v1=${hex(BODY, T)}` }, SECRET, { now }))).toBe(
      'bad_signature',
    );
    expect(await reasonOf(() => verifyWebhook(BODY, headers, 'another-secret', { now }))).toBe('bad_signature');
    // The HMAC of the body alone (no "<t>." prefix) is not the scheme.
    const bodyOnly = createHmac('sha256', SECRET).update(BODY).digest('hex');
    expect(await reasonOf(() => verifyWebhook(BODY, { 'x-inbox-signature': `t=${T},v1=${bodyOnly}` }, SECRET, { now }))).toBe(
      'bad_signature',
    );
  });

  it('allows 5 minutes either way, and refuses beyond them as stale or future', async () => {
    for (const skew of [-300, 0, 300]) {
      expect(await reasonOf(() => verifyWebhook(BODY, { 'x-inbox-signature': header(BODY, T + skew) }, SECRET, { now }))).toBe('no error');
    }
    expect(await reasonOf(() => verifyWebhook(BODY, { 'x-inbox-signature': header(BODY, T - 301) }, SECRET, { now }))).toBe('stale');
    expect(await reasonOf(() => verifyWebhook(BODY, { 'x-inbox-signature': header(BODY, T + 301) }, SECRET, { now }))).toBe('future');
    expect(
      await reasonOf(() => verifyWebhook(BODY, { 'x-inbox-signature': header(BODY, T - 600) }, SECRET, { now, toleranceSeconds: 900 })),
    ).toBe('no error');
  });

  it('refuses a missing or malformed header', async () => {
    const sig = hex(BODY, T);
    expect(await reasonOf(() => verifyWebhook(BODY, {}, SECRET, { now }))).toBe('missing_header');
    for (const bad of [
      sig,
      `v1=${sig}`,
      `t=${T}`,
      `t=abc,v1=${sig}`,
      `t=${T},t=${T + 1},v1=${sig}`,
      `t=${T},v1=${sig.slice(2)}`,
      `t=${T},v1=${sig.replace(/./, 'z')}`,
    ]) {
      expect(await reasonOf(() => verifyWebhook(BODY, { 'x-inbox-signature': bad }, SECRET, { now })), bad).toBe('malformed_header');
    }
  });

  it('checks the envelope and the event type only after the signature', async () => {
    const unknown = BODY.replace('message.received', 'message.exploded');
    expect(await reasonOf(() => verifyWebhook(unknown, { 'x-inbox-signature': header(BODY) }, SECRET, { now }))).toBe('bad_signature');
    expect(await reasonOf(() => verifyWebhook(unknown, { 'x-inbox-signature': header(unknown) }, SECRET, { now }))).toBe('unknown_event');
    for (const body of ['[1]', 'null', '{', '', JSON.stringify({ type: 'message.received' })]) {
      expect(await reasonOf(() => verifyWebhook(body, { 'x-inbox-signature': header(body) }, SECRET, { now })), body).toBe(
        'malformed_body',
      );
    }
  });

  it('refuses an empty secret', async () => {
    expect(await reasonOf(() => verifyWebhook(BODY, { 'x-inbox-signature': header(BODY) }, '', { now }))).toBe('missing_secret');
  });
});

describe('inbox-v2 parseWebhook', () => {
  it('parses without verifying; the time is the header t when readable, else createdAt', async () => {
    expect(parseWebhook(BODY, { 'x-inbox-signature': `t=${T},v1=00` }).timestamp).toBe(T * 1000);
    expect(parseWebhook(BODY)).toMatchObject({ deliveryId: 'vcrmwatnndaebeqrsakkaqqs', timestamp: Date.parse('2026-11-20T15:38:00.000Z') });
    expect(await reasonOf(() => parseWebhook(BODY.replace('message.received', 'ticket.created')))).toBe('unknown_event');
  });
});

describe('inbox-v2 properties', () => {
  const bytes = encode(BODY);
  const sig = hex(BODY, T);

  it('any single-byte change to the body is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })).filter(([at, by]) => bytes[at] !== by),
        async ([at, by]) => {
          const copy = bytes.slice();
          copy[at] = by;
          expect(await reasonOf(() => verifyWebhook(copy, { 'x-inbox-signature': `t=${T},v1=${sig}` }, SECRET, { now }))).toBe(
            'bad_signature',
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('any single-character change to the signature or the timestamp is refused', async () => {
    const value = `t=${T},v1=${sig}`;
    const change = fc
      .tuple(fc.nat({ max: value.length - 1 }), fc.integer({ min: 0x21, max: 0x7e }))
      .map(([at, code]) => value.slice(0, at) + String.fromCharCode(code) + value.slice(at + 1))
      // a hex digit in another case is the same signature
      .filter((changed) => changed.toLowerCase() !== value);
    await fc.assert(
      fc.asyncProperty(change, async (changed) => {
        expect(['bad_signature', 'malformed_header', 'stale', 'future']).toContain(
          await reasonOf(() => verifyWebhook(BODY, { 'x-inbox-signature': changed }, SECRET, { now })),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('hostile input ends in a typed reason, never another exception', async () => {
    const headers = fc.oneof(
      fc.dictionary(
        fc.oneof(fc.constant('x-inbox-signature'), fc.string()),
        fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
      ),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.uint8Array({ maxLength: 64 }), fc.anything()),
        headers,
        fc.oneof(fc.string(), fc.anything()),
        async (b, h, s) => {
          for (const run of [
            () => verifyWebhook(b as string, h as unknown as Headers, s as string, { now }),
            () => parseWebhook(b as string, h as unknown as Headers),
          ]) {
            expect(typeof (await reasonOf(run))).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
