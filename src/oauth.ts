// OAuth 2.0 client-credentials token provider: fetches a token, caches it until shortly before it
// expires, shares one token request among concurrent callers, and drops a token only when it is
// the one the API refused (so that concurrent 401s for one token cause one renewal, not one each).
import { checkToken, ConfigurationError, type TokenProvider } from './auth.ts';
import { redact } from './redact.ts';
import { unlessAborted } from './retry.ts';

/** The token endpoint refused or answered something that is not a token. Holds no secret. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
  constructor(
    message: string,
    /** HTTP status of the token endpoint; 0 when it could not be reached (or timed out) */
    readonly status: number,
    /** seconds or HTTP-date from the token endpoint's Retry-After, when it sent one */
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}

export interface ClientCredentialsOptions {
  clientId: string;
  clientSecret: string;
  tokenUrl: string;
  fetch?: typeof globalThis.fetch;
  /** renew this long before the token expires (default 60 000 ms; at most half the token's lifetime) */
  refreshMarginMs?: number;
  /** give up on one token request after this long (default 30 000 ms) */
  timeoutMs?: number;
  /** clock (tests inject one); default Date.now */
  now?: () => number;
}

/** `expires_in` in seconds: a positive number, or a string of digits (some servers quote it); else unknown. */
function lifetimeSeconds(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function clientCredentials(options: ClientCredentialsOptions): TokenProvider {
  const clientId = checkToken(options.clientId, 'OAuth client id');
  const clientSecret = checkToken(options.clientSecret, 'OAuth client secret');
  let tokenUrl: URL;
  try {
    tokenUrl = new URL(options.tokenUrl);
  } catch {
    throw new ConfigurationError('tokenUrl is not an absolute URL');
  }
  if (tokenUrl.protocol !== 'https:' && tokenUrl.protocol !== 'http:')
    throw new ConfigurationError(`tokenUrl must be http(s), got ${tokenUrl.protocol}`);
  if (tokenUrl.username || tokenUrl.password) throw new ConfigurationError('tokenUrl must not carry credentials (user:password@)');
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const margin = options.refreshMarginMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const now = options.now ?? Date.now;
  let cached: { token: string; renewAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  // No caller's signal here: the request is shared, and one caller giving up must not fail the
  // others. It has a time limit of its own instead.
  async function fetchToken(): Promise<string> {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(tokenUrl.href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const reason =
        (error as Error | undefined)?.name === 'TimeoutError'
          ? `no answer within ${timeoutMs} ms`
          : String((error as Error | undefined)?.message ?? error);
      throw new TokenError(`token endpoint unreachable: ${redact(reason, [clientSecret])}`, 0);
    }
    let json: { access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown; message?: unknown } = {};
    try {
      json = (JSON.parse(text) ?? {}) as typeof json;
    } catch {
      // not JSON: reported below
    }
    if (!response.ok) {
      const why =
        [json.error, json.error_description, json.message].filter((v) => typeof v === 'string').join(': ') || `HTTP ${response.status}`;
      throw new TokenError(
        `token request refused (${response.status}): ${redact(why, [clientSecret])}`,
        response.status,
        response.headers.get('retry-after') ?? undefined,
      );
    }
    if (typeof json.access_token !== 'string' || json.access_token === '')
      throw new TokenError('token response has no access_token', response.status);
    const seconds = lifetimeSeconds(json.expires_in);
    // Without a lifetime the token is kept until the API refuses it (a 401 invalidates it).
    const renewAt = seconds === undefined ? Infinity : now() + seconds * 1000 - Math.min(margin, (seconds * 1000) / 2);
    cached = { token: json.access_token, renewAt };
    return json.access_token;
  }

  return {
    getToken(signal) {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      inflight ??= fetchToken().finally(() => {
        inflight = undefined;
      });
      return unlessAborted(inflight, signal);
    },
    invalidate(token) {
      if (token === undefined || cached?.token === token) cached = undefined;
    },
  };
}
