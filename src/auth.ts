// Credentials: validation at construction, the header each vendor expects, and token providers.

/** Bad client options (a missing or malformed token, a bad base URL): thrown at construction. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** A token's shortest plausible length: anything shorter is a truncated or placeholder value. */
export const MIN_TOKEN_LENGTH = 8;

/** Checks a static token and returns it; throws ConfigurationError with what is wrong. */
export function checkToken(token: unknown, what: string): string {
  if (typeof token !== 'string') throw new ConfigurationError(`${what} must be a string, got ${token === null ? 'null' : typeof token}`);
  if (token.trim() === '') throw new ConfigurationError(`${what} is empty`);
  if (/\s/.test(token)) throw new ConfigurationError(`${what} contains whitespace (a stray space or newline from copying it?)`);
  if (token.length < MIN_TOKEN_LENGTH) throw new ConfigurationError(`${what} is ${token.length} characters long: it looks truncated`);
  return token;
}

export function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError(`baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigurationError(`baseUrl must be http(s), got ${url.protocol}`);
  return baseUrl.replace(/\/+$/, '');
}

/** Supplies the current access token; `invalidate` drops a token the server refused. */
export interface TokenProvider {
  getToken(signal?: AbortSignal): Promise<string>;
  invalidate(): void;
}
