// OAuth 2.0 client-credentials token provider: fetches a token, caches it until shortly before it
// expires, shares one request among concurrent callers, and renews on demand.
import { checkToken, ConfigurationError, type TokenProvider } from './auth.ts';
import { redact } from './redact.ts';

/** The token endpoint refused or answered something that is not a token. Holds no secret. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
  constructor(
    message: string,
    /** HTTP status of the token endpoint; 0 when it could not be reached */
    readonly status: number,
  ) {
    super(message);
  }
}

export interface ClientCredentialsOptions {
  clientId: string;
  clientSecret: string;
  tokenUrl: string;
  fetch?: typeof globalThis.fetch;
  /** renew this long before the token expires (default 60 000 ms) */
  refreshMarginMs?: number;
  /** clock (tests inject one); default Date.now */
  now?: () => number;
}

export function clientCredentials(options: ClientCredentialsOptions): TokenProvider {
  const clientId = checkToken(options.clientId, 'OAuth client id');
  const clientSecret = checkToken(options.clientSecret, 'OAuth client secret');
  if (!/^https?:\/\//.test(options.tokenUrl ?? '')) throw new ConfigurationError(`tokenUrl ${JSON.stringify(options.tokenUrl)} is not an http(s) URL`);
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const margin = options.refreshMarginMs ?? 60_000;
  const now = options.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function fetchToken(signal?: AbortSignal): Promise<string> {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
    let response: Response;
    try {
      response = await fetchImpl(options.tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body,
        signal,
      });
    } catch (error) {
      throw new TokenError(`token endpoint unreachable: ${redact(String((error as Error)?.message ?? error), [clientSecret])}`, 0);
    }
    const text = await response.text().catch(() => '');
    let json: { access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown; message?: unknown } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      // not JSON: reported below
    }
    if (!response.ok) {
      const why = [json.error, json.error_description, json.message].filter((v) => typeof v === 'string').join(': ') || `HTTP ${response.status}`;
      throw new TokenError(`token request refused (${response.status}): ${redact(why, [clientSecret])}`, response.status);
    }
    if (typeof json.access_token !== 'string' || json.access_token === '') throw new TokenError('token response has no access_token', response.status);
    const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : 0;
    cached = { token: json.access_token, expiresAt: now() + seconds * 1000 };
    return json.access_token;
  }

  return {
    async getToken(signal) {
      if (cached && now() < cached.expiresAt - margin) return cached.token;
      inflight ??= fetchToken(signal).finally(() => {
        inflight = undefined;
      });
      return inflight;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
