// Messages.dev ("lines") webhooks: `messaging-contracts/lines/webhooks`.
//
// The vendor's scheme (spec/lines/webhooks/*, spec/lines/components/parameters/Webhook*.yaml;
// vendors/lines.md §8, rev C docs and @messages-dev/sdk 0.2.1):
//   X-Webhook-Signature = lowercase hex of HMAC-SHA256(key = webhook secret,
//                                                      message = `${timestamp}.${raw body}`)
//   X-Webhook-Timestamp = the signing time, Unix epoch MILLISECONDS as a decimal string, equal to the
//                         body's `timestamp`; the vendor SDK signs the body's value, so that is used
//                         when the header is absent.
//   X-Webhook-Delivery-Id = `dlv_...`, equal to the body's `delivery_id` (optional).
// Deliveries more than 5 minutes from now either way are refused (the vendor SDK's default). Rev A's
// docs showed an HMAC of the body alone; current deliveries do not verify that way, nor does this.
// One signature per delivery: the vendor documents no rotation. Passing [oldSecret, newSecret]
// accepts either while you move a receiver from one webhook to its replacement.
import type { webhooks } from '../generated/lines/schema.ts';
import { webhookEventNames, type WebhookEventName } from '../generated/lines/webhooks.ts';
import {
  bodyBytes,
  checkTimestamp,
  fail,
  fromHex,
  hmac,
  knownEventName,
  matchesAny,
  parseJsonObject,
  readHeader,
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

const VENDOR = 'lines';
export const SIGNATURE_HEADER = 'X-Webhook-Signature';
export const TIMESTAMP_HEADER = 'X-Webhook-Timestamp';
export const DELIVERY_ID_HEADER = 'X-Webhook-Delivery-Id';
/** Default tolerance between the signed timestamp and now, in seconds (the vendor SDK's 5 minutes). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A Messages.dev webhook delivery: `switch (event.event)` narrows `data`. */
export type LinesWebhookEvent = WebhookPayload<webhooks, WebhookEventName>;

const SIGNATURE = /^[0-9a-fA-F]{64}$/;
const TIMESTAMP = /^[0-9]{1,16}$/;

function envelope(payload: Record<string, unknown>): LinesWebhookEvent {
  knownEventName(VENDOR, webhookEventNames, payload.event, payload, 'body field `event`');
  const { data, timestamp, delivery_id: deliveryId } = payload;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    fail(VENDOR, 'malformed_body', 'The webhook body has no `data` object');
  if (typeof timestamp !== 'number' || !Number.isSafeInteger(timestamp))
    fail(VENDOR, 'malformed_body', 'The webhook body has no integer `timestamp`');
  if (deliveryId !== undefined && typeof deliveryId !== 'string')
    fail(VENDOR, 'malformed_body', 'The webhook body has a non-string `delivery_id`');
  return payload as unknown as LinesWebhookEvent;
}

function delivery(event: LinesWebhookEvent, headers: WebhookHeaders, timestamp: number): WebhookDelivery<LinesWebhookEvent> {
  const deliveryId = readHeader(VENDOR, headers, DELIVERY_ID_HEADER) ?? event.delivery_id;
  return deliveryId === undefined ? { event, timestamp } : { event, deliveryId, timestamp };
}

/**
 * Verifies a Messages.dev webhook delivery and returns its typed event.
 *
 * @param rawBody the body exactly as received (string or bytes), before any JSON parsing
 * @param headers the request headers (`Headers`, or Node's `req.headers`); names match in any case
 * @param secret the webhook's signing secret from `POST /webhooks`, or several during a rotation
 * @param options `toleranceSeconds` (default 300) and `now` (epoch ms)
 * @throws WebhookVerificationError with `reason` `missing_header`, `malformed_header`, `bad_signature`,
 *   `stale`, `future`, `malformed_body`, `unknown_event`, `missing_secret` or `invalid_options`
 */
export async function verifyWebhook(
  rawBody: WebhookRawBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options?: WebhookVerifyOptions,
): Promise<WebhookDelivery<LinesWebhookEvent>> {
  const secrets = secretList(VENDOR, secret);
  const bytes = bodyBytes(VENDOR, rawBody);
  const signature = requireHeader(VENDOR, headers, SIGNATURE_HEADER);
  if (!SIGNATURE.test(signature)) {
    fail(VENDOR, 'malformed_header', 'X-Webhook-Signature is not a 64-digit hex HMAC-SHA256', {
      header: SIGNATURE_HEADER.toLowerCase(),
    });
  }

  // The signed timestamp: the header, else the body's `timestamp` (what the vendor SDK signs).
  let payload: Record<string, unknown> | undefined;
  let timestamp = readHeader(VENDOR, headers, TIMESTAMP_HEADER);
  if (timestamp === undefined) {
    try {
      payload = parseJsonObject(VENDOR, bytes);
    } catch {
      return fail(VENDOR, 'missing_header', 'The X-Webhook-Timestamp header is missing and the body has no readable timestamp', {
        header: TIMESTAMP_HEADER.toLowerCase(),
      });
    }
    const fromBody = payload.timestamp;
    if (typeof fromBody !== 'number' || !Number.isSafeInteger(fromBody) || fromBody < 0) {
      return fail(VENDOR, 'missing_header', 'The X-Webhook-Timestamp header is missing and the body has no integer `timestamp`', {
        header: TIMESTAMP_HEADER.toLowerCase(),
      });
    }
    timestamp = String(fromBody);
  }
  if (!TIMESTAMP.test(timestamp)) {
    fail(VENDOR, 'malformed_header', 'X-Webhook-Timestamp is not a decimal count of milliseconds', {
      header: TIMESTAMP_HEADER.toLowerCase(),
    });
  }

  const ok = await matchesAny([fromHex(signature)!], secrets, (s) => hmac('SHA-256', s, `${timestamp}.`, bytes));
  if (!ok)
    fail(VENDOR, 'bad_signature', 'The webhook signature does not match the body, timestamp and secret', {
      header: SIGNATURE_HEADER.toLowerCase(),
    });
  const signedAt = Number(timestamp);
  checkTimestamp(VENDOR, signedAt, options, DEFAULT_TOLERANCE_SECONDS, TIMESTAMP_HEADER.toLowerCase());

  return delivery(envelope(payload ?? parseJsonObject(VENDOR, bytes)), headers, signedAt);
}

/**
 * Parses a Messages.dev delivery WITHOUT checking its signature or age (for tests, replays of
 * stored deliveries, or bodies already verified elsewhere). Checks the envelope and the event name.
 *
 * @throws WebhookVerificationError (`malformed_body`, `unknown_event`, `malformed_header`)
 */
export function parseWebhook(rawBody: WebhookRawBody, headers: WebhookHeaders = {}): WebhookDelivery<LinesWebhookEvent> {
  const event = envelope(parseJsonObject(VENDOR, bodyBytes(VENDOR, rawBody)));
  const header = readHeader(VENDOR, headers, TIMESTAMP_HEADER);
  return delivery(event, headers, header !== undefined && TIMESTAMP.test(header) ? Number(header) : event.timestamp);
}
