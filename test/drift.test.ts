// Drift detection through the real clients against a real HTTP server on 127.0.0.1: every
// documented response example passes in strict mode; a body with a field of the wrong type or a
// required field removed is reported at the pointer the test computes from the schema; the
// precompiled validators give the test suite's Ajv verdict on every example and its mutations;
// no value of a body ever reaches a report.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ApiError } from '../src/errors.ts';
import { ConfigurationError } from '../src/auth.ts';
import type { BaseClientOptions } from '../src/client.ts';
import { problemsOf, type DriftProblem, type DriftReport, type DriftValidators } from '../src/drift.ts';
import { createInboxClient } from '../src/inbox.ts';
import { createInboundClient } from '../src/inbound.ts';
import { createHelpScoutClient } from '../src/helpscout.ts';
import { createLinesClient } from '../src/lines.ts';
import { createInboxV2Client } from '../src/inbox-v2.ts';
import * as inboxValidators from '../generated/inbox/validators.js';
import * as inboundValidators from '../generated/inbound/validators.js';
import * as helpscoutValidators from '../generated/helpscout/validators.js';
import * as linesValidators from '../generated/lines/validators.js';
import * as inboxV2Validators from '../generated/inbox-v2/validators.js';
import { resolveRef, type OpenApiDocument } from '../scripts/openapi-model.ts';
import { createAjv, loadBundles } from './support/bundles.ts';
import { pathParams, responseCases, type ResponseCase } from './support/response-cases.ts';
import { webhookExample } from './support/response-examples.ts';
import { startServer, type TestServer } from './support/server.ts';

const secret = 'sk_live_drifttest_0123456789abcdef';

const VENDORS: Record<string, { validators: DriftValidators; make: (options: BaseClientOptions) => unknown }> = {
  inbox: { validators: inboxValidators, make: (o) => createInboxClient({ token: secret, ...o }) },
  inbound: { validators: inboundValidators, make: (o) => createInboundClient({ apiKey: secret, ...o }) },
  helpscout: { validators: helpscoutValidators, make: (o) => createHelpScoutClient({ token: secret, ...o }) },
  lines: { validators: linesValidators, make: (o) => createLinesClient({ apiKey: secret, ...o }) },
  'inbox-v2': { validators: inboxV2Validators, make: (o) => createInboxV2Client({ token: secret, ...o }) },
};

type Result = { data?: unknown; error?: unknown; response: Response };
type Request = (method: string, path: string, init?: unknown) => Promise<Result>;
const call = (client: unknown, c: Pick<ResponseCase, 'method' | 'path'>) =>
  (client as { request: Request }).request(c.method, c.path, { params: { path: pathParams(c.path) } });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server whose next answer the test sets: `status`, JSON text of `value`, and the media type. */
async function scriptedServer() {
  const next = { status: 200, mediaType: 'application/json', text: '{}' };
  server = await startServer(() => ({ status: next.status, headers: { 'content-type': next.mediaType }, body: next.text }));
  return {
    url: server.url,
    answer(status: number, value: unknown, mediaType = 'application/json') {
      Object.assign(next, { status, mediaType, text: JSON.stringify(value) });
    },
  };
}

const jsonType = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;

// Values of every JSON type: a field is mutated into the first whose type its schema does not allow.
const WRONG_VALUES: unknown[] = [12345, 'mutated', true, [], {}];
const allows = (types: string[], value: unknown) =>
  types.includes(jsonType(value)) || (types.includes('number') && jsonType(value) === 'integer');

interface Leaf {
  /** keys from the body's root */
  keys: (string | number)[];
  /** the schema's `type`, as written */
  types: string[];
}

const COMPOSITION = ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'enum', 'const'];
const escapeKey = (k: string | number) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
const toPointer = (keys: (string | number)[]) => keys.map((k) => `/${escapeKey(k)}`).join('');

/** Required properties with a plain `type` that the example holds, found by walking schema and example together. */
function requiredLeaves(
  doc: OpenApiDocument,
  schemaNode: unknown,
  value: unknown,
  keys: (string | number)[] = [],
  out: Leaf[] = [],
): Leaf[] {
  const schema = resolveRef(doc, schemaNode) as Record<string, unknown> | undefined;
  if (!schema || typeof schema !== 'object' || COMPOSITION.some((k) => k in schema) || keys.length > 6) return out;
  if (Array.isArray(value) && schema.items && value.length > 0) return requiredLeaves(doc, schema.items, value[0], [...keys, 0], out);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  for (const name of (schema.required ?? []) as string[]) {
    if (!(name in properties) || !(name in value)) continue;
    const child = resolveRef(doc, properties[name]) as Record<string, unknown>;
    if (!child || COMPOSITION.some((k) => k in child)) continue;
    const types = Array.isArray(child.type) ? (child.type as string[]) : typeof child.type === 'string' ? [child.type] : [];
    if (types.length) out.push({ keys: [...keys, name], types });
    requiredLeaves(doc, child, (value as Record<string, unknown>)[name], [...keys, name], out);
  }
  return out;
}

function setAt(
  value: unknown,
  keys: (string | number)[],
  update: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  update(parent, keys.at(-1)!);
  return copy;
}

/** A few mutations of an example: each leaf value changed to another type, each object key removed (first 12). */
function mutations(value: unknown): unknown[] {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, keys: (string | number)[]) => {
    if (paths.length >= 12) return;
    if (keys.length) paths.push(keys);
    if (Array.isArray(node)) node.slice(0, 2).forEach((v, i) => walk(v, [...keys, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...keys, k]);
  };
  walk(value, []);
  return paths.flatMap((keys) => [
    setAt(value, keys, (p, k) => (p[k] = typeof p[k] === 'string' ? 7 : 'x')),
    setAt(value, keys, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k])),
  ]);
}

for (const bundle of loadBundles()) {
  const vendor = VENDORS[bundle.key];
  if (!vendor) throw new Error(`add ${bundle.key} to VENDORS in test/drift.test.ts`);
  const cases = responseCases(bundle.doc).filter((c) => c.method !== 'HEAD');
  const examples = cases.flatMap((c) => c.examples.map((e) => ({ ...c, example: e })));

  describe(`${bundle.key} drift detection`, () => {
    it('has a validator for every documented JSON response', () => {
      const missing = cases.filter((c) => typeof vendor.validators.responses[c.operation]?.[c.documented] !== 'function');
      expect(missing.map((c) => `${c.operation} ${c.documented}`)).toEqual([]);
      expect(vendor.validators.vendor).toBe(bundle.key);
    });

    it('passes every documented response example in strict mode, through the client and a local server', async () => {
      const scripted = await scriptedServer();
      const reports: DriftReport[] = [];
      const client = vendor.make({
        baseUrl: scripted.url,
        retry: false,
        validate: 'strict',
        validators: vendor.validators,
        onDrift: (r) => reports.push(r),
      });
      const failures: string[] = [];
      for (const c of examples) {
        scripted.answer(c.status, c.example.value, c.mediaType);
        try {
          const { data, error, response } = await call(client, c);
          expect(response.status).toBe(c.status);
          expect(response.ok ? data : error).toEqual(c.example.value);
        } catch (failure) {
          failures.push(`${c.operation} ${c.documented} ${c.example.name}: ${String(failure)}`);
        }
      }
      expect(failures).toEqual([]);
      expect(reports).toEqual([]);
      expect(examples.length).toBeGreaterThan(10);
      expect(examples.some((c) => c.status < 300) && examples.some((c) => c.status >= 400)).toBe(true);
    }, 120_000);

    it('gives the same verdict as the test suite Ajv on every example and its mutations', () => {
      const ajv = createAjv(bundle.doc);
      let compared = 0;
      let invalid = 0;
      const differ: string[] = [];
      for (const c of examples) {
        const suite = ajv.getSchema(`api${c.schema}`)!;
        const mine = vendor.validators.responses[c.operation]![c.documented]!;
        for (const value of [c.example.value, ...mutations(c.example.value)]) {
          const expected = suite(value);
          compared++;
          if (!expected) invalid++;
          if (mine(value) !== expected)
            differ.push(`${c.operation} ${c.documented} ${c.example.name}: ${JSON.stringify(value).slice(0, 200)}`);
        }
      }
      expect(differ).toEqual([]);
      // The mutations must include invalid bodies, or the comparison says little.
      expect(invalid).toBeGreaterThan(compared / 10);
    }, 120_000);

    it('reports a field of the wrong type and a removed required field at their JSON pointer', async () => {
      const scripted = await scriptedServer();
      const reports: DriftReport[] = [];
      const client = vendor.make({
        baseUrl: scripted.url,
        retry: false,
        validate: 'report',
        validators: vendor.validators,
        onDrift: (r) => reports.push(r),
      });
      const schemaOf = (c: ResponseCase) => resolveRef(bundle.doc, { $ref: decodeURIComponent(c.schema) });
      let checked = 0;
      for (const c of examples.filter((e) => e.status < 300)) {
        const leaves = requiredLeaves(bundle.doc, schemaOf(c), c.example.value);
        // the deepest required leaf of each example, and the first one at the top
        const picks = [
          ...new Set([leaves.reduce<Leaf | undefined>((a, l) => (!a || l.keys.length > a.keys.length ? l : a), undefined), leaves[0]]),
        ].filter(Boolean) as Leaf[];
        for (const leaf of picks) {
          const wrong = WRONG_VALUES.find((v) => !allows(leaf.types, v));
          const cases: [unknown, DriftProblem][] = [
            [
              setAt(c.example.value, leaf.keys, (p, k) => (p[k] = wrong)),
              { pointer: toPointer(leaf.keys), expected: leaf.types.join(' or '), actualType: jsonType(wrong) },
            ],
            [
              setAt(c.example.value, leaf.keys, (p, k) => delete p[k]),
              { pointer: toPointer(leaf.keys), expected: 'required property', actualType: 'missing' },
            ],
          ];
          for (const [body, problem] of cases) {
            reports.length = 0;
            scripted.answer(c.status, body, c.mediaType);
            const { data } = await call(client, c);
            expect(data, 'report mode returns the body as received').toEqual(body);
            expect(reports, `${c.operation} ${c.example.name} ${problem.pointer}`).toHaveLength(1);
            expect(reports[0]).toMatchObject({ vendor: bundle.key, operation: c.operation, status: c.status });
            expect(reports[0]!.problems).toContainEqual(problem);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(4);
    }, 120_000);

    it('never puts a value of the body in a report or a contract error (property)', async () => {
      const successes = examples.filter((c) => c.status < 300 && c.example.value && typeof c.example.value === 'object');
      const json = fc.letrec((tie) => ({
        value: fc.oneof(
          { depthSize: 'small' },
          fc.constant('SECRET'),
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
          fc.array(tie('value'), { maxLength: 3 }),
          fc.dictionary(fc.constantFrom('SECRET', 'id', 'x'), tie('value'), { maxKeys: 3 }),
        ),
      })).value;
      let reported = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.nat(successes.length - 1),
          fc.stringMatching(/^[A-Za-z0-9]{10,16}$/),
          fc.nat(),
          json,
          fc.boolean(),
          async (which, token, at, replacement, asKey) => {
            const c = successes[which]!;
            const marker = `Pii${token}Xq`;
            // Replace one value of the example (chosen by `at`) with JSON whose strings and keys are the
            // marker, or add that JSON under the marker as a key of one of its objects (a map key).
            const paths: (string | number)[][] = [];
            const walk = (node: unknown, keys: (string | number)[]) => {
              if (asKey ? node && typeof node === 'object' && !Array.isArray(node) : keys.length) paths.push(keys);
              if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...keys, i]));
              else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...keys, k]);
            };
            walk(c.example.value, []);
            const inject = JSON.parse(JSON.stringify(replacement).replaceAll('SECRET', marker)) as unknown;
            const where = paths[at % paths.length];
            const body = !where
              ? inject
              : asKey
                ? (setAt({ root: c.example.value }, ['root', ...where, marker], (p, k) => (p[k] = inject)) as { root: unknown }).root
                : setAt(c.example.value, where, (p, k) => (p[k] = inject));
            const fetch = async () => new Response(JSON.stringify(body), { status: c.status, headers: { 'content-type': c.mediaType } });
            const reports: DriftReport[] = [];
            const reporting = vendor.make({
              baseUrl: 'http://127.0.0.1:9',
              fetch,
              retry: false,
              validate: 'report',
              validators: vendor.validators,
              onDrift: (r) => reports.push(r),
            });
            await call(reporting, c);
            const strict = vendor.make({
              baseUrl: 'http://127.0.0.1:9',
              fetch,
              retry: false,
              validate: 'strict',
              validators: vendor.validators,
              onDrift: () => {},
            });
            const thrown = await call(strict, c).then(
              () => undefined,
              (e: unknown) => e,
            );
            const seen =
              JSON.stringify(reports) +
              (thrown instanceof ApiError
                ? `${JSON.stringify(thrown)}${thrown.message}${String(thrown)}${JSON.stringify(thrown.drift)}`
                : '');
            expect(seen).not.toContain(marker);
            expect(thrown === undefined).toBe(reports.length === 0);
            reported += reports.length;
          },
        ),
        { numRuns: 80 },
      );
      // most replacements break the schema: the property says something about real reports
      expect(reported).toBeGreaterThan(10);
    }, 120_000);
  });
}

describe('drift detection behaviour (Inbox)', () => {
  const team = () =>
    structuredClone(
      inboxValidators.responses['GET /team'] &&
        (loadBundles().find((v) => v.key === 'inbox')!.doc.components!.examples!.InboxTeam!.value as Record<string, unknown>),
    );
  const inbox = (o: Partial<BaseClientOptions> & { baseUrl: string }) =>
    createInboxClient({ token: secret, retry: false, validators: inboxValidators, ...o });

  it('strict: a mismatch is an ApiError of category contract that carries the report, and unwrap throws it', async () => {
    const scripted = await scriptedServer();
    const body = { ...team(), name: 42 };
    scripted.answer(200, body);
    const client = inbox({ baseUrl: scripted.url, validate: 'strict', onDrift: () => {} });
    const error = await client.unwrap(client.GET('/team')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const report = {
      vendor: 'inbox',
      operation: 'GET /team',
      status: 200,
      problems: [{ pointer: '/name', expected: 'string', actualType: 'integer' }],
    };
    expect(error).toMatchObject({
      vendor: 'inbox',
      operation: 'GET /team',
      status: 200,
      category: 'contract',
      retryable: false,
      drift: report,
      body: undefined,
    });
    expect((error as ApiError).toJSON()).toMatchObject({ category: 'contract', drift: report });
    expect((error as ApiError).details).toEqual([{ path: '/name', message: 'expected string, got integer' }]);
    await expect(client.GET('/team')).rejects.toMatchObject({ category: 'contract' });
  });

  it('passes a GET /events page that holds a prospect.assigneeChanged event, in strict mode', async () => {
    // The docs site's canonical assignee event, absent from the vendor's own EventType enum;
    // stored events are the envelopes webhooks deliver, so the documented delivery is one.
    const event = webhookExample('inbox', 'prospect.assigneeChanged') as { seq: number };
    const page = { events: [event], hasMore: false, lastSeq: event.seq };
    const scripted = await scriptedServer();
    scripted.answer(200, page);
    const client = inbox({ baseUrl: scripted.url, validate: 'strict', onDrift: () => {} });
    expect(await client.unwrap(client.GET('/events'))).toEqual(page);
  });

  it('report: returns the data untouched and calls onDrift once; off: does not validate', async () => {
    const scripted = await scriptedServer();
    const body = { ...team(), id: [1] };
    scripted.answer(200, body);
    const reports: DriftReport[] = [];
    const client = inbox({ baseUrl: scripted.url, validate: 'report', onDrift: (r) => reports.push(r) });
    const { data, response } = await client.GET('/team');
    expect(data).toEqual(body);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${scripted.url}/team`);
    expect(reports).toEqual([
      { vendor: 'inbox', operation: 'GET /team', status: 200, problems: [{ pointer: '/id', expected: 'string', actualType: 'array' }] },
    ]);
    const off = inbox({ baseUrl: scripted.url, validate: 'off', onDrift: (r) => reports.push(r) });
    expect((await off.GET('/team')).data).toEqual(body);
    expect(reports).toHaveLength(1);
  });

  it('validates an error body against the documented envelope, an undocumented error status against any envelope', async () => {
    const scripted = await scriptedServer();
    const reports: DriftReport[] = [];
    const client = inbox({ baseUrl: scripted.url, validate: 'report', onDrift: (r) => reports.push(r) });
    scripted.answer(404, { error: { code: 404 } });
    const { error } = await client.GET('/team');
    expect(error).toEqual({ error: { code: 404 } });
    scripted.answer(418, { teapot: true });
    await client.GET('/team');
    expect(reports.map((r) => [r.status, r.problems.length > 0])).toEqual([
      [404, true],
      [418, true],
    ]);
    expect(reports[0]!.problems.some((p) => p.pointer.startsWith('/error'))).toBe(true);
  });

  it('reports an undocumented success status and a success that is not JSON, not a gateway error page', async () => {
    const reports: DriftReport[] = [];
    let reply = new Response('{}', { status: 202, headers: { 'content-type': 'application/json' } });
    const client = inbox({ baseUrl: 'http://127.0.0.1:9', fetch: async () => reply, validate: 'report', onDrift: (r) => reports.push(r) });
    await client.GET('/team');
    reply = new Response('<html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    await client.GET('/team').catch(() => undefined);
    reply = new Response('<html>bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
    await client.GET('/team');
    expect(reports).toEqual([
      {
        vendor: 'inbox',
        operation: 'GET /team',
        status: 202,
        problems: [{ pointer: '', expected: 'a documented status (200)', actualType: 'status 202' }],
      },
      {
        vendor: 'inbox',
        operation: 'GET /team',
        status: 200,
        problems: [{ pointer: '', expected: 'a JSON body', actualType: 'text/html' }],
      },
    ]);
  });

  it('ignores what onDrift throws, and loads validators given as a promise', async () => {
    const scripted = await scriptedServer();
    scripted.answer(200, { ...team(), slug: null });
    let calls = 0;
    const client = inbox({
      baseUrl: scripted.url,
      validate: 'report',
      validators: import('../generated/inbox/validators.js'),
      onDrift: () => {
        calls++;
        throw new Error('handler bug');
      },
    });
    expect((await client.GET('/team')).data).toMatchObject({ slug: null });
    expect(calls).toBe(1);
  });

  it('refuses a wrong configuration when the client is made', () => {
    expect(() => inbox({ baseUrl: 'http://127.0.0.1:9', validate: 'report', validators: undefined })).toThrowError(ConfigurationError);
    expect(() => inbox({ baseUrl: 'http://127.0.0.1:9', validate: 'report', validators: linesValidators })).toThrowError(
      /lines, not inbox/,
    );
    expect(() => inbox({ baseUrl: 'http://127.0.0.1:9', validate: 'loud' as 'report' })).toThrowError(ConfigurationError);
  });

  it('shows a map key (data) as "*" in a pointer, through the client: Help Scout _links', async () => {
    const doc = loadBundles().find((v) => v.key === 'helpscout')!.doc;
    const c = responseCases(doc).find((r) => r.status === 200 && r.examples.some((e) => (e.value as { _links?: unknown })?._links))!;
    const example = c.examples.find((e) => (e.value as { _links?: unknown })._links)!.value as { _links: Record<string, unknown> };
    const marker = 'relation-jane.doe@example.com';
    const body = { ...example, _links: { ...example._links, [marker]: 5 } };
    const reports: DriftReport[] = [];
    const fetch = async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': c.mediaType } });
    const client = createHelpScoutClient({
      token: secret,
      baseUrl: 'http://127.0.0.1:9',
      fetch,
      validate: 'report',
      validators: helpscoutValidators,
      onDrift: (r) => reports.push(r),
    });
    await call(client, c);
    expect(reports[0]!.problems).toContainEqual({ pointer: '/_links/*', expected: 'object', actualType: 'integer' });
    expect(JSON.stringify(reports)).not.toContain('jane');
  });

  it('shows a key no schema names as "*" in a pointer (map keys are data)', () => {
    const data = { team: { 'jane.doe@example.com': { plan: 3 } } };
    const errors = [{ instancePath: '/team/jane.doe@example.com/plan', schemaPath: '#/x', keyword: 'type', params: { type: 'string' } }];
    expect(problemsOf(errors, data, new Set(['team', 'plan']))).toEqual([
      { pointer: '/team/*/plan', expected: 'string', actualType: 'integer' },
    ]);
  });
});
