// Step after bundle: from each bundle, write generated/<vendor>/validators.js (+ .d.ts), the drift
// validators of `messaging-contracts/<vendor>/validate`: one precompiled Ajv 2020-12 function per
// distinct response schema (every JSON 2xx body, every documented error body) and the vendor's
// error envelope, with a map from `METHOD /path` and status to its function.
//
// Why precompiled: edge runtimes (Cloudflare Workers, Vercel Edge) forbid `new Function`/`eval`,
// which Ajv needs to compile at run time. Ajv's standalone code still `require`s a few helpers
// (ajv-formats' format checks, ucs2length); esbuild bundles them in, so the shipped file imports
// nothing and gives the same verdicts as the test suite's Ajv (same formats, `date-time` through
// the faster equivalent in scripts/drift-formats.ts; same options but `allErrors`).
//
// Size: a schema several responses share is compiled once (`inlineRefs: false` keeps each
// component a function of its own); annotations (descriptions, examples) are dropped before
// compiling; `allErrors` is off, so validation stops at the first mismatch of each schema branch
// (less code, and a wrong body costs no more than a right one).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';
import { projectRoot, readBundle, selectVendors, type Vendor } from './vendors.ts';
import { runMain, StepError } from './run.ts';
import {
  listOperations,
  resolveRef,
  SUBSCHEMA_KEYWORDS,
  SUBSCHEMA_LIST_KEYWORDS,
  SUBSCHEMA_MAP_KEYWORDS,
  type OpenApiDocument,
  type Response,
} from './openapi-model.ts';
import { OPENAPI_AJV_FORMATS } from './openapi-formats.ts';
import { DRIFT_FORMATS } from './drift-formats.ts';

/** A media type whose body is JSON: application/json, application/hal+json, application/vnd.error+json… */
export const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/i;

/** The Ajv the validators are compiled with: the test suite's options (test/support/bundles.ts) minus `allErrors`. */
export function createStandaloneAjv(document: object): Ajv2020 {
  // Generated code reads every format that is not a regular expression from the `formats` module below.
  const code = { source: true, esm: true, optimize: true, formats: _`require("formats").formats` };
  const ajv = new Ajv2020({ strict: false, validateFormats: true, inlineRefs: false, messages: false, code });
  addFormats.default(ajv);
  for (const [name, format] of Object.entries(OPENAPI_AJV_FORMATS)) ajv.addFormat(name, format);
  for (const [name, format] of Object.entries(DRIFT_FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema(document, 'api');
  return ajv;
}

// Keywords that only annotate: dropped before compiling, because Ajv's standalone code embeds the
// schema objects its error messages point into, descriptions and examples included.
const ANNOTATIONS = new Set([
  'description',
  'summary',
  'title',
  'examples',
  'example',
  'externalDocs',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'discriminator',
  'xml',
]);
const SCHEMA_MAPS = new Set<string>(SUBSCHEMA_MAP_KEYWORDS);
const SCHEMA_VALUES = new Set<string>([...SUBSCHEMA_KEYWORDS, ...SUBSCHEMA_LIST_KEYWORDS]);

/** A schema without its annotations and extensions: what it accepts is unchanged. */
export function validationOnly(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(validationOnly);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object')
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, validationOnly(s)]));
    else out[key] = SCHEMA_VALUES.has(key) ? validationOnly(value) : value;
  }
  return out;
}

interface Plan {
  /** what is compiled: the component schemas, and the inline response schemas under `inline` */
  document: { components: { schemas: Record<string, unknown> }; inline: Record<string, unknown> };
  /** export name of each distinct response schema -> its `api#/…` reference */
  schemas: Map<string, string>;
  /** `METHOD /path` -> status key -> export name, or null for a documented status without a JSON body */
  responses: Record<string, Record<string, string | null>>;
  /** export names of the distinct error-body schemas, which together make the error envelope */
  errorSchemas: string[];
  /** every property name a schema of the vendor declares (pointers keep only these keys) */
  propertyNames: string[];
}

function plan(vendor: Vendor, doc: OpenApiDocument): Plan {
  const schemas = new Map<string, string>();
  const byRef = new Map<string, string>();
  const inline: Record<string, unknown> = {};
  const inlineByText = new Map<string, string>();
  const errorSchemas: string[] = [];
  const responses: Plan['responses'] = {};
  const nameOf = (ref: string) => {
    let name = byRef.get(ref);
    if (!name) {
      name = `body${byRef.size}`; // not `schemaN`: Ajv names its own constants so
      byRef.set(ref, name);
      schemas.set(name, ref);
    }
    return name;
  };
  for (const { key, op, webhook } of listOperations(doc)) {
    if (webhook) continue; // the vendor sends those; a client never receives them as responses
    const statuses: Record<string, string | null> = {};
    for (const [status, raw] of Object.entries(op.responses)) {
      if (!/^(?:[1-5](?:\d\d|XX)|default)$/.test(status))
        throw new StepError(`${vendor.root}: ${key}: response key ${status} is not a status`);
      const response = resolveRef<Response>(doc, raw);
      const json = Object.entries(response.content ?? {}).filter(([type, media]) => JSON_MEDIA.test(type) && media.schema !== undefined);
      if (json.length > 1) throw new StepError(`${vendor.root}: ${key} ${status}: several JSON media types; drift validation expects one`);
      const media = json[0]?.[1];
      if (!media) {
        statuses[status] = null;
        continue;
      }
      const schemaRef = (media.schema as { $ref?: unknown }).$ref;
      let ref: string;
      // A shared component is referenced by its own pointer, so that every response using it shares one function.
      if (
        typeof schemaRef === 'string' &&
        schemaRef.startsWith('#/components/schemas/') &&
        Object.keys(media.schema as object).length === 1
      )
        ref = `api${schemaRef}`;
      else {
        const text = JSON.stringify(validationOnly(media.schema));
        let id = inlineByText.get(text);
        if (!id) {
          id = `${inlineByText.size}`;
          inlineByText.set(text, id);
          inline[id] = JSON.parse(text);
        }
        ref = `api#/inline/${id}`;
      }
      const name = nameOf(ref);
      statuses[status] = name;
      if (!/^[123]/.test(status) && !errorSchemas.includes(name)) errorSchemas.push(name);
    }
    responses[key] = statuses;
  }
  if (errorSchemas.length === 0)
    throw new StepError(`${vendor.root}: no operation documents a JSON error body: there is no error envelope to validate against`);

  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const properties = record.properties;
    if (properties && typeof properties === 'object' && !Array.isArray(properties))
      for (const name of Object.keys(properties)) names.add(name);
    for (const value of Object.values(record)) visit(value);
  };
  const components = validationOnly(doc.components?.schemas ?? {}) as Record<string, unknown>;
  const document = {
    components: { schemas: Object.fromEntries(Object.keys(doc.components?.schemas ?? {}).map((k) => [k, components[k]])) },
    inline,
  };
  visit(document);
  return { document, schemas, responses, errorSchemas, propertyNames: [...names].sort() };
}

// What the generated code's formats resolve to: the formats the Ajv above was given, as the test
// suite's Ajv has them, but for the faster equivalents of scripts/drift-formats.ts.
const FORMATS_MODULE = [
  `import { fullFormats } from 'ajv-formats/dist/formats.js';`,
  `import { OPENAPI_AJV_FORMATS } from './scripts/openapi-formats.ts';`,
  `import { DRIFT_FORMATS } from './scripts/drift-formats.ts';`,
  `export const formats = { ...fullFormats, ...OPENAPI_AJV_FORMATS, ...DRIFT_FORMATS };`,
].join('\n');

export interface ValidatorsOutput {
  js: string;
  dts: string;
  /** how many distinct schemas were compiled */
  schemaCount: number;
}

export async function validatorsFor(vendor: Vendor): Promise<ValidatorsOutput> {
  const doc: OpenApiDocument = readBundle(vendor);
  const { document, schemas, responses, errorSchemas, propertyNames } = plan(vendor, doc);
  const ajv = createStandaloneAjv(document);
  // The error envelope: any of the vendor's error bodies (a status an operation does not document
  // still gets one of them). One more schema, whose branches are the functions compiled above.
  ajv.addSchema({ anyOf: errorSchemas.map((name) => ({ $ref: schemas.get(name) })) }, 'errorEnvelope');
  for (const [name, ref] of schemas) ajv.addSchema({ $ref: ref }, name);
  const compiled = standaloneCode.default(ajv, {
    ...Object.fromEntries([...schemas.keys()].map((name) => [name, name])),
    errorEnvelope: 'errorEnvelope',
  });

  const json = (value: unknown) => JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  const map = Object.entries(responses)
    .map(
      ([key, statuses]) =>
        `  ${JSON.stringify(key)}: { ${Object.entries(statuses)
          .map(([s, name]) => `${JSON.stringify(s)}: ${name === null ? 'null' : `compiled.${name}`}`)
          .join(', ')} },`,
    )
    .join('\n');
  const entry = [
    `import * as compiled from 'compiled';`,
    `export const vendor = ${JSON.stringify(vendor.key)};`,
    `export const responses = {\n${map}\n};`,
    `export const errorEnvelope = compiled.errorEnvelope;`,
    `export const propertyNames = new Set(${json(propertyNames)});`,
    '',
  ].join('\n');
  // esbuild resolves the helpers Ajv's standalone code requires (from this project's node_modules) and inlines them.
  const result = await build({
    stdin: { contents: entry, resolveDir: projectRoot, sourcefile: `${vendor.key}-validators-entry.js`, loader: 'js' },
    plugins: [
      {
        name: 'compiled',
        setup(b) {
          b.onResolve({ filter: /^(?:compiled|formats)$/ }, (args) => ({ path: args.path, namespace: 'validators' }));
          b.onLoad({ filter: /.*/, namespace: 'validators' }, (args) => ({
            contents: args.path === 'compiled' ? compiled : FORMATS_MODULE,
            loader: 'js',
            resolveDir: projectRoot,
          }));
        },
      },
    ],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    // Whitespace is a third of the gzipped size; names stay readable in a stack trace.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  if (process.env.DEBUG_VALIDATORS) writeFileSync('/tmp/drift-' + vendor.key + '.js', code);
  if (/(?<![\w.'"])require\s*\(|\bnew Function\b|\beval\s*\(/.test(code))
    throw new StepError(`${vendor.key}: the bundled validators still call require/new Function/eval`);

  const header =
    `// Generated by scripts/validators.ts from ${vendor.root}, via ${vendor.bundle}: Ajv ${ajvVersion()} standalone code\n` +
    `// (JSON Schema 2020-12, OpenAPI formats), bundled with its helpers by esbuild. Imports nothing.\n` +
    `// Do not edit: change the spec and run \`npm run build\`.\n`;
  const dts =
    header +
    `\n/** One Ajv error; the drift middleware reads only its location, keyword and schema-side params. */\n` +
    `export interface ValidationError {\n  instancePath: string;\n  schemaPath: string;\n  keyword: string;\n  params: Record<string, unknown>;\n}\n\n` +
    `/** A precompiled validator: true when the body matches; otherwise \`errors\` says where. */\n` +
    `export interface ResponseValidator {\n  (data: unknown): boolean;\n  errors?: ValidationError[] | null;\n}\n\n` +
    `export declare const vendor: ${JSON.stringify(vendor.key)};\n\n` +
    `/** \`METHOD /path\` -> documented status ("200", "2XX", "default") -> the validator of its JSON body, or null when that status has none. */\n` +
    `export declare const responses: Readonly<Record<string, Readonly<Record<string, ResponseValidator | null>>>>;\n\n` +
    `/** Any of the vendor's error bodies: for an error status an operation does not document. */\n` +
    `export declare const errorEnvelope: ResponseValidator;\n\n` +
    `/** Every property name the vendor's schemas declare: a report's pointers show only these keys (others, such as map keys, as "*"). */\n` +
    `export declare const propertyNames: ReadonlySet<string>;\n`;
  return { js: `${header}${code}`, dts, schemaCount: schemas.size + 1 };
}

function ajvVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'ajv', 'package.json'), 'utf8')) as { version: string }).version;
}

export const validatorsPath = (vendor: Vendor) => `generated/${vendor.key}/validators`;

export async function validators(only: string[] = []): Promise<void> {
  for (const vendor of selectVendors(only)) {
    const { js, dts, schemaCount } = await validatorsFor(vendor);
    const base = validatorsPath(vendor);
    writeFileSync(join(projectRoot, `${base}.js`), js);
    writeFileSync(join(projectRoot, `${base}.d.ts`), dts);
    console.log(`  ${base}.js (${schemaCount} schemas, ${Math.round(js.length / 1024)} KB)`);
  }
}

// `tsx scripts/validators.ts inbox` generates only that vendor's validators.
if (process.argv[1]?.endsWith('validators.ts')) runMain(() => validators(process.argv.slice(2)));
