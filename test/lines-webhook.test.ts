// Messages.dev webhook verification: signatures are computed here independently with node:crypto
// (hex HMAC-SHA256 of `${timestampMs}.${rawBody}`, keyed with the webhook secret).
import { createHmac } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import {
  isKnownLinesWebhookEvent,
  LinesWebhookVerificationError,
  verifyLinesWebhook,
  type LinesWebhookVerificationReason,
} from '../src/lines-webhook.ts';

const SECRET = 'whsec_4f9a2c7e1b8d3f60a5c2e9b7d1f4a8c3';
const NOW = 1_778_077_802_000; // 2026-05-06T14:30:02Z, in milliseconds
const now = () => NOW;

const event = {
  event: 'message.received',
  data: {
    id: 'msg_88xfkgzt8mbq1kbxft1m0rzrps3rp90b',
    chat_id: 'cht_eyz097efv8edx6w20b70mh9dqwjs339f',
    guid: '6F1C4B2A-3E5D-4A7B-9C8D-1E2F3A4B5C6D',
    sender: '+15559876543',
    text: 'Héllo ✓ \uFFFC',
    attachments: [],
    is_from_me: false,
    sent_at: NOW - 2000,
    line_handle: '+15551234567',
  },
  timestamp: NOW,
  delivery_id: 'dlv_a1521202779243a6830688f76d44b095',
};
const BODY = JSON.stringify(event);

const sign = (body: string | Uint8Array, timestamp: number | string = NOW, secret = SECRET): string =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');

const headersFor = (body: string | Uint8Array, timestamp: number | string = NOW, secret = SECRET) => ({
  'x-webhook-signature': sign(body, timestamp, secret),
  'x-webhook-timestamp': String(timestamp),
  'x-webhook-delivery-id': 'dlv_a1521202779243a6830688f76d44b095',
});

function reasonOf(run: () => unknown): LinesWebhookVerificationReason | 'no error' {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LinesWebhookVerificationError);
    expect(error).toBeInstanceOf(Error);
    expect((error as LinesWebhookVerificationError).name).toBe('LinesWebhookVerificationError');
    return (error as LinesWebhookVerificationError).reason;
  }
  return 'no error';
}

describe('verifyLinesWebhook', () => {
  describe('accepts', () => {
    it('a good delivery with a string body and a plain header record', () => {
      const result = verifyLinesWebhook(BODY, headersFor(BODY), SECRET, { now });
      expect(result).toEqual(event);
      expect(isKnownLinesWebhookEvent(result)).toBe(true);
      if (isKnownLinesWebhookEvent(result) && result.event === 'message.received') expect(result.data.line_handle).toBe('+15551234567');
    });

    it('a Uint8Array body (signed over the same bytes)', () => {
      const bytes = new TextEncoder().encode(BODY);
      expect(verifyLinesWebhook(bytes, headersFor(bytes), SECRET, { now })).toEqual(event);
    });

    it('a Uint8Array view into a larger buffer', () => {
      const bytes = new TextEncoder().encode(`xx${BODY}yy`).subarray(2, 2 + Buffer.byteLength(BODY));
      expect(verifyLinesWebhook(bytes, headersFor(BODY), SECRET, { now })).toEqual(event);
    });

    it('a fetch Headers object', () => {
      const headers = new Headers(headersFor(BODY));
      expect(verifyLinesWebhook(BODY, headers, SECRET, { now })).toEqual(event);
    });

    it('header names in any case, and node-style array values', () => {
      const h = headersFor(BODY);
      const record = { 'X-Webhook-Signature': [h['x-webhook-signature']], 'X-WEBHOOK-TIMESTAMP': h['x-webhook-timestamp'] };
      expect(verifyLinesWebhook(BODY, record, SECRET, { now })).toEqual(event);
    });

    it('an upper-case hex signature', () => {
      const h = headersFor(BODY);
      const headers = { ...h, 'x-webhook-signature': h['x-webhook-signature'].toUpperCase() };
      expect(verifyLinesWebhook(BODY, headers, SECRET, { now })).toEqual(event);
    });

    it('the body timestamp when the timestamp header is absent (what the vendor SDK signs)', () => {
      const headers = { 'x-webhook-signature': sign(BODY, NOW) };
      expect(verifyLinesWebhook(BODY, headers, SECRET, { now })).toEqual(event);
    });

    it('a timestamp exactly at the tolerance, either way', () => {
      for (const t of [NOW - 300_000, NOW + 300_000]) {
        const body = JSON.stringify({ ...event, timestamp: t });
        expect(verifyLinesWebhook(body, headersFor(body, t), SECRET, { now }).timestamp).toBe(t);
      }
    });

    it('Date.now by default', () => {
      const t = Date.now();
      const body = JSON.stringify({ ...event, timestamp: t });
      expect(verifyLinesWebhook(body, headersFor(body, t), SECRET).timestamp).toBe(t);
    });

    it('an authentic event it does not know, returned as such', () => {
      const body = JSON.stringify({ event: 'typing.started', data: { chat_id: 'cht_x' }, timestamp: NOW });
      const result = verifyLinesWebhook(body, headersFor(body), SECRET, { now });
      expect(result.event).toBe('typing.started');
      expect(isKnownLinesWebhookEvent(result)).toBe(false);
    });
  });

  describe('rejects', () => {
    it('a tampered body', () => {
      const headers = headersFor(BODY);
      const tampered = BODY.replace('Héllo', 'Hello');
      expect(reasonOf(() => verifyLinesWebhook(tampered, headers, SECRET, { now }))).toBe('signature_mismatch');
      const extraSpace = BODY + ' ';
      expect(reasonOf(() => verifyLinesWebhook(extraSpace, headers, SECRET, { now }))).toBe('signature_mismatch');
    });

    it('a re-serialised body (the signature covers the raw bytes)', () => {
      const pretty = JSON.stringify(event, null, 2);
      expect(reasonOf(() => verifyLinesWebhook(pretty, headersFor(BODY), SECRET, { now }))).toBe('signature_mismatch');
    });

    it('a tampered timestamp header', () => {
      const headers = { ...headersFor(BODY), 'x-webhook-timestamp': String(NOW + 1) };
      expect(reasonOf(() => verifyLinesWebhook(BODY, headers, SECRET, { now }))).toBe('signature_mismatch');
    });

    it('a wrong secret', () => {
      expect(reasonOf(() => verifyLinesWebhook(BODY, headersFor(BODY), 'whsec_wrong', { now }))).toBe('signature_mismatch');
      expect(reasonOf(() => verifyLinesWebhook(BODY, headersFor(BODY, NOW, 'whsec_other'), SECRET, { now }))).toBe('signature_mismatch');
    });

    it("rev A's body-only signature", () => {
      const bodyOnly = createHmac('sha256', SECRET).update(BODY).digest('hex');
      const headers = { 'x-webhook-signature': bodyOnly, 'x-webhook-timestamp': String(NOW) };
      expect(reasonOf(() => verifyLinesWebhook(BODY, headers, SECRET, { now }))).toBe('signature_mismatch');
    });

    it('a stale timestamp, even when correctly signed', () => {
      const t = NOW - 300_001;
      const body = JSON.stringify({ ...event, timestamp: t });
      expect(reasonOf(() => verifyLinesWebhook(body, headersFor(body, t), SECRET, { now }))).toBe('stale_timestamp');
    });

    it('a future-skewed timestamp', () => {
      const t = NOW + 10 * 60_000;
      const body = JSON.stringify({ ...event, timestamp: t });
      expect(reasonOf(() => verifyLinesWebhook(body, headersFor(body, t), SECRET, { now }))).toBe('stale_timestamp');
    });

    it('a timestamp in seconds instead of milliseconds', () => {
      const t = Math.floor(NOW / 1000);
      expect(reasonOf(() => verifyLinesWebhook(BODY, headersFor(BODY, t), SECRET, { now }))).toBe('stale_timestamp');
    });

    it('outside a custom tolerance', () => {
      const t = NOW - 31_000;
      const body = JSON.stringify({ ...event, timestamp: t });
      expect(reasonOf(() => verifyLinesWebhook(body, headersFor(body, t), SECRET, { now, toleranceSeconds: 30 }))).toBe('stale_timestamp');
      expect(verifyLinesWebhook(body, headersFor(body, t), SECRET, { now, toleranceSeconds: 60 }).timestamp).toBe(t);
    });

    it('a missing signature, in both header forms', () => {
      const { 'x-webhook-signature': _omit, ...rest } = headersFor(BODY);
      expect(reasonOf(() => verifyLinesWebhook(BODY, rest, SECRET, { now }))).toBe('missing_signature');
      expect(reasonOf(() => verifyLinesWebhook(BODY, new Headers(rest), SECRET, { now }))).toBe('missing_signature');
      expect(reasonOf(() => verifyLinesWebhook(BODY, { ...rest, 'x-webhook-signature': '' }, SECRET, { now }))).toBe('missing_signature');
      expect(reasonOf(() => verifyLinesWebhook(BODY, { ...rest, 'x-webhook-signature': [] }, SECRET, { now }))).toBe('missing_signature');
      expect(reasonOf(() => verifyLinesWebhook(BODY, { ...rest, 'x-webhook-signature': undefined }, SECRET, { now }))).toBe('missing_signature');
    });

    it('a malformed signature, in both header forms', () => {
      const good = sign(BODY);
      const bad = [
        'not-a-signature',
        good.slice(0, 63),
        `${good}00`,
        `sha256=${good}`,
        `${good.slice(0, 62)}zz`,
        `v1,${good}`,
      ];
      for (const value of bad) {
        const record = { 'x-webhook-signature': value, 'x-webhook-timestamp': String(NOW) };
        expect(reasonOf(() => verifyLinesWebhook(BODY, record, SECRET, { now })), value).toBe('malformed_signature');
        expect(reasonOf(() => verifyLinesWebhook(BODY, new Headers(record), SECRET, { now })), value).toBe('malformed_signature');
      }
    });

    it('two different signature headers', () => {
      const record = { 'x-webhook-signature': [sign(BODY), sign(BODY, NOW, 'whsec_other')], 'x-webhook-timestamp': String(NOW) };
      expect(reasonOf(() => verifyLinesWebhook(BODY, record, SECRET, { now }))).toBe('malformed_signature');
      const headers = new Headers();
      headers.append('x-webhook-signature', sign(BODY));
      headers.append('x-webhook-signature', sign(BODY, NOW, 'whsec_other'));
      headers.set('x-webhook-timestamp', String(NOW));
      expect(reasonOf(() => verifyLinesWebhook(BODY, headers, SECRET, { now }))).toBe('malformed_signature');
    });

    it('a missing timestamp (no header and no body timestamp)', () => {
      const body = JSON.stringify({ event: 'message.received', data: event.data });
      expect(reasonOf(() => verifyLinesWebhook(body, { 'x-webhook-signature': sign(body) }, SECRET, { now }))).toBe('missing_timestamp');
      expect(reasonOf(() => verifyLinesWebhook('not json', { 'x-webhook-signature': sign('not json') }, SECRET, { now }))).toBe('missing_timestamp');
    });

    it('a malformed timestamp header', () => {
      for (const t of ['2026-05-06T14:30:02Z', '1778077802000.5', '-1778077802000', '17780778020001234567']) {
        const headers = { 'x-webhook-signature': sign(BODY, t), 'x-webhook-timestamp': t };
        expect(reasonOf(() => verifyLinesWebhook(BODY, headers, SECRET, { now })), t).toBe('malformed_timestamp');
      }
    });

    it('an empty or blank secret', () => {
      expect(reasonOf(() => verifyLinesWebhook(BODY, headersFor(BODY, NOW, ''), '', { now }))).toBe('missing_secret');
      expect(reasonOf(() => verifyLinesWebhook(BODY, headersFor(BODY), '   ', { now }))).toBe('missing_secret');
    });

    it('an invalid tolerance', () => {
      for (const toleranceSeconds of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(reasonOf(() => verifyLinesWebhook(BODY, headersFor(BODY), SECRET, { now, toleranceSeconds }))).toBe('invalid_tolerance');
      }
    });

    it('a correctly signed body that is not JSON', () => {
      const body = '{"event":"message.received",';
      expect(reasonOf(() => verifyLinesWebhook(body, headersFor(body), SECRET, { now }))).toBe('invalid_json');
      const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
      expect(reasonOf(() => verifyLinesWebhook(bytes, headersFor(bytes), SECRET, { now }))).toBe('invalid_json');
    });

    it('a correctly signed JSON body that is not an event envelope', () => {
      for (const body of ['[]', 'null', '{"event":"message.received","timestamp":1778077802000}', '{"event":1,"data":{},"timestamp":1}', '{"event":"message.received","data":{},"timestamp":"1778077802000"}']) {
        expect(reasonOf(() => verifyLinesWebhook(body, headersFor(body), SECRET, { now })), body).toBe('invalid_payload');
      }
    });
  });
});
