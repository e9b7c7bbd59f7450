// Help Scout webhooks (messaging-contracts/helpscout/webhooks): base64 HMAC-SHA1 of the raw body in
// X-HelpScout-Signature. Expected signatures are computed here with node:crypto, as Help Scout's
// docs (PHP: base64_encode(hash_hmac('sha1', $data, $secret, true))) and its PHP SDK's tests do.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseWebhook, verifyWebhook } from '../src/helpscout-webhooks.ts';
import { webhookRefusal } from './support/webhook-reason.ts';

const sign = (body: string | Uint8Array, secret: string) => createHmac('sha1', secret).update(body).digest('base64');

const reasonOf = (run: () => unknown) => webhookRefusal(run, { vendor: 'helpscout' });

// helpscout/helpscout-api-php tests/Webhooks/IncomingWebhookTest.php (testCreateIncomingWebhook):
// body json_encode(['id' => 123]), secret 'asdffdsa', event helpscout.test; its invalid case sends
// the signature 'asdfasdfasdfasdf'. See test/fixtures/webhooks/SOURCES.md.
const SDK_BODY = '{"id":123}';
const SDK_SECRET = 'asdffdsa';

const CONVO = JSON.stringify({ id: 2391938111, number: 34521, subject: 'Refund', status: 'active', tags: ['refund'] });
const SECRET = 'wh-secret-40-chars-max-Q9v2Lx7pTz4Rk1Wm';

describe('helpscout verifyWebhook', () => {
  it("accepts the PHP SDK's test delivery, and refuses its invalid signature", async () => {
    const signature = sign(SDK_BODY, SDK_SECRET);
    const result = await verifyWebhook(SDK_BODY, { 'X-HelpScout-Signature': signature, 'X-HelpScout-Event': 'helpscout.test' }, SDK_SECRET);
    expect(result).toEqual({ event: { event: 'helpscout.test', data: { id: 123 } } });
    expect(
      await reasonOf(() =>
        verifyWebhook(SDK_BODY, { 'X-HelpScout-Signature': 'asdfasdfasdfasdf', 'X-HelpScout-Event': 'helpscout.test' }, SDK_SECRET),
      ),
    ).toBe('malformed_header');
  });

  it('narrows data by event name', async () => {
    const headers = { 'x-helpscout-signature': sign(CONVO, SECRET), 'x-helpscout-event': 'convo.created' };
    const { event } = await verifyWebhook(CONVO, headers, SECRET);
    if (event.event === 'convo.created') expect(event.data.id).toBe(2391938111);
    else expect.unreachable();
  });

  it('accepts header names in any case (HTTP_X_HELPSCOUT_* style keys are not headers), Headers objects and bytes', async () => {
    const signature = sign(CONVO, SECRET);
    for (const headers of [
      { 'X-HELPSCOUT-SIGNATURE': signature, 'x-HelpScout-Event': 'convo.created' },
      new Headers({ 'X-HelpScout-Signature': signature, 'X-HelpScout-Event': 'convo.created' }),
      { 'x-helpscout-signature': [signature], 'x-helpscout-event': ['convo.created'] },
    ]) {
      expect((await verifyWebhook(new TextEncoder().encode(CONVO), headers, SECRET)).event.event).toBe('convo.created');
    }
  });

  it('accepts either secret while the secret changes', async () => {
    const headers = { 'x-helpscout-signature': sign(CONVO, 'old-secret'), 'x-helpscout-event': 'convo.created' };
    expect((await verifyWebhook(CONVO, headers, [SECRET, 'old-secret'])).event.event).toBe('convo.created');
    expect(await reasonOf(() => verifyWebhook(CONVO, headers, SECRET))).toBe('bad_signature');
  });

  it('refuses a hex signature (Help Scout sends base64), a tampered body, a wrong secret', async () => {
    const hex = createHmac('sha1', SECRET).update(CONVO).digest('hex');
    expect(await reasonOf(() => verifyWebhook(CONVO, { 'x-helpscout-signature': hex, 'x-helpscout-event': 'convo.created' }, SECRET))).toBe(
      'malformed_header',
    );
    const headers = { 'x-helpscout-signature': sign(CONVO, SECRET), 'x-helpscout-event': 'convo.created' };
    expect(await reasonOf(() => verifyWebhook(CONVO.replace('Refund', 'Refunf'), headers, SECRET))).toBe('bad_signature');
    expect(await reasonOf(() => verifyWebhook(CONVO, headers, 'another'))).toBe('bad_signature');
  });

  it('refuses a missing signature or event header, an unknown event, a body that is not a JSON object', async () => {
    const signature = sign(CONVO, SECRET);
    expect(await reasonOf(() => verifyWebhook(CONVO, { 'x-helpscout-event': 'convo.created' }, SECRET))).toBe('missing_header');
    expect(await reasonOf(() => verifyWebhook(CONVO, { 'x-helpscout-signature': signature }, SECRET))).toBe('missing_header');
    expect(
      await reasonOf(() => verifyWebhook(CONVO, { 'x-helpscout-signature': signature, 'x-helpscout-event': 'convo.exploded' }, SECRET)),
    ).toBe('unknown_event');
    for (const body of ['[1]', 'null', '{', '']) {
      expect(
        await reasonOf(() =>
          verifyWebhook(body, { 'x-helpscout-signature': sign(body, SECRET), 'x-helpscout-event': 'convo.created' }, SECRET),
        ),
        body,
      ).toBe('malformed_body');
    }
  });

  it('never trusts the event header before the signature: an unsigned unknown event is bad_signature', async () => {
    expect(
      await reasonOf(() => verifyWebhook(CONVO, { 'x-helpscout-signature': sign('x', SECRET), 'x-helpscout-event': 'nope' }, SECRET)),
    ).toBe('bad_signature');
  });
});

describe('helpscout parseWebhook', () => {
  it('parses without verifying, and still checks the event', async () => {
    expect(parseWebhook(CONVO, { 'X-HelpScout-Event': 'convo.deleted' }).event.event).toBe('convo.deleted');
    expect(await reasonOf(() => parseWebhook(CONVO, {}))).toBe('missing_header');
    expect(await reasonOf(() => parseWebhook(CONVO, { 'X-HelpScout-Event': 'ticket.created' }))).toBe('unknown_event');
  });
});
