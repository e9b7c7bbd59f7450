// A randomized fault model of the clients. Each run draws a misbehaving server (statuses, retry
// headers, bodies, connection resets, stalls, a failing token endpoint) and a workload (vendor,
// method, Idempotency-Key or not, retry options, time limits, an abort, 1–10 concurrent calls, or
// a paginate over generated pages), runs the workload against a real HTTP server on 127.0.0.1, and
// checks the invariants the README promises. Shared by test/fault-model.test.ts (a bounded number
// of runs in `npm test`) and scripts/test-faults.ts (`npm run test:faults -- --runs 100000`).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { ERROR_BODY_LIMIT_BYTES } from '../../src/body.ts';
import { ApiError } from '../../src/errors.ts';
import { createHelpScoutClient } from '../../src/helpscout.ts';
import { createInboundClient } from '../../src/inbound.ts';
import { createInboxClient } from '../../src/inbox.ts';
import { createLinesClient } from '../../src/lines.ts';
import { createInboxV2Client } from '../../src/inbox-v2.ts';
import { PaginationError } from '../../src/paginate.ts';
import { catalogCases } from './catalog-cases.ts';

export const VENDORS = ['inbox', 'inbox-v2', 'inbound', 'helpscout', 'lines'] as const;
type Vendor = (typeof VENDORS)[number];

/** The invariants checked on every run (printed by the long version). */
export const INVARIANTS = [
  'settles within its deadline (plus scheduling slack)',
  'a non-idempotent request without a key reaches the server at most once (a 401 renewal aside)',
  'every rejection is an ApiError, or a PaginationError, naming its operation',
  'retryable is never true for a request the server may have acted on and that may not be resent',
  'no credential in message, toString, JSON, inspect, cause chain or request snapshot',
  'an error body holds at most the documented cap',
  'attempts never exceed maxAttempts (plus one renewal after a 401 to a fetched token)',
  'waits between attempts never exceed maxTotalDelayMs (plus scheduling slack)',
  'OAuth fetches at most one token per token the API refused (token endpoint failures aside)',
] as const;

/** Scheduling slack for time bounds: the machine may be busy (two cores, other suites running). */
const SLACK_MS = 1_500;

// ---------------------------------------------------------------------------------------------
// What the server does

type Body =
  | { kind: 'valid' }
  | { kind: 'catalogued'; vendor: Vendor; index: number }
  | { kind: 'truncated' }
  | { kind: 'huge' }
  | { kind: 'nested'; depth: number }
  | { kind: 'html' }
  | { kind: 'empty' };

export type Answer =
  | { kind: 'respond'; status: number; headers: [string, string][]; body: Body; firstByteMs: number }
  | { kind: 'reset-before-headers' }
  | { kind: 'reset-mid-body'; status: number }
  | { kind: 'stall-body'; status: number };

export type TokenAnswer =
  { kind: 'token'; expiresIn: unknown } | { kind: 'refuse'; status: number } | { kind: 'reset' } | { kind: 'stall' };

const statusArb = fc.constantFrom(200, 201, 204, 302, 400, 401, 403, 404, 408, 409, 412, 418, 422, 429, 500, 502, 503, 504, 599);

const retryHeaderArb = fc.oneof(
  fc.integer({ min: 0, max: 3 }).map((s) => ['Retry-After', String(s)] as [string, string]),
  fc.integer({ min: 0, max: 3 }).map((s) => ['Retry-After', new Date(Date.now() + s * 1000).toUTCString()] as [string, string]),
  fc.constant(['Retry-After', new Date(Date.now() + 86_400_000).toUTCString()] as [string, string]),
  fc.constantFrom('soon', '-1', '1e3', '0x10', 'Tue, 99 Foo 2030', '').map((v) => ['Retry-After', v] as [string, string]),
  fc
    .constantFrom('x-ratelimit-reset', 'ratelimit-reset', 'x-ratelimit-retry-after')
    .chain((name) =>
      fc
        .oneof(fc.integer({ min: 0, max: 3 }), fc.constant(Math.floor(Date.now() / 1000) + 2))
        .map((n) => [name, String(n)] as [string, string]),
    ),
);

const bodyArb: fc.Arbitrary<Body> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'valid' } as Body) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('catalogued' as const), vendor: fc.constantFrom(...VENDORS), index: fc.nat(200) }),
  },
  fc.constant({ kind: 'truncated' } as Body),
  fc.constant({ kind: 'huge' } as Body),
  fc.integer({ min: 10, max: 20_000 }).map((depth) => ({ kind: 'nested', depth }) as Body),
  fc.constant({ kind: 'html' } as Body),
  fc.constant({ kind: 'empty' } as Body),
);

export const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('respond' as const),
      status: statusArb,
      headers: fc.array(retryHeaderArb, { maxLength: 3 }),
      body: bodyArb,
      firstByteMs: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 120 }) }),
    }),
  },
  fc.constant({ kind: 'reset-before-headers' } as Answer),
  statusArb.map((status) => ({ kind: 'reset-mid-body', status }) as Answer),
  { weight: 1, arbitrary: statusArb.map((status) => ({ kind: 'stall-body', status }) as Answer) },
);

export const tokenAnswerArb: fc.Arbitrary<TokenAnswer> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .constantFrom<unknown>(7200, '7200', 60, 1, undefined, 'soon', -5)
      .map((expiresIn) => ({ kind: 'token', expiresIn }) as TokenAnswer),
  },
  fc.constantFrom(400, 401, 429, 500, 503).map((status) => ({ kind: 'refuse', status }) as TokenAnswer),
  fc.constant({ kind: 'reset' } as TokenAnswer),
  { weight: 1, arbitrary: fc.constant({ kind: 'stall' } as TokenAnswer) },
);

// ---------------------------------------------------------------------------------------------
// What the client does

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** the path with its parameters filled in */
  url: string;
  /** may it carry an Idempotency-Key the vendor honours (otherwise the header is still sent: the client must treat it the same) */
  params?: Record<string, string>;
}

const OPERATIONS: Record<Vendor, Operation[]> = {
  inbox: [
    { method: 'GET', path: '/team', url: '/team' },
    { method: 'POST', path: '/tags', url: '/tags' },
    { method: 'DELETE', path: '/tags/{tagId}', url: '/tags/q3bm1x8rzt0kd9cvwe5h2nfa', params: { tagId: 'q3bm1x8rzt0kd9cvwe5h2nfa' } },
  ],
  'inbox-v2': [
    { method: 'GET', path: '/team', url: '/team' },
    { method: 'POST', path: '/messages', url: '/messages' },
    {
      method: 'PATCH',
      path: '/threads/{threadId}',
      url: '/threads/t4kq8m2x9v7n3p1wz6hd5cjr',
      params: { threadId: 't4kq8m2x9v7n3p1wz6hd5cjr' },
    },
  ],
  inbound: [
    { method: 'GET', path: '/domains', url: '/domains' },
    { method: 'POST', path: '/emails', url: '/emails' },
    { method: 'PUT', path: '/domains/{id}', url: '/domains/indm_1', params: { id: 'indm_1' } },
  ],
  helpscout: [
    { method: 'GET', path: '/v2/users/me', url: '/v2/users/me' },
    { method: 'POST', path: '/v2/customers', url: '/v2/customers' },
    { method: 'PATCH', path: '/v2/conversations/{conversationId}', url: '/v2/conversations/101', params: { conversationId: '101' } },
  ],
  lines: [
    { method: 'GET', path: '/lines', url: '/lines' },
    { method: 'POST', path: '/messages', url: '/messages' },
  ],
};

export interface CallPlan {
  vendor: Vendor;
  operation: number;
  idempotencyKey: 'none' | 'blank' | 'key';
  /** Help Scout only: app credentials (the client fetches tokens) instead of a static token */
  oauth: boolean;
  retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number; maxTotalDelayMs: number } | false;
  timeoutMs: number;
  deadlineMs: number;
  abortAtMs: number | undefined;
  concurrency: number;
  answers: Answer[];
  tokenAnswers: TokenAnswer[];
}

export interface PagePlan {
  vendor: 'lines' | 'helpscout' | 'inbound';
  pages: { items: number; next: number; more: boolean; number: number; status: number }[];
  deadlineMs: number;
}

export const callPlanArb: fc.Arbitrary<CallPlan> = fc
  .record({
    vendor: fc.constantFrom(...VENDORS),
    operation: fc.nat(2),
    idempotencyKey: fc.constantFrom('none', 'blank', 'key'),
    oauth: fc.boolean(),
    retry: fc.oneof(
      fc.constant(false as const),
      fc.record({
        maxAttempts: fc.integer({ min: 1, max: 4 }),
        baseDelayMs: fc.integer({ min: 0, max: 5 }),
        maxDelayMs: fc.integer({ min: 0, max: 10 }),
        maxTotalDelayMs: fc.integer({ min: 0, max: 60 }),
      }),
    ),
    // Limits well above a loopback round trip on a busy machine, so that most calls reach the
    // server; stalls and slow first bytes still run into them.
    timeoutMs: fc.integer({ min: 100, max: 800 }),
    deadlineMs: fc.integer({ min: 300, max: 1_500 }),
    // one call in four is aborted at a random moment
    abortAtMs: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 300 }) }),
    concurrency: fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, fc.integer({ min: 2, max: 10 })),
    answers: fc.array(answerArb, { minLength: 1, maxLength: 5 }),
    tokenAnswers: fc.array(tokenAnswerArb, { minLength: 1, maxLength: 4 }),
  })
  .map((plan) => ({ ...plan, operation: plan.operation % OPERATIONS[plan.vendor].length }));

export const pagePlanArb: fc.Arbitrary<PagePlan> = fc.record({
  vendor: fc.constantFrom('lines', 'helpscout', 'inbound'),
  pages: fc.array(
    fc.record({
      items: fc.integer({ min: 0, max: 3 }),
      next: fc.integer({ min: 0, max: 6 }),
      more: fc.boolean(),
      number: fc.integer({ min: 1, max: 4 }),
      status: fc.oneof({ weight: 9, arbitrary: fc.constant(200) }, fc.constantFrom(404, 500)),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  deadlineMs: fc.integer({ min: 300, max: 1_000 }),
});

// ---------------------------------------------------------------------------------------------
// The server: one for all runs; a request finds its run and call from its path and a header.

interface Seen {
  at: number;
  /** when the server finished with it (answered, reset, or the client went away) */
  done?: number;
  /** the server's answer: an HTTP status, or 0 for a reset or stall */
  status: number;
  auth: string | undefined;
}

interface RunState {
  answers: Answer[];
  tokenAnswers: TokenAnswer[];
  pages?: PagePlan['pages'];
  pageVendor?: PagePlan['vendor'];
  /** API requests per call id */
  calls: Map<string, Seen[]>;
  tokensIssued: string[];
  tokenRequests: number;
  id: string;
}

const runs = new Map<string, RunState>();
/** What the runs produced, by kind (printed by the long version, to show what the model exercised). */
export const outcomes = new Map<string, number>();
const tally = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
let server: Server | undefined;
let origin = '';
let nextRun = 0;

export async function startModelServer(): Promise<void> {
  if (server) return;
  // A request the client abandoned mid-way makes reading it fail: drop the connection.
  server = createServer((req, res) => handle(req, res).catch(() => res.destroy()));
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function stopModelServer(): Promise<void> {
  const s = server;
  server = undefined;
  if (!s) return;
  s.closeAllConnections();
  await new Promise<void>((resolve) => s.close(() => resolve()));
}

function bodyText(body: Body): { text: string; type: string } {
  switch (body.kind) {
    case 'valid':
      return { text: JSON.stringify({ ok: true, data: [] }), type: 'application/json' };
    case 'catalogued': {
      const cases = catalogCases(body.vendor);
      return { text: JSON.stringify(cases[body.index % cases.length]!.body ?? {}), type: 'application/json' };
    }
    case 'truncated':
      return { text: '{"error": {"code": "RATE_LIM', type: 'application/json' };
    case 'huge':
      return { text: JSON.stringify({ message: 'x'.repeat(3 * ERROR_BODY_LIMIT_BYTES) }), type: 'application/json' };
    case 'nested':
      return { text: `${'['.repeat(body.depth)}${']'.repeat(body.depth)}`, type: 'application/json' };
    case 'html':
      return { text: '<html><body><h1>502 Bad Gateway</h1></body></html>', type: 'text/html' };
    case 'empty':
      return { text: '', type: 'application/json' };
  }
}

function answer(res: ServerResponse, a: Answer, seen: Seen): void {
  const finish = () => (seen.done ??= performance.now());
  res.on('close', finish);
  switch (a.kind) {
    case 'reset-before-headers':
      res.socket?.destroy();
      return;
    case 'reset-mid-body':
      seen.status = a.status;
      res.writeHead(a.status, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial": ');
      setTimeout(() => res.socket?.destroy(), 2);
      return;
    case 'stall-body':
      seen.status = a.status;
      res.writeHead(a.status, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{');
      return;
    case 'respond': {
      seen.status = a.status;
      const { text, type } = bodyText(a.body);
      const send = () => {
        if (res.destroyed) return;
        const headers: Record<string, string | string[]> = { 'content-type': type };
        for (const [name, value] of a.headers) headers[name] = name in headers ? [headers[name] as string, value].flat() : value;
        res.writeHead(a.status, headers);
        res.end(a.status === 204 ? undefined : text, finish);
      };
      if (a.firstByteMs) setTimeout(send, a.firstByteMs);
      else send();
    }
  }
}

function answerToken(res: ServerResponse, run: RunState): void {
  const a = run.tokenAnswers[Math.min(run.tokenRequests, run.tokenAnswers.length - 1)]!;
  run.tokenRequests++;
  switch (a.kind) {
    case 'token': {
      const token = `tok_${run.id}_${run.tokensIssued.length + 1}_zQ8w`;
      run.tokensIssued.push(token);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ token_type: 'bearer', access_token: token, ...(a.expiresIn === undefined ? {} : { expires_in: a.expiresIn }) }),
      );
      return;
    }
    case 'refuse':
      res.writeHead(a.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_client', error_description: 'refused' }));
      return;
    case 'reset':
      res.socket?.destroy();
      return;
    case 'stall':
      return;
  }
}

function pageBody(run: RunState, index: number): { status: number; body: unknown } {
  const pages = run.pages!;
  // Past the end of its script the server repeats the last page as it is: a server that never
  // lets go, which the guards must stop (new items on every page would be a legitimately long list).
  const at = Math.min(index, pages.length - 1);
  const page = pages[at]!;
  const items = Array.from({ length: page.items }, (_, i) => ({ id: `item_${at}_${i}` }));
  switch (run.pageVendor) {
    case 'lines':
      return { status: page.status, body: { data: items, has_more: page.more, next_cursor: page.more ? `c${page.next}` : null } };
    case 'helpscout':
      return {
        status: page.status,
        body: {
          _embedded: { customers: items },
          page: { size: 50, totalElements: 200, totalPages: page.more ? 4 : page.number, number: page.number },
        },
      };
    default:
      return { status: page.status, body: { data: items, pagination: { limit: 3, offset: 0, total: 100, hasMore: page.more } } };
  }
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  for await (const _ of req) void _;
  const match = /^\/run\/([^/]+)(\/.*)$/.exec(req.url ?? '');
  const run = match ? runs.get(match[1]!) : undefined;
  if (!run) {
    res.writeHead(410).end();
    return;
  }
  if (match![2]!.startsWith('/token')) return answerToken(res, run);
  const callId = String(req.headers['x-fault-call'] ?? 'paginate');
  const list = run.calls.get(callId) ?? [];
  run.calls.set(callId, list);
  const seen: Seen = { at: performance.now(), status: 0, auth: req.headers.authorization };
  list.push(seen);
  if (run.pages) {
    const { status, body } = pageBody(run, list.length - 1);
    seen.status = status;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(status === 200 ? body : { error: { code: 'x', message: 'page failed' } }),
      () => (seen.done = performance.now()),
    );
    return;
  }
  answer(res, run.answers[Math.min(list.length - 1, run.answers.length - 1)]!, seen);
}

// ---------------------------------------------------------------------------------------------
// One run and its checks

export class InvariantBroken extends Error {
  override readonly name = 'InvariantBroken';
}

function check(ok: boolean, invariant: (typeof INVARIANTS)[number], detail: string): void {
  if (!ok) throw new InvariantBroken(`${invariant}: ${detail}`);
}

function clientFor(plan: Pick<CallPlan, 'vendor' | 'oauth' | 'retry' | 'timeoutMs' | 'deadlineMs'>, run: RunState, secrets: string[]) {
  const baseUrl = `${origin}/run/${run.id}`;
  const common = {
    baseUrl,
    retry: plan.retry === false ? (false as const) : { ...plan.retry, random: Math.random },
    timeoutMs: plan.timeoutMs,
    deadlineMs: plan.deadlineMs,
  };
  const secret = `sk_live_${run.id}_Kq9Zt4`;
  secrets.push(secret);
  switch (plan.vendor) {
    case 'inbox':
      return createInboxClient({ ...common, token: secret });
    case 'inbox-v2':
      return createInboxV2Client({ ...common, token: secret });
    case 'inbound':
      return createInboundClient({ ...common, apiKey: secret });
    case 'lines':
      return createLinesClient({ ...common, apiKey: secret });
    case 'helpscout': {
      if (!plan.oauth) return createHelpScoutClient({ ...common, token: secret });
      const clientSecret = `hs_secret_${run.id}_Vb3Nm7`;
      secrets.push(clientSecret);
      return createHelpScoutClient({ ...common, clientId: `hs_app_${run.id}`, clientSecret, tokenUrl: `${baseUrl}/token` });
    }
  }
}

const baseUrlOf = (run: RunState) => `${origin}/run/${run.id}`;
function newRun(): RunState {
  const id = `r${(nextRun++).toString(36)}`;
  const run: RunState = { answers: [], tokenAnswers: [], calls: new Map(), tokensIssued: [], tokenRequests: 0, id };
  runs.set(id, run);
  return run;
}

function renderings(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    const e = current as Error & { request?: unknown; body?: unknown };
    out.push(
      String(e.message),
      String(e),
      String(e.stack),
      inspect(e, { depth: 6 }),
      JSON.stringify(e) ?? '',
      JSON.stringify(e.request ?? null),
    );
    current = e.cause;
  }
  return out;
}

/** Settles `promise`, or reports that it did not within `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<{ settled: true; value?: T; error?: unknown } | { settled: false }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ settled: false }>((resolve) => (timer = setTimeout(() => resolve({ settled: false }), ms)));
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ settled: true as const, value }),
        (error: unknown) => ({ settled: true as const, error }),
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function checkError(error: unknown, operation: string, secrets: readonly string[], run: RunState): void {
  check(
    (error instanceof ApiError && error.operation === operation) || (error instanceof PaginationError && error.operation === operation),
    'every rejection is an ApiError, or a PaginationError, naming its operation',
    `${String(error)} (${error instanceof ApiError ? error.operation : (error as { operation?: string })?.operation})`,
  );
  const texts = renderings(error);
  for (const secret of [...secrets, ...run.tokensIssued]) {
    check(
      !texts.some((t) => t.includes(secret)),
      'no credential in message, toString, JSON, inspect, cause chain or request snapshot',
      `found ${secret}`,
    );
  }
  if (error instanceof ApiError && typeof error.body === 'string') {
    check(error.body.length <= ERROR_BODY_LIMIT_BYTES, 'an error body holds at most the documented cap', `${error.body.length} characters`);
  }
}

/** Runs one call plan and checks every invariant; throws InvariantBroken with what failed. */
export async function runCallPlan(plan: CallPlan): Promise<void> {
  const run = newRun();
  run.answers = plan.answers;
  run.tokenAnswers = plan.tokenAnswers;
  const secrets: string[] = [];
  try {
    const client = clientFor(plan, run, secrets) as unknown as Record<
      string,
      (path: string, init: unknown) => Promise<{ response: Response }>
    >;
    const op = OPERATIONS[plan.vendor][plan.operation]!;
    const operation = `${op.method} ${op.path}`;
    const controller = plan.abortAtMs === undefined ? undefined : new AbortController();
    const abortTimer = controller && setTimeout(() => controller.abort(), plan.abortAtMs);
    const key = plan.idempotencyKey === 'key' ? `key-${run.id}` : plan.idempotencyKey === 'blank' ? ' ' : undefined;
    // A blank key is no key: the README promises such a request is sent once.
    const resendable = ['GET', 'PUT', 'DELETE'].includes(op.method) || plan.idempotencyKey === 'key';
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: plan.concurrency }, (_, i) =>
        within(
          client[op.method]!(op.path, {
            params: { path: op.params, ...(key === undefined ? {} : { header: { 'Idempotency-Key': key } }) },
            headers: { 'x-fault-call': String(i) },
            body: op.method === 'GET' || op.method === 'DELETE' ? undefined : {},
            signal: controller?.signal,
          }),
          plan.deadlineMs + SLACK_MS,
        ),
      ),
    );
    clearTimeout(abortTimer);
    const elapsed = performance.now() - started;
    const maxAttempts = plan.retry === false ? 1 : plan.retry.maxAttempts;
    const maxWait = plan.retry === false ? 0 : plan.retry.maxTotalDelayMs;
    for (const [i, outcome] of results.entries()) {
      check(
        outcome.settled,
        'settles within its deadline (plus scheduling slack)',
        `call ${i} still pending after ${Math.round(elapsed)} ms (deadline ${plan.deadlineMs})`,
      );
      if (!outcome.settled) continue;
      const seen = run.calls.get(String(i)) ?? [];
      // A refused response comes back in the plain style; its ApiError is what `unwrap` would throw.
      const returned = 'value' in outcome ? (outcome.value as { response?: Response } | undefined) : undefined;
      const failure =
        'error' in outcome && outcome.error !== undefined
          ? outcome.error
          : returned?.response && !returned.response.ok
            ? (client as unknown as { toApiError(r: unknown): unknown }).toApiError(returned)
            : undefined;
      tally(
        `${op.method === 'GET' ? 'GET' : resendable ? 'resendable' : 'once-only'} ${failure instanceof ApiError ? `${failure.category}/${failure.code === 'timeout' ? 'timeout' : failure.status}` : 'ok'}, ${seen.length} sent`,
      );
      // A 401 to a token the client fetched is answered by one renewal: that request was not acted on.
      const renewals = plan.vendor === 'helpscout' && plan.oauth ? Math.min(1, seen.filter((s) => s.status === 401).length) : 0;
      check(
        seen.length <= maxAttempts + renewals,
        'attempts never exceed maxAttempts (plus one renewal after a 401 to a fetched token)',
        `${seen.length} requests, maxAttempts ${maxAttempts}`,
      );
      const acted = seen.filter((s) => !(s.status === 401 && renewals > 0));
      if (!resendable) {
        check(
          acted.length <= 1,
          'a non-idempotent request without a key reaches the server at most once (a 401 renewal aside)',
          `${acted.length} requests of ${operation}`,
        );
      }
      let gaps = 0;
      for (let n = 1; n < seen.length; n++) gaps += Math.max(0, seen[n]!.at - (seen[n - 1]!.done ?? seen[n]!.at));
      check(
        gaps <= maxWait + SLACK_MS,
        'waits between attempts never exceed maxTotalDelayMs (plus scheduling slack)',
        `${Math.round(gaps)} ms between attempts, allowed ${maxWait}`,
      );
      if (failure !== undefined) {
        checkError(failure, operation, secrets, run);
        const error = failure as ApiError;
        if (error instanceof ApiError && error.retryable && !resendable) {
          // The server may have acted on any request it answered other than 401/408/429, or that it reset or stalled.
          const mayHaveActed = acted.some((s) => ![401, 408, 429].includes(s.status));
          check(
            !mayHaveActed,
            'retryable is never true for a request the server may have acted on and that may not be resent',
            `${error.status} ${error.code} after ${acted.map((s) => s.status).join(',')}`,
          );
        }
      }
    }
    if (plan.vendor === 'helpscout' && plan.oauth) {
      const all = [...run.calls.values()].flat();
      const refused = new Set(all.filter((s) => s.status === 401 && s.auth).map((s) => s.auth));
      check(
        run.tokensIssued.length <= 1 + refused.size + expiredRenewals(plan),
        'OAuth fetches at most one token per token the API refused (token endpoint failures aside)',
        `${run.tokensIssued.length} tokens for ${refused.size} refusals`,
      );
    }
  } finally {
    runs.delete(run.id);
  }
}

/** Tokens that may be renewed by expiry during a run: a lifetime the server gave that ends within the run's deadline. */
function expiredRenewals(plan: CallPlan): number {
  return plan.tokenAnswers.filter(
    (a) => a.kind === 'token' && typeof a.expiresIn === 'number' && a.expiresIn > 0 && a.expiresIn * 1000 < plan.deadlineMs * 4,
  ).length;
}

/** Runs one paginate plan: it ends (an ApiError or PaginationError naming the list, or the last page) within its bound. */
export async function runPagePlan(plan: PagePlan): Promise<void> {
  const run = newRun();
  run.pages = plan.pages;
  run.pageVendor = plan.vendor;
  const secrets: string[] = [];
  try {
    const client = clientFor(
      { vendor: plan.vendor, oauth: false, retry: false, timeoutMs: plan.deadlineMs, deadlineMs: plan.deadlineMs },
      run,
      secrets,
    ) as unknown as {
      paginate(path: string, init?: unknown): AsyncGenerator<unknown>;
    };
    const path = plan.vendor === 'lines' ? '/chats' : plan.vendor === 'helpscout' ? '/v2/customers' : '/emails/schedule';
    const init = plan.vendor === 'lines' ? { params: { query: { from: '+15555550100' } } } : undefined;
    const items: unknown[] = [];
    // Every page is one call; the guards stop at the latest when the script repeats its last page twice.
    const bound = (plan.pages.length + 6) * (plan.deadlineMs + 50) + SLACK_MS;
    const outcome = await within(
      (async () => {
        for await (const item of client.paginate(path, init)) items.push(item);
      })(),
      bound,
    );
    check(
      outcome.settled,
      'settles within its deadline (plus scheduling slack)',
      `paginate still running after ${bound} ms (${items.length} items)`,
    );
    if (outcome.settled && 'error' in outcome && outcome.error !== undefined) checkError(outcome.error, `GET ${path}`, secrets, run);
  } finally {
    runs.delete(run.id);
  }
}

export const planArb = fc.oneof(
  { weight: 4, arbitrary: callPlanArb.map((p) => ({ kind: 'call' as const, plan: p })) },
  pagePlanArb.map((p) => ({ kind: 'pages' as const, plan: p })),
);
export type Plan = { kind: 'call'; plan: CallPlan } | { kind: 'pages'; plan: PagePlan };

export function runPlan(plan: Plan): Promise<void> {
  return plan.kind === 'call' ? runCallPlan(plan.plan) : runPagePlan(plan.plan);
}

/** Runs `runs` generated plans, `parallel` property checks at a time (each its own seed), and reports. */
export async function runModel(options: {
  runs: number;
  parallel: number;
  seed?: number;
  /** shrink a counterexample to a small one (slow against a real server; on for `npm test`) */
  shrink?: boolean;
  onProgress?: (done: number) => void;
}): Promise<{ runs: number; seconds: number }> {
  await startModelServer();
  // Node loads its fetch (undici) on first use, which takes longer than many generated time limits.
  await fetch(`${origin}/warm-up`).then((r) => r.arrayBuffer());
  const started = performance.now();
  let done = 0;
  const base = options.seed ?? Date.now();
  const share = Math.ceil(options.runs / options.parallel);
  await Promise.all(
    Array.from({ length: options.parallel }, (_, k) =>
      fc.assert(
        fc.asyncProperty(planArb, async (plan) => {
          await runPlan(plan);
          done++;
          if (done % 1000 === 0) options.onProgress?.(done);
        }),
        { numRuns: Math.max(0, Math.min(share, options.runs - k * share)), seed: base + k, endOnFailure: !options.shrink },
      ),
    ),
  );
  return { runs: done, seconds: (performance.now() - started) / 1000 };
}
