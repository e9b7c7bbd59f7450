// One error type for every vendor: ApiError, and the normaliser that builds it from any failed
// response or network failure. What a code means (status, category, retryability) comes from the
// vendor's generated error catalog; this file only knows how to read a body, never a vendor's codes.
import { firstHeaderValue, retryDelayMs, type HeaderSource } from './headers.ts';
import { redact, redactParsed, type RequestSnapshot } from './redact.ts';
import type { DriftReport } from './drift.ts';
import type { BodyFacts, CatalogEntry, VendorErrors } from './vendor.ts';

export type { BodyFacts, CatalogEntry, RetryHint, VendorErrors } from './vendor.ts';
export { RETRY_HINTS } from './vendor.ts';

/** Every category an ApiError can have (the spec's catalogs use the same names). */
export const CATEGORIES = [
  'authentication',
  'permission',
  'validation',
  'not_found',
  'conflict',
  'rate_limited',
  'quota',
  'server',
  'network',
  'contract',
] as const;
export type ErrorCategory = (typeof CATEGORIES)[number];

export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Codes of the runtime's own, beside the vendor's: `unknown` when the body names no catalogued
 * error, `timeout` when an attempt or the whole call ran out of time (see BaseClientOptions).
 */
export type RuntimeCode = 'unknown' | 'timeout';

export interface ApiErrorInit<Code extends string> {
  vendor: string;
  operation: string;
  status: number;
  code: Code | RuntimeCode;
  category: ErrorCategory;
  retryable: boolean;
  retryAfterMs: number | undefined;
  requestId: string | undefined;
  message: string;
  details: FieldProblem[];
  body: unknown;
  request?: RequestSnapshot;
  cause?: unknown;
  /** category `contract`: where the body differs from the spec (validate: 'strict') */
  drift?: DriftReport;
}

/** A failed call to any vendor, normalised. Holds no secret: tokens are redacted before it is built. */
export class ApiError<Code extends string = string> extends Error {
  // `declare`: set once in the constructor, not defined first as undefined (class-field
  // semantics), which costs a good part of the normaliser's time. `name` lives on the prototype.
  declare readonly name: 'ApiError';
  declare readonly vendor: string;
  /** `METHOD /path/{template}` of the operation called */
  declare readonly operation: string;
  /** HTTP status; 0 when no response came (a network failure, a timeout, a request not sent) */
  declare readonly status: number;
  /** the vendor's code (or our stable code for vendors without codes); "unknown" when the body names none we know, "timeout" when time ran out */
  declare readonly code: Code | RuntimeCode;
  declare readonly category: ErrorCategory;
  declare readonly retryable: boolean;
  declare readonly retryAfterMs: number | undefined;
  declare readonly requestId: string | undefined;
  /** field-level problems, whatever the vendor's shape */
  declare readonly details: FieldProblem[];
  /** the response body as received (parsed JSON, or text), secrets redacted */
  declare readonly body: unknown;
  /** method, URL and headers of the request, credentials redacted */
  declare readonly request: RequestSnapshot | undefined;
  /** category `contract`: where the response body differs from the spec, without its values */
  declare readonly drift: DriftReport | undefined;

  constructor(init: ApiErrorInit<Code>) {
    // No stack frames are captured here: capturing them costs several times the whole
    // normalisation, and most ApiErrors (every failed attempt the transport looks at) are
    // never thrown. The client captures the stack where it throws the error to the caller
    // (`unwrap`, a failed call); `stack` is "ApiError: <message>" until then.
    // A limit that is not a number, rather than 0, makes V8 skip the capture altogether: on
    // Node 20 that halves the cost of the native Error constructor (0.35 -> 0.16 us). `stack`
    // is then written here.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = undefined as unknown as number;
    try {
      super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.stack = this.message ? `${this.name}: ${this.message}` : this.name;
    this.vendor = init.vendor;
    this.operation = init.operation;
    this.status = init.status;
    this.code = init.code;
    this.category = init.category;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
    this.requestId = init.requestId;
    this.details = init.details;
    this.body = init.body;
    this.request = init.request;
    if (init.drift) this.drift = init.drift;
  }

  override toString(): string {
    return `ApiError [${this.vendor} ${this.operation}] ${this.status} ${this.code}: ${this.message}`;
  }

  /** The safe fields; a body nested too deep to serialise (JSON.stringify recurses) is summarised instead. */
  toJSON() {
    const { vendor, operation, status, code, category, retryable, retryAfterMs, requestId, message, details, request } = this;
    const body = nestsDeeperThan(this.body, MAX_BODY_DEPTH) ? `[body nested deeper than ${MAX_BODY_DEPTH} levels]` : this.body;
    const json = {
      name: this.name,
      vendor,
      operation,
      status,
      code,
      category,
      retryable,
      retryAfterMs,
      requestId,
      message,
      details,
      body,
      request,
    };
    return this.drift ? { ...json, drift: this.drift } : json;
  }

  // util.inspect (console.log) shows the same safe fields, not the cause chain (which may hold a raw
  // fetch error). The symbol is Node's registered one, so this file needs no Node import.
  [Symbol.for('nodejs.util.inspect.custom')]() {
    return this.toJSON();
  }
}

Object.defineProperty(ApiError.prototype, 'name', { value: 'ApiError', writable: true, configurable: true });

/** How deep a body `toJSON` (and so JSON.stringify and util.inspect) passes on as it is. */
export const MAX_BODY_DEPTH = 64;

/** Whether `value` nests deeper than `limit`; iterative, so that no depth overflows the stack. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: [object, number][] = [[value, 1]];
  const seen = new Set<object>();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (depth > limit) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Gives an error about to be thrown to the caller the caller's stack (ApiError captures none itself), frames below `below` left out. */
export function withStack<E extends Error>(error: E, below: Function): E {
  (Error as { captureStackTrace?: (target: object, below: Function) => void }).captureStackTrace?.(error, below);
  return error;
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** The best category an HTTP status allows when the body names no known code. */
export function categoryForStatus(status: number): ErrorCategory {
  if (status === 401) return 'authentication';
  if (status === 403) return 'permission';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 408 || status === 0) return 'network';
  if (status >= 500) return 'server';
  return 'validation';
}

const RETRYABLE_STATUSES = new Set([0, 408, 429, 502, 503, 504]);
/** Statuses that say the server refused the request without acting on it: sending it again is safe whatever the method. */
const REFUSED_UNPROCESSED = new Set([408, 429]);

/** Catalog lookups, built once per vendor. */
interface Index {
  byCode: Map<string, CatalogEntry>;
  /** several entries can share a message (Inbound's "Invalid configuration" names four rules) */
  byMessage: Map<string, CatalogEntry[]>;
  patterns: [RegExp, CatalogEntry][];
  byAnchor: Map<string, CatalogEntry>;
  byStatus: Map<number, CatalogEntry>;
}
const indexes = new WeakMap<VendorErrors, Index>();

function indexOf(def: VendorErrors): Index {
  let index = indexes.get(def);
  if (index) return index;
  index = { byCode: new Map(), byMessage: new Map(), patterns: [], byAnchor: new Map(), byStatus: new Map() };
  const statusCount = new Map<number, number>();
  for (const entry of def.catalog) {
    index.byCode.set(entry.code, entry);
    if (entry.message !== undefined) index.byMessage.set(entry.message, [...(index.byMessage.get(entry.message) ?? []), entry]);
    if (entry.messagePattern !== undefined) index.patterns.push([new RegExp(entry.messagePattern), entry]);
    if (entry.anchor !== undefined) index.byAnchor.set(entry.anchor, entry);
    else if (entry.message === undefined && entry.messagePattern === undefined) {
      statusCount.set(entry.status, (statusCount.get(entry.status) ?? 0) + 1);
      index.byStatus.set(entry.status, entry);
    }
  }
  // A status-level fallback is only safe when the catalog has exactly one such entry for the status.
  for (const [status, count] of statusCount) if (count > 1) index.byStatus.delete(status);
  indexes.set(def, index);
  return index;
}

/**
 * Among entries sharing a message: prefer the response's status, then the entry whose documented
 * name appears elsewhere in the body (Inbound puts the rule in `details`), then the generic one.
 */
function choose(entries: CatalogEntry[], texts: readonly string[], status: number): CatalogEntry {
  const atStatus = entries.filter((e) => e.status === status);
  const pool = atStatus.length ? atStatus : entries;
  return (
    pool.find((e) => e.documentedMessage !== undefined && texts.some((t) => t.includes(e.documentedMessage!))) ??
    pool.find((e) => e.documentedMessage === undefined) ??
    pool[0]!
  );
}

function recognise(def: VendorErrors, index: Index, facts: BodyFacts, status: number): CatalogEntry | undefined {
  if (facts.code !== undefined) {
    const entry = index.byCode.get(facts.code);
    if (entry) return entry;
  }
  for (const anchor of facts.anchors ?? []) {
    const entry = index.byAnchor.get(anchor);
    if (entry) return entry;
  }
  const texts = facts.texts ?? [];
  for (const text of texts) {
    const exact = index.byMessage.get(text);
    if (exact) return exact.length === 1 ? exact[0] : choose(exact, texts, status);
    for (const [pattern, entry] of index.patterns) if (pattern.test(text)) return entry;
  }
  if (def.statusFallback && facts.envelope) return index.byStatus.get(status);
  return undefined;
}

/** `String(value)` that cannot throw (objects without a prototype, a throwing `toString`). */
export function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A property of a thrown value, whatever was thrown (undefined where reading it fails). */
export function fieldOf(value: unknown, key: 'name' | 'message'): unknown {
  try {
    return value !== null && (typeof value === 'object' || typeof value === 'function')
      ? (value as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

export interface NormalizeInput {
  operation: string;
  /** HTTP status; 0 (or omitted) for a network failure */
  status?: number;
  headers?: HeaderSource;
  /** parsed JSON body, raw text, or undefined */
  body?: unknown;
  /** the thrown error of a network failure */
  cause?: unknown;
  request?: RequestSnapshot;
  /** strings that must never appear in the error (the client's token) */
  secrets?: readonly string[];
  /**
   * May the request be sent again without risk of acting twice (an idempotent method, or an
   * Idempotency-Key)? Default true. When false, only a refusal that says the server did not act
   * (408, 429) is retryable: a network failure or a 5xx may have come after the server acted.
   */
  resendable?: boolean;
  /** the client's own time limit ended the attempt (code `timeout`), as opposed to the caller's abort */
  timedOut?: boolean;
  /**
   * The request was never made: `cause` was thrown while it was being built (a middleware or
   * serializer of the caller's, or fetch refusing a method or body). Category `validation`, not
   * retryable: nothing went out, and the same call fails the same way again.
   */
  unsent?: boolean;
}

const MAX_MESSAGE = 500;
const NO_SECRETS: readonly string[] = [];
const VISIBLE = /\S/;

function problems(found: FieldProblem[] | undefined, secrets: readonly string[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!Array.isArray(found)) return out;
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    out.push({ path: redact(safeString(d.path), secrets), message: redact(safeString(d.message), secrets) });
  }
  return out;
}

/** A wait the body asked for (a vendor's reader found it), when it is a usable number of ms. */
function bodyDelay(ms: unknown): number | undefined {
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? Math.ceil(ms) : undefined;
}

/** Builds an ApiError from anything a failed call produced. Never throws. */
export function normalizeError<Code extends string = string>(def: VendorErrors, input: NormalizeInput): ApiError<Code> {
  return normalizeParsed<Code>(def, input, undefined);
}

/**
 * normalizeError, given also the text `input.body` was parsed from, which spares most bodies the
 * search for secrets (redactParsed). The client's own path (src/failure.ts); not exported by the
 * package, because a text that is not the body's would let a secret through.
 */
export function normalizeParsed<Code extends string = string>(
  def: VendorErrors,
  input: NormalizeInput,
  bodyText: string | undefined,
): ApiError<Code> {
  // An HTTP status is an integer below 1000; anything else is no response at all (0).
  const validStatus = Number.isInteger(input.status) && input.status! >= 0 && input.status! <= 999;
  const status = validStatus ? input.status! : 0;
  const secrets = input.secrets ?? NO_SECRETS;
  let facts: BodyFacts = {};
  try {
    if (status !== 0) facts = def.readBody(input.body, status) ?? {};
  } catch {
    facts = {};
  }
  const index = indexOf(def);
  const entry = status === 0 ? undefined : recognise(def, index, facts, status);
  // A call the caller aborted (or timed out with its own signal) is not a transient failure:
  // sending it again is the caller's choice.
  const causeName = status === 0 && !input.timedOut ? fieldOf(input.cause, 'name') : undefined;
  const aborted = causeName === 'AbortError' || causeName === 'TimeoutError';
  const unsent = status === 0 && input.unsent === true && !aborted;
  const category = unsent ? 'validation' : (entry?.category ?? categoryForStatus(status));
  const retryable =
    !unsent &&
    (entry?.retryable ?? (!aborted && RETRYABLE_STATUSES.has(status))) &&
    (input.resendable !== false || REFUSED_UNPROCESSED.has(status));

  let retryAfterMs: number | undefined;
  let requestId = typeof facts.requestId === 'string' && facts.requestId ? facts.requestId : undefined;
  try {
    // The server's explicit Retry-After first, then a wait the body states, then reset times.
    const fromBody = bodyDelay(facts.retryAfterMs);
    if (status === 0) retryAfterMs = undefined;
    else if (fromBody === undefined) retryAfterMs = retryDelayMs(def, input.headers, status);
    else
      retryAfterMs =
        retryDelayMs({ retryHeaders: def.retryHeaders.filter((h) => h.hint === 'retry-after') }, input.headers, status) ?? fromBody;
    requestId ??= firstHeaderValue(input.headers, def.requestIdHeaders);
  } catch {
    // malformed header containers: no hint
  }

  let message = typeof facts.message === 'string' && VISIBLE.test(facts.message) ? facts.message : undefined;
  if (message === undefined) {
    if (status !== 0) message = entry?.meaning ?? `HTTP ${status}`;
    else if (input.cause === undefined && input.status !== undefined && !validStatus)
      message = `invalid HTTP status ${safeString(input.status)}`;
    else {
      const causeMessage = fieldOf(input.cause, 'message');
      message = `${unsent ? 'request not sent' : 'network failure'}: ${typeof causeMessage === 'string' ? causeMessage : safeString(input.cause)}`;
    }
  }
  // Redact before shortening: a token cut in two at the limit would no longer match.
  message = redact(message, secrets);
  if (message.length > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE)}…`;

  return new ApiError<Code>({
    vendor: def.vendor,
    operation: input.operation,
    status,
    code: (entry?.code ?? (input.timedOut ? 'timeout' : 'unknown')) as Code | RuntimeCode,
    category,
    retryable,
    retryAfterMs,
    requestId: requestId === undefined ? undefined : redact(requestId, secrets),
    message,
    details: problems(facts.details, secrets),
    body: redactParsed(input.body, bodyText, secrets),
    request: input.request,
    cause: input.cause,
  });
}
