// The vendor-neutral part of receiving webhooks: reading the raw body and the headers as any
// server hands them over, HMAC over Web Crypto, constant-time comparison, timestamp windows, and
// one error type with a machine-readable reason. Each vendor's `src/<vendor>-webhooks.ts` composes
// these into its own scheme; nothing here knows a vendor.
//
// Runs unchanged in Node >= 20, Deno, Bun, Cloudflare Workers and browsers: only
// `globalThis.crypto.subtle`, `Uint8Array`, `TextEncoder` and `TextDecoder`; no `node:*`, no Buffer.
//
// Writing a verifier for a new vendor (the pattern the vendor modules follow):
//   const bytes = bodyBytes(vendor, rawBody);                      // before anything else
//   const secrets = secretList(vendor, secret);                    // string or rotation array
//   const received = readHeader(vendor, headers, 'x-signature');   // case-insensitive, one value
//   const ok = await matchesAny(decoded signatures, secrets, (s) => hmac('SHA-256', s, bytes));
//   if (!ok) fail(vendor, 'bad_signature', ...);
//   checkTimestamp(vendor, signedAtMs, options, defaultToleranceSeconds);   // when signed
//   const payload = parseJsonObject(vendor, bytes);
//   const type = knownEventName(vendor, eventNames, payload.type, payload); // generated names

/**
 * Why a delivery was refused. The names are stable: switch on them.
 *
 * - `missing_secret`: no secret, an empty one, or a rotation list with an empty entry (a set-up error).
 * - `invalid_options`: `toleranceSeconds` is not a finite number >= 0, `now()` is not finite, or
 *   more than {@link MAX_WEBHOOK_SECRETS} secrets were given.
 * - `missing_header`: a header the scheme needs is absent or empty.
 * - `malformed_header`: a header is present but cannot be what the vendor sends (not hex/base64, wrong
 *   length, an unreadable timestamp, or several different values for one header).
 * - `bad_signature`: the signature (or verification token) matches none of the secrets.
 * - `stale`: the signed timestamp is older than the tolerance allows (a replay, or a slow queue).
 * - `future`: the signed timestamp is further ahead than the tolerance allows (a skewed clock, or a
 *   forged timestamp). Kept apart from `stale` because the fix differs (check the clock, not the queue).
 * - `malformed_body`: the body is not bytes or a string, not UTF-8, not a JSON object, or lacks the
 *   vendor's envelope fields.
 * - `unknown_event`: the body is well formed (and, in `verifyWebhook`, authentic) but names an event
 *   this package does not know; `error.payload` holds the parsed body. Answer 2xx and ignore it, or
 *   handle it from `payload`: vendors add events without notice.
 */
export type WebhookVerificationReason =
  | 'missing_secret'
  | 'invalid_options'
  | 'missing_header'
  | 'malformed_header'
  | 'bad_signature'
  | 'stale'
  | 'future'
  | 'malformed_body'
  | 'unknown_event';

/** Thrown by every `verifyWebhook` / `parseWebhook`; `reason` says which check failed. Never carries a secret. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  /** which check failed */
  readonly reason: WebhookVerificationReason;
  /** vendor key of the module that refused the delivery: `helpscout`, `inbound`, `lines`, `inbox` */
  readonly vendor: string;
  /** the header the failure is about, lower-case, when there is one */
  readonly header?: string;
  /** for `unknown_event`: the parsed body (authentic when thrown by `verifyWebhook`) */
  readonly payload?: unknown;

  constructor(
    vendor: string,
    reason: WebhookVerificationReason,
    message: string,
    details: { header?: string; payload?: unknown; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.vendor = vendor;
    this.reason = reason;
    if (details.header !== undefined) this.header = details.header;
    if (details.payload !== undefined) this.payload = details.payload;
  }
}

export function isWebhookVerificationError(error: unknown): error is WebhookVerificationError {
  return error instanceof WebhookVerificationError;
}

/** Throws the verification error; `never` lets callers use it in expressions. */
export function fail(
  vendor: string,
  reason: WebhookVerificationReason,
  message: string,
  details?: { header?: string; payload?: unknown; cause?: unknown },
): never {
  throw new WebhookVerificationError(vendor, reason, message, details);
}

/**
 * The request body exactly as received, before any JSON parsing: a string, or the bytes
 * (`Uint8Array`, which includes Node's Buffer, any other typed-array view, or an `ArrayBuffer`).
 * Signatures cover these bytes; a re-serialised object does not verify.
 */
export type WebhookRawBody = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/**
 * Request headers: a fetch `Headers`, or a plain record such as Node's `req.headers`
 * (`IncomingHttpHeaders`, whose values may be arrays). Names match in any case.
 */
export type WebhookHeaders = Headers | { readonly [name: string]: string | readonly string[] | undefined };

/** One secret, or several while a secret is being rotated (each is tried; any match verifies). */
export type WebhookSecret = string | readonly string[];

export interface WebhookVerifyOptions {
  /**
   * Largest distance, in seconds, allowed between a signed timestamp and now, either way. Default:
   * the vendor's documented tolerance. Used only by schemes that sign a timestamp.
   */
  toleranceSeconds?: number;
  /** The current time in Unix epoch milliseconds (default `Date.now`); for tests and replays. */
  now?: () => number;
}

/** What `verifyWebhook` and `parseWebhook` resolve to, for every vendor. */
export interface WebhookDelivery<Event> {
  /** the parsed body, typed as the vendor's union of events (narrow it on the event-type field) */
  event: Event;
  /** the vendor's id of this delivery or event, when it sends one (for de-duplication) */
  deliveryId?: string;
  /** when the vendor signed or sent the delivery, Unix epoch milliseconds, when it says */
  timestamp?: number;
}

/**
 * The JSON body of the webhook `Name` in an openapi-typescript `webhooks` interface (the spec's
 * `webhooks:` section): `WebhookPayload<webhooks, 'message.received'>`. With a union of names, the
 * union of their bodies.
 */
export type WebhookPayload<Webhooks, Name extends keyof Webhooks> = Name extends keyof Webhooks
  ? Webhooks[Name] extends { post?: infer Operation }
    ? Operation extends { requestBody?: { content: { 'application/json': infer Body } } }
      ? Body
      : never
    : never
  : never;

/** At most this many secrets are tried per delivery (a bound on the work one request can cause). */
export const MAX_WEBHOOK_SECRETS = 16;

// ---- body ----

const utf8 = new TextEncoder();

/** The raw body as bytes; a string is encoded as UTF-8 (what the vendor signed when it sent text). */
export function bodyBytes(vendor: string, rawBody: WebhookRawBody): Uint8Array {
  if (typeof rawBody === 'string') return utf8.encode(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  if (ArrayBuffer.isView(rawBody)) return new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  const what = rawBody === null ? 'null' : typeof rawBody;
  return fail(
    vendor,
    'malformed_body',
    `The raw body must be a string, a Uint8Array or an ArrayBuffer (the bytes received, before JSON parsing); got ${what}. ` +
      'A body-parsing middleware that already turned it into an object loses the bytes the signature covers.',
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Decodes the body as strict UTF-8 JSON and requires an object. */
export function parseJsonObject(vendor: string, bytes: Uint8Array): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    return fail(vendor, 'malformed_body', 'The webhook body is not valid UTF-8', { cause });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return fail(vendor, 'malformed_body', 'The webhook body is not valid JSON', { cause });
  }
  if (!isRecord(value)) return fail(vendor, 'malformed_body', 'The webhook body is not a JSON object');
  return value;
}

/**
 * Checks a body's event name against the vendor's known names (generated from the spec).
 * A name that is not a string is `malformed_body`; an unknown one is `unknown_event`, carrying the body.
 */
export function knownEventName<Name extends string>(
  vendor: string,
  names: readonly Name[],
  value: unknown,
  payload: unknown,
  where: string,
): Name {
  if (typeof value !== 'string' || value === '') return fail(vendor, 'malformed_body', `The webhook has no event type (${where})`);
  if (!(names as readonly string[]).includes(value)) {
    return fail(vendor, 'unknown_event', `Unknown ${vendor} webhook event "${value.slice(0, 100)}" (${where})`, { payload });
  }
  return value as Name;
}

// ---- headers ----

/**
 * One header's value, trimmed; undefined when absent or empty. Several different values for the
 * same name (repeated headers, or keys differing only in case in a plain record) are
 * `malformed_header`: a delivery never sends two signatures in two headers, so it is not guessed.
 */
export function readHeader(vendor: string, headers: WebhookHeaders, name: string): string | undefined {
  const lower = name.toLowerCase();
  if (headers === null || typeof headers !== 'object')
    return fail(vendor, 'missing_header', 'No request headers were given', { header: lower });
  let values: string[];
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const value = (headers as Headers).get(lower);
    values = value === null ? [] : [value];
  } else {
    values = [];
    const record = headers as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() !== lower) continue;
      const value = record[key];
      for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) if (typeof item === 'string') values.push(item);
    }
  }
  const present = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  if (present.length > 1) return fail(vendor, 'malformed_header', `Several different ${name} headers were sent`, { header: lower });
  return present[0];
}

/** Like {@link readHeader}, but an absent header is `missing_header`. */
export function requireHeader(vendor: string, headers: WebhookHeaders, name: string): string {
  return (
    readHeader(vendor, headers, name) ?? fail(vendor, 'missing_header', `The ${name} header is missing`, { header: name.toLowerCase() })
  );
}

// ---- secrets, options, time ----

/** The secrets to try, in order. A string is one secret; an array is a rotation (old and new). */
export function secretList(vendor: string, secret: WebhookSecret): string[] {
  const list = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? [...(secret as readonly unknown[])] : [];
  if (list.length === 0) return fail(vendor, 'missing_secret', 'No webhook secret was given');
  if (list.length > MAX_WEBHOOK_SECRETS) {
    return fail(vendor, 'invalid_options', `At most ${MAX_WEBHOOK_SECRETS} secrets are tried; got ${list.length}`);
  }
  for (const [i, s] of list.entries()) {
    if (typeof s !== 'string' || s.trim() === '') {
      return fail(
        vendor,
        'missing_secret',
        list.length === 1 ? 'The webhook secret is empty' : `Webhook secret #${i + 1} is empty or not a string`,
      );
    }
  }
  return list as string[];
}

/** The tolerance in milliseconds and the current time, after checking both. */
export function clock(
  vendor: string,
  options: WebhookVerifyOptions | undefined,
  defaultToleranceSeconds: number,
): { toleranceMs: number; nowMs: number } {
  const tolerance = options?.toleranceSeconds ?? defaultToleranceSeconds;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    return fail(vendor, 'invalid_options', `toleranceSeconds must be a finite number >= 0, got ${String(tolerance)}`);
  }
  const nowMs = (options?.now ?? Date.now)();
  if (typeof nowMs !== 'number' || !Number.isFinite(nowMs))
    return fail(vendor, 'invalid_options', `now() must return epoch milliseconds, got ${String(nowMs)}`);
  return { toleranceMs: tolerance * 1000, nowMs };
}

/** `stale` or `future` when the signed time is more than the tolerance away from now; the bounds themselves pass. */
export function checkTimestamp(
  vendor: string,
  signedAtMs: number,
  options: WebhookVerifyOptions | undefined,
  defaultToleranceSeconds: number,
  header?: string,
): void {
  const { toleranceMs, nowMs } = clock(vendor, options, defaultToleranceSeconds);
  const skew = signedAtMs - nowMs;
  const details = header === undefined ? undefined : { header };
  if (skew < -toleranceMs)
    fail(vendor, 'stale', `The webhook was signed ${Math.round(-skew / 1000)} s ago (tolerance ${toleranceMs / 1000} s)`, details);
  if (skew > toleranceMs)
    fail(
      vendor,
      'future',
      `The webhook timestamp is ${Math.round(skew / 1000)} s in the future (tolerance ${toleranceMs / 1000} s)`,
      details,
    );
}

// ---- crypto ----

export type HmacHash = 'SHA-1' | 'SHA-256';

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto (globalThis.crypto.subtle) is not available in this runtime; webhook signatures cannot be checked');
  return s;
}

/** Concatenates byte arrays into a fresh one (also what Web Crypto's typings want: a plain ArrayBuffer). */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** HMAC of the concatenated `parts`, keyed with the UTF-8 bytes of `secret`. */
export async function hmac(hash: HmacHash, secret: string, ...parts: readonly (Uint8Array | string)[]): Promise<Uint8Array> {
  const crypto = subtle();
  const key = await crypto.importKey('raw', concatBytes(utf8.encode(secret)), { name: 'HMAC', hash }, false, ['sign']);
  const message = concatBytes(...parts.map((p) => (typeof p === 'string' ? utf8.encode(p) : p)));
  return new Uint8Array(await crypto.sign('HMAC', key, message));
}

/**
 * Compares two byte arrays in time that depends only on their lengths. Lengths are not secret here
 * (a signature's length is fixed by its algorithm), so unequal lengths return false at once.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let diff = 0;
  for (let i = 0; i < a.byteLength; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/**
 * Compares two strings (tokens) without revealing where they differ or how long the expected one
 * is: both are hashed (SHA-256) first, so the comparison always runs over 32 bytes.
 */
export async function timingSafeEqualStrings(a: string, b: string): Promise<boolean> {
  const crypto = subtle();
  const [ha, hb] = await Promise.all([
    crypto.digest('SHA-256', concatBytes(utf8.encode(a))),
    crypto.digest('SHA-256', concatBytes(utf8.encode(b))),
  ]);
  return timingSafeEqual(new Uint8Array(ha), new Uint8Array(hb));
}

/**
 * Whether any received signature equals the expected signature of any secret. Every pair is
 * compared (no early exit), so the time taken does not say which secret or signature matched.
 */
export async function matchesAny(
  received: readonly Uint8Array[],
  secrets: readonly string[],
  expectedFor: (secret: string) => Promise<Uint8Array>,
): Promise<boolean> {
  const expected = await Promise.all(secrets.map(expectedFor));
  let matched = false;
  for (const r of received) for (const e of expected) matched = timingSafeEqual(r, e) || matched;
  return matched;
}

// ---- encodings (no Buffer, no atob: strict, and the same in every runtime) ----

const HEX = '0123456789abcdef';

/** Lower-case hex. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b >> 4]! + HEX[b & 15]!;
  return out;
}

/** Bytes of a hex string (either case); undefined when it is not an even-length run of hex digits. */
export function fromHex(text: string): Uint8Array | undefined {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return undefined;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding (RFC 4648 §4). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

/**
 * Bytes of standard, padded base64; undefined for anything else (wrong alphabet, missing or
 * misplaced padding, non-zero bits after the last byte): a signature has one spelling.
 */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const c = [0, 1, 2, 3].map((k) => (text[i + k] === '=' ? 0 : B64.indexOf(text[i + k]!)));
    const n = (c[0]! << 18) | (c[1]! << 12) | (c[2]! << 6) | c[3]!;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return toBase64(out) === text ? out : undefined;
}
