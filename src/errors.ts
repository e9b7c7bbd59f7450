// One error type for every vendor: ApiError, and the normaliser that builds it from any failed
// response or network failure. What a code means (status, category, retryability) comes from the
// vendor's generated error catalog; this file only knows how to read a body, never a vendor's codes.
import { redact, redactDeep, type RequestSnapshot } from './redact.ts';
import type { DriftReport } from './drift.ts';

/** Every category an ApiError can have (the spec's catalogs use the same names). */
export const CATEGORIES = ['authentication', 'permission', 'validation', 'not_found', 'conflict', 'rate_limited', 'quota', 'server', 'network', 'contract'] as const;
export type ErrorCategory = (typeof CATEGORIES)[number];

/** One entry of a generated error catalog (generated/<vendor>/errors.ts). */
export interface CatalogEntry {
  readonly code: string;
  readonly status: number;
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly retryNote?: string;
  readonly meaning: string;
  readonly type?: string;
  readonly name?: string;
  readonly anchor?: string;
  readonly message?: string;
  readonly messagePattern?: string;
  readonly documentedMessage?: string;
}

export interface FieldProblem {
  path: string;
  message: string;
}

/** What a vendor's body reader found in an error body; every field is optional. */
export interface BodyFacts {
  /** the vendor's machine code, if the body carries one */
  code?: string;
  /** strings that may be a catalogued message (vendors without codes) */
  texts?: string[];
  /** `#anchor`s of about-links (Help Scout) */
  anchors?: string[];
  /** true when the body is this vendor's error envelope (so a status-level catalog entry may apply) */
  envelope?: boolean;
  message?: string;
  details?: FieldProblem[];
  requestId?: string;
}

/** How a retry header's value reads (spec/AUTHORING.md, `x-retry-hint`). */
export const RETRY_HINTS = ['retry-after', 'reset-unix-seconds', 'reset-unix-ms', 'reset-delay-seconds'] as const;
export type RetryHint = (typeof RETRY_HINTS)[number];

/** How one vendor's errors are read: its catalog, its headers, and a reader for its bodies. */
export interface VendorErrors {
  vendor: string;
  catalog: readonly CatalogEntry[];
  retryHeaders: readonly { readonly name: string; readonly hint: RetryHint }[];
  requestIdHeaders: readonly string[];
  /** Reads an error body (already JSON-parsed when it parsed; else the raw text). Must not throw, but is guarded anyway. */
  readBody(body: unknown, status: number): BodyFacts;
  /** When the body carries no code: may a catalog entry be chosen from the status alone? (only for envelopes) */
  statusFallback?: boolean;
}

export interface ApiErrorInit<Code extends string> {
  vendor: string;
  operation: string;
  status: number;
  code: Code | 'unknown';
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
  /** HTTP status; 0 for a network failure */
  declare readonly status: number;
  /** the vendor's code (or our stable code for vendors without codes); "unknown" when the body names none we know */
  declare readonly code: Code | 'unknown';
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
    // normalisation, and most ApiErrors (every failed attempt the retry middleware looks at) are
    // never thrown. The client captures the stack where it throws the error to the caller
    // (`unwrap`, a failed call); `stack` is "ApiError: <message>" until then.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    } finally {
      Error.stackTraceLimit = limit;
    }
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

  toJSON() {
    const { vendor, operation, status, code, category, retryable, retryAfterMs, requestId, message, details, body, request } = this;
    const json = { name: this.name, vendor, operation, status, code, category, retryable, retryAfterMs, requestId, message, details, body, request };
    return this.drift ? { ...json, drift: this.drift } : json;
  }

  // util.inspect (console.log) shows the same safe fields, not the cause chain (which may hold a raw
  // fetch error). The symbol is Node's registered one, so this file needs no Node import.
  [Symbol.for('nodejs.util.inspect.custom')]() {
    return this.toJSON();
  }
}

Object.defineProperty(ApiError.prototype, 'name', { value: 'ApiError', writable: true, configurable: true });

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

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/** `String(value)` that cannot throw (objects without a prototype, a throwing `toString`). */
export function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A property of a thrown value, whatever was thrown (undefined where reading it fails). */
function fieldOf(value: unknown, key: 'name' | 'message'): unknown {
  try {
    return value !== null && (typeof value === 'object' || typeof value === 'function') ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

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

/** Milliseconds to wait before retrying, from the vendor's retry headers; undefined when none says. */
export function retryDelayMs(def: Pick<VendorErrors, 'retryHeaders'>, headers: HeaderSource, status: number, now?: number): number | undefined {
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

/** Builds an ApiError from anything a failed call produced. Never throws. */
export function normalizeError<Code extends string = string>(def: VendorErrors, input: NormalizeInput): ApiError<Code> {
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
  const category = entry?.category ?? categoryForStatus(status);
  // A call the caller aborted is not a transient failure: sending it again is the caller's choice.
  const aborted = status === 0 && fieldOf(input.cause, 'name') === 'AbortError';
  const retryable = entry?.retryable ?? (!aborted && RETRYABLE_STATUSES.has(status));

  let retryAfterMs: number | undefined;
  let requestId = typeof facts.requestId === 'string' && facts.requestId ? facts.requestId : undefined;
  try {
    retryAfterMs = status === 0 ? undefined : retryDelayMs(def, input.headers, status);
    for (let i = 0; requestId === undefined && i < def.requestIdHeaders.length; i++) requestId = headerValue(input.headers, def.requestIdHeaders[i]!);
  } catch {
    // malformed header containers: no hint
  }

  let message = typeof facts.message === 'string' && VISIBLE.test(facts.message) ? facts.message : undefined;
  if (message === undefined) {
    if (status !== 0) message = entry?.meaning ?? `HTTP ${status}`;
    else if (input.cause === undefined && input.status !== undefined && !validStatus) message = `invalid HTTP status ${safeString(input.status)}`;
    else {
      const causeMessage = fieldOf(input.cause, 'message');
      message = `network failure: ${typeof causeMessage === 'string' ? causeMessage : safeString(input.cause)}`;
    }
  }
  // Redact before shortening: a token cut in two at the limit would no longer match.
  message = redact(message, secrets);
  if (message.length > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE)}…`;

  return new ApiError<Code>({
    vendor: def.vendor,
    operation: input.operation,
    status,
    code: (entry?.code ?? 'unknown') as Code | 'unknown',
    category,
    retryable,
    retryAfterMs,
    requestId: requestId === undefined ? undefined : redact(requestId, secrets),
    message,
    details: problems(facts.details, secrets),
    body: secrets.length ? redactDeep(input.body, secrets) : input.body,
    request: input.request,
    cause: input.cause,
  });
}
