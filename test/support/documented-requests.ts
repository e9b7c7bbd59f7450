// Each operation's documented request, from the bundle: the first example of every parameter and
// of the request body, what the operation documents as its success, and the openapi-fetch init that
// sends it. Drives the contract test (Prism) and the mock-kit test (msw).
import { servedErrors } from '../../scripts/error-examples.ts';
import {
  listOperations,
  operationParameters,
  resolveRef,
  type Example,
  type MediaType,
  type OpenApiDocument,
  type Parameter,
  type Response,
} from '../../scripts/openapi-model.ts';

export interface DocumentedRequest {
  /** "GET /v2/conversations/{conversationId}" */
  key: string;
  method: string;
  path: string;
  /** whether the operation requires a credential */
  secured: boolean;
  /** the operation's x-error-codes */
  errorCodes: string[];
  params: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, string> };
  /** the first example of the first request media type, if the operation takes a body */
  body?: { contentType: string; value: unknown };
  /** the request with each other documented example in turn: `"<where> <name>"` and the changed request */
  variants: { example: string; request: DocumentedRequest }[];
  /** the lowest documented 2xx (or, when there is none, 3xx) response; `status` may be a range ("2XX") */
  success: { status: string; contentType?: string; firstExample?: unknown; headers: string[] };
}

/** The value of the first example a parameter, header or media type documents. */
export function firstExample(doc: OpenApiDocument, carrier: MediaType | Parameter): unknown {
  for (const example of Object.values(carrier.examples ?? {})) {
    const value = resolveRef<Example>(doc, example).value;
    if (value !== undefined) return value;
  }
  if (carrier.example !== undefined) return carrier.example;
  const schema = carrier.schema
    ? resolveRef<{ examples?: unknown[]; default?: unknown }>(doc, carrier.schema as { examples?: unknown[] })
    : undefined;
  return schema?.examples?.[0] ?? schema?.default;
}

export function documentedRequests(doc: OpenApiDocument): DocumentedRequest[] {
  return listOperations(doc)
    .filter((o) => !o.webhook)
    .map(({ key, method, path, item, op }) => {
      const params: DocumentedRequest['params'] = { path: {}, query: {}, header: {} };
      const parameters = operationParameters(doc, item, op);
      for (const p of parameters) {
        const value = firstExample(doc, p);
        if (value === undefined) continue;
        if (p.in === 'path' || p.in === 'query') params[p.in][p.name!] = value;
        else if (p.in === 'header') params.header[p.name!] = String(value);
      }
      const security = (op as { security?: unknown[] }).security ?? (doc as { security?: unknown[] }).security ?? [];
      const secured = security.length > 0 && !security.some((s) => s && typeof s === 'object' && Object.keys(s).length === 0);
      const request: DocumentedRequest = {
        key,
        method,
        path,
        secured,
        errorCodes: op['x-error-codes'] ?? [],
        params,
        success: successOf(doc, op.responses),
        variants: [],
      };
      const content = op.requestBody ? resolveRef(doc, op.requestBody).content : undefined;
      const [contentType, media] = Object.entries(content ?? {})[0] ?? [];
      if (contentType && media) request.body = { contentType, value: firstExample(doc, media) };
      // Every other named example: of each parameter, and of each request media type.
      for (const p of parameters) {
        if (p.in !== 'path' && p.in !== 'query' && p.in !== 'header') continue;
        for (const [name, example] of Object.entries(p.examples ?? {}).slice(1)) {
          const value = resolveRef<Example>(doc, example).value;
          const changed = { ...params, [p.in]: { ...params[p.in], [p.name!]: p.in === 'header' ? String(value) : value } };
          request.variants.push({ example: `${p.in} ${p.name} ${name}`, request: { ...request, params: changed, variants: [] } });
        }
      }
      for (const [type, m] of Object.entries(content ?? {})) {
        for (const [name, example] of Object.entries(m.examples ?? {}).slice(type === contentType ? 1 : 0)) {
          const value = resolveRef<Example>(doc, example).value;
          request.variants.push({
            example: `body ${type} ${name}`,
            request: { ...request, body: { contentType: type, value }, variants: [] },
          });
        }
      }
      return request;
    });
}

function successOf(doc: OpenApiDocument, responses: Record<string, Response>): DocumentedRequest['success'] {
  const statuses = Object.keys(responses)
    .filter((s) => /^[23](?:\d\d|XX)$/i.test(s))
    .sort();
  const status = statuses.find((s) => s.startsWith('2')) ?? statuses[0];
  if (!status) throw new Error(`no 2xx or 3xx response among ${Object.keys(responses).join(', ')}`);
  const response = resolveRef(doc, responses[status]!);
  const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
  return {
    status,
    contentType,
    firstExample: media ? firstExample(doc, media) : undefined,
    headers: Object.keys(response.headers ?? {}),
  };
}

/** The catalog entries of a document, each with an operation and response key that serve its example. */
export interface ErrorCase {
  code: string;
  status: number;
  category: string;
  /** the key of the example in the response's `examples` map (what `Prefer: example=` names) */
  exampleKey: string;
  request: DocumentedRequest;
}

export function errorCases(doc: OpenApiDocument): { cases: ErrorCase[]; unserved: string[] } {
  const requests = new Map(documentedRequests(doc).map((r) => [r.key, r]));
  const { served, unserved } = servedErrors(doc);
  const cases = served.map(({ entry, operation, exampleKey }) => ({
    code: entry.code,
    status: entry.status,
    category: entry.category,
    exampleKey,
    request: requests.get(operation.key)!,
  }));
  return { cases, unserved };
}

const isJson = (contentType: string | undefined) => !!contentType && /^application\/(?:[\w.+-]+\+)?json\b/.test(contentType);

/** openapi-fetch init for a documented request: its parameters, its body in its own media type, and extra headers. */
export function initFor(request: DocumentedRequest, headers: Record<string, string> = {}) {
  const init: Record<string, unknown> = {
    params: request.params,
    headers: { ...headers },
    parseAs: isJson(request.success.contentType) ? 'json' : 'text',
  };
  if (request.body) {
    init.body = request.body.value;
    const type = request.body.contentType;
    if (type === 'application/x-www-form-urlencoded') Object.assign(init.headers as object, { 'Content-Type': type });
    else if (!isJson(type)) {
      // A raw upload (`*/*`): the example is the file's content, sent as it is.
      Object.assign(init.headers as object, { 'Content-Type': type.includes('*') ? 'application/octet-stream' : type });
      init.bodySerializer = (body: unknown) => body;
    }
  }
  return init;
}

/** "201" matches 201; a range "2XX" matches any 2xx. */
export const statusMatches = (status: number, documented: string) =>
  new RegExp(`^${documented.replace(/X/gi, '\\d')}$`).test(String(status));
