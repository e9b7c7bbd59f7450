// Inbox API v2 webhooks: `messaging-contracts/inbox-v2/webhooks`.
//
// The vendor's scheme (spec/inbox-v2/components/parameters/WebhookSignature.yaml; vendors/inbox.md
// §8; @inboxapp/sdk 0.1.x `src/webhooks.ts`, InboxHQ/inboxapp-sdk @ 5a89b6b1):
//   X-Inbox-Signature: t=<unix SECONDS>,v1=<lowercase hex HMAC-SHA256(key = webhook secret,
//                                                             message = `${t}.${raw body}`)>
// Several `v1=` entries may appear (any one matching verifies, as in the vendor SDK); unknown
// `key=value` entries are ignored, so a later scheme can be added beside `v1`. Deliveries whose `t`
// is more than 5 minutes from now either way are refused (the SDK's default tolerance).
// The body is the event envelope of GET /events: `id` (de-duplicate on it), `seq` (resume
// `GET /events?afterSeq=<seq>`), `type`, `apiVersion` ("2"), `createdAt`, `object` {type, id, url},
// `data` (only the values of the change: read the object for its state).
import type { webhooks } from '../generated/inbox-v2/schema.ts';
import { webhookEventNames, type WebhookEventName } from '../generated/inbox-v2/webhooks.ts';
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

const VENDOR = 'inbox-v2';
export const SIGNATURE_HEADER = 'X-Inbox-Signature';
/** Default tolerance between the signed timestamp and now, in seconds (the vendor SDK's 5 minutes). */
export const DEFAULT_TOLERANCE_SECONDS = 300;
/** At most this many `v1=` signatures are compared per delivery (a bound on the work one request can cause). */
const MAX_SIGNATURES = 8;

/** An Inbox v2 event: `switch (event.type)` narrows `object` and `data`. */
export type InboxV2WebhookEvent = WebhookPayload<webhooks, WebhookEventName>;

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;
const SECONDS = /^[0-9]{1,12}$/;

/** `t` and the `v1` signatures of an X-Inbox-Signature header. */
function readSignature(header: string): { t: string; signatures: Uint8Array[] } {
  const malformed = (why: string) =>
    fail(VENDOR, 'malformed_header', `X-Inbox-Signature ${why}`, { header: SIGNATURE_HEADER.toLowerCase() });
  const times = new Set<string>();
  const signatures: Uint8Array[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') times.add(value);
    else if (key === 'v1') {
      if (!HEX_SHA256.test(value)) malformed('has a v1 that is not a 64-digit hex HMAC-SHA256');
      if (signatures.length === MAX_SIGNATURES) malformed(`has more than ${MAX_SIGNATURES} v1 signatures`);
      signatures.push(fromHex(value)!);
    }
  }
  if (times.size !== 1) malformed(times.size === 0 ? 'has no t= timestamp' : 'has several different t= timestamps');
  const [t] = times as Set<string> & { size: 1 };
  if (!SECONDS.test(t!)) malformed('has a t= that is not a count of Unix seconds');
  if (signatures.length === 0) malformed('has no v1= signature');
  return { t: t!, signatures };
}

function envelope(payload: Record<string, unknown>): InboxV2WebhookEvent {
  knownEventName(VENDOR, webhookEventNames, payload.type, payload, 'body field `type`');
  const { id, seq, createdAt, object } = payload;
  if (typeof id !== 'string' || id === '') fail(VENDOR, 'malformed_body', 'The webhook body has no string `id`');
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq)) fail(VENDOR, 'malformed_body', 'The webhook body has no integer `seq`');
  if (typeof createdAt !== 'string' || !Number.isFinite(Date.parse(createdAt)))
    fail(VENDOR, 'malformed_body', 'The webhook body has no ISO 8601 `createdAt`');
  if (object === null || typeof object !== 'object' || Array.isArray(object))
    fail(VENDOR, 'malformed_body', 'The webhook body has no `object` reference');
  return payload as unknown as InboxV2WebhookEvent;
}

/**
 * Verifies an Inbox v2 webhook delivery and returns its typed event.
 *
 * @param rawBody the body exactly as received (string or bytes), before any JSON parsing
 * @param headers the request headers (`Headers`, or Node's `req.headers`); names match in any case
 * @param secret the webhook's signing secret, or several during a rotation
 * @param options `toleranceSeconds` (default 300) and `now` (epoch ms)
 * @returns `deliveryId` = the event `id`, `timestamp` = the signed `t` in epoch ms
 * @throws WebhookVerificationError with `reason` `missing_header`, `malformed_header`, `bad_signature`,
 *   `stale`, `future`, `malformed_body`, `unknown_event`, `missing_secret` or `invalid_options`
 */
export async function verifyWebhook(
  rawBody: WebhookRawBody,
  headers: WebhookHeaders,
  secret: WebhookSecret,
  options?: WebhookVerifyOptions,
): Promise<WebhookDelivery<InboxV2WebhookEvent>> {
  const secrets = secretList(VENDOR, secret);
  const bytes = bodyBytes(VENDOR, rawBody);
  const { t, signatures } = readSignature(requireHeader(VENDOR, headers, SIGNATURE_HEADER));
  const ok = await matchesAny(signatures, secrets, (s) => hmac('SHA-256', s, `${t}.`, bytes));
  if (!ok)
    fail(VENDOR, 'bad_signature', 'The webhook signature does not match the body, timestamp and secret', {
      header: SIGNATURE_HEADER.toLowerCase(),
    });
  const signedAt = Number(t) * 1000;
  checkTimestamp(VENDOR, signedAt, options, DEFAULT_TOLERANCE_SECONDS, SIGNATURE_HEADER.toLowerCase());
  const event = envelope(parseJsonObject(VENDOR, bytes));
  return { event, deliveryId: event.id, timestamp: signedAt };
}

/**
 * Parses an Inbox v2 delivery WITHOUT checking its signature or age (for tests, replays of stored
 * deliveries, or bodies already verified elsewhere). Checks the envelope and the event type.
 * `timestamp` is the header's `t` when one is readable, else the event's `createdAt`.
 *
 * @throws WebhookVerificationError (`malformed_body`, `unknown_event`, `malformed_header`)
 */
export function parseWebhook(rawBody: WebhookRawBody, headers: WebhookHeaders = {}): WebhookDelivery<InboxV2WebhookEvent> {
  const event = envelope(parseJsonObject(VENDOR, bodyBytes(VENDOR, rawBody)));
  const t = /(?:^|,)\s*t=([0-9]{1,12})\s*(?:,|$)/.exec(readHeader(VENDOR, headers, SIGNATURE_HEADER) ?? '')?.[1];
  return { event, deliveryId: event.id, timestamp: t === undefined ? Date.parse(event.createdAt) : Number(t) * 1000 };
}
