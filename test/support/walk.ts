// Walks a bundled document and lists every example it holds, with the JSON pointer of the schema
// it must validate against.
import {
  listOperations,
  resolveRef as resolve,
  SUBSCHEMA_KEYWORDS,
  SUBSCHEMA_LIST_KEYWORDS,
  SUBSCHEMA_MAP_KEYWORDS,
  type Example,
  type MediaType,
  type OpenApiDocument,
  type Parameter,
  type Response,
} from '../../scripts/openapi-model.ts';
import { pointer } from './bundles.ts';

export interface ExampleRow {
  id: string;
  schema: string;
  value: unknown;
}

type Keys = (string | number)[];

export function collectExamples(vendor: string, doc: OpenApiDocument): ExampleRow[] {
  const rows: ExampleRow[] = [];

  const schemaExamples = (schema: unknown, keys: Keys, label: string) => {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
    const s = schema as Record<string, unknown>;
    if (Array.isArray(s.examples)) {
      s.examples.forEach((value, i) => rows.push({ id: `${label} schema examples[${i}]`, schema: pointer(keys), value }));
    }
    for (const k of SUBSCHEMA_KEYWORDS) if (s[k] && typeof s[k] === 'object') schemaExamples(s[k], [...keys, k], `${label}.${k}`);
    for (const k of SUBSCHEMA_LIST_KEYWORDS)
      if (Array.isArray(s[k])) (s[k] as unknown[]).forEach((c, i) => schemaExamples(c, [...keys, k, i], `${label}.${k}[${i}]`));
    for (const k of SUBSCHEMA_MAP_KEYWORDS) {
      if (s[k] && typeof s[k] === 'object')
        for (const [name, c] of Object.entries(s[k] as object)) schemaExamples(c, [...keys, k, name], `${label}.${name}`);
    }
  };

  const named = (examples: Record<string, Example> | undefined, schemaKeys: Keys, label: string) => {
    for (const [name, example] of Object.entries(examples ?? {})) {
      const resolved = resolve(doc, example);
      rows.push({ id: `${label} ${name}`, schema: pointer(schemaKeys), value: resolved.value });
    }
  };

  // A media type, parameter or header: its `example`, its `examples` map, and its schema's own examples.
  const carrier = (node: MediaType | Parameter, keys: Keys, label: string) => {
    if (!node.schema) return;
    if ('example' in node) rows.push({ id: `${label} example`, schema: pointer([...keys, 'schema']), value: node.example });
    named(node.examples, [...keys, 'schema'], label);
    schemaExamples(node.schema, [...keys, 'schema'], label);
  };

  const content = (c: Record<string, MediaType> | undefined, keys: Keys, label: string) => {
    for (const [type, media] of Object.entries(c ?? {})) carrier(media, [...keys, 'content', type], `${label} ${type}`);
  };

  const headers = (h: Record<string, unknown> | undefined, keys: Keys, label: string) => {
    for (const [name, header] of Object.entries(h ?? {})) {
      if ((header as { $ref?: string }).$ref) continue; // walked under components.headers
      carrier(header as Parameter, [...keys, 'headers', name], `${label} header ${name}`);
    }
  };

  const response = (r: Response, keys: Keys, label: string) => {
    if (r.$ref) return; // walked under components.responses
    content(r.content, keys, label);
    headers(r.headers, keys, label);
  };

  const params = (list: Parameter[] | undefined, keys: Keys, label: string) => {
    (list ?? []).forEach((p, i) => {
      if (!p.$ref) carrier(p, [...keys, 'parameters', i], `${label} parameter ${p.name}`);
    });
  };

  for (const root of ['paths', 'webhooks'] as const) {
    for (const [path, item] of Object.entries(doc[root] ?? {})) params(item.parameters, [root, path], `${vendor} ${path}`);
  }
  for (const { key, pointer: keys, op } of listOperations(doc)) {
    const label = `${vendor} ${key}`;
    params(op.parameters, keys, label);
    if (op.requestBody && !op.requestBody.$ref) content(op.requestBody.content, [...keys, 'requestBody'], `${label} request`);
    for (const [status, r] of Object.entries(op.responses ?? {})) response(r, [...keys, 'responses', status], `${label} ${status}`);
  }

  const c = doc.components ?? {};
  for (const [name, s] of Object.entries(c.schemas ?? {})) schemaExamples(s, ['components', 'schemas', name], `${vendor} schema ${name}`);
  for (const [name, p] of Object.entries(c.parameters ?? {})) carrier(p, ['components', 'parameters', name], `${vendor} parameter ${name}`);
  for (const [name, h] of Object.entries(c.headers ?? {}))
    carrier(h as Parameter, ['components', 'headers', name], `${vendor} header ${name}`);
  for (const [name, r] of Object.entries(c.responses ?? {})) {
    content(r.content, ['components', 'responses', name], `${vendor} response ${name}`);
    headers(r.headers, ['components', 'responses', name], `${vendor} response ${name}`);
  }
  for (const [name, b] of Object.entries(c.requestBodies ?? {}))
    content(b.content, ['components', 'requestBodies', name], `${vendor} requestBody ${name}`);
  return rows;
}

/** Every `format` keyword used anywhere in the document. */
export function formatsUsed(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => formatsUsed(n, found));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'format' && typeof v === 'string') found.add(v);
      else if (k !== 'examples' && k !== 'example') formatsUsed(v, found);
    }
  }
  return found;
}
