// generated/<vendor>/calls.ts: what the typed client reads (src/call-types.ts). For every operation,
// as types of generated/<vendor>/schema.ts: what a call takes (the init object, required when a
// parameter or the body is), its success body (`data`: the 2xx contents) and its error body (`error`:
// the 4xx, 5xx and default responses' content). Written twice over: as the table `Calls`, by method
// and path, and as one call signature per operation in the method interfaces (`Get`, `Post`, …).
//
// Why: openapi-fetch's `Client<paths>` computes these types from `paths` at every call (conditional
// types, and Readable/Writable mapped over every body), which made a consumer that calls every
// operation type-check at 3× the CPU of the same calls with untyped fetch (npm run bench). A call
// against a fixed signature needs no inference, with or without its init (a call without init that
// went on to the generic signatures cost some 900 instantiations); the table serves the generic
// signatures behind them (`parseAs`, the error messages), paginate and request. Each entry names
// the narrowest type openapi-typescript emitted (`components["schemas"]["X"]` where the content is
// a bare $ref), so a call resolves as few indexed accesses as it can.
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
  const byMethod = new Map<string, { rows: string[]; signatures: string[]; withoutInit: string[] }>();
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
    const entry = byMethod.get(verb) ?? { rows: [], signatures: [], withoutInit: [] };
    // The init may be left out when nothing in it is required.
    const initParam = paramsRequired || bodyRequired ? `init: ${init}` : `init?: ${init}`;
    if (!(paramsRequired || bodyRequired)) entry.withoutInit.push(quote(path));
    entry.rows.push(`    ${quote(path)}: { args: [${initParam}]; data: ${data}; error: ${error} };`);
    const summary = (op.summary ?? op.operationId).replace(/\*\//g, '*\\/');
    entry.signatures.push(`  /** ${summary} */`, `  (path: ${quote(path)}, ${initParam}): Promise<CallResult<${data}, ${error}>>;`);
    byMethod.set(verb, entry);
  }
  const table = ['export interface Calls {'];
  for (const [verb, { rows }] of byMethod) table.push(`  ${verb}: {`, ...rows, '  };');
  table.push('}', '');
  // One call signature per operation, then the table-driven generic ones (src/call-types.ts's
  // CallMethod) for a `parseAs` other than json, and the error messages.
  table.push('/** The typed methods: `client.GET` and its siblings. */', 'export interface Methods {');
  for (const verb of METHODS.map((m) => m.toUpperCase()))
    table.push(`  ${verb}: ${byMethod.has(verb) ? methodName(verb) : 'CallMethod<{}>'};`);
  table.push('}', '');
  for (const [verb, { signatures, withoutInit }] of byMethod) {
    const name = methodName(verb);
    // A call that leaves out an init its operation requires matches no signature. TypeScript then
    // reports the last signature that took one argument and failed on its type: this one, whose
    // type names the paths such a call may name. (The generic signatures after it would say
    // "Expected 2 arguments", but TypeScript reports an arity error only when no signature failed
    // on a type, and the fixed signatures of those paths do.)
    const sentinel = withoutInit.length
      ? [
          `  /** Never chosen: every path it takes has its own signature above. It names the paths that need no init, for the error of a call that leaves a required init out. */`,
          `  (path: ${name}PathWithoutRequiredInit): never;`,
        ]
      : [];
    if (withoutInit.length)
      table.push(
        `/** The ${verb} paths a call may name without an init. */`,
        `export type ${name}PathWithoutRequiredInit = ${withoutInit.join(' | ')};`,
        '',
      );
    table.push(`export interface ${name} extends CallMethod<Calls[${quote(verb)}]> {`, ...signatures, ...sentinel, '}', '');
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
