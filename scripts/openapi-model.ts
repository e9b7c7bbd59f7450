// The parts of a bundled OpenAPI document that our scripts and runtime read, with our extensions
// (see spec/AUTHORING.md). Shared by scripts/ and test/.

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type Method = (typeof METHODS)[number];

export const CATEGORIES = ['authentication', 'permission', 'validation', 'not_found', 'conflict', 'rate_limited', 'quota', 'server', 'network'] as const;
export type Category = (typeof CATEGORIES)[number];

export const PAGINATION_STYLES = ['cursor', 'page', 'offset', 'link', 'none'] as const;

export const RETRY_HINTS = ['retry-after', 'reset-unix-seconds', 'reset-unix-ms', 'reset-delay-seconds'] as const;

export interface CatalogEntry {
  code: string;
  status: number;
  category: Category;
  retryable: boolean;
  retryNote?: string;
  meaning: string;
  example: string;
  type?: string;
  name?: string;
  anchor?: string;
  message?: string;
  messagePattern?: string;
  documentedMessage?: string;
}

export interface Pagination {
  style: (typeof PAGINATION_STYLES)[number];
  itemsPath?: string;
  cursorParam?: string;
  cursorParams?: Record<string, string>;
  nextCursorPath?: string;
  hasMorePath?: string;
  pageParam?: string;
  totalPagesPath?: string;
  offsetParam?: string;
  totalPath?: string;
  nextLinkPath?: string;
  limitParam?: string;
}

export interface Example {
  summary?: string;
  value?: unknown;
  $ref?: string;
}

export interface MediaType {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, Example>;
}

export interface Response {
  $ref?: string;
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
}

export interface Parameter {
  $ref?: string;
  name?: string;
  in?: string;
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, Example>;
}

export interface Operation {
  operationId: string;
  summary?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { $ref?: string; content?: Record<string, MediaType> };
  responses: Record<string, Response>;
  'x-error-codes'?: string[];
  'x-pagination'?: Pagination;
}

export type PathItem = Partial<Record<Method, Operation>> & { parameters?: Parameter[] };

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  paths?: Record<string, PathItem>;
  webhooks?: Record<string, PathItem>;
  components?: {
    schemas?: Record<string, unknown>;
    responses?: Record<string, Response>;
    parameters?: Record<string, Parameter>;
    headers?: Record<string, Record<string, unknown>>;
    examples?: Record<string, Example>;
    requestBodies?: Record<string, { content?: Record<string, MediaType> }>;
  };
  'x-error-catalog'?: CatalogEntry[];
}
