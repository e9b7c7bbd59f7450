// One error type for every vendor: ApiError, and the normaliser that builds it from any failed
// response or network failure. What a code means (status, category, retryability) comes from the
// vendor's generated error catalog; this file only knows how to read a body, never a vendor's codes.
import { inspect } from 'node:util';
import { redact, redactDeep, type RequestSnapshot } from './redact.ts';

export type ErrorCategory = 'authentication' | 'permission' | 'validation' | 'not_found' | 'conflict' | 'rate_limited' | 'quota' | 'server' | 'network';

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

export type RetryHint = 'retry-after' | 'reset-unix-seconds' | 'reset-unix-ms' | 'reset-delay-seconds';

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
}

/** A failed call to any vendor, normalised. Holds no secret: tokens are redacted before it is built. */
export class ApiError<Code extends string = string> extends Error {
  override readonly name = 'ApiError';
  readonly vendor: string;
  /** `METHOD /path/{template}` of the operation called */
  readonly operation: string;
  /** HTTP status; 0 for a network failure */
  readonly status: number;
  /** the vendor's code (or our stable code for vendors without codes); "unknown" when the body names none we know */
  readonly code: Code | 'unknown';
  readonly category: ErrorCategory;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly requestId: string | undefined;
  /** field-level problems, whatever the vendor's shape */
  readonly details: FieldProblem[];
  /** the response body as received (parsed JSON, or text), secrets redacted */
  readonly body: unknown;
  /** method, URL and headers of the request, credentials redacted */
  readonly request: RequestSnapshot | undefined;

  constructor(init: ApiErrorInit<Code>) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
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
  }

  override toString(): string {
    return `ApiError [${this.vendor} ${this.operation}] ${this.status} ${this.code}: ${this.message}`;
  }

  toJSON() {
    const { vendor, operation, status, code, category, retryable, retryAfterMs, requestId, message, details, body, request } = this;
    return { name: this.name, vendor, operation, status, code, category, retryable, retryAfterMs, requestId, message, details, body, request };
  }

  // util.inspect (console.log) shows the same safe fields, not the cause chain (which may hold a raw fetch error).
  [inspect.custom]() {
    return this.toJSON();
  }
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

/** Catalog lookups, built once per vendor. */
interface Index {
  byCode: Map<string, CatalogEntry>;
  byMessage: Map<string, CatalogEntry>;
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
    if (entry.message !== undefined) index.byMessage.set(entry.message, entry);
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

function recognise(def: VendorErrors, index: Index, facts: BodyFacts, status: number): CatalogEntry | undefined {
  if (facts.code !== undefined) {
    const entry = index.byCode.get(facts.code);
    if (entry) return entry;
  }
  for (const anchor of facts.anchors ?? []) {
    const entry = index.byAnchor.get(anchor);
    if (entry) return entry;
  }
  for (const text of facts.texts ?? []) {
    const exact = index.byMessage.get(text);
    if (exact) return exact;
    for (const [pattern, entry] of index.patterns) if (pattern.test(text)) return entry;
  }
  if (def.statusFallback && facts.envelope) return index.byStatus.get(status);
  return undefined;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const value = record[name] ?? Object.entries(record).find(([k]) => k.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value[0] : value;
}

/** Milliseconds to wait before retrying, from the vendor's retry headers; undefined when none says. */
export function retryDelayMs(def: Pick<VendorErrors, 'retryHeaders'>, headers: HeaderSource, status: number, now = Date.now()): number | undefined {
  let best: number | undefined;
  for (const { name, hint } of def.retryHeaders) {
    // A reset time is on every response; it only says "wait" when the request was refused for it.
    if (hint !== 'retry-after' && status !== 429 && status !== 503) continue;
    const raw = headerValue(headers, name)?.trim();
    if (!raw) continue;
    let ms: number | undefined;
    const n = Number(raw);
    if (hint === 'retry-after') ms = Number.isFinite(n) ? n * 1000 : Date.parse(raw) - now;
    else if (!Number.isFinite(n)) continue;
    else if (hint === 'reset-unix-seconds') ms = n * 1000 - now;
    else if (hint === 'reset-unix-ms') ms = n - now;
    else ms = n * 1000;
    if (ms === undefined || Number.isNaN(ms)) continue;
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

/** Builds an ApiError from anything a failed call produced. Never throws. */
export function normalizeError<Code extends string = string>(def: VendorErrors, input: NormalizeInput): ApiError<Code> {
  const status = Number.isInteger(input.status) && input.status! >= 0 && input.status! <= 999 ? input.status! : 0;
  const secrets = input.secrets ?? [];
  let facts: BodyFacts = {};
  try {
    if (status !== 0) facts = def.readBody(input.body, status) ?? {};
  } catch {
    facts = {};
  }
  const index = indexOf(def);
  const entry = status === 0 ? undefined : recognise(def, index, facts, status);
  const category = entry?.category ?? categoryForStatus(status);
  const retryable = entry?.retryable ?? RETRYABLE_STATUSES.has(status);

  let retryAfterMs: number | undefined;
  let requestId = typeof facts.requestId === 'string' && facts.requestId ? facts.requestId : undefined;
  try {
    retryAfterMs = status === 0 ? undefined : retryDelayMs(def, input.headers, status);
    for (let i = 0; requestId === undefined && i < def.requestIdHeaders.length; i++) requestId = headerValue(input.headers, def.requestIdHeaders[i]!);
  } catch {
    // malformed header containers: no hint
  }

  let message = typeof facts.message === 'string' && facts.message.trim() ? facts.message : undefined;
  if (message === undefined) {
    const cause = input.cause as { message?: unknown } | undefined;
    message = status === 0 ? `network failure: ${typeof cause?.message === 'string' ? cause.message : String(cause)}` : entry?.meaning ?? `HTTP ${status}`;
  }
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
    message: redact(message, secrets),
    details: (facts.details ?? []).map((d) => ({ path: redact(String(d.path), secrets), message: redact(String(d.message), secrets) })),
    body: secrets.length ? redactDeep(input.body, secrets) : input.body,
    request: input.request,
    cause: input.cause,
  });
}
