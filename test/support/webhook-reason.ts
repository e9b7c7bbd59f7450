// What the webhook tests ask of a refused delivery: the reason of the WebhookVerificationError a
// call throws or rejects with ('no error' when it returns), checking on the way that it is one, and
// what every vendor's error must be: its vendor, and no secret in its text.
import { expect } from 'vitest';
import { WebhookVerificationError, type WebhookVerificationReason } from '../../src/webhook.ts';

export async function webhookRefusal(
  run: () => unknown,
  expected: { vendor?: string; secret?: string } = {},
): Promise<WebhookVerificationReason | 'no error'> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    const refused = error as WebhookVerificationError;
    expect(refused.name).toBe('WebhookVerificationError');
    if (expected.vendor !== undefined) expect(refused.vendor).toBe(expected.vendor);
    if (expected.secret !== undefined) expect(String(error)).not.toContain(expected.secret);
    return refused.reason;
  }
  return 'no error';
}
