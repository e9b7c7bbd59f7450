// Token auth for clients whose token comes from a provider (Help Scout's OAuth): each attempt
// carries the provider's current token, and a token the API refused is dropped once, however many
// concurrent calls were refused with it (the provider compares before dropping).
import type { TokenProvider } from './auth.ts';

export interface TokenAuth {
  /** Sets the current token on `request`; returns it. `signal` abandons this caller's wait only. */
  authorize(request: Pick<Request, 'headers'>, signal: AbortSignal): Promise<string>;
  /** The API answered 401 to `token`. */
  refused(token: string): void;
}

export function tokenAuth(
  provider: TokenProvider,
  authHeader: (token: string) => [name: string, value: string],
  /** called with every token used, so that errors can redact it */
  remember: (token: string) => void,
): TokenAuth {
  return {
    async authorize(request, signal) {
      const token = await provider.getToken(signal);
      remember(token);
      const [name, value] = authHeader(token);
      request.headers.set(name, value);
      return token;
    },
    refused(token) {
      provider.invalidate(token);
    },
  };
}
