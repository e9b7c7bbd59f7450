// Help Scout Mailbox API 2.0: generated types, error catalog, and the client factory (static token
// or OAuth client credentials).
import type { Calls, Methods } from '../generated/helpscout/calls.ts';
import { errorCatalog, type ErrorCode } from '../generated/helpscout/errors.ts';
import * as facts from '../generated/helpscout/vendor-facts.ts';
import { asRecord, asString } from './body.ts';
import { createVendorClient, vendorDefinition, type BaseClientOptions, type VendorClient, type VendorDefinition } from './client.ts';
import type { ApiError, FieldProblem } from './errors.ts';
import { clientCredentials } from './oauth.ts';
import type { TokenProvider } from './auth.ts';

export type { paths, components, operations } from '../generated/helpscout/schema.ts';
export type { Calls, Methods } from '../generated/helpscout/calls.ts';
export { errorCatalog, operationErrorCodes } from '../generated/helpscout/errors.ts';
export { paginate, ApiError, isApiError } from './runtime.ts';
export { clientCredentials, TokenError, type ClientCredentialsOptions } from './oauth.ts';

export type HelpScoutErrorCode = ErrorCode;
export type HelpScoutApiError = ApiError<HelpScoutErrorCode>;
export type HelpScoutClient = VendorClient<Calls, HelpScoutErrorCode, Methods>;

/** The token URL of Help Scout's OAuth 2.0 flows. */
export const HELPSCOUT_TOKEN_URL = 'https://api.helpscout.net/v2/oauth2/token';

/**
 * Help Scout errors are `application/vnd.error+json`: `{logRef, message, _embedded.errors[{path,
 * message, _links.about.href "...errors#Anchor"}]}`. A field error is recognised by its anchor;
 * otherwise the status-level catalog entry applies to a vnd.error body.
 */
export const helpScoutDefinition: VendorDefinition = vendorDefinition(facts, errorCatalog, {
  statusFallback: true,
  readBody(body) {
    const record = asRecord(body);
    if (!record) return {};
    const errors = asRecord(record._embedded)?.errors;
    const details: FieldProblem[] = [];
    const anchors: string[] = [];
    if (Array.isArray(errors)) {
      for (const item of errors) {
        const e = asRecord(item);
        if (!e) continue;
        details.push({ path: asString(e.path) ?? '', message: asString(e.message) ?? '' });
        const href = asString(asRecord(asRecord(e._links)?.about)?.href);
        const hash = href?.indexOf('#') ?? -1;
        if (href && hash >= 0) anchors.push(href.slice(hash + 1));
      }
    }
    const logRef = asString(record.logRef);
    const message = asString(record.message);
    return { anchors, details, message, requestId: logRef, envelope: logRef !== undefined || message !== undefined };
  },
});

export type HelpScoutClientOptions = BaseClientOptions &
  (
    | { /** an OAuth access token you manage */ token: string }
    | {
        /** OAuth app credentials: the client fetches, caches and renews its token */ clientId: string;
        clientSecret: string;
        tokenUrl?: string;
      }
    | { /** any token source */ tokenProvider: TokenProvider }
  );

/** A typed client of the Help Scout Mailbox API. Throws ConfigurationError on missing or malformed credentials. */
export function createHelpScoutClient(options: HelpScoutClientOptions): HelpScoutClient {
  if (options && 'tokenProvider' in options) return createVendorClient(helpScoutDefinition, options, { provider: options.tokenProvider });
  if (options && 'clientId' in options) {
    const provider = clientCredentials({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      tokenUrl: options.tokenUrl ?? (options.baseUrl ? `${options.baseUrl.replace(/\/+$/, '')}/v2/oauth2/token` : HELPSCOUT_TOKEN_URL),
      fetch: options.fetch,
    });
    // The app secret never goes to the API, but keep it out of every error all the same.
    return createVendorClient(helpScoutDefinition, options, { provider, secrets: [options.clientSecret] });
  }
  return createVendorClient(helpScoutDefinition, options, {
    token: (options as { token?: string } | undefined)?.token as string,
    what: 'Help Scout access token',
  });
}
