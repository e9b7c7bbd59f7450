// The vendor contract: what the runtime knows of one vendor, all of it generated from the spec
// (catalog, headers, servers, pagination) except the small reader of its error bodies, which each
// vendor entry module writes. Nothing here knows a vendor's codes.
import type { ErrorCategory, FieldProblem } from './errors.ts';

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
  /** a wait the body asks for, in ms, when the vendor puts it there instead of in a header */
  retryAfterMs?: number;
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

/** How a list operation pages (spec/AUTHORING.md, `x-pagination`). */
export interface Pagination {
  readonly style: 'cursor' | 'page' | 'offset' | 'link' | 'none';
  readonly itemsPath?: string;
  readonly cursorParam?: string;
  readonly cursorParams?: Readonly<Record<string, string>>;
  readonly nextCursorPath?: string;
  readonly hasMorePath?: string;
  readonly pageParam?: string;
  readonly pageNumberPath?: string;
  readonly totalPagesPath?: string;
  readonly offsetParam?: string;
  readonly totalPath?: string;
  readonly nextLinkPath?: string;
  readonly limitParam?: string;
}

/** What the generated facts module of a vendor says (generated/<vendor>/vendor-facts.ts). */
export interface VendorRuntime {
  vendor: string;
  serverUrl: string;
  operations: Readonly<Record<string, { readonly operationId: string; readonly pagination?: Pagination }>>;
}

export interface VendorDefinition extends VendorErrors {
  runtime: VendorRuntime;
  /** How the credential is sent: `Authorization: Bearer <token>` unless a vendor says otherwise. */
  authHeader?: (token: string) => [name: string, value: string];
  /** How the vendor reads a query string, where openapi-fetch's default cannot say it (nested objects). */
  querySerializer?: (query: Record<string, unknown>) => string;
}

/** A vendor's definition from its generated modules and the reader of its error bodies. */
export function vendorDefinition(
  runtime: VendorRuntime & Pick<VendorErrors, 'retryHeaders' | 'requestIdHeaders'>,
  catalog: VendorErrors['catalog'],
  reader: Pick<VendorDefinition, 'readBody' | 'statusFallback' | 'authHeader' | 'querySerializer'>,
): VendorDefinition {
  return {
    vendor: runtime.vendor,
    runtime,
    catalog,
    retryHeaders: runtime.retryHeaders,
    requestIdHeaders: runtime.requestIdHeaders,
    ...reader,
  };
}
