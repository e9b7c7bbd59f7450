// Every vendor's `webhooks` section against its webhook module: every delivery has a named example;
// every example body is accepted by parseWebhook (and, where a scheme exists, by verifyWebhook)
// as the event it is filed under; every signature example in the specs is a real HMAC of its
// example body, recomputed here with node:crypto, not by the code under test.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as helpscout from '../src/helpscout-webhooks.ts';
import * as inbound from '../src/inbound-webhooks.ts';
import * as inbox from '../src/inbox-webhooks.ts';
import * as inboxV2 from '../src/inbox-v2-webhooks.ts';
import * as lines from '../src/lines-webhooks.ts';
import { loadVendors } from '../scripts/vendors.ts';
import { modulesOf } from './support/vendor-modules.ts';
import { webhookDeliveries } from './support/webhook-examples.ts';

// Written from each vendor's webhook documentation (Inbox v1: 32 events + prospect.assigneeChanged).
const documentedEventCounts: Record<string, number> = { inbox: 33, 'inbox-v2': 32, inbound: 1, helpscout: 27, lines: 4 };

describe('every vendor', () => {
  for (const { key } of loadVendors()) {
    describe(key, () => {
      const deliveries = webhookDeliveries(key);

      it('has a webhooks section whose event names the module knows, each with a named example', () => {
        expect(deliveries.length).toBeGreaterThan(0);
        expect([...modulesOf(key).webhooks.webhookEventNames]).toEqual(deliveries.map((d) => d.event));
        for (const d of deliveries) expect(Object.keys(d.bodies).length, d.event).toBeGreaterThan(0);
      });

      it('has the documented number of events', () => {
        expect(deliveries).toHaveLength(documentedEventCounts[key]!);
      });

      it('verifies signatures exactly when the registry says the vendor signs its deliveries', () => {
        const { vendor, webhooks } = modulesOf(key);
        expect(typeof webhooks.parseWebhook).toBe('function');
        expect(typeof webhooks.verifyWebhook).toBe(vendor.webhookScheme === 'verify' ? 'function' : 'undefined');
      });
    });
  }

  it('Inbound delivers one event, email.received', () => {
    expect(webhookDeliveries('inbound').map((d) => d.event)).toEqual(['email.received']);
  });
});

describe('Help Scout examples', () => {
  const SECRET = 'mZ9XbGHodX'; // the secret the spec's signature examples name
  for (const d of webhookDeliveries('helpscout')) {
    it(`${d.event}: the X-HelpScout-Signature example is the HMAC of the example body, and it verifies`, async () => {
      const [[, value]] = Object.entries(d.bodies) as [[string, unknown]];
      const body = JSON.stringify(value);
      const signature = d.headers['x-helpscout-signature']!.examples.signature as string;
      expect(signature).toBe(createHmac('sha1', SECRET).update(body).digest('base64'));
      expect(d.headers['x-helpscout-event']!.examples.event).toBe(d.event);
      const result = await helpscout.verifyWebhook(body, { 'X-HelpScout-Signature': signature, 'X-HelpScout-Event': d.event }, SECRET);
      expect(result.event).toEqual({ event: d.event, data: value });
    });
  }
});

describe('Messages.dev examples', () => {
  const SECRET = 'whsec_4f9a2c7e1b8d3f60a5c2e9b7d1f4a8c3';
  for (const d of webhookDeliveries('lines')) {
    for (const [name, value] of Object.entries(d.bodies)) {
      it(`${d.event} ${name}: verifies when signed as the vendor signs, and parses`, async () => {
        const body = JSON.stringify(value);
        const timestamp = String((value as { timestamp: number }).timestamp);
        const signature = createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex');
        const result = await lines.verifyWebhook(body, { 'x-webhook-signature': signature, 'x-webhook-timestamp': timestamp }, SECRET, {
          now: () => Number(timestamp),
        });
        expect(result.event).toEqual(value);
        expect(result.event.event).toBe(d.event);
        expect(lines.parseWebhook(body).event).toEqual(value);
      });
    }
  }
});

describe('Inbound examples', () => {
  const [d] = webhookDeliveries('inbound');
  const body = JSON.stringify(d!.bodies.received);
  const headerExample = (name: string) => Object.values(d!.headers[name]!.examples)[0] as string;

  it('the legacy X-Webhook-Signature example is `sha256=` + the HMAC of the example body, and it verifies', async () => {
    const secret = 'inbound_legacy_secret_7Qm2xVt9'; // named by the example's summary
    expect(headerExample('x-webhook-signature')).toBe(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
    const result = await inbound.verifyWebhook(body, { 'X-Webhook-Signature': headerExample('x-webhook-signature') }, secret);
    expect(result.event).toEqual(d!.bodies.received);
  });

  it('the endpoint form verifies with the example verification token, and the timestamp header is read', async () => {
    const token = headerExample('x-webhook-verification-token');
    const headers = { 'X-Webhook-Verification-Token': token, 'X-Webhook-Timestamp': headerExample('x-webhook-timestamp') };
    const result = await inbound.verifyWebhook(body, headers, token);
    expect(result.event.event).toBe('email.received');
    expect(result.timestamp).toBe(Date.parse(headerExample('x-webhook-timestamp')));
  });
});

describe('Inbox v2 examples', () => {
  const SECRET = 'whsec_inboxv2_example_5Tq8wLm2'; // the secret the spec's signature example names
  const deliveries = webhookDeliveries('inbox-v2');

  it('the X-Inbox-Signature example is the HMAC of "<t>." + the message.received example body', async () => {
    const received = deliveries.find((d) => d.event === 'message.received')!;
    const body = JSON.stringify(received.bodies.event);
    const value = received.headers['x-inbox-signature']!.examples.signed as string;
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(value)!;
    expect(v1).toBe(createHmac('sha256', SECRET).update(`${t}.${body}`).digest('hex'));
    const result = await inboxV2.verifyWebhook(body, { 'X-Inbox-Signature': value }, SECRET, { now: () => Number(t) * 1000 });
    expect(result.event).toEqual(received.bodies.event);
  });

  for (const d of deliveries) {
    for (const [name, value] of Object.entries(d.bodies)) {
      it(`${d.event} ${name}: verifies when signed as the vendor signs, and parses as that event`, async () => {
        const body = JSON.stringify(value);
        const t = Math.floor(Date.parse((value as { createdAt: string }).createdAt) / 1000);
        const signature = `t=${t},v1=${createHmac('sha256', SECRET).update(`${t}.${body}`).digest('hex')}`;
        const result = await inboxV2.verifyWebhook(body, { 'x-inbox-signature': signature }, SECRET, { now: () => t * 1000 });
        expect(result.event).toEqual(value);
        expect(result.event.type).toBe(d.event);
        expect(result.deliveryId).toBe((value as { id: string }).id);
        expect(inboxV2.parseWebhook(body).event).toEqual(value);
      });
    }
  }
});

describe('Inbox v1 examples', () => {
  for (const d of webhookDeliveries('inbox')) {
    for (const [name, value] of Object.entries(d.bodies)) {
      it(`${d.event} ${name}: parses as that event`, () => {
        const result = inbox.parseWebhook(JSON.stringify(value));
        expect(result.event.type).toBe(d.event);
        expect(result.event).toEqual(value);
        expect(result.deliveryId).toBe((value as { id: string }).id);
        expect(result.timestamp).toBe(Date.parse((value as { timestamp: string }).timestamp));
      });
    }
  }
});
