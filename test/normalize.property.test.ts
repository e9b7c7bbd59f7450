// Property tests of the error normaliser, for every registered vendor (scripts/vendors.ts) (or those in
// TEST_VENDORS): whatever a failed call produced (any body, any status, any headers, any thrown
// value), normalizeError returns an ApiError and never throws; what the vendor's catalog knows,
// it recognises; what it does not know, it calls "unknown" and judges by the status alone.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, normalizeError, type CatalogEntry, type NormalizeInput } from '../src/errors.ts';
import { expectedCategory } from './support/status-categories.ts';
import type { VendorDefinition } from '../src/client.ts';
import { CATEGORIES } from '../scripts/openapi-model.ts';
import { loadBundles } from './support/bundles.ts';
import { definitions } from './support/definitions.ts';

const RUNS = { numRuns: 10_000 };
/** Statuses the runtime retries when the body names no catalogued error. */
const RETRYABLE_BY_STATUS = new Set([0, 408, 429, 502, 503, 504]);

interface Case {
  entry: CatalogEntry;
  body: unknown;
}

interface VendorUnderTest {
  key: string;
  def: VendorDefinition;
  cases: Case[];
}

function definitionOf(key: string): VendorDefinition {
  const def = definitions[key];
  if (!def) throw new Error(`no runtime definition for ${key} in test/support/definitions.ts`);
  return def;
}

// Every registered vendor (or of TEST_VENDORS), with its catalog and each entry's example body.
const vendors: VendorUnderTest[] = loadBundles().map((b) => ({
  key: b.key,
  def: definitionOf(b.key),
  cases: (b.doc['x-error-catalog'] ?? []).map((entry) => ({ entry, body: b.doc.components?.examples?.[entry.example]?.value })),
}));
/** Every catalog example body of every vendor: each vendor also gets the others' bodies. */
const allBodies = vendors.flatMap((v) => v.cases.map((c) => c.body));

/** A copy of a JSON value with each string leaf replaced. */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

// ---- arbitraries shared by every vendor ----

const NOW = Date.UTC(2030, 0, 15, 12, 0, 0);
const GARBAGE_HINTS = [
  '',
  ' ',
  'a 1',
  'foo 2024',
  '1e3',
  '0x10',
  '-5',
  '-1.5',
  'Infinity',
  '-Infinity',
  'NaN',
  '1e308',
  'soon',
  'null',
  'Wed, 99 Foo 2030 99:99:99 GMT',
  '2030-01-15',
];

const asctime = (d: Date) => {
  const [wd, , mon, , time] = d.toUTCString().replace(',', '').split(' ');
  return `${wd} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${d.getUTCFullYear()}`;
};

const hintValue = fc.oneof(
  fc.nat({ max: 10_000_000 }).map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.integer({ min: -1e6, max: 1e6 }).map((s) => String(Math.floor(NOW / 1000) + s)),
  fc.integer({ min: -1e9, max: 1e9 }).map((ms) => String(NOW + ms)),
  fc.constantFrom(...GARBAGE_HINTS),
  fc.string(),
  fc.double().map(String),
);

function headersArb(def: VendorDefinition) {
  const known = [...def.retryHeaders.map((h) => h.name), ...def.requestIdHeaders, 'content-type', 'date'];
  const name = fc.oneof(
    fc.constantFrom(...known),
    fc.constantFrom(...known).map((n) => n.toUpperCase()),
    fc.string({ maxLength: 20 }),
  );
  const value = fc.oneof(hintValue, fc.string());
  const record = fc.dictionary(name, fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.constant(undefined)), { maxKeys: 6 });
  const asHeaders = record.map((r) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(r)) {
      try {
        if (typeof v === 'string') headers.append(k, v);
      } catch {
        // not a valid header name or value: a Headers object cannot hold it
      }
    }
    return headers;
  });
  return fc.oneof(fc.constant(undefined), record, asHeaders);
}

const statusArb = (catalogStatuses: number[]) =>
  fc.oneof(
    fc.constantFrom(...catalogStatuses, 0, 200, 301, 408, 429, 502, 503, 504),
    fc.integer({ min: 100, max: 599 }),
    fc.integer({ min: -2000, max: 2000 }),
    fc.constantFrom(NaN, Infinity, -Infinity, -1, 1000, 99.5, 404.4, 2 ** 53, -0),
    fc.double(),
  );

const causeArb = fc.oneof(
  fc.constant(undefined),
  fc.constant(new TypeError('fetch failed', { cause: new Error('other side closed') })),
  fc.constant(new DOMException('This operation was aborted', 'AbortError')),
  fc.constant(Object.create(null) as object),
  fc.constant({
    toString: () => {
      throw new Error('no string for you');
    },
  }),
  fc.anything(),
);

function bodyArb(v: VendorUnderTest, identifying: string[]) {
  const examples = fc.constantFrom(...allBodies);
  const leaf = fc.oneof(fc.string(), fc.constantFrom(...identifying), fc.integer(), fc.boolean(), fc.constant(null));
  const key = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'toString',
      'valueOf',
      '__proto__',
      'constructor',
      'error',
      'code',
      'message',
      'type',
      'details',
      'path',
      'field',
      'param',
      'required',
      '_embedded',
      'errors',
      '_links',
      'about',
      'href',
      'logRef',
      'request_id',
    ),
  );
  return fc.oneof(
    fc.anything({
      key,
      values: [leaf],
      withNullPrototype: true,
      withBoxedValues: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
    }),
    fc.json(),
    fc.json().map((j) => JSON.parse(j) as unknown),
    fc.tuple(examples, fc.nat()).map(([b, n]) => {
      const text = JSON.stringify(b) ?? '';
      return text.slice(0, n % Math.max(1, text.length));
    }),
    fc.string().map((s) => `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>${s}</body></html>`),
    fc.constantFrom('', undefined, null, 'Internal Server Error', '{}', '[]', '"error"'),
    examples,
    // the vendor's own envelopes with their strings replaced by anything
    fc
      .tuple(fc.constantFrom(...v.cases), fc.infiniteStream(fc.oneof(fc.string(), fc.constantFrom(...identifying))))
      .map(([c, noise]) => mapStrings(c.body, () => noise.next().value)),
  );
}

describe.each(vendors.map((v) => [v.key, v] as const))('normalizeError for %s', (_key, v) => {
  const { def, cases } = v;
  const byCode = new Map(def.catalog.map((e) => [e.code, e]));
  const catalogStatuses = [...new Set(def.catalog.map((e) => e.status))];
  const codesUpper = new Set(def.catalog.map((e) => e.code.toUpperCase()));
  const messages = new Set(def.catalog.flatMap((e) => (e.message === undefined ? [] : [e.message])));
  const patterns = def.catalog.flatMap((e) => (e.messagePattern === undefined ? [] : [new RegExp(e.messagePattern)]));
  const anchors = new Set(def.catalog.flatMap((e) => (e.anchor === undefined ? [] : [e.anchor])));
  /** Could this string, wherever a body reader finds it, name a catalogued error? */
  const identifies = (s: string) =>
    codesUpper.has(s.toUpperCase()) ||
    messages.has(s) ||
    patterns.some((p) => p.test(s)) ||
    (s.includes('#') && anchors.has(s.slice(s.indexOf('#') + 1)));
  const identifying = [
    ...byCode.keys(),
    ...messages,
    ...[...anchors].map((a) => `https://developer.helpscout.com/mailbox-api/overview/errors#${a}`),
  ];
  const noise = fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z][A-Za-z_]{0,30}$/)).filter((s) => !identifies(s));

  const run = (input: Partial<NormalizeInput>) => normalizeError(def, { operation: 'GET /x', ...input });

  it('has a catalog with an example body for every entry', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.body, c.entry.code).toBeDefined();
  });

  it('never throws, and always gives a consistent ApiError', () => {
    fc.assert(
      fc.property(statusArb(catalogStatuses), headersArb(def), bodyArb(v, identifying), causeArb, (status, headers, body, cause) => {
        const error = run({ status, headers, body, cause });
        expect(error).toBeInstanceOf(ApiError);
        expect(error).toBeInstanceOf(Error);
        expect(error.vendor).toBe(def.vendor);
        expect(CATEGORIES).toContain(error.category);
        const valid = Number.isInteger(status) && status >= 0 && status <= 999;
        expect(error.status).toBe(valid ? status : 0);
        const entry = byCode.get(error.code);
        if (error.code === 'unknown') {
          expect(error.category).toBe(expectedCategory(error.status));
          const aborted = error.status === 0 && (cause as { name?: unknown } | null | undefined)?.name === 'AbortError';
          expect(error.retryable).toBe(!aborted && RETRYABLE_BY_STATUS.has(error.status));
        } else {
          expect(entry, `code ${error.code} is catalogued`).toBeDefined();
          expect(error.category).toBe(entry!.category);
          expect(error.retryable).toBe(entry!.retryable);
        }
        if (error.retryAfterMs !== undefined) {
          expect(Number.isInteger(error.retryAfterMs)).toBe(true);
          expect(error.retryAfterMs).toBeGreaterThanOrEqual(0);
        }
        expect(typeof error.message).toBe('string');
        expect(error.message.length).toBeLessThanOrEqual(501);
        expect(error.requestId === undefined || typeof error.requestId === 'string').toBe(true);
        for (const d of error.details) expect([typeof d.path, typeof d.message]).toEqual(['string', 'string']);
      }),
      RUNS,
    );
  });

  it('says a request that was never made (unsent) was not sent and is not retryable, unless the caller aborted it', () => {
    fc.assert(
      fc.property(causeArb, (cause) => {
        const error = run({ cause, unsent: true });
        const aborted = (cause as { name?: unknown } | null | undefined)?.name === 'AbortError';
        expect(error.status).toBe(0);
        expect(error.retryable).toBe(false);
        expect(error.category).toBe(aborted ? 'network' : 'validation');
        expect(error.message).toMatch(aborted ? /^network failure: / : /^request not sent: /);
      }),
      RUNS,
    );
  });

  it('maps every catalogued example body, at its status and with any headers, to its entry', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), headersArb(def), ({ entry, body }, headers) => {
        const error = run({ status: entry.status, headers, body });
        expect({ code: error.code, category: error.category, retryable: error.retryable }).toEqual({
          code: entry.code,
          category: entry.category,
          retryable: entry.retryable,
        });
      }),
      RUNS,
    );
  });

  // Bodies that carry a machine code (the reader finds the catalogued code in them).
  const coded = cases.filter((c) => def.readBody(c.body, c.entry.status).code === c.entry.code);

  // (Only vendors whose bodies carry machine codes; a test is defined only where it applies.)
  if (coded.length > 0)
    it('recognises a machine code at any status, and any catalogued code put in the envelope', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...coded),
          fc.constantFrom(...def.catalog),
          fc.integer({ min: 1, max: 999 }),
          headersArb(def),
          (c, other, status, headers) => {
            const same = run({ status, headers, body: c.body });
            expect(same.code).toBe(c.entry.code);
            const swapped = run({ status, headers, body: mapStrings(c.body, (s) => (s === c.entry.code ? other.code : s)) });
            expect({ code: swapped.code, category: swapped.category, retryable: swapped.retryable }).toEqual({
              code: other.code,
              category: other.category,
              retryable: other.retryable,
            });
          },
        ),
        RUNS,
      );
    });

  it('calls an envelope without a known code "unknown", categorised by its status', () => {
    // With a status-level fallback (a bare envelope at a catalogued status is that status' entry),
    // "unknown" is only promised at statuses the catalog does not list.
    const status = def.statusFallback
      ? fc.integer({ min: 400, max: 599 }).filter((s) => !catalogStatuses.includes(s))
      : fc.integer({ min: 400, max: 599 });
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.infiniteStream(noise), status, headersArb(def), (c, strings, s, headers) => {
        const body = mapStrings(c.body, () => strings.next().value);
        const error = run({ status: s, headers, body });
        expect({ code: error.code, category: error.category, retryable: error.retryable }).toEqual({
          code: 'unknown',
          category: expectedCategory(s),
          retryable: RETRYABLE_BY_STATUS.has(s),
        });
      }),
      RUNS,
    );
  });

  describe("retry hints from the spec's header definitions", () => {
    beforeAll(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(NOW);
    });
    afterAll(() => {
      vi.useRealTimers();
    });
    const retryAfter = def.retryHeaders.find((h) => h.hint === 'retry-after')?.name;
    const resets = def.retryHeaders.filter((h) => h.hint !== 'retry-after');
    const anyStatus = fc.integer({ min: 100, max: 999 });

    if (retryAfter !== undefined)
      it('reads Retry-After as delay-seconds or an HTTP-date, and ignores anything else', () => {
        fc.assert(
          fc.property(
            anyStatus,
            fc.oneof(
              fc.nat({ max: 1e7 }).map((n) => [String(n), n * 1000] as const),
              fc.integer({ min: -1e7, max: 1e7 }).map((s) => [new Date(NOW + s * 1000).toUTCString(), Math.max(0, s * 1000)] as const),
              fc.integer({ min: -1e7, max: 1e7 }).map((s) => [asctime(new Date(NOW + s * 1000)), Math.max(0, s * 1000)] as const),
              fc.constantFrom(...GARBAGE_HINTS).map((g) => [g, undefined] as const),
              fc
                .string()
                .filter((s) => Number.isNaN(Date.parse(s)) && !/^\s*\d+(\.\d+)?\s*$/.test(s))
                .map((g) => [g, undefined] as const),
            ),
            fc.boolean(),
            (status, [value, expected], asRecord) => {
              const headers = asRecord ? { [retryAfter!.toUpperCase()]: value } : new Headers({ [retryAfter!]: value });
              expect(run({ status, headers }).retryAfterMs).toBe(expected);
            },
          ),
          RUNS,
        );
      });

    if (resets.length > 0)
      it('reads the reset headers on 429 and 503 only, and lets Retry-After win', () => {
        fc.assert(
          fc.property(
            fc.constantFrom(...resets),
            fc.integer({ min: -1e6, max: 1e6 }),
            anyStatus,
            fc.option(fc.nat({ max: 1e5 })),
            ({ name, hint }, seconds, status, after) => {
              const value =
                hint === 'reset-unix-seconds'
                  ? String(NOW / 1000 + seconds)
                  : hint === 'reset-unix-ms'
                    ? String(NOW + seconds * 1000)
                    : String(Math.abs(seconds));
              const wait = hint === 'reset-delay-seconds' ? Math.abs(seconds) * 1000 : Math.max(0, seconds * 1000);
              const headers: Record<string, string> = { [name]: value };
              if (after !== null && retryAfter !== undefined) headers[retryAfter] = String(after);
              const expected =
                after !== null && retryAfter !== undefined ? after * 1000 : status === 429 || status === 503 ? wait : undefined;
              expect(run({ status, headers: new Headers(headers) }).retryAfterMs).toBe(expected);
            },
          ),
          RUNS,
        );
      });
  });
});
