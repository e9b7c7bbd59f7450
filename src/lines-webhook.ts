// Messages.dev ("lines") webhook verification.
//
// The vendor's scheme (spec/lines/webhooks/*, vendors/lines.md §8, rev C / @messages-dev/sdk 0.2.1):
//   X-Webhook-Signature = lowercase hex of HMAC-SHA256(key = webhook secret,
//                                                      message = `${timestamp}.${raw body}`)
//   X-Webhook-Timestamp = the signing time, Unix epoch MILLISECONDS as a decimal string (equal to
//                         the body's `timestamp`; the vendor SDK signs with the body's value, so it
//                         is used when the header is absent)
// Verify over the raw bytes, compare in constant time, reject timestamps more than 5 minutes away
// from now (the vendor SDK's default tolerance). Rev A's docs showed an HMAC of the body alone;
// current deliveries do not verify that way, and neither does this function.
import { Buffer } from 'node:buffer';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { components } from '../generated/lines/schema.ts';

type Schemas = components['schemas'];

/** A delivery of one of the four events rev C sends. */
export type LinesKnownWebhookEvent =
  | Schemas['MessageReceivedEvent']
  | Schemas['MessageSentEvent']
  | Schemas['ReactionAddedEvent']
  | Schemas['ReactionRemovedEvent'];

export type LinesWebhookEventName = LinesKnownWebhookEvent['event'];

/** An authentic delivery of an event this package does not know (the vendor added one). */
export interface LinesOtherWebhookEvent {
  event: string;
  data: Record<string, unknown>;
  timestamp: number;
  delivery_id?: string;
}

export type LinesWebhookEvent = LinesKnownWebhookEvent | LinesOtherWebhookEvent;

export const LINES_WEBHOOK_EVENT_NAMES: readonly LinesWebhookEventName[] = [
  'message.received',
  'message.sent',
  'reaction.added',
  'reaction.removed',
];

/** Narrows a verified event to the four known ones (then `switch (event.event)` narrows `data`). */
export function isKnownLinesWebhookEvent(event: LinesWebhookEvent): event is LinesKnownWebhookEvent {
  return (LINES_WEBHOOK_EVENT_NAMES as readonly string[]).includes(event.event);
}

export const LINES_WEBHOOK_SIGNATURE_HEADER = 'x-webhook-signature';
export const LINES_WEBHOOK_TIMESTAMP_HEADER = 'x-webhook-timestamp';
export const LINES_WEBHOOK_DELIVERY_ID_HEADER = 'x-webhook-delivery-id';
/** Default tolerance between the signed timestamp and now, in seconds (the vendor SDK uses 5 minutes). */
export const LINES_WEBHOOK_DEFAULT_TOLERANCE_SECONDS = 300;

export type LinesWebhookVerificationReason =
  | 'missing_secret'
  | 'invalid_tolerance'
  | 'missing_signature'
  | 'malformed_signature'
  | 'missing_timestamp'
  | 'malformed_timestamp'
  | 'stale_timestamp'
  | 'signature_mismatch'
  | 'invalid_json'
  | 'invalid_payload';

/** Thrown by verifyLinesWebhook for every failure; `reason` says which check failed. */
export class LinesWebhookVerificationError extends Error {
  override readonly name = 'LinesWebhookVerificationError';
  readonly reason: LinesWebhookVerificationReason;

  constructor(reason: LinesWebhookVerificationReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

export type LinesWebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyLinesWebhookOptions {
  /** Maximum distance between the signed timestamp and now, in seconds, either way (default 300). */
  toleranceSeconds?: number;
  /** Current time in Unix epoch milliseconds (default Date.now). */
  now?: () => number;
}

const SIGNATURE = /^[0-9a-f]{64}$/i;
const TIMESTAMP = /^[0-9]{1,16}$/;

function fail(reason: LinesWebhookVerificationReason, message: string, cause?: unknown): never {
  throw new LinesWebhookVerificationError(reason, message, cause === undefined ? undefined : { cause });
}

type HeaderValue = { kind: 'absent' } | { kind: 'ambiguous' } | { kind: 'value'; value: string };

/** Reads one header from a Headers object or a plain record (any key case; arrays from node's IncomingHttpHeaders). */
function readHeader(headers: LinesWebhookHeaders, name: string): HeaderValue {
  let raw: string | null | undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    raw = (headers as Headers).get(name);
  } else {
    const record = headers as Record<string, string | string[] | undefined>;
    const values: (string | string[] | undefined)[] = [];
    for (const key of Object.keys(record)) if (key.toLowerCase() === name) values.push(record[key]);
    const present = values.flat().filter((v): v is string => typeof v === 'string');
    if (present.length > 1 && present.some((v) => v.trim() !== present[0]!.trim())) return { kind: 'ambiguous' };
    raw = present[0];
  }
  if (raw === null || raw === undefined) return { kind: 'absent' };
  const value = raw.trim();
  return value === '' ? { kind: 'absent' } : { kind: 'value', value };
}

function toBytes(rawBody: string | Uint8Array): Buffer {
  if (typeof rawBody === 'string') return Buffer.from(rawBody, 'utf8');
  if (rawBody instanceof Uint8Array) return Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  return fail('invalid_payload', 'The raw body must be a string or a Uint8Array (the bytes received, before any JSON parsing)');
}

function parseJson(body: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch (error) {
    return fail('invalid_json', 'The webhook body is not valid UTF-8', error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail('invalid_json', 'The webhook body is not valid JSON', error);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toEvent(payload: unknown): LinesWebhookEvent {
  if (!isRecord(payload)) fail('invalid_payload', 'The webhook body is not a JSON object');
  const { event, data, timestamp, delivery_id: deliveryId } = payload;
  if (typeof event !== 'string' || event === '') fail('invalid_payload', 'The webhook body has no `event` name');
  if (!isRecord(data)) fail('invalid_payload', 'The webhook body has no `data` object');
  if (typeof timestamp !== 'number' || !Number.isSafeInteger(timestamp)) fail('invalid_payload', 'The webhook body has no integer `timestamp`');
  if (deliveryId !== undefined && typeof deliveryId !== 'string') fail('invalid_payload', 'The webhook body has a non-string `delivery_id`');
  return payload as unknown as LinesWebhookEvent;
}

/**
 * Verifies a Messages.dev webhook delivery and returns its parsed event.
 *
 * @param rawBody the request body exactly as received (string or bytes), before any JSON parsing
 * @param headers the request headers (a fetch `Headers`, or node's `req.headers` / any record; names are matched case-insensitively)
 * @param secret the webhook's signing secret, as returned by `POST /webhooks` (used as-is)
 * @throws LinesWebhookVerificationError on any failure (see `reason`)
 */
export function verifyLinesWebhook(
  rawBody: string | Uint8Array,
  headers: LinesWebhookHeaders,
  secret: string,
  options: VerifyLinesWebhookOptions = {},
): LinesWebhookEvent {
  if (typeof secret !== 'string' || secret.trim() === '') fail('missing_secret', 'No webhook secret was given');
  const tolerance = options.toleranceSeconds ?? LINES_WEBHOOK_DEFAULT_TOLERANCE_SECONDS;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    fail('invalid_tolerance', `toleranceSeconds must be a finite number >= 0, got ${String(tolerance)}`);
  }
  if (headers === null || typeof headers !== 'object') fail('missing_signature', 'No headers were given');
  const body = toBytes(rawBody);

  const signatureHeader = readHeader(headers, LINES_WEBHOOK_SIGNATURE_HEADER);
  if (signatureHeader.kind === 'absent') fail('missing_signature', 'The X-Webhook-Signature header is missing');
  if (signatureHeader.kind === 'ambiguous') fail('malformed_signature', 'Several different X-Webhook-Signature headers were sent');
  if (!SIGNATURE.test(signatureHeader.value)) {
    fail('malformed_signature', 'X-Webhook-Signature is not a 64-character hex HMAC-SHA256');
  }

  // The signed timestamp: the header, else the body's `timestamp` (the vendor SDK signs that value).
  let payload: unknown;
  let timestamp: string;
  const timestampHeader = readHeader(headers, LINES_WEBHOOK_TIMESTAMP_HEADER);
  if (timestampHeader.kind === 'ambiguous') fail('malformed_timestamp', 'Several different X-Webhook-Timestamp headers were sent');
  if (timestampHeader.kind === 'value') {
    timestamp = timestampHeader.value;
  } else {
    try {
      payload = parseJson(body);
    } catch {
      return fail('missing_timestamp', 'The X-Webhook-Timestamp header is missing and the body has no readable timestamp');
    }
    const fromBody = isRecord(payload) ? payload.timestamp : undefined;
    if (typeof fromBody !== 'number' || !Number.isSafeInteger(fromBody) || fromBody < 0) {
      fail('missing_timestamp', 'The X-Webhook-Timestamp header is missing and the body has no integer `timestamp`');
    }
    timestamp = String(fromBody);
  }
  if (!TIMESTAMP.test(timestamp)) fail('malformed_timestamp', 'X-Webhook-Timestamp is not a decimal count of milliseconds');

  const expected = createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(body).digest();
  const received = Buffer.from(signatureHeader.value, 'hex');
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    fail('signature_mismatch', 'The webhook signature does not match the body, timestamp and secret');
  }

  const now = (options.now ?? Date.now)();
  const skewMs = Math.abs(now - Number(timestamp));
  if (!(skewMs <= tolerance * 1000)) {
    fail('stale_timestamp', `The webhook timestamp is ${Math.round(skewMs / 1000)} s away from now (tolerance ${tolerance} s)`);
  }

  return toEvent(payload === undefined ? parseJson(body) : payload);
}
