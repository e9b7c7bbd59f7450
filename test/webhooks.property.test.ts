// Property tests of every verifier: any single-byte change to the body, the signature or the signed
// timestamp is refused; hostile input of any shape ends in a WebhookVerificationError with a
// reason, never in another exception. Valid deliveries are signed here with node:crypto.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as helpscout from '../src/helpscout-webhooks.ts';
import * as inbound from '../src/inbound-webhooks.ts';
import * as inbox from '../src/inbox-webhooks.ts';
import * as lines from '../src/lines-webhooks.ts';
import { webhookRefusal } from './support/webhook-reason.ts';

const SECRET = 'whsec_property_0123456789abcdef';
const NOW = 1_778_077_802_000;
const now = () => NOW;
const encode = (text: string) => new TextEncoder().encode(text);

const LINES_BODY = encode(
  JSON.stringify({
    event: 'reaction.added',
    data: {
      id: 'rxn_1',
      message_id: 'msg_1',
      chat_id: 'cht_1',
      type: 'love',
      sender: '+15559876543',
      is_from_me: false,
      added: true,
      sent_at: NOW,
      line_handle: '+15551234567',
    },
    timestamp: NOW,
  }),
);
const HS_BODY = encode(JSON.stringify({ id: 99787, name: 'refund', slug: 'refund', color: '#f4a261' }));
const INB_BODY = encode(
  JSON.stringify({
    event: 'email.received',
    timestamp: '2025-09-15T10:21:07.000Z',
    email: { id: 'qhT61qtc4xatws8phP9nh' },
    endpoint: { id: 'vo-1', name: 'x', type: 'webhook' },
  }),
);

const linesSig = (body: Uint8Array, ts: string) => createHmac('sha256', SECRET).update(`${ts}.`).update(body).digest('hex');
const hsSig = (body: Uint8Array) => createHmac('sha1', SECRET).update(body).digest('base64');
const inbSig = (body: Uint8Array) => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;

const reasonOf = (run: () => unknown) => webhookRefusal(run);

/** A copy of `bytes` with the byte at `at` replaced by `by` (which differs). */
const mutated = (bytes: Uint8Array, at: number, by: number) => {
  const copy = bytes.slice();
  copy[at % copy.length] = by;
  return copy;
};
const byteChange = (bytes: Uint8Array) =>
  fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })).filter(([at, by]) => bytes[at] !== by);
/** A single-character change to an ASCII header value (a different byte in the same place). */
const charChange = (text: string) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 0x21, max: 0x7e }))
    .filter(([at, code]) => text.charCodeAt(at) !== code)
    .map(([at, code]) => text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1));

const TS = String(NOW);
const linesHeaders = (sig: string, ts = TS) => ({ 'x-webhook-signature': sig, 'x-webhook-timestamp': ts });

describe('the valid deliveries these properties start from verify', () => {
  it('in each scheme', async () => {
    expect((await lines.verifyWebhook(LINES_BODY, linesHeaders(linesSig(LINES_BODY, TS)), SECRET, { now })).event.event).toBe(
      'reaction.added',
    );
    expect(
      (await helpscout.verifyWebhook(HS_BODY, { 'x-helpscout-signature': hsSig(HS_BODY), 'x-helpscout-event': 'tag.created' }, SECRET))
        .event.event,
    ).toBe('tag.created');
    expect((await inbound.verifyWebhook(INB_BODY, { 'x-webhook-signature': inbSig(INB_BODY) }, SECRET)).event.event).toBe('email.received');
  });
});

describe('any single-byte change to the body is refused', () => {
  it('Messages.dev', async () => {
    const sig = linesSig(LINES_BODY, TS);
    await fc.assert(
      fc.asyncProperty(byteChange(LINES_BODY), async ([at, by]) => {
        expect(await reasonOf(() => lines.verifyWebhook(mutated(LINES_BODY, at, by), linesHeaders(sig), SECRET, { now }))).toBe(
          'bad_signature',
        );
      }),
      { numRuns: 150 },
    );
  });
  it('Help Scout', async () => {
    const headers = { 'x-helpscout-signature': hsSig(HS_BODY), 'x-helpscout-event': 'tag.created' };
    await fc.assert(
      fc.asyncProperty(byteChange(HS_BODY), async ([at, by]) => {
        expect(await reasonOf(() => helpscout.verifyWebhook(mutated(HS_BODY, at, by), headers, SECRET))).toBe('bad_signature');
      }),
      { numRuns: 150 },
    );
  });
  it('Inbound (legacy signature)', async () => {
    const headers = { 'x-webhook-signature': inbSig(INB_BODY) };
    await fc.assert(
      fc.asyncProperty(byteChange(INB_BODY), async ([at, by]) => {
        expect(await reasonOf(() => inbound.verifyWebhook(mutated(INB_BODY, at, by), headers, SECRET))).toBe('bad_signature');
      }),
      { numRuns: 150 },
    );
  });
});

describe('any single-character change to the signature is refused', () => {
  it('Messages.dev (hex: a change of letter case is the same signature, so it is not a change)', async () => {
    const sig = linesSig(LINES_BODY, TS);
    await fc.assert(
      fc.asyncProperty(
        charChange(sig).filter((s) => s.toLowerCase() !== sig),
        async (changed) => {
          expect(['bad_signature', 'malformed_header']).toContain(
            await reasonOf(() => lines.verifyWebhook(LINES_BODY, linesHeaders(changed), SECRET, { now })),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
  it('Help Scout (base64: case matters)', async () => {
    const sig = hsSig(HS_BODY);
    await fc.assert(
      fc.asyncProperty(charChange(sig), async (changed) => {
        const headers = { 'x-helpscout-signature': changed, 'x-helpscout-event': 'tag.created' };
        expect(['bad_signature', 'malformed_header']).toContain(await reasonOf(() => helpscout.verifyWebhook(HS_BODY, headers, SECRET)));
      }),
      { numRuns: 150 },
    );
  });
  it('Inbound (legacy signature and verification token)', async () => {
    const sig = inbSig(INB_BODY);
    await fc.assert(
      fc.asyncProperty(
        charChange(sig).filter((s) => s.toLowerCase() !== sig),
        async (changed) => {
          expect(['bad_signature', 'malformed_header']).toContain(
            await reasonOf(() => inbound.verifyWebhook(INB_BODY, { 'x-webhook-signature': changed }, SECRET)),
          );
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(charChange(SECRET), async (changed) => {
        expect(await reasonOf(() => inbound.verifyWebhook(INB_BODY, { 'x-webhook-verification-token': changed }, SECRET))).toBe(
          'bad_signature',
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('any change to the signed timestamp is refused (Messages.dev)', () => {
  it('a single-character change of the header', async () => {
    const sig = linesSig(LINES_BODY, TS);
    await fc.assert(
      fc.asyncProperty(charChange(TS), async (changed) => {
        expect(['bad_signature', 'malformed_header']).toContain(
          await reasonOf(() => lines.verifyWebhook(LINES_BODY, linesHeaders(sig, changed), SECRET, { now })),
        );
      }),
      { numRuns: 150 },
    );
  });
  it('a correctly signed timestamp outside the window either way', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 300_001, max: 10 ** 10 }), fc.boolean(), async (skew, ahead) => {
        const ts = String(ahead ? NOW + skew : NOW - skew);
        const reason = await reasonOf(() => lines.verifyWebhook(LINES_BODY, linesHeaders(linesSig(LINES_BODY, ts), ts), SECRET, { now }));
        expect(reason).toBe(ahead ? 'future' : 'stale');
      }),
      { numRuns: 100 },
    );
  });
});

describe('hostile input ends in a typed reason, never a crash', () => {
  const headerValue = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined));
  const headerName = fc.oneof(
    fc.constantFrom(
      'x-webhook-signature',
      'X-Webhook-Timestamp',
      'x-helpscout-signature',
      'X-HelpScout-Event',
      'x-webhook-verification-token',
      'x-webhook-delivery-id',
    ),
    fc.string(),
  );
  const headers = fc.oneof(
    fc.dictionary(headerName, headerValue, { maxKeys: 6 }),
    fc.constant(null),
    fc.constant('x-webhook-signature: 1'),
  );
  const body = fc.oneof(
    fc.string(),
    fc.uint8Array({ maxLength: 64 }),
    fc.json().map((j) => j),
    fc.anything(),
  );
  const secret = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 20 }), fc.anything());

  it('in every verifier and parser', async () => {
    await fc.assert(
      fc.asyncProperty(body, headers, secret, async (b, h, s) => {
        const runs: (() => unknown)[] = [
          () => lines.verifyWebhook(b as string, h as unknown as Headers, s as string, { now }),
          () => helpscout.verifyWebhook(b as string, h as unknown as Headers, s as string),
          () => inbound.verifyWebhook(b as string, h as unknown as Headers, s as string),
          () => lines.parseWebhook(b as string, h as unknown as Headers),
          () => helpscout.parseWebhook(b as string, h as unknown as Headers),
          () => inbound.parseWebhook(b as string, h as unknown as Headers),
          () => inbox.parseWebhook(b as string, h as unknown as Headers),
        ];
        for (const run of runs) {
          const reason = await reasonOf(run);
          expect(typeof reason).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});
