// The breaking-change comparison of two bundled OpenAPI 3.1 documents, shared by the package's
// `messaging-contracts diff` command (cli/diff.ts) and `npm run diff` (scripts/diff.ts).
//
// No maintained tool installs from npm and works offline here, so this walks the bundled JSON
// itself: internal $refs are resolved; request bodies, parameters, 2xx response bodies and webhook
// payloads are compared field by field through properties, items, additionalProperties and
// allOf/oneOf/anyOf. Direction matters: a client sends requests and receives responses (and
// webhook payloads), so what is compatible in one is breaking in the other. What it does not
// detect is listed in README.md ("Breaking-change check: known limits").
import {
  listOperations,
  operationParameters,
  resolveRef,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  type PathItem,
} from './openapi-model.ts';

export type ChangeKind =
  // breaking
  | 'operation-removed'
  | 'webhook-removed'
  | 'response-removed'
  | 'media-type-removed'
  | 'response-field-removed'
  | 'response-field-retyped'
  | 'response-field-optional'
  | 'request-body-required'
  | 'request-field-removed'
  | 'request-field-retyped'
  | 'request-field-required'
  | 'parameter-removed'
  | 'parameter-retyped'
  | 'parameter-required'
  | 'enum-value-removed'
  | 'variant-removed'
  // additive
  | 'operation-added'
  | 'webhook-added'
  | 'response-added'
  | 'media-type-added'
  | 'response-field-added'
  | 'request-field-added'
  | 'parameter-added'
  | 'enum-value-added'
  | 'variant-added'
  | 'type-widened'
  | 'type-narrowed'
  | 'now-optional'
  | 'now-required';

export interface Change {
  kind: ChangeKind;
  /** `GET /threads/{threadId}`, then where in it: `200 application/json body.data[].id`, `query.limit` */
  location: string;
  message: string;
}

export interface Comparison {
  breaking: Change[];
  additive: Change[];
}

type Direction = 'request' | 'response';
type Schema = Record<string, unknown> & { $ref?: string };
type Json = Record<string, unknown>;

const BREAKING = new Set<ChangeKind>([
  'operation-removed',
  'webhook-removed',
  'response-removed',
  'media-type-removed',
  'response-field-removed',
  'response-field-retyped',
  'response-field-optional',
  'request-body-required',
  'request-field-removed',
  'request-field-retyped',
  'request-field-required',
  'parameter-removed',
  'parameter-retyped',
  'parameter-required',
  'enum-value-removed',
  'variant-removed',
]);

export const isBreaking = (kind: ChangeKind) => BREAKING.has(kind);

/** One point of a flattened schema: a field (or the body itself, or a oneOf/anyOf variant). */
interface Node {
  /** JSON types it may hold; undefined: any */
  types?: Set<string>;
  enum?: unknown[];
  required: boolean;
  variant: boolean;
}

const typeName = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

function typesOf(schema: Schema): Set<string> | undefined {
  if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if ('const' in schema) return new Set([typeName(schema.const)]);
  if (Array.isArray(schema.enum)) return new Set((schema.enum as unknown[]).map(typeName));
  if (schema.properties) return new Set(['object']);
  if (schema.items) return new Set(['array']);
  return undefined;
}

/** The name a oneOf/anyOf branch is matched by across versions: its component, its `const` tag, its title, or its position. */
function variantName(doc: OpenApiDocument, branch: Schema, index: number): string {
  if (branch.$ref) return branch.$ref.split('/').pop()!;
  const resolved = resolveRef(doc, branch);
  for (const [name, prop] of Object.entries((resolved.properties ?? {}) as Record<string, Schema>)) {
    const p = resolveRef(doc, prop);
    if ('const' in p) return `${name}=${JSON.stringify(p.const)}`;
  }
  if (typeof resolved.title === 'string') return resolved.title;
  return String(index);
}

/**
 * Flattens a schema into its fields, keyed by path (`body.data[].id`, `body<TextMessage>.text`).
 * allOf branches merge into the object they describe; each oneOf/anyOf branch is a variant node.
 */
export function flatten(doc: OpenApiDocument, root: unknown, prefix: string, required = true): Map<string, Node> {
  const out = new Map<string, Node>();
  const visit = (raw: Schema, path: string, isRequired: boolean, variant: boolean, stack: string[]): void => {
    if (stack.length > 64) throw new Error(`${path}: schema nests more than 64 $refs deep`);
    if (raw.$ref && stack.includes(raw.$ref)) {
      out.set(path, { types: new Set([`recursive ${raw.$ref.split('/').pop()}`]), required: isRequired, variant });
      return;
    }
    const nextStack = raw.$ref ? [...stack, raw.$ref] : stack;
    const schema = resolveRef(doc, raw);
    // Merge allOf into one view of the object: properties, required, types, enum.
    const parts = [schema, ...((schema.allOf ?? []) as Schema[]).map((s) => resolveRef(doc, s))];
    const properties: Record<string, Schema> = {};
    const requiredNames = new Set<string>();
    let types: Set<string> | undefined;
    let values: unknown[] | undefined;
    for (const part of parts) {
      Object.assign(properties, part.properties ?? {});
      for (const name of (part.required ?? []) as string[]) requiredNames.add(name);
      const t = typesOf(part);
      if (t) types = types ? new Set([...types].filter((x) => t.has(x) || (x === 'integer' && t.has('number')))) : t;
      const e = Array.isArray(part.enum) ? (part.enum as unknown[]) : 'const' in part ? [part.const] : undefined;
      if (e) values = values ? values.filter((v) => e.some((w) => JSON.stringify(w) === JSON.stringify(v))) : e;
    }
    const branches = [...((schema.oneOf ?? []) as Schema[]), ...((schema.anyOf ?? []) as Schema[])];
    out.set(path, { types, enum: values, required: isRequired, variant });
    for (const [name, prop] of Object.entries(properties)) visit(prop, `${path}.${name}`, requiredNames.has(name), false, nextStack);
    for (const part of parts) {
      if (part.items && typeof part.items === 'object') visit(part.items as Schema, `${path}[]`, true, false, nextStack);
      if (part.additionalProperties && typeof part.additionalProperties === 'object')
        visit(part.additionalProperties as Schema, `${path}{}`, true, false, nextStack);
    }
    branches.forEach((branch, i) => visit(branch, `${path}<${variantName(doc, branch, i)}>`, true, true, nextStack));
  };
  visit(root as Schema, prefix, required, false, []);
  return out;
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((t) => b.has(t) || (t === 'integer' && b.has('number')));
const showTypes = (t: Set<string> | undefined) => (t ? [...t].sort().join(' | ') : 'any');
const show = (v: unknown) => JSON.stringify(v);

/** Compares two flattened schemas read in one direction; `where` prefixes each location. */
function compareNodes(
  base: Map<string, Node>,
  head: Map<string, Node>,
  direction: Direction,
  where: string,
  add: (kind: ChangeKind, location: string, message: string) => void,
  what: 'field' | 'parameter' = 'field',
): void {
  const under = (path: string, set: Set<string>) => [...set].some((p) => path.startsWith(p) && /^[.[{<]/.test(path.slice(p.length)));
  const removed = new Set<string>();
  const added = new Set<string>();
  for (const [path, node] of base) {
    if (head.has(path) || under(path, removed)) continue;
    removed.add(path);
    const loc = `${where} ${path}`;
    if (node.variant) add('variant-removed', loc, `variant removed`);
    else if (what === 'parameter') add('parameter-removed', loc, 'parameter removed');
    else add(direction === 'response' ? 'response-field-removed' : 'request-field-removed', loc, `${direction} field removed`);
  }
  for (const [path, node] of head) {
    if (base.has(path) || under(path, added)) continue;
    added.add(path);
    const loc = `${where} ${path}`;
    if (node.variant) add('variant-added', loc, 'new variant');
    else if (direction === 'request' && node.required)
      add(
        what === 'parameter' ? 'parameter-required' : 'request-field-required',
        loc,
        `new required ${what === 'parameter' ? 'parameter' : 'request field'}`,
      );
    else if (direction === 'request')
      add(
        what === 'parameter' ? 'parameter-added' : 'request-field-added',
        loc,
        `new optional ${what === 'parameter' ? 'parameter' : 'request field'}`,
      );
    else add('response-field-added', loc, 'new response field');
  }
  for (const [path, b] of base) {
    const h = head.get(path);
    if (!h) continue;
    const loc = `${where} ${path}`;
    const retyped: ChangeKind =
      what === 'parameter' ? 'parameter-retyped' : direction === 'response' ? 'response-field-retyped' : 'request-field-retyped';
    // Types: a request may accept more, a response may return less.
    if (showTypes(b.types) !== showTypes(h.types)) {
      const wider = !h.types || (b.types !== undefined && subset(b.types, h.types));
      const narrower = !b.types || (h.types !== undefined && subset(h.types, b.types));
      const message = `type ${showTypes(b.types)} -> ${showTypes(h.types)}`;
      if (direction === 'request' && wider) add('type-widened', loc, message);
      else if (direction === 'response' && narrower) add('type-narrowed', loc, message);
      else add(retyped, loc, message);
    }
    // Enums: values removed break the clients that send or handle them; new values are additive.
    if (b.enum && h.enum) {
      const key = (v: unknown) => show(v);
      const gone = b.enum.filter((v) => !h.enum!.some((w) => key(w) === key(v)));
      const fresh = h.enum.filter((v) => !b.enum!.some((w) => key(w) === key(v)));
      for (const v of gone) add('enum-value-removed', loc, `enum value ${show(v)} removed`);
      for (const v of fresh) add('enum-value-added', loc, `new enum value ${show(v)}`);
    } else if (b.enum && !h.enum) {
      add(direction === 'request' ? 'type-widened' : retyped, loc, `no longer limited to ${b.enum.map(show).join(', ')}`);
    } else if (!b.enum && h.enum) {
      add(direction === 'request' ? retyped : 'type-narrowed', loc, `now limited to ${h.enum.map(show).join(', ')}`);
    }
    if (b.required !== h.required && !b.variant) {
      if (direction === 'request') {
        if (h.required) add(what === 'parameter' ? 'parameter-required' : 'request-field-required', loc, `${what} is now required`);
        else add('now-optional', loc, `${what} is now optional`);
      } else if (h.required) add('now-required', loc, 'response field is now always present');
      else add('response-field-optional', loc, 'response field is no longer always present');
    }
  }
}

interface NamedOperation {
  /** `GET /threads/{}`: path parameters renamed are the same endpoint */
  key: string;
  label: string;
  op: Operation;
  item: PathItem;
  webhook: boolean;
}

function operationsOf(doc: OpenApiDocument | undefined): Map<string, NamedOperation> {
  const out = new Map<string, NamedOperation>();
  for (const { method, path, item, op, webhook } of doc ? listOperations(doc) : []) {
    const m = method.toUpperCase();
    const key = webhook ? `WEBHOOK ${path} ${m}` : `${m} ${path.replace(/\{[^}]*\}/g, '{}')}`;
    out.set(key, { key, label: webhook ? `webhook ${path}` : `${m} ${path}`, op, item, webhook });
  }
  return out;
}

function parametersOf(doc: OpenApiDocument, o: NamedOperation): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  for (const p of operationParameters(doc, o.item, o.op)) {
    // Path parameters are matched by position: a rename is not a change for callers.
    const name =
      p.in === 'path'
        ? `path.{${[...o.label.matchAll(/\{([^}]*)\}/g)].findIndex((m) => m[1] === p.name)}}`
        : `${p.in}.${p.in === 'header' ? p.name?.toLowerCase() : p.name}`;
    out.set(name, p);
  }
  return out;
}

function contentOf(doc: OpenApiDocument, node: unknown): Record<string, { schema?: unknown }> {
  return (resolveRef(doc, (node ?? {}) as Json).content ?? {}) as Record<string, { schema?: unknown }>;
}

function compareOperation(
  base: OpenApiDocument,
  head: OpenApiDocument,
  b: NamedOperation,
  h: NamedOperation,
  add: (kind: ChangeKind, location: string, message: string) => void,
): void {
  const label = h.label;
  // Parameters (sent by the client).
  if (!h.webhook) {
    const bp = parametersOf(base, b);
    const hp = parametersOf(head, h);
    const flat = (doc: OpenApiDocument, params: Map<string, Parameter>) => {
      const out = new Map<string, Node>();
      for (const [name, p] of params)
        for (const [path, node] of flatten(doc, p.schema ?? {}, name, p.in === 'path' || p.required === true)) out.set(path, node);
      return out;
    };
    compareNodes(flat(base, bp), flat(head, hp), 'request', label, add, 'parameter');
  }
  // Request body: sent by the client; a webhook's body is received by it.
  const bodyDirection: Direction = h.webhook ? 'response' : 'request';
  const bBody = b.op.requestBody ? resolveRef(base, b.op.requestBody as Json) : undefined;
  const hBody = h.op.requestBody ? resolveRef(head, h.op.requestBody as Json) : undefined;
  if (hBody && !h.webhook && hBody.required === true && bBody?.required !== true)
    add('request-body-required', label, bBody ? 'request body is now required' : 'new required request body');
  compareContent(
    base,
    head,
    contentOf(base, bBody),
    contentOf(head, hBody),
    bodyDirection,
    `${label} request`,
    add,
    !bBody ? 'new' : !hBody ? 'gone' : undefined,
  );
  // 2xx responses: received by the client.
  const success = (op: Operation) => Object.keys(op.responses ?? {}).filter((s) => /^2/.test(s));
  for (const status of success(b.op)) {
    if (!h.op.responses[status]) {
      add('response-removed', `${label} ${status}`, `success response ${status} removed`);
      continue;
    }
    compareContent(
      base,
      head,
      contentOf(base, b.op.responses[status]),
      contentOf(head, h.op.responses[status]),
      'response',
      `${label} ${status}`,
      add,
    );
  }
  for (const status of success(h.op))
    if (!b.op.responses[status]) add('response-added', `${label} ${status}`, `new success response ${status}`);
}

function compareContent(
  base: OpenApiDocument,
  head: OpenApiDocument,
  b: Record<string, { schema?: unknown }>,
  h: Record<string, { schema?: unknown }>,
  direction: Direction,
  where: string,
  add: (kind: ChangeKind, location: string, message: string) => void,
  wholeBody?: 'new' | 'gone',
): void {
  for (const type of Object.keys(b)) {
    if (!h[type]) {
      if (wholeBody !== 'gone' || direction === 'response') add('media-type-removed', `${where} ${type}`, `${type} body removed`);
      else add('media-type-removed', `${where} ${type}`, `request body removed`);
    }
  }
  for (const type of Object.keys(h))
    if (!b[type]) add('media-type-added', `${where} ${type}`, wholeBody === 'new' ? `new ${type} body` : `${type} body accepted`);
  for (const type of Object.keys(b)) {
    if (!h[type]) continue;
    compareNodes(
      flatten(base, b[type]!.schema ?? {}, 'body'),
      flatten(head, h[type]!.schema ?? {}, 'body'),
      direction,
      `${where} ${type}`,
      add,
    );
  }
}

/**
 * Compares two bundled documents. `base` undefined (the API is new) makes every operation
 * additive. Pure: no I/O.
 */
export function compareDocuments(base: OpenApiDocument | undefined, head: OpenApiDocument): Comparison {
  const changes: Change[] = [];
  const add = (kind: ChangeKind, location: string, message: string) => changes.push({ kind, location, message });
  const bOps = operationsOf(base);
  const hOps = operationsOf(head);
  for (const [key, b] of bOps) {
    const h = hOps.get(key);
    if (!h)
      add(
        b.webhook ? 'webhook-removed' : 'operation-removed',
        b.label,
        b.webhook ? 'webhook removed' : `operation removed (${b.op.operationId})`,
      );
    else compareOperation(base!, head, b, h, add);
  }
  for (const [key, h] of hOps)
    if (!bOps.has(key))
      add(h.webhook ? 'webhook-added' : 'operation-added', h.label, h.webhook ? 'new webhook' : `new operation (${h.op.operationId})`);
  return { breaking: changes.filter((c) => isBreaking(c.kind)), additive: changes.filter((c) => !isBreaking(c.kind)) };
}

export function formatComparison(name: string, against: string, result: Comparison): string {
  const lines = [`${name}: ${result.breaking.length} breaking, ${result.additive.length} additive (against ${against})`];
  if (result.breaking.length) lines.push('  breaking:', ...result.breaking.map((c) => `    ✗ ${c.location}: ${c.message} [${c.kind}]`));
  if (result.additive.length) lines.push('  additive:', ...result.additive.map((c) => `    + ${c.location}: ${c.message} [${c.kind}]`));
  return lines.join('\n');
}
