// Inbound (inbound.new) webhooks: `messaging-contracts/inbound/webhooks`.
//
// Inbound delivers one event, `email.received`, in two forms (spec/inbound/webhooks/EmailReceived.yaml,
// vendors/inbound.md §8: the v2 route handlers and @inboundemail/sdk 4.4.0 `webhook-verification.ts`):
//   - Endpoint webhooks (everything set up as an endpoint, from about Nov 2025) carry
//     `X-Webhook-Verification-Token`, the endpoint's server-generated `config.verificationToken`
//     (read it once with `GET /endpoints/{id}` and keep it with your other secrets). It is a shared
//     constant, not a signature: it proves the sender knows the token, not that the body is intact.
//   - Legacy webhooks (addresses still routed by `webhookId`) carry, when the webhook has a secret,
//     `X-Webhook-Signature: sha256=<lowercase hex HMAC-SHA256(secret, raw body)>`.
// Neither form signs a timestamp, so there is no replay window to check (`timestamp` in the result
// is the unsigned X-Webhook-Timestamp, for information). De-duplicate on `event.email.id`.
// A delivery carries one token or one signature; pass several secrets while you rotate.
import type { webhooks } from '../generated/inbound/schema.ts';
import { webhookEventNames, type WebhookEventName } from '../generated/inbound/webhooks.ts';
import {
  bodyBytes,
  fail,
  fromHex,
  hmac,
  knownEventName,
  matchesAny,
  parseJsonObject,
  readHeader,
  secretList,
  timingSafeEqualStrings,
  type WebhookDelivery,
  type WebhookHeaders,
  type WebhookPayload,
  type WebhookRawBody,
  type WebhookSecret,
  type WebhookVerifyOptions,
} from './webhook.ts';

export * from './webhook-exports.ts';
export { webhookEventNames, type WebhookEventName };

const VENDOR = 'inbound';
export const VERIFICATION_TOKEN_HEADER = 'X-Webhook-Verification-Token';
export const SIGNATURE_HEADER = 'X-Webhook-Signature';
export const TIMESTAMP_HEADER = 'X-Webhook-Timestamp';

/** An Inbound delivery (today only `email.received`): `switch (event.event)` narrows it. */
export type InboundWebhookEvent = WebhookPayload<webhooks, WebhookEventName>;

/** Which of Inbound's two forms a delivery must use. */
export type InboundWebhookScheme = 'verification-token' | 'signature';

export interface InboundWebhookVerifyOptions extends WebhookVerifyOptions {
  /**
   * Accept only this form: `verification-token` (endpoint webhooks; `secret` is the endpoint's
   * `config.verificationToken`) or `signature` (legacy webhooks; `secret` is the webhook's secret).
   * Default: the form the delivery's headers show. Pin it once you know which one your URL receives.
   */
  scheme?: InboundWebhookScheme;
}

const SIGNATURE = /^sha256=([0-9a-fA-F]{64})$/;

function toDelivery(bytes: Uint8Array, headers: WebhookHeaders): WebhookDelivery<InboundWebhookEvent> {
  const payload = parseJsonObject(VENDOR, bytes);
  knownEventName(VENDOR, webhookEventNames, payload.event, payload, 'body field `event`');
  const email = payload.email;
  if (email === null || typeof email !== 'object' || Array.isArray(email))
    fail(VENDOR, 'malformed_body', 'The webhook body has no `email` object');
  const event = payload as unknown as InboundWebhookEvent;
  const sentAt = Date.parse(
    readHeader(VENDOR, headers, TIMESTAMP_HEADER) ?? (typeof payload.timestamp === 'string' ? payload.timestamp : ''),
  );
  return Number.isFinite(sentAt) ? { event, timestamp: sentAt } : { event };
}

/**
 * Verifies an Inbound webhook delivery (either form) and returns its typed event.
 *
 * @param rawBody the body exactly as received (string or bytes), before any JSON parsing
 * @param headers the request headers (`Headers`, or Node's `req.headers`); names match in any case
 * @param secret the endpoint's `verificationToken` (endpoint webhooks) or the legacy webhook's
 *   secret, or several of either while rotating
 * @param options `scheme` pins the form; `toleranceSeconds`/`now` are unused (nothing signed has a time)
 * @throws WebhookVerificationError with `reason` `missing_header`, `malformed_header`, `bad_signature`,
 *   `malformed_body`, `unknown_event`, `missing_secret`
 */
export async function verifyWebhook(
  rawBody: WebhookRawBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options?: InboundWebhookVerifyOptions,
): Promise<WebhookDelivery<InboundWebhookEvent>> {
  const secrets = secretList(VENDOR, secret);
  const bytes = bodyBytes(VENDOR, rawBody);
  const token = readHeader(VENDOR, headers, VERIFICATION_TOKEN_HEADER);
  const signature = readHeader(VENDOR, headers, SIGNATURE_HEADER);
  const scheme: InboundWebhookScheme | undefined =
    options?.scheme ?? (token !== undefined ? 'verification-token' : signature !== undefined ? 'signature' : undefined);

  if (scheme === 'verification-token') {
    if (token === undefined) {
      fail(VENDOR, 'missing_header', 'The X-Webhook-Verification-Token header is missing', {
        header: VERIFICATION_TOKEN_HEADER.toLowerCase(),
      });
    }
    const matches = await Promise.all(secrets.map((s) => timingSafeEqualStrings(token, s)));
    if (!matches.includes(true)) {
      fail(VENDOR, 'bad_signature', "X-Webhook-Verification-Token is not the endpoint's verification token", {
        header: VERIFICATION_TOKEN_HEADER.toLowerCase(),
      });
    }
  } else if (scheme === 'signature') {
    if (signature === undefined)
      fail(VENDOR, 'missing_header', 'The X-Webhook-Signature header is missing', { header: SIGNATURE_HEADER.toLowerCase() });
    const hex = SIGNATURE.exec(signature)?.[1];
    if (hex === undefined) {
      fail(VENDOR, 'malformed_header', 'X-Webhook-Signature is not `sha256=` and a 64-digit hex HMAC-SHA256', {
        header: SIGNATURE_HEADER.toLowerCase(),
      });
    }
    if (!(await matchesAny([fromHex(hex)!], secrets, (s) => hmac('SHA-256', s, bytes)))) {
      fail(VENDOR, 'bad_signature', 'The webhook signature does not match the body and secret', {
        header: SIGNATURE_HEADER.toLowerCase(),
      });
    }
  } else {
    fail(VENDOR, 'missing_header', 'The delivery carries neither X-Webhook-Verification-Token nor X-Webhook-Signature', {
      header: VERIFICATION_TOKEN_HEADER.toLowerCase(),
    });
  }
  return toDelivery(bytes, headers);
}

/**
 * Parses an Inbound delivery WITHOUT verifying it (tests, stored deliveries). Checks the event name.
 *
 * @throws WebhookVerificationError (`malformed_body`, `unknown_event`)
 */
export function parseWebhook(rawBody: WebhookRawBody, headers: WebhookHeaders = {}): WebhookDelivery<InboundWebhookEvent> {
  return toDelivery(bodyBytes(VENDOR, rawBody), headers);
}
