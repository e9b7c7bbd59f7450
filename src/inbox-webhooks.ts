// Inbox (inboxapp.com) v1 webhooks: `messaging-contracts/inbox/webhooks`.
//
// Inbox v1 documents NO signature scheme (docs.inboxapp.com/webhooks/overview; vendors/inbox.md §7):
// no signature, timestamp or delivery-id header. So this module has no `verifyWebhook`, only
// `parseWebhook`, which checks the envelope and the event type and types the result; it cannot
// tell a forged delivery from a real one. Protect the receiving URL (a long random path, a secret
// query parameter you check yourself, an allow-list), or treat deliveries as hints and read the
// state back with the API or `GET /events` (ordered by `seq`). Inbox v2 signs deliveries
// (`X-Inbox-Signature`); that is a separate API.
//
// The envelope (spec/inbox/components/schemas/WebhookEnvelope.yaml): `id` (de-duplicate on it),
// `seq`, `teamId`, `type`, `timestamp` (ISO 8601), `version` ("1.0"), `data` (per type).
import type { webhooks } from '../generated/inbox/schema.ts';
import { webhookEventNames, type WebhookEventName } from '../generated/inbox/webhooks.ts';
import {
  bodyBytes,
  fail,
  knownEventName,
  parseJsonObject,
  type WebhookDelivery,
  type WebhookHeaders,
  type WebhookPayload,
  type WebhookRawBody,
} from './webhook.ts';

export { WebhookVerificationError, isWebhookVerificationError } from './webhook.ts';
export type { WebhookDelivery, WebhookHeaders, WebhookRawBody, WebhookVerificationReason } from './webhook.ts';
export { webhookEventNames, type WebhookEventName };

const VENDOR = 'inbox';

/** An Inbox v1 event envelope: `switch (event.type)` narrows `data`. */
export type InboxWebhookEvent = WebhookPayload<webhooks, WebhookEventName>;

/**
 * Parses an Inbox v1 webhook delivery. This is NOT verification: Inbox v1 documents no way to
 * prove a delivery came from Inbox (see the module comment).
 *
 * Checks that the body is a JSON object with the envelope fields (`id`, `seq`, `teamId`, `type`,
 * `timestamp`, `version`, `data`) and a known `type`. `deliveryId` is the envelope `id`;
 * `timestamp` is the envelope's time in epoch milliseconds.
 *
 * @param rawBody the body as received (string or bytes)
 * @param _headers accepted for the common signature; v1 sends no header this reads
 * @throws WebhookVerificationError (`malformed_body`, `unknown_event`)
 */
export function parseWebhook(rawBody: WebhookRawBody, _headers: WebhookHeaders = {}): WebhookDelivery<InboxWebhookEvent> {
  const payload = parseJsonObject(VENDOR, bodyBytes(VENDOR, rawBody));
  const { id, seq, teamId, timestamp, data } = payload;
  if (typeof id !== 'string' || id === '') fail(VENDOR, 'malformed_body', 'The webhook body has no string `id`');
  if (typeof seq !== 'number' || !Number.isFinite(seq)) fail(VENDOR, 'malformed_body', 'The webhook body has no numeric `seq`');
  if (typeof teamId !== 'string') fail(VENDOR, 'malformed_body', 'The webhook body has no string `teamId`');
  const time = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
  if (!Number.isFinite(time)) fail(VENDOR, 'malformed_body', 'The webhook body has no ISO 8601 `timestamp`');
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    fail(VENDOR, 'malformed_body', 'The webhook body has no `data` object');
  knownEventName(VENDOR, webhookEventNames, payload.type, payload, 'body field `type`');
  return { event: payload as unknown as InboxWebhookEvent, deliveryId: id as string, timestamp: time };
}
