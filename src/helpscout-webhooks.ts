// Help Scout webhooks: `messaging-contracts/helpscout/webhooks`.
//
// The vendor's scheme (developer.helpscout.com/webhooks "Verifying"; helpscout-api-php
// src/Webhooks/IncomingWebhook.php; spec/helpscout/webhooks/*, vendors/helpscout.md §8):
//   X-HelpScout-Signature = base64( HMAC-SHA1( key = the webhook's secret, message = raw body ) )
//   X-HelpScout-Event     = the event name (`convo.assigned`, ..., `helpscout.test` for the test ping)
// No timestamp is signed and no delivery id is sent, so there is no replay window to check: a
// captured delivery verifies again. De-duplicate on the payload (e.g. the conversation id and
// `userUpdatedAt`) if that matters. One signature per delivery; a webhook has one secret, and
// changing it (PUT /v2/webhooks/{id}) takes effect at once, so pass [newSecret, oldSecret] while
// deliveries signed with the old one may still be in flight.
import type { webhooks } from '../generated/helpscout/schema.ts';
import { webhookEventNames, type WebhookEventName } from '../generated/helpscout/webhooks.ts';
import {
  bodyBytes,
  fail,
  fromBase64,
  hmac,
  knownEventName,
  matchesAny,
  parseJsonObject,
  requireHeader,
  secretList,
  type WebhookDelivery,
  type WebhookHeaders,
  type WebhookPayload,
  type WebhookRawBody,
  type WebhookSecret,
  type WebhookVerifyOptions,
} from './webhook.ts';

export * from './webhook-exports.ts';
export { webhookEventNames, type WebhookEventName };

const VENDOR = 'helpscout';
export const SIGNATURE_HEADER = 'X-HelpScout-Signature';
export const EVENT_HEADER = 'X-HelpScout-Event';

/**
 * A Help Scout delivery. Help Scout names the event in a header, not in the body, so the event is
 * `{ event: <X-HelpScout-Event>, data: <the JSON body> }`: `switch (event.event)` narrows `data`
 * (a conversation, a customer, a rating, a tag, `{id}` for deletions, an open object where the
 * vendor documents no shape).
 */
export type HelpScoutWebhookEvent = {
  [Name in WebhookEventName]: { event: Name; data: WebhookPayload<webhooks, Name> };
}[WebhookEventName];

const SHA1_BYTES = 20;

function toEvent(bytes: Uint8Array, headers: WebhookHeaders): WebhookDelivery<HelpScoutWebhookEvent> {
  const name = requireHeader(VENDOR, headers, EVENT_HEADER);
  const data = parseJsonObject(VENDOR, bytes);
  const event = knownEventName(VENDOR, webhookEventNames, name, { event: name, data }, 'header X-HelpScout-Event');
  return { event: { event, data } as HelpScoutWebhookEvent };
}

/**
 * Verifies a Help Scout webhook delivery and returns its typed event.
 *
 * @param rawBody the body exactly as received (string or bytes), before any JSON parsing
 * @param headers the request headers (`Headers`, or Node's `req.headers`); names match in any case
 * @param secret the webhook's `secret` (as set when creating it), or several during a change of secret
 * @param _options accepted for the common signature; unused: Help Scout signs no timestamp
 * @throws WebhookVerificationError with `reason` `missing_header`, `malformed_header`, `bad_signature`,
 *   `malformed_body`, `unknown_event` or `missing_secret`
 */
export async function verifyWebhook(
  rawBody: WebhookRawBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  _options?: WebhookVerifyOptions,
): Promise<WebhookDelivery<HelpScoutWebhookEvent>> {
  const secrets = secretList(VENDOR, secret);
  const bytes = bodyBytes(VENDOR, rawBody);
  const header = requireHeader(VENDOR, headers, SIGNATURE_HEADER);
  const signature = fromBase64(header);
  if (signature?.byteLength !== SHA1_BYTES) {
    fail(VENDOR, 'malformed_header', 'X-HelpScout-Signature is not a base64 HMAC-SHA1 (28 characters)', {
      header: SIGNATURE_HEADER.toLowerCase(),
    });
  }
  if (!(await matchesAny([signature], secrets, (s) => hmac('SHA-1', s, bytes)))) {
    fail(VENDOR, 'bad_signature', 'The webhook signature does not match the body and secret', {
      header: SIGNATURE_HEADER.toLowerCase(),
    });
  }
  return toEvent(bytes, headers);
}

/**
 * Parses a Help Scout delivery WITHOUT checking its signature (tests, stored deliveries). Reads the
 * event name from X-HelpScout-Event and checks it.
 *
 * @throws WebhookVerificationError (`missing_header`, `malformed_body`, `unknown_event`)
 */
export function parseWebhook(rawBody: WebhookRawBody, headers: WebhookHeaders): WebhookDelivery<HelpScoutWebhookEvent> {
  return toEvent(bodyBytes(VENDOR, rawBody), headers);
}
