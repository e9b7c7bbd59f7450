// The parts of a bundled OpenAPI document that our scripts and runtime read, with our extensions
// (see spec/AUTHORING.md). Shared by scripts/ and test/.
import type { CatalogEntry as RuntimeCatalogEntry } from '../src/errors.ts';
import type { Pagination } from '../src/paginate.ts';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type Method = (typeof METHODS)[number];

// The runtime's own definitions, so that what the build accepts and what the runtime reads agree.
export { CATEGORIES, RETRY_HINTS, type ErrorCategory as Category } from '../src/errors.ts';
export { PAGINATION_STYLES, type Pagination } from '../src/paginate.ts';

/** A catalog entry as written in the spec: the runtime's entry plus the name of its example. */
export interface CatalogEntry extends RuntimeCatalogEntry {
  example: string;
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
