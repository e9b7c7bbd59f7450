// Reading response headers: case-insensitive lookup in any header container, and the wait a
// vendor's retry headers ask for (spec/AUTHORING.md, `x-retry-hint`).
import type { VendorErrors } from './vendor.ts';

export type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

// RFC 9110: Retry-After is delay-seconds (digits) or an HTTP-date; reset headers are numbers.
// Anything else is ignored (falls back to backoff) rather than guessed at: `Date.parse` reads
// "a 1" as the year 2001, and `Number` reads "1e3" and "0x10".
const SECONDS = /^\s*\d+(?:\.\d+)?\s*$/;
const HTTP_DATE =
  /^(?:[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT|[A-Za-z]{6,9}, \d{2}-[A-Za-z]{3}-\d{2} \d{2}:\d{2}:\d{2} GMT|[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4})$/;

export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const value = record[name] ?? Object.entries(record).find(([k]) => k.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value[0] : value;
}

/** The value of the first of `names` that is present (a vendor's request-id headers, in order). */
export function firstHeaderValue(headers: HeaderSource, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = headerValue(headers, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Milliseconds to wait before retrying, from the vendor's retry headers; undefined when none says. */
export function retryDelayMs(
  def: Pick<VendorErrors, 'retryHeaders'>,
  headers: HeaderSource,
  status: number,
  now?: number,
): number | undefined {
  let best: number | undefined;
  for (const { name, hint } of def.retryHeaders) {
    // A reset time is on every response; it only says "wait" when the request was refused for it.
    if (hint !== 'retry-after' && status !== 429 && status !== 503) continue;
    const raw = headerValue(headers, name);
    if (typeof raw !== 'string') continue;
    let ms: number;
    if (SECONDS.test(raw)) {
      const n = Number(raw);
      if (hint === 'retry-after' || hint === 'reset-delay-seconds') ms = n * 1000;
      else if (hint === 'reset-unix-seconds') ms = n * 1000 - (now ?? Date.now());
      else ms = n - (now ?? Date.now());
    } else if (hint === 'retry-after' && HTTP_DATE.test(raw.trim())) {
      // asctime dates carry no zone; HTTP-dates are always GMT.
      const value = raw.trim();
      ms = Date.parse(value.endsWith('GMT') ? value : `${value} GMT`) - (now ?? Date.now());
    } else continue;
    // Not a usable wait (an unparseable date, or a number too large to be one): ignore the header.
    if (!Number.isFinite(ms)) continue;
    ms = Math.max(0, Math.ceil(ms));
    // Retry-After is the server's explicit answer; it wins over reset times.
    if (hint === 'retry-after') return ms;
    best = best === undefined ? ms : Math.max(best, ms);
  }
  return best;
}
