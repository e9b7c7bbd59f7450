// Credentials: validation at construction, the header each vendor expects, and token providers.

/** Bad client options (a missing or malformed token, a bad base URL): thrown at construction. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** A token's shortest plausible length: anything shorter is a truncated or placeholder value. */
export const MIN_TOKEN_LENGTH = 8;

// C0 controls and DEL: a header value cannot carry them, and they are never part of a real token.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Checks a static token and returns it; throws ConfigurationError saying what is wrong, never echoing the token. */
export function checkToken(token: unknown, what: string): string {
  if (typeof token !== 'string') throw new ConfigurationError(`${what} must be a string, got ${token === null ? 'null' : typeof token}`);
  if (token.trim() === '') throw new ConfigurationError(`${what} is empty`);
  if (/\s/.test(token)) throw new ConfigurationError(`${what} contains whitespace (a stray space or newline from copying it?)`);
  if (CONTROL.test(token)) throw new ConfigurationError(`${what} contains a control character`);
  if (token.length < MIN_TOKEN_LENGTH) throw new ConfigurationError(`${what} is ${token.length} characters long: it looks truncated`);
  return token;
}

/**
 * Checks a base URL and returns it without a trailing slash. Never echoes it: a URL that fails
 * may still hold a password. Credentials in the URL are refused, because every error snapshot,
 * message and log line would then carry them: pass them as the client's credential instead.
 */
export function checkBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string')
    throw new ConfigurationError(`baseUrl must be a string, got ${baseUrl === null ? 'null' : typeof baseUrl}`);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError('baseUrl is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigurationError(`baseUrl must be http(s), got ${url.protocol}`);
  if (url.username || url.password)
    throw new ConfigurationError("baseUrl must not carry credentials (user:password@): pass them as the client's credential option");
  if (CONTROL.test(baseUrl)) throw new ConfigurationError('baseUrl contains a control character');
  return baseUrl.replace(/\/+$/, '');
}

/** Supplies the current access token. */
export interface TokenProvider {
  /** the token to send; `signal` abandons this caller's wait only, never a request other callers share */
  getToken(signal?: AbortSignal): Promise<string>;
  /** the API refused `token`: drop it if it is still the current one (with no argument: drop whatever is cached) */
  invalidate(token?: string): void;
}
