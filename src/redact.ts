// Keeps credentials out of everything an error carries: request snapshots, messages, bodies.

/** Method, URL and headers of a request, with credentials removed. */
export interface RequestSnapshot {
  method: string;
  url: string;
  headers: Record<string, string>;
}

export const REDACTED = '[REDACTED]';

/** Headers that carry credentials in any of our vendors' schemes. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'cookie', 'set-cookie']);

// Secrets shorter than this are not searched for in free text (they would redact ordinary words);
// the client rejects such tokens at construction anyway.
const MIN_SECRET = 8;

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}

function holdsSecret(text: string, secrets: readonly string[]): boolean {
  for (let i = 0; i < secrets.length; i++) {
    const secret = secrets[i]!;
    if (secret.length >= MIN_SECRET && text.includes(secret)) return true;
  }
  return false;
}

/** Whether a secret occurs in the strings or keys of `value`; also true when it nests too deep (or cycles) to say cheaply. */
function mayHoldSecret(value: unknown, secrets: readonly string[], depth: number): boolean {
  if (typeof value === 'string') return holdsSecret(value, secrets);
  if (value === null || typeof value !== 'object') return false;
  if (depth > 32) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (mayHoldSecret(value[i], secrets, depth + 1)) return true;
    return false;
  }
  // Not a plain object (a Map, a Date, a class instance): its content is not all in its keys.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return true;
  // for-in: no array of keys to allocate; it may also visit inherited keys, which only makes the
  // answer more cautious (the copy then reads own keys only).
  for (const key in value) {
    if (holdsSecret(key, secrets) || mayHoldSecret((value as Record<string, unknown>)[key], secrets, depth + 1)) return true;
  }
  return false;
}

/**
 * `value` with every secret redacted from its strings and keys: `value` itself when it holds
 * none, else a copy. The copy is iterative, so that no nesting depth overflows the stack or is
 * left unredacted; cyclic and shared references are copied once.
 */
export function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  // Most bodies hold no secret: a read-only scan is much cheaper than a copy.
  if (!mayHoldSecret(value, secrets, 0)) return value;
  const copies = new Map<object, Record<string, unknown> | unknown[]>();
  const pending: object[] = [];
  const copy = (item: unknown): unknown => {
    if (typeof item === 'string') return redact(item, secrets);
    if (item === null || typeof item !== 'object') return item;
    let target = copies.get(item);
    if (target === undefined) {
      target = Array.isArray(item) ? [] : {};
      copies.set(item, target);
      pending.push(item);
    }
    return target;
  };
  const root = copy(value);
  for (let source = pending.pop(); source !== undefined; source = pending.pop()) {
    const target = copies.get(source)!;
    if (Array.isArray(source)) {
      const list = target as unknown[];
      for (let i = 0; i < source.length; i++) list[i] = copy(source[i]);
      continue;
    }
    for (const [key, item] of Object.entries(source)) {
      // defineProperty: a JSON key "__proto__" is data, not the copy's prototype.
      Object.defineProperty(target, redact(key, secrets), { value: copy(item), enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}

/**
 * `body` as redactDeep gives it, knowing the text it was parsed from (or that is it). A text with
 * no backslash has no JSON escape, so every string and key of the body is a piece of it: when it
 * also holds no secret, neither does the body, which is then returned without being searched.
 */
export function redactParsed(body: unknown, text: string | undefined, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return body;
  if (text !== undefined && !text.includes('\\') && !holdsSecret(text, secrets)) return body;
  return redactDeep(body, secrets);
}

export function snapshotRequest(request: Request, secrets: readonly string[]): RequestSnapshot {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = CREDENTIAL_HEADERS.has(name.toLowerCase()) ? REDACTED : redact(value, secrets);
  });
  return { method: request.method, url: redact(request.url, secrets), headers };
}
