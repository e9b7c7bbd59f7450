// generated/<vendor>/calls.ts: what the typed client reads (src/call-types.ts). For every operation,
// as types of generated/<vendor>/schema.ts: what a call takes (the init object, required when a
// parameter or the body is), its success body (`data`: the 2xx contents) and its error body (`error`:
// the 4xx, 5xx and default responses' content). Written twice over: as the table `Calls`, by method
// and path, and as one call signature per operation in the method interfaces (`Get`, `Post`, …).
//
// Why: openapi-fetch's `Client<paths>` computes these types from `paths` at every call (conditional
// types, and Readable/Writable mapped over every body), which made a consumer that calls every
// operation type-check at 3× the CPU of the same calls with untyped fetch (npm run bench). A call
// against a fixed signature needs no inference; the table serves the generic signatures behind them
// (a call without init, `parseAs`, the error messages), paginate and request. Each entry names the
// narrowest type openapi-typescript emitted (`components["schemas"]["X"]` where the content is a
// bare $ref), so a call resolves as few indexed accesses as it can.
import { listOperations, METHODS, operationParameters, resolveRef, type MediaType, type OpenApiDocument } from './openapi-model.ts';

const quote = (s: string) => JSON.stringify(s);
/** openapi-typescript writes status keys as numbers ("200" → 200) and the rest ("default", "4XX") as strings. */
const statusKey = (status: string) => (/^\d+$/.test(status) ? status : quote(status));

/** `components["schemas"]["X"]` for `#/components/schemas/X`. */
function componentType(ref: string): string {
  const [, components, section, name, ...rest] = ref.split('/').map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  if (components !== 'components' || !section || !name || rest.length) throw new Error(`unexpected $ref ${ref}`);
  return `components[${quote(section)}][${quote(name)}]`;
}

/** A schema that is nothing but a $ref to a component schema: openapi-typescript emits the component itself. */
function bareSchemaRef(schema: unknown): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const keys = Object.keys(schema);
  const ref = (schema as { $ref?: unknown }).$ref;
  return keys.length === 1 && typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? componentType(ref) : undefined;
}

/** The content types of a request body or response, each as the narrowest emitted type (deduplicated). */
function contentTypes(content: Record<string, MediaType> | undefined, emitted: string): string[] {
  const types = Object.entries(content ?? {}).map(
    ([mediaType, media]) => bareSchemaRef(media.schema) ?? `${emitted}["content"][${quote(mediaType)}]`,
  );
  return [...new Set(types)];
}

/** `GET` → `Get`: the name of a method's interface. */
const methodName = (verb: string) => verb[0] + verb.slice(1).toLowerCase();

/** The init interface of src/call-types.ts that matches which of params and body are required. */
function initType(params: string, paramsRequired: boolean, body: string, bodyRequired: boolean): string {
  const name = paramsRequired ? (bodyRequired ? 'InitParamsBody' : 'InitParams') : bodyRequired ? 'InitBody' : 'InitOptional';
  return `${name}<${params}, ${body}>`;
}

/** The source of generated/<vendor>/calls.ts for a bundled document. */
export function callTableSource(doc: OpenApiDocument, bundlePath: string): string {
  const byMethod = new Map<string, { rows: string[]; signatures: string[] }>();
  for (const { method, path, item, op, webhook } of listOperations(doc)) {
    if (webhook) continue;
    const operation = `operations[${quote(op.operationId)}]`;
    const paramsRequired = operationParameters(doc, item, op).some((p) => p.in !== 'cookie' && (p.required || p.in === 'path'));
    const params = `${operation}["parameters"]`;

    const requestBody = op.requestBody && resolveRef(doc, op.requestBody);
    const bodyRequired = (requestBody as { required?: boolean } | undefined)?.required === true;
    const bodyEmitted = op.requestBody?.$ref ? componentType(op.requestBody.$ref) : `NonNullable<${operation}["requestBody"]>`;
    const body = requestBody ? contentTypes(requestBody.content, bodyEmitted).join(' | ') || 'never' : 'never';

    const success: string[] = [];
    const failure: string[] = [];
    for (const [status, raw] of Object.entries(op.responses)) {
      const response = resolveRef(doc, raw);
      const emitted = raw.$ref ? componentType(raw.$ref) : `${operation}["responses"][${statusKey(status)}]`;
      const types = contentTypes(response.content, emitted);
      // As openapi-fetch reads a response: 2xx is data, 4xx, 5xx and `default` are errors, and a
      // redirect (3xx, which fetch follows or hands back unread) is neither.
      const bodies = types.length ? types : ['undefined'];
      if (status.startsWith('2')) success.push(...bodies);
      else if (/^[45]|^default$/.test(status)) failure.push(...bodies);
    }
    const union = (types: string[]) => [...new Set(types)].join(' | ') || 'never';

    const init = initType(params, paramsRequired, body, bodyRequired);
    const data = union(success);
    const error = union(failure);
    const verb = method.toUpperCase();
    const entry = byMethod.get(verb) ?? { rows: [], signatures: [] };
    entry.rows.push(
      `    ${quote(path)}: { args: ${paramsRequired || bodyRequired ? `[init: ${init}]` : `[init?: ${init}]`}; data: ${data}; error: ${error} };`,
    );
    const summary = (op.summary ?? op.operationId).replace(/\*\//g, '*\\/');
    entry.signatures.push(`  /** ${summary} */`, `  (path: ${quote(path)}, init: ${init}): Promise<CallResult<${data}, ${error}>>;`);
    byMethod.set(verb, entry);
  }
  const table = ['export interface Calls {'];
  for (const [verb, { rows }] of byMethod) table.push(`  ${verb}: {`, ...rows, '  };');
  table.push('}', '');
  // One call signature per operation, then the table-driven generic ones (src/call-types.ts's
  // CallMethod) for a call without init, a `parseAs` other than json, and the error messages.
  table.push('/** The typed methods: `client.GET` and its siblings. */', 'export interface Methods {');
  for (const verb of METHODS.map((m) => m.toUpperCase()))
    table.push(`  ${verb}: ${byMethod.has(verb) ? methodName(verb) : 'CallMethod<{}>'};`);
  table.push('}', '');
  for (const [verb, { signatures }] of byMethod) {
    table.push(`export interface ${methodName(verb)} extends CallMethod<Calls[${quote(verb)}]> {`, ...signatures, '}', '');
  }
  const declarations = table.join('\n');
  const used = (names: string[]) => names.filter((name) => new RegExp(`\\b${name}\\b`).test(declarations)).join(', ');
  return [
    `// Generated from ${bundlePath} by scripts/calls.ts (\`npm run build\`): every operation's arguments,`,
    `// success body and error body, and the client's typed methods (src/call-types.ts). Do not edit.`,
    `import type { ${used(['components', 'operations'])} } from './schema.ts';`,
    `import type { ${used(['CallMethod', 'CallResult', 'InitBody', 'InitOptional', 'InitParams', 'InitParamsBody'])} } from '../../src/call-types.ts';`,
    '',
    '/** Every operation by method and path: `args` of the call, `data` of a 2xx, `error` of a 4xx, 5xx or default response. */',
    declarations,
  ].join('\n');
}
