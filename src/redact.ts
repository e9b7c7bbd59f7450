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

export function redactDeep(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[redact(k, secrets)] = redactDeep(v, secrets, depth + 1);
  return out;
}

export function snapshotRequest(request: Request, secrets: readonly string[]): RequestSnapshot {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = CREDENTIAL_HEADERS.has(name.toLowerCase()) ? REDACTED : redact(value, secrets);
  });
  return { method: request.method, url: redact(request.url, secrets), headers };
}
