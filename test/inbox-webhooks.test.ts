// Inbox v1 webhooks (messaging-contracts/inbox/webhooks): no documented signature, so parsing only.
import { describe, expect, it } from 'vitest';
import * as inbox from '../src/inbox-webhooks.ts';
import { webhookRefusal } from './support/webhook-reason.ts';

const envelope = {
  id: 'ck9v2m5nj0xp4wq7ybftrae8',
  seq: 47,
  teamId: 'hzcai5t59nn9vsck3rbuepyg',
  type: 'thread.typing',
  timestamp: '2025-01-15T10:30:00.000Z',
  version: '1.0',
};
const typing = { ...envelope, data: { threadId: 'l44e15irdq4db30i77cgphhx', senderPlatformId: '1876543210987654321' } };

const reasonOf = (run: () => unknown) => webhookRefusal(run, { vendor: 'inbox' });

describe('inbox webhooks', () => {
  it('offers no verifyWebhook: v1 documents no signature scheme', () => {
    expect('verifyWebhook' in inbox).toBe(false);
  });

  it('parses a delivery and narrows data on type', () => {
    const { event, deliveryId, timestamp } = inbox.parseWebhook(JSON.stringify(typing));
    expect(deliveryId).toBe('ck9v2m5nj0xp4wq7ybftrae8');
    expect(timestamp).toBe(Date.parse('2025-01-15T10:30:00.000Z'));
    if (event.type === 'thread.typing') expect(event.data.senderPlatformId).toBe('1876543210987654321');
    else expect.unreachable();
  });

  it('refuses an unknown type (the body rides along) and a broken envelope', async () => {
    expect(await reasonOf(() => inbox.parseWebhook(JSON.stringify({ ...typing, type: 'contact.statusChanged' })))).toBe('unknown_event');
    for (const broken of [
      { ...typing, id: 5 },
      { ...typing, seq: '47' },
      { ...typing, timestamp: 'yesterday' },
      { ...typing, data: null },
      envelope,
      { ...typing, teamId: undefined },
    ]) {
      expect(await reasonOf(() => inbox.parseWebhook(JSON.stringify(broken))), JSON.stringify(broken)).toBe('malformed_body');
    }
    expect(await reasonOf(() => inbox.parseWebhook('not json'))).toBe('malformed_body');
  });
});
