// MSW 2 request handlers made from a vendor's generated mock data (generated/<vendor>/mock.ts):
// every operation answers its documented example, and a scenario replaces an operation's answer
// with a catalogued error (the vendor's status, body and headers), another documented example, a
// response of your own or a network failure, once or in sequence. Imports only msw's core entry,
// which runs in Node and in browsers; msw is an optional peer dependency, needed only here.
import { http, HttpResponse, type HttpHandler } from 'msw';

/** One operation in the generated data: the names of its success examples and its error codes. */
export interface MockOperation {
  examples: string;
  errors: string;
}

interface Answer {
  status: number;
  contentType?: string;
  headers: Record<string, string>;
}

/** The shape of `mockData` in generated/<vendor>/mock.ts. */
export interface VendorMockData {
  vendor: string;
  serverUrl: string;
  operations: Record<
    string,
    { method: string; path: string; success: (Answer & { examples: Record<string, unknown> })[]; errors: string[] }
  >;
  errors: Record<string, Answer & { body: unknown }>;
}

/** One answer of a scenario. */
export type MockStep<Op extends MockOperation> =
  /** a catalogued error of the operation, with the vendor's status, body and headers */
  | Op['errors']
  /** the same, with some headers replaced (e.g. `{ 'Retry-After': '0' }` so a retry does not wait) */
  | { error: Op['errors']; headers?: Record<string, string> }
  /** another documented success example of the operation */
  | { example: Op['examples']; headers?: Record<string, string> }
  /** a response of your own (a body is sent as JSON unless it is a string) */
  | { status: number; body?: unknown; headers?: Record<string, string> }
  /** no response at all: fetch rejects, as when the connection drops */
  | { networkError: true };

/** One step answers every request; a list answers one request per step, then the documented example again. */
export type MockOverride<Op extends MockOperation> = MockStep<Op> | readonly [MockStep<Op>, ...MockStep<Op>[]];

/** Overrides by operation key, `METHOD /path` as the spec writes it. */
export type Scenario<Ops extends Record<keyof Ops, MockOperation>> = { [K in keyof Ops]?: MockOverride<Ops[K]> };

export interface MockOptions {
  /** the base URL your client calls (its `baseUrl`); defaults to the vendor's production server */
  baseUrl?: string;
}

export interface VendorMock<Ops extends Record<keyof Ops, MockOperation>> {
  readonly vendor: string;
  /** A handler per operation, answering its first documented example (msw: `setupServer(...handlers())`). */
  handlers(options?: MockOptions): HttpHandler[];
  /**
   * Handlers for the overridden operations only, to put in front of `handlers()`
   * (msw: `server.use(...scenario({...}))`; `server.resetHandlers()` removes them). Each call starts
   * its sequences afresh.
   */
  scenario(overrides: Scenario<Ops>, options?: MockOptions): HttpHandler[];
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

function respond(answer: Answer, body: unknown, extraHeaders: Record<string, string> = {}): Response {
  const headers = new Headers(answer.headers);
  for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
  if (body === undefined) return new HttpResponse(null, { status: answer.status, headers });
  // A `*/*` response has no one media type; what a client gets for it is bytes.
  const contentType = !answer.contentType || answer.contentType.includes('*') ? 'application/octet-stream' : answer.contentType;
  if (!headers.has('content-type')) headers.set('content-type', contentType);
  const text = typeof body === 'string' && !JSON_TYPE.test(contentType) ? body : JSON.stringify(body);
  return new HttpResponse(text, { status: answer.status, headers });
}

/** `{name}` → `:name`, msw's (path-to-regexp) parameter syntax. */
const mswPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

/**
 * More specific paths first: msw answers with the first handler that matches, and
 * `/threads/search` must not be taken by `/threads/{threadId}`.
 */
function bySpecificity(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const pa = sa[i]!.includes('{');
    const pb = sb[i]!.includes('{');
    if (pa !== pb) return pa ? 1 : -1;
  }
  return 0;
}

export function createVendorMock<Ops extends Record<keyof Ops, MockOperation>>(data: VendorMockData): VendorMock<Ops> {
  const entries = Object.entries(data.operations).sort(([, a], [, b]) => bySpecificity(a.path, b.path));
  const urlOf = (path: string, options?: MockOptions) => `${(options?.baseUrl ?? data.serverUrl).replace(/\/+$/, '')}${mswPath(path)}`;

  const documented = (key: string) => {
    const first = data.operations[key]!.success[0]!;
    const name = Object.keys(first.examples)[0];
    return respond(first, name === undefined ? undefined : first.examples[name]);
  };

  const answer = (key: string, step: MockStep<MockOperation>): Response => {
    const operation = data.operations[key]!;
    if (typeof step === 'string' || 'error' in step) {
      const code = typeof step === 'string' ? step : step.error;
      const error = data.errors[code];
      // Types stop this; plain JavaScript callers get told what went wrong instead of a silent default.
      if (!error) throw new Error(`${data.vendor} mock: ${code} is not a catalogued error code`);
      return respond(error, error.body, typeof step === 'string' ? {} : step.headers);
    }
    if ('example' in step) {
      const success = operation.success.find((s) => step.example in s.examples);
      if (!success) throw new Error(`${data.vendor} mock: ${key} has no success example ${step.example}`);
      return respond(success, success.examples[step.example], step.headers);
    }
    if ('networkError' in step) return HttpResponse.error();
    return respond({ status: step.status, contentType: 'application/json', headers: {} }, step.body, step.headers);
  };

  const handlerFor = (key: string, options: MockOptions | undefined, resolve: () => Response) => {
    const { method, path } = data.operations[key]!;
    const verb = method.toLowerCase() as 'get';
    if (!(verb in http)) throw new Error(`${data.vendor} mock: msw has no handler for ${method}`);
    return http[verb](urlOf(path, options), resolve);
  };

  return {
    vendor: data.vendor,
    handlers: (options) => entries.map(([key]) => handlerFor(key, options, () => documented(key))),
    scenario(overrides, options) {
      const chosen = Object.entries(overrides as Record<string, MockOverride<MockOperation> | undefined>).filter(
        ([, o]) => o !== undefined,
      );
      for (const [key] of chosen)
        if (!(key in data.operations))
          throw new Error(`${data.vendor} mock: no operation ${key} (keys are \`METHOD /path\` as in the spec)`);
      chosen.sort(([a], [b]) => bySpecificity(data.operations[a]!.path, data.operations[b]!.path));
      return chosen.map(([key, override]) => {
        const steps = Array.isArray(override) ? [...(override as MockStep<MockOperation>[])] : undefined;
        return handlerFor(key, options, () => {
          if (!steps) return answer(key, override as MockStep<MockOperation>);
          const step = steps.shift();
          return step === undefined ? documented(key) : answer(key, step);
        });
      });
    },
  };
}
