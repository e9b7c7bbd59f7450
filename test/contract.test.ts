// The typed clients against Prism serving each bundle (one Prism per vendor, on a free 127.0.0.1
// port): every operation sent with its documented request example must pass Prism's request
// validation (no `sl-violations`) and come back as the documented success, parsed by the client;
// every catalogued error, asked for with `Prefer: code=<status>, example=<name>`, must reach the
// client as an ApiError with that code and the catalog's category.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism, type PrismServer } from '../scripts/prism.ts';
import { ApiError } from '../src/errors.ts';
import { loadBundles } from './support/bundles.ts';
import { documentedRequests, errorCases, initFor, statusMatches } from './support/documented-requests.ts';
import { inParallel } from './support/parallel.ts';
import { modulesOf } from './support/vendor-modules.ts';

const secret = 'sk_live_contracttest_0123456789abcdef';
/** Requests in flight per Prism: enough to overlap, few enough for a 2-core machine. */
const CONCURRENCY = 8;

type AnyClient = {
  request: (method: string, path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
} & {
  unwrap(call: Promise<unknown>): Promise<unknown>;
};

/**
 * Every request goes to Prism only, and redirects are not followed (a 302 of the spec points at
 * the vendor's storage): a call that would leave 127.0.0.1 fails the test instead.
 */
function localFetch(base: string): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(`${base}/`)) throw new Error(`request left Prism: ${url}`);
    const copy = input instanceof Request ? input.clone() : input;
    try {
      return await globalThis.fetch(input, { ...init, redirect: 'manual' });
    } catch (error) {
      // A kept-alive socket that Prism closed as the request went out: the request never
      // reached Prism, so send it once more on a new connection.
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw error;
      return globalThis.fetch(copy, { ...init, redirect: 'manual' });
    }
  };
}

// Every registered vendor's client, through the registered factory and credential option.
const makeClient = (key: string, baseUrl: string): unknown =>
  modulesOf(key).createClient(secret, { baseUrl, retry: false, fetch: localFetch(baseUrl) });

const violations = (response: Response) => response.headers.get('sl-violations');

const vendors = loadBundles();
const servers = new Map<string, PrismServer>();

beforeAll(async () => {
  // All Prisms start at once: each takes seconds to read its bundle.
  const started = await Promise.allSettled(vendors.map(async (v) => servers.set(v.key, await startPrism(v.bundle))));
  const failed = started.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed.length > 0) throw new Error(failed.map((f) => String(f.reason)).join('\n'));
}, 180_000);

afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.stop()));
});

for (const vendor of vendors) {
  const requests = documentedRequests(vendor.doc);
  const { cases, unserved } = errorCases(vendor.doc);
  const catalogSize = vendor.doc['x-error-catalog']?.length ?? 0;
  const client = () => makeClient(vendor.key, servers.get(vendor.key)!.url) as AnyClient;

  // The vendors run side by side: each has its own Prism.
  describe.concurrent(`${vendor.key} client against Prism`, () => {
    it('Prism reports a request that breaks the contract (control: no credential)', async () => {
      const request = requests.find((r) => r.secured && r.method === 'get')!;
      const url = `${servers.get(vendor.key)!.url}${request.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(request.params.path[name])))}`;
      const response = await fetch(url, { method: request.method, redirect: 'manual' });
      await response.arrayBuffer();
      expect(response.status).toBe(401);
      expect(violations(response)).toMatch(/security/i);
    });

    it(`sends all ${requests.length} operations with their documented request: no violation, the documented success, parsed`, async () => {
      const api = client();
      const failures = await inParallel(
        requests,
        CONCURRENCY,
        (r) => r.key,
        async (request) => {
          const { data, error, response } = await api.request(request.method, request.path, initFor(request));
          const expected = request.success;
          if (violations(response)) return `${request.key}: request violates the contract: ${violations(response)}`;
          if (!statusMatches(response.status, expected.status))
            return `${request.key}: ${response.status} ${JSON.stringify(error)}, expected ${expected.status}`;
          if (response.ok && error !== undefined) return `${request.key}: client error ${JSON.stringify(error)}`;
          if (expected.firstExample !== undefined) {
            if (!response.ok) return `${request.key}: ${response.status} has a documented body`;
            try {
              expect(data).toEqual(expected.firstExample);
            } catch {
              return `${request.key}: body ${JSON.stringify(data)?.slice(0, 200)} is not the documented example`;
            }
          }
          for (const name of expected.headers) if (!response.headers.has(name)) return `${request.key}: no ${name} header`;
          return undefined;
        },
      );
      expect(failures).toEqual([]);
    }, 120_000);

    const variants = requests.flatMap((r) => r.variants.map((v) => ({ name: `${r.key} (${v.example})`, request: v.request })));
    it(`sends all ${variants.length} other documented request examples (parameters, bodies): no violation, the documented success`, async () => {
      const api = client();
      const failures = await inParallel(
        variants,
        CONCURRENCY,
        (v) => v.name,
        async ({ name, request }) => {
          const { error, response } = await api.request(request.method, request.path, initFor(request));
          if (violations(response)) return `${name}: request violates the contract: ${violations(response)}`;
          if (!statusMatches(response.status, request.success.status))
            return `${name}: ${response.status} ${JSON.stringify(error)}, expected ${request.success.status}`;
          return undefined;
        },
      );
      expect(failures).toEqual([]);
    }, 120_000);

    it(`reads all ${cases.length} catalogued error codes served by Prism as their ApiError (Prefer: code, example)`, async () => {
      expect(unserved, 'catalogued codes whose example no response serves').toEqual([]);
      expect(cases).toHaveLength(catalogSize);
      const api = client();
      const failures = await inParallel(
        cases,
        CONCURRENCY,
        (c) => `${c.code} via ${c.request.key}`,
        async (c) => {
          const prefer = { Prefer: `code=${c.status}, example=${c.exampleKey}` };
          const result = await api.request(c.request.method, c.request.path, initFor(c.request, prefer));
          if (violations(result.response))
            return `${c.code} via ${c.request.key}: request violates the contract: ${violations(result.response)}`;
          const error = await api.unwrap(Promise.resolve(result)).then(
            () => undefined,
            (e: unknown) => e,
          );
          if (!(error instanceof ApiError)) return `${c.code} via ${c.request.key}: no ApiError (status ${result.response.status})`;
          const got = { status: error.status, code: error.code, category: error.category };
          const want = { status: c.status, code: c.code, category: c.category };
          return JSON.stringify(got) === JSON.stringify(want) ? undefined : `${c.code} via ${c.request.key}: got ${JSON.stringify(got)}`;
        },
      );
      expect(failures).toEqual([]);
    }, 120_000);
  });
}
