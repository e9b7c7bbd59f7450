// Inbound webhooks (messaging-contracts/inbound/webhooks): the endpoint verification token compared
// in constant time, and the legacy `sha256=<hex HMAC-SHA256(secret, raw body)>` signature, computed
// here with node:crypto as the vendor's SDK (@inboundemail/sdk 4.4.0) and v2 route handlers describe.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseWebhook, verifyWebhook } from '../src/inbound-webhooks.ts';
import { webhookRefusal } from './support/webhook-reason.ts';

const TOKEN = '8b1f0c3e6a9d4f27b5c2e81a9d3f6b04';
const SECRET = 'legacy_secret_Jm4Q';
const BODY = JSON.stringify({
  event: 'email.received',
  timestamp: '2025-09-15T10:21:07.000Z',
  email: { id: 'qhT61qtc4xatws8phP9nh', subject: 'Refund for order 4411', recipient: 'support@acme.io' },
  endpoint: { id: 'vo-hBKqFYY-kv5ZJr3J1T', name: 'Support inbox', type: 'webhook' },
});
const signature = (body: string, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

const reasonOf = (run: () => unknown) => webhookRefusal(run, { secret: TOKEN });

describe('inbound verifyWebhook: endpoint verification token', () => {
  it('accepts the endpoint token in any header case, and any of several tokens', async () => {
    for (const headers of [
      { 'X-Webhook-Verification-Token': TOKEN },
      { 'x-webhook-verification-token': [TOKEN] },
      new Headers({ 'X-WEBHOOK-VERIFICATION-TOKEN': TOKEN }),
    ]) {
      expect((await verifyWebhook(BODY, headers, TOKEN)).event.email.id).toBe('qhT61qtc4xatws8phP9nh');
    }
    expect((await verifyWebhook(BODY, { 'x-webhook-verification-token': TOKEN }, ['old-token', TOKEN])).event.event).toBe('email.received');
  });

  it('refuses another token, a prefix of it, or a token with an extra character', async () => {
    for (const token of ['0b1f0c3e6a9d4f27b5c2e81a9d3f6b04', TOKEN.slice(0, -1), `${TOKEN}0`]) {
      expect(await reasonOf(() => verifyWebhook(BODY, { 'x-webhook-verification-token': token }, TOKEN)), token).toBe('bad_signature');
    }
  });

  it('does not let a delivery choose the legacy form when the token form is pinned', async () => {
    const headers = { 'x-webhook-signature': signature(BODY, TOKEN) };
    expect((await verifyWebhook(BODY, headers, TOKEN)).event.event).toBe('email.received'); // auto: the HMAC keyed with the token
    expect(await reasonOf(() => verifyWebhook(BODY, headers, TOKEN, { scheme: 'verification-token' }))).toBe('missing_header');
  });
});

describe('inbound verifyWebhook: legacy signature', () => {
  it('accepts the signature, upper-case hex too', async () => {
    expect((await verifyWebhook(BODY, { 'X-Webhook-Signature': signature(BODY) }, SECRET)).event.event).toBe('email.received');
    const upper = `sha256=${signature(BODY).slice(7).toUpperCase()}`;
    expect((await verifyWebhook(BODY, { 'X-Webhook-Signature': upper }, SECRET, { scheme: 'signature' })).event.event).toBe(
      'email.received',
    );
  });

  it('refuses a tampered body, a wrong secret, a signature without its prefix or of the wrong length', async () => {
    expect(await reasonOf(() => verifyWebhook(`${BODY} `, { 'x-webhook-signature': signature(BODY) }, SECRET))).toBe('bad_signature');
    expect(await reasonOf(() => verifyWebhook(BODY, { 'x-webhook-signature': signature(BODY, 'other') }, SECRET))).toBe('bad_signature');
    for (const value of [signature(BODY).slice(7), `sha1=${signature(BODY).slice(7)}`, signature(BODY).slice(0, -2)]) {
      expect(await reasonOf(() => verifyWebhook(BODY, { 'x-webhook-signature': value }, SECRET)), value).toBe('malformed_header');
    }
  });

  it('refuses a delivery with neither header', async () => {
    expect(await reasonOf(() => verifyWebhook(BODY, { 'x-endpoint-id': 'vo-hBKqFYY-kv5ZJr3J1T' }, SECRET))).toBe('missing_header');
  });
});

describe('inbound bodies', () => {
  it('refuses an authentic body of another event or without `email`', async () => {
    for (const [body, reason] of [
      ['{"event":"email.bounced","email":{}}', 'unknown_event'],
      ['{"event":"email.received"}', 'malformed_body'],
      ['{"email":{}}', 'malformed_body'],
    ] as const) {
      expect(await reasonOf(() => verifyWebhook(body, { 'x-webhook-verification-token': TOKEN }, TOKEN)), body).toBe(reason);
    }
  });

  it('parseWebhook reads the body timestamp when no header says', () => {
    expect(parseWebhook(BODY).timestamp).toBe(Date.parse('2025-09-15T10:21:07.000Z'));
  });
});
