// The category an HTTP status has when the body names no catalogued error: written here from
// RFC 9110 and the vendors' error pages (../shared/vendor-docs), not read from src, so that a
// change to the runtime's own mapping is caught by the tests instead of being mirrored by them.
import type { ErrorCategory } from '../../src/errors.ts';

const BY_STATUS: Record<number, ErrorCategory> = {
  0: 'network', // no response at all
  400: 'validation', // every vendor: malformed or invalid request
  401: 'authentication', // every vendor: missing or invalid credentials
  403: 'permission', // every vendor: authenticated, not allowed
  404: 'not_found',
  408: 'network', // the server gave up waiting for the request
  409: 'conflict', // Inbox DUPLICATE_*, Help Scout Conflict, Inbound *_exists
  410: 'not_found', // gone for good
  412: 'conflict', // Help Scout: conversation locked / precondition failed
  413: 'validation', // Help Scout PayloadTooLarge
  415: 'validation', // Help Scout InvalidMediaType
  422: 'validation', // Inbox UNPROCESSABLE_ENTITY
  429: 'rate_limited', // every vendor: too many requests
  500: 'server',
  502: 'server',
  503: 'server',
  504: 'server',
};

/** Expected category of an uncatalogued status: the table above, else by class (other 4xx: the request; 5xx: the server). */
export function expectedCategory(status: number): ErrorCategory {
  const known = BY_STATUS[status];
  if (known) return known;
  return status >= 500 ? 'server' : 'validation';
}
