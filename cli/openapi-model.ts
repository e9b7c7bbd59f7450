// The parts of a bundled OpenAPI document that our scripts and runtime read, with our extensions
// (see spec/AUTHORING.md). Shared by scripts/ and test/.
import type { CatalogEntry as RuntimeCatalogEntry } from '../src/errors.ts';
import type { Pagination } from '../src/paginate.ts';

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type Method = (typeof METHODS)[number];

// JSON Schema 2020-12 keywords whose values are schemas, for the walks over a document's schemas
// (the drift validators' build, the example walk of the tests): a keyword not listed holds data
// (enum, const, default…), never a schema to descend into.
/** Keywords whose value is one schema. */
export const SUBSCHEMA_KEYWORDS = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'propertyNames',
  'contentSchema',
] as const;
/** Keywords whose value is a list of schemas. */
export const SUBSCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Keywords whose value maps names (data, not keywords) to schemas. */
export const SUBSCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;

// The runtime's own definitions, so that what the build accepts and what the runtime reads agree.
export { CATEGORIES, RETRY_HINTS, type ErrorCategory as Category } from '../src/errors.ts';
export type { Pagination } from '../src/paginate.ts';

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
  required?: boolean;
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

/** Follows internal `$ref`s ("#/components/…") to the node they name; external or cyclic refs throw. */
export function resolveRef<T>(doc: OpenApiDocument, node: T): T {
  let current: unknown = node;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof (current as { $ref?: unknown }).$ref === 'string') {
    const ref = (current as { $ref: string }).$ref;
    if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref}: use a bundled document`);
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}`);
    seen.add(ref);
    let target: unknown = doc;
    for (const key of ref.slice(2).split('/'))
      target = (target as Record<string, unknown> | undefined)?.[decodeURIComponent(key).replace(/~1/g, '/').replace(/~0/g, '~')];
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    current = target;
  }
  return current as T;
}

export interface OperationEntry {
  /** "GET /threads", or "WEBHOOK email.received" */
  key: string;
  method: Method;
  /** the path, or the webhook's name */
  path: string;
  item: PathItem;
  op: Operation;
  webhook: boolean;
  /** JSON pointer keys of the operation in the document */
  pointer: string[];
}

/**
 * An operation's parameters, resolved: those of its path item, then its own, one of its own
 * replacing the path item's of the same name and location (OpenAPI 3.1, Path Item `parameters`).
 */
export function operationParameters(doc: OpenApiDocument, item: PathItem, op: Operation): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
    const p = resolveRef(doc, raw);
    byKey.set(`${p.in}:${p.name}`, p);
  }
  return [...byKey.values()];
}

/** Every operation of a document: those of `paths`, then those of `webhooks`. */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const root of ['paths', 'webhooks'] as const) {
    for (const [path, raw] of Object.entries(doc[root] ?? {})) {
      const item = resolveRef(doc, raw);
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const webhook = root === 'webhooks';
        out.push({
          key: webhook ? `WEBHOOK ${path}` : `${method.toUpperCase()} ${path}`,
          method,
          path,
          item,
          op,
          webhook,
          pointer: [root, path, method],
        });
      }
    }
  }
  return out;
}
