// Messages.dev webhooks (messaging-contracts/lines/webhooks). Expected signatures are computed here
// independently with node:crypto (hex HMAC-SHA256 of `${timestampMs}.${rawBody}`, keyed with the
// webhook secret), never by the code under test.
import { createHmac } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { parseWebhook, verifyWebhook, WebhookVerificationError } from '../src/lines-webhooks.ts';
import { webhookDeliveries } from './support/webhook-examples.ts';
import { webhookRefusal } from './support/webhook-reason.ts';

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

const reasonOf = (run: () => unknown) => webhookRefusal(run, { vendor: 'lines', secret: SECRET });

describe('lines verifyWebhook', () => {
  describe('accepts', () => {
    it('the spec example signature (X-Webhook-Signature): a real HMAC of the message.received `photo` example', async () => {
      const delivery = webhookDeliveries('lines').find((d) => d.event === 'message.received')!;
      const example = delivery.bodies.photo;
      const param = { examples: { signature: { value: delivery.headers['x-webhook-signature']!.examples.signature as string } } };
      const body = JSON.stringify(example);
      expect(delivery.headers['x-webhook-timestamp']!.examples.timestamp).toBe('1778077802000');
      expect(param.examples.signature.value).toBe(sign(body, 1778077802000));
      const result = await verifyWebhook(
        body,
        { 'X-Webhook-Signature': param.examples.signature.value, 'X-Webhook-Timestamp': '1778077802000' },
        SECRET,
        {
          now: () => 1778077802000,
        },
      );
      expect(result.event).toEqual(example);
      expect(result.deliveryId).toBe('dlv_a1521202779243a6830688f76d44b095');
    });

    it('a good delivery with a string body and a plain header record', async () => {
      const result = await verifyWebhook(BODY, headersFor(BODY), SECRET, { now });
      expect(result).toEqual({ event, deliveryId: 'dlv_a1521202779243a6830688f76d44b095', timestamp: NOW });
      if (result.event.event === 'message.received') expect(result.event.data.line_handle).toBe('+15551234567');
    });

    it('a Uint8Array body, a view into a larger buffer, and an ArrayBuffer', async () => {
      const bytes = new TextEncoder().encode(BODY);
      expect((await verifyWebhook(bytes, headersFor(bytes), SECRET, { now })).event).toEqual(event);
      const view = new TextEncoder().encode(`xx${BODY}yy`).subarray(2, 2 + bytes.byteLength);
      expect((await verifyWebhook(view, headersFor(BODY), SECRET, { now })).event).toEqual(event);
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      expect((await verifyWebhook(buffer, headersFor(BODY), SECRET, { now })).event).toEqual(event);
    });

    it('a fetch Headers object, header names in any case, and node-style array values', async () => {
      expect((await verifyWebhook(BODY, new Headers(headersFor(BODY)), SECRET, { now })).event).toEqual(event);
      const h = headersFor(BODY);
      const record = { 'X-Webhook-Signature': [h['x-webhook-signature']], 'X-WEBHOOK-TIMESTAMP': h['x-webhook-timestamp'] };
      expect((await verifyWebhook(BODY, record, SECRET, { now })).event).toEqual(event);
    });

    it('an upper-case hex signature', async () => {
      const h = headersFor(BODY);
      expect(
        (await verifyWebhook(BODY, { ...h, 'x-webhook-signature': h['x-webhook-signature'].toUpperCase() }, SECRET, { now })).event,
      ).toEqual(event);
    });

    it('the body timestamp when the timestamp header is absent (what the vendor SDK signs)', async () => {
      expect((await verifyWebhook(BODY, { 'x-webhook-signature': sign(BODY, NOW) }, SECRET, { now })).timestamp).toBe(NOW);
    });

    it('a timestamp exactly at the tolerance, either way', async () => {
      for (const t of [NOW - 300_000, NOW + 300_000]) {
        const body = JSON.stringify({ ...event, timestamp: t });
        expect((await verifyWebhook(body, headersFor(body, t), SECRET, { now })).timestamp).toBe(t);
      }
    });

    it('Date.now by default', async () => {
      const t = Date.now();
      const body = JSON.stringify({ ...event, timestamp: t });
      expect((await verifyWebhook(body, headersFor(body, t), SECRET)).timestamp).toBe(t);
    });

    it('any of several secrets during a rotation, in either order', async () => {
      const old = 'whsec_old0000000000000000000000000000';
      expect((await verifyWebhook(BODY, headersFor(BODY, NOW, old), [SECRET, old], { now })).event).toEqual(event);
      expect((await verifyWebhook(BODY, headersFor(BODY), [old, SECRET], { now })).event).toEqual(event);
    });
  });

  describe('rejects', () => {
    it('a tampered body, a re-serialised body, a tampered timestamp, a wrong secret', async () => {
      const headers = headersFor(BODY);
      expect(await reasonOf(() => verifyWebhook(BODY.replace('Héllo', 'Hello'), headers, SECRET, { now }))).toBe('bad_signature');
      expect(await reasonOf(() => verifyWebhook(`${BODY} `, headers, SECRET, { now }))).toBe('bad_signature');
      expect(await reasonOf(() => verifyWebhook(JSON.stringify(event, null, 2), headers, SECRET, { now }))).toBe('bad_signature');
      expect(await reasonOf(() => verifyWebhook(BODY, { ...headers, 'x-webhook-timestamp': String(NOW + 1) }, SECRET, { now }))).toBe(
        'bad_signature',
      );
      expect(await reasonOf(() => verifyWebhook(BODY, headers, 'whsec_wrong', { now }))).toBe('bad_signature');
      expect(await reasonOf(() => verifyWebhook(BODY, headers, ['whsec_wrong', 'whsec_other'], { now }))).toBe('bad_signature');
    });

    it("rev A's body-only signature", async () => {
      const bodyOnly = createHmac('sha256', SECRET).update(BODY).digest('hex');
      expect(
        await reasonOf(() => verifyWebhook(BODY, { 'x-webhook-signature': bodyOnly, 'x-webhook-timestamp': String(NOW) }, SECRET, { now })),
      ).toBe('bad_signature');
    });

    it('a stale timestamp and a future one, even when correctly signed', async () => {
      const stale = NOW - 300_001;
      const future = NOW + 300_001;
      expect(await reasonOf(() => verifyWebhook(BODY, headersFor(BODY, stale), SECRET, { now }))).toBe('stale');
      expect(await reasonOf(() => verifyWebhook(BODY, headersFor(BODY, future), SECRET, { now }))).toBe('future');
      const seconds = Math.floor(NOW / 1000); // seconds instead of milliseconds
      expect(await reasonOf(() => verifyWebhook(BODY, headersFor(BODY, seconds), SECRET, { now }))).toBe('stale');
    });

    it('outside a custom tolerance', async () => {
      const t = NOW - 31_000;
      expect(await reasonOf(() => verifyWebhook(BODY, headersFor(BODY, t), SECRET, { now, toleranceSeconds: 30 }))).toBe('stale');
      expect((await verifyWebhook(BODY, headersFor(BODY, t), SECRET, { now, toleranceSeconds: 60 })).timestamp).toBe(t);
    });

    it('a missing signature, in both header forms', async () => {
      const { 'x-webhook-signature': _omit, ...rest } = headersFor(BODY);
      for (const headers of [
        rest,
        new Headers(rest),
        { ...rest, 'x-webhook-signature': '' },
        { ...rest, 'x-webhook-signature': [] },
        { ...rest, 'x-webhook-signature': undefined },
      ]) {
        expect(await reasonOf(() => verifyWebhook(BODY, headers, SECRET, { now }))).toBe('missing_header');
      }
    });

    it('a malformed signature, in both header forms', async () => {
      const good = sign(BODY);
      for (const value of ['not-a-signature', good.slice(0, 63), `${good}00`, `sha256=${good}`, `${good.slice(0, 62)}zz`, `v1,${good}`]) {
        const record = { 'x-webhook-signature': value, 'x-webhook-timestamp': String(NOW) };
        expect(await reasonOf(() => verifyWebhook(BODY, record, SECRET, { now })), value).toBe('malformed_header');
        expect(await reasonOf(() => verifyWebhook(BODY, new Headers(record), SECRET, { now })), value).toBe('malformed_header');
      }
    });

    it('two different signature headers', async () => {
      const record = { 'x-webhook-signature': [sign(BODY), sign(BODY, NOW, 'whsec_other')], 'x-webhook-timestamp': String(NOW) };
      expect(await reasonOf(() => verifyWebhook(BODY, record, SECRET, { now }))).toBe('malformed_header');
      const headers = new Headers({ 'x-webhook-timestamp': String(NOW) });
      headers.append('x-webhook-signature', sign(BODY));
      headers.append('x-webhook-signature', sign(BODY, NOW, 'whsec_other'));
      expect(await reasonOf(() => verifyWebhook(BODY, headers, SECRET, { now }))).toBe('malformed_header');
    });

    it('a missing timestamp (no header and no body timestamp)', async () => {
      const body = JSON.stringify({ event: 'message.received', data: event.data });
      expect(await reasonOf(() => verifyWebhook(body, { 'x-webhook-signature': sign(body) }, SECRET, { now }))).toBe('missing_header');
      expect(await reasonOf(() => verifyWebhook('not json', { 'x-webhook-signature': sign('not json') }, SECRET, { now }))).toBe(
        'missing_header',
      );
    });

    it('a malformed timestamp header', async () => {
      for (const t of ['2026-05-06T14:30:02Z', '1778077802000.5', '-1778077802000', '17780778020001234567']) {
        expect(
          await reasonOf(() => verifyWebhook(BODY, { 'x-webhook-signature': sign(BODY, t), 'x-webhook-timestamp': t }, SECRET, { now })),
          t,
        ).toBe('malformed_header');
      }
    });

    it('an empty, blank or missing secret, and an empty entry in a rotation list', async () => {
      for (const secret of ['', '   ', [], [SECRET, ''], undefined as unknown as string]) {
        expect(await reasonOf(() => verifyWebhook(BODY, headersFor(BODY), secret, { now }))).toBe('missing_secret');
      }
    });

    it('invalid options', async () => {
      for (const toleranceSeconds of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(await reasonOf(() => verifyWebhook(BODY, headersFor(BODY), SECRET, { now, toleranceSeconds }))).toBe('invalid_options');
      }
      expect(await reasonOf(() => verifyWebhook(BODY, headersFor(BODY), SECRET, { now: () => Number.NaN }))).toBe('invalid_options');
      expect(
        await reasonOf(() =>
          verifyWebhook(
            BODY,
            headersFor(BODY),
            Array.from({ length: 17 }, (_, i) => `s${i}`),
            { now },
          ),
        ),
      ).toBe('invalid_options');
    });

    it('a correctly signed body that is not JSON, not UTF-8, or not the envelope', async () => {
      const bodies: (string | Uint8Array)[] = [
        '{"event":"message.received",',
        new Uint8Array([0x7b, 0xff, 0x7d]),
        '[]',
        'null',
        '{"event":"message.received","timestamp":1778077802000}',
        '{"event":1,"data":{},"timestamp":1}',
        '{"event":"message.received","data":{},"timestamp":"1778077802000"}',
        '{"event":"message.received","data":{},"timestamp":1778077802000,"delivery_id":5}',
      ];
      for (const body of bodies)
        expect(await reasonOf(() => verifyWebhook(body, headersFor(body), SECRET, { now })), String(body)).toBe('malformed_body');
    });

    it('a raw body that is not bytes (an already parsed object)', async () => {
      expect(await reasonOf(() => verifyWebhook(event as unknown as string, headersFor(BODY), SECRET, { now }))).toBe('malformed_body');
    });

    it('an authentic event it does not know, with the body on the error', async () => {
      const body = JSON.stringify({ event: 'typing.started', data: { chat_id: 'cht_x' }, timestamp: NOW });
      try {
        await verifyWebhook(body, headersFor(body), SECRET, { now });
        expect.unreachable();
      } catch (error) {
        expect((error as WebhookVerificationError).reason).toBe('unknown_event');
        expect((error as WebhookVerificationError).payload).toEqual(JSON.parse(body));
      }
    });
  });
});

describe('lines parseWebhook', () => {
  it('parses without a signature, taking the timestamp and delivery id from the body', () => {
    expect(parseWebhook(BODY)).toEqual({ event, deliveryId: event.delivery_id, timestamp: NOW });
  });

  it('checks the event name and the envelope', async () => {
    expect(await reasonOf(() => parseWebhook('{"event":"receipt.read","data":{},"timestamp":1}'))).toBe('unknown_event');
    expect(await reasonOf(() => parseWebhook('{"event":"message.sent"}'))).toBe('malformed_body');
  });
});
