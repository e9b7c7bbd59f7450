// Each operation's documented request, from the bundle: the first example of every parameter and
// of the request body, and what the operation documents as its success. Drives the contract test.
import { listOperations, resolveRef, type Example, type MediaType, type OpenApiDocument, type Parameter, type Response } from '../../scripts/openapi-model.ts';

export interface DocumentedRequest {
  /** "GET /v2/conversations/{conversationId}" */
  key: string;
  method: string;
  path: string;
  /** whether the operation requires a credential */
  secured: boolean;
  params: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, string> };
  /** the first example of the first request media type, if the operation takes a body */
  body?: { contentType: string; value: unknown };
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
  const schema = carrier.schema ? resolveRef<{ examples?: unknown[]; default?: unknown }>(doc, carrier.schema as { examples?: unknown[] }) : undefined;
  return schema?.examples?.[0] ?? schema?.default;
}

export function documentedRequests(doc: OpenApiDocument): DocumentedRequest[] {
  return listOperations(doc)
    .filter((o) => !o.webhook)
    .map(({ key, method, path, item, op }) => {
      const params: DocumentedRequest['params'] = { path: {}, query: {}, header: {} };
      const all = new Map<string, Parameter>();
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const p = resolveRef(doc, raw);
        all.set(`${p.in}:${p.name}`, p);
      }
      for (const p of all.values()) {
        const value = firstExample(doc, p);
        if (value === undefined) continue;
        if (p.in === 'path' || p.in === 'query') params[p.in][p.name!] = value;
        else if (p.in === 'header') params.header[p.name!] = String(value);
      }
      const security = (op as { security?: unknown[] }).security ?? (doc as { security?: unknown[] }).security ?? [];
      const secured = security.length > 0 && !security.some((s) => s && typeof s === 'object' && Object.keys(s).length === 0);
      const request: DocumentedRequest = { key, method, path, secured, params, success: successOf(doc, op.responses) };
      const content = op.requestBody ? resolveRef(doc, op.requestBody).content : undefined;
      const [contentType, media] = Object.entries(content ?? {})[0] ?? [];
      if (contentType && media) request.body = { contentType, value: firstExample(doc, media) };
      return request;
    });
}

function successOf(doc: OpenApiDocument, responses: Record<string, Response>): DocumentedRequest['success'] {
  const statuses = Object.keys(responses).filter((s) => /^[23](?:\d\d|XX)$/i.test(s)).sort();
  const status = statuses.find((s) => s.startsWith('2')) ?? statuses[0];
  if (!status) throw new Error(`no 2xx or 3xx response among ${Object.keys(responses).join(", ")}`);
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
  const cases: ErrorCase[] = [];
  const unserved: string[] = [];
  for (const entry of doc['x-error-catalog'] ?? []) {
    const ref = `#/components/examples/${entry.example}`;
    let found: ErrorCase | undefined;
    // An operation that lists the code, else any operation whose response of that status serves the example.
    const ops = listOperations(doc).filter((o) => !o.webhook);
    ops.sort((a, b) => Number(!(a.op['x-error-codes'] ?? []).includes(entry.code)) - Number(!(b.op['x-error-codes'] ?? []).includes(entry.code)));
    for (const { key, op } of ops) {
      const raw = op.responses[String(entry.status)];
      if (!raw) continue;
      for (const media of Object.values(resolveRef(doc, raw).content ?? {})) {
        const exampleKey = Object.entries(media.examples ?? {}).find(([, e]) => e.$ref === ref)?.[0];
        if (exampleKey) found ??= { code: entry.code, status: entry.status, category: entry.category, exampleKey, request: requests.get(key)! };
      }
      if (found) break;
    }
    if (found) cases.push(found);
    else unserved.push(entry.code);
  }
  return { cases, unserved };
}
