// `npm run bench` part 3: what the typed clients cost the type checker, the cost a user's editor
// pays on every keystroke.
//
// Two generated consumers of the built package (dist/lib, through its `exports` map, as a user
// imports it), strict, NodeNext, skipLibCheck as `tsc --init` sets it:
//   typed   calls every operation of a vendor through its typed client (`client.POST(path,
//           { params, body })`, then reads `data` and `error`), with the values of the spec's
//           own examples;
//   untyped makes the same calls with `fetch`: the same URLs, methods, headers and bodies, the
//           result read as `unknown`.
// Each is checked with `tsc --noEmit --extendedDiagnostics`, per vendor (a consumer importing one
// vendor) and in all (one program importing all four). Prints tsc's CPU time (user + system, of
// the tsc process), the typed/untyped CPU ratio, and tsc's own instantiation count and check time.
// Target: ratio <= 1.5 in all. A typed consumer that does not compile is a bench failure (the
// generated calls must be right, or the figure measures error reporting).
//
// Environment: TSC_ROUNDS (runs per consumer, in turns with its untyped twin, medians taken;
// default 5), TSC_KEEP=1 keeps the generated consumers (path printed) for a look with an editor or
// `tsc --generateTrace`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  listOperations,
  operationParameters,
  resolveRef,
  type MediaType,
  type OpenApiDocument,
  type Parameter,
} from '../scripts/openapi-model.ts';
import { loadVendors, projectRoot, readBundle, toolEnv } from '../scripts/vendors.ts';

/** The client factory of each vendor entry point and the option that carries its credential. */
const FACTORIES: Record<string, { factory: string; credential: string }> = {
  inbox: { factory: 'createInboxClient', credential: 'token' },
  inbound: { factory: 'createInboundClient', credential: 'apiKey' },
  helpscout: { factory: 'createHelpScoutClient', credential: 'token' },
  lines: { factory: 'createLinesClient', credential: 'apiKey' },
  // On main since the Inbox v2 merge; unused until redocly.yaml lists it here.
  'inbox-v2': { factory: 'createInboxV2Client', credential: 'token' },
};

const TSC_ROUNDS = Number(process.env.TSC_ROUNDS ?? 5);

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  default?: unknown;
  format?: string;
  items?: Schema;
};

/** A value the spec itself gives for a parameter: its example, its schema's example, enum, const or default; else one of the schema's type. */
function parameterValue(doc: OpenApiDocument, p: Parameter): unknown {
  const given = p.example ?? Object.values(p.examples ?? {}).map((e) => resolveRef(doc, e).value)[0];
  if (given !== undefined) return given;
  const schema = resolveRef(doc, (p.schema ?? {}) as Schema);
  const own = schema.examples?.[0] ?? schema.const ?? schema.enum?.[0] ?? schema.default;
  if (own !== undefined) return own;
  const type = [schema.type ?? 'string'].flat().find((t) => t !== 'null');
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [parameterValue(doc, { schema: schema.items ?? {} })];
  return schema.format === 'date-time' ? '2026-01-01T00:00:00Z' : 'abc_123';
}

/** The first named example of a request body (every request body has one: spec/AUTHORING.md). */
function bodyValue(doc: OpenApiDocument, media: MediaType): unknown {
  const named = Object.values(media.examples ?? {})[0];
  if (named) return resolveRef(doc, named).value;
  if (media.example !== undefined) return media.example;
  return resolveRef(doc, (media.schema ?? {}) as Schema).examples?.[0] ?? {};
}

interface Call {
  method: string;
  path: string;
  /** path with its parameters filled in, and the required query string */
  url: string;
  params: Record<string, Record<string, unknown>>;
  headers: Record<string, string>;
  body?: { contentType: string; value: unknown };
}

/** Every operation of a bundle as a call: required parameters and the request body from the spec's examples. */
export function operationCalls(doc: OpenApiDocument): Call[] {
  return listOperations(doc)
    .filter((o) => !o.webhook)
    .map(({ method, path, item, op }) => {
      const params: Call['params'] = {};
      for (const p of operationParameters(doc, item, op)) {
        if (!(p.required || p.in === 'path') || p.in === 'cookie') continue;
        (params[p.in!] ??= {})[p.name!] = parameterValue(doc, p);
      }
      const concrete = path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(params.path?.[name])));
      const query = new URLSearchParams(Object.entries(params.query ?? {}).map(([k, v]) => [k, String(v)])).toString();
      const headers = Object.fromEntries(Object.entries(params.header ?? {}).map(([k, v]) => [k, String(v)]));
      const requestBody = op.requestBody && resolveRef(doc, op.requestBody);
      const [contentType, media] = Object.entries(requestBody?.content ?? {})[0] ?? [];
      return {
        method: method.toUpperCase(),
        path,
        url: query ? `${concrete}?${query}` : concrete,
        params,
        headers,
        body: contentType && media ? { contentType, value: bodyValue(doc, media) } : undefined,
      };
    });
}

const literal = (value: unknown) => JSON.stringify(value);

/** A module that calls every operation of one vendor through its typed client. */
export function typedConsumer(key: string, calls: Call[]): string {
  const { factory, credential } = FACTORIES[key]!;
  const lines = [
    `// Generated by bench/typecheck.ts: every operation of ${key} through the typed client.`,
    `import { ${factory} } from 'messaging-contracts/${key}';`,
    `declare function use(...values: unknown[]): void;`,
    `const client = ${factory}({ ${credential}: 'bench_credential_0123456789', retry: false });`,
    `export async function run(): Promise<void> {`,
  ];
  for (const call of calls) {
    const init: string[] = [];
    if (Object.keys(call.params).length) init.push(`params: ${literal(call.params)}`);
    if (call.body) init.push(`body: ${literal(call.body.value)}`);
    lines.push(
      `  {`,
      `    const { data, error } = await client.${call.method}(${literal(call.path)}${init.length ? `, { ${init.join(', ')} }` : ''});`,
      `    use(data, error);`,
      `  }`,
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** The same calls with `fetch`: same URLs, methods, headers and bodies; results are `unknown`. */
export function untypedConsumer(key: string, calls: Call[], serverUrl: string): string {
  const lines = [
    `// Generated by bench/typecheck.ts: every operation of ${key} with untyped fetch.`,
    `declare function use(...values: unknown[]): void;`,
    `const base = ${literal(serverUrl)};`,
    `const auth = { Authorization: 'Bearer bench_credential_0123456789' };`,
    `export async function run(): Promise<void> {`,
  ];
  for (const call of calls) {
    const headers = { ...call.headers, ...(call.body ? { 'Content-Type': call.body.contentType } : {}) };
    const body = call.body
      ? call.body.contentType === 'application/x-www-form-urlencoded'
        ? `, body: new URLSearchParams(${literal(call.body.value)})`
        : `, body: JSON.stringify(${literal(call.body.value)})`
      : '';
    lines.push(
      `  {`,
      `    const response = await fetch(base + ${literal(call.url)}, { method: ${literal(call.method)}, headers: { ...auth, ...${literal(headers)} }${body} });`,
      `    const data: unknown = response.ok ? await response.json() : undefined;`,
      `    const error: unknown = response.ok ? undefined : await response.json();`,
      `    use(data, error);`,
      `  }`,
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** tsc in a child process that reports its own CPU time on exit (after --extendedDiagnostics). */
const CPU_REPORTER = `process.on('exit', () => { const u = process.cpuUsage(); process.stdout.write('\\nCPU: ' + ((u.user + u.system) / 1e6).toFixed(3) + 's\\n'); });`;

/** A strict consumer as `tsc --init` sets one up, with the DOM's fetch and no @types packages. */
const CONSUMER_OPTIONS = {
  strict: true,
  module: 'nodenext',
  moduleResolution: 'nodenext',
  target: 'es2022',
  lib: ['es2022', 'dom'],
  types: [],
  skipLibCheck: true,
  noEmit: true,
};

interface TscFigures {
  cpu: number;
  check: number;
  instantiations: number;
  types: number;
  files: number;
}

function runTsc(dir: string, files: string[]): { figures: TscFigures; output: string; status: number | null } {
  const tsc = join(projectRoot, 'node_modules', 'typescript', 'lib', 'tsc.js');
  const project = join(dir, `tsconfig.${files.join('+')}.json`);
  writeFileSync(project, JSON.stringify({ compilerOptions: CONSUMER_OPTIONS, files }));
  const args = ['-r', join(dir, 'cpu-reporter.cjs'), tsc, '-p', project, '--extendedDiagnostics'];
  const result = spawnSync(process.execPath, args, { cwd: dir, env: toolEnv, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const output = `${result.stdout}${result.stderr}`;
  const figure = (label: string) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output);
    if (!match) throw new Error(`tsc printed no "${label}":\n${output}`);
    return Number(match[1]);
  };
  return {
    figures: {
      cpu: figure('CPU'),
      check: figure('Check time'),
      instantiations: figure('Instantiations'),
      types: figure('Types'),
      files: figure('Files'),
    },
    output,
    status: result.status,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One consumer's figures: the median of each over the runs. */
function medianFigures(runs: TscFigures[]): TscFigures {
  const at = (k: keyof TscFigures) => median(runs.map((r) => r[k]));
  return { cpu: at('cpu'), check: at('check'), instantiations: at('instantiations'), types: at('types'), files: at('files') };
}

function runChecked(dir: string, files: string[]): TscFigures {
  const { figures, output, status } = runTsc(dir, files);
  const errors = output.split('\n').filter((l) => /error TS/.test(l));
  if (status !== 0 || errors.length)
    throw new Error(`bench consumer ${files.join(' ')} does not compile:\n${errors.slice(0, 20).join('\n') || output}`);
  return figures;
}

/**
 * The typed and the untyped consumer, run in turns (typed, untyped, typed, ...) so that both see
 * the machine at the same speed: the ratio is the median of each turn's typed/untyped CPU.
 */
function measurePair(dir: string, typedFiles: string[], untypedFiles: string[]): { typed: TscFigures; untyped: TscFigures; ratio: number } {
  const typed: TscFigures[] = [];
  const untyped: TscFigures[] = [];
  for (let i = 0; i < TSC_ROUNDS; i++) {
    typed.push(runChecked(dir, typedFiles));
    untyped.push(runChecked(dir, untypedFiles));
  }
  return { typed: medianFigures(typed), untyped: medianFigures(untyped), ratio: median(typed.map((t, i) => t.cpu / untyped[i]!.cpu)) };
}

export interface TypecheckFigures {
  /** typed/untyped tsc CPU, every operation of every vendor */
  ratio: number;
  /** tsc's instantiation count of the typed every-operation consumer */
  instantiations: number;
  operations: number;
}

export function typecheckCost(): TypecheckFigures {
  if (!existsSync(join(projectRoot, 'dist/lib/src/inbox.d.ts'))) throw new Error('dist/lib is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'mc-bench-tsc-'));
  try {
    // The package as a user installs it: node_modules/messaging-contracts is this project (its exports map, dist/lib).
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(projectRoot, join(dir, 'node_modules', 'messaging-contracts'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-consumer', private: true, type: 'module' }));
    writeFileSync(join(dir, 'cpu-reporter.cjs'), CPU_REPORTER);
    const vendors = loadVendors();
    let operations = 0;
    for (const v of vendors) {
      if (!FACTORIES[v.key]) throw new Error(`add the client factory of ${v.key} to FACTORIES in bench/typecheck.ts`);
      const doc: OpenApiDocument = readBundle(v);
      const calls = operationCalls(doc);
      operations += calls.length;
      writeFileSync(join(dir, `typed-${v.key}.ts`), typedConsumer(v.key, calls));
      writeFileSync(join(dir, `untyped-${v.key}.ts`), untypedConsumer(v.key, calls, doc.servers?.[0]?.url ?? 'https://api.example.com'));
    }
    console.log(
      `tsc --noEmit --strict (NodeNext, skipLibCheck) on generated consumers of the built package: every operation through the typed client ` +
        `vs the same calls with untyped fetch; ${TSC_ROUNDS} runs of each in turns, medians (the ratio: of each turn's); CPU = the tsc process's user+system time`,
    );
    let all: TypecheckFigures | undefined;
    const rows: [string, string[]][] = [
      ...vendors.map((v): [string, string[]] => [`${v.key}`, [`${v.key}.ts`]]),
      ['all', vendors.map((v) => `${v.key}.ts`)],
    ];
    for (const [name, files] of rows) {
      const { typed, untyped, ratio } = measurePair(
        dir,
        files.map((f) => `typed-${f}`),
        files.map((f) => `untyped-${f}`),
      );
      const calls = name === 'all' ? operations : (typedOps(dir, files[0]!) ?? 0);
      console.log(
        `  ${name.padEnd(9)} ${String(calls).padStart(3)} operations: typed ${typed.cpu.toFixed(2)} s CPU (tsc check phase ${typed.check.toFixed(2)} s wall, ` +
          `${typed.instantiations.toLocaleString('en-US')} instantiations, ${typed.types.toLocaleString('en-US')} types), ` +
          `untyped ${untyped.cpu.toFixed(2)} s CPU (check phase ${untyped.check.toFixed(2)} s wall, ${untyped.instantiations.toLocaleString('en-US')} instantiations)` +
          ` -> ratio ${ratio.toFixed(2)}`,
      );
      if (name === 'all') {
        all = { ratio, instantiations: typed.instantiations, operations };
        console.log(`type-check CPU ratio (every operation of every vendor, typed/untyped): ${all.ratio.toFixed(2)}  (target <= 1.5)`);
      }
    }
    if (process.env.TSC_KEEP) console.log(`  consumers kept in ${dir}`);
    return all!;
  } finally {
    if (!process.env.TSC_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

/** How many calls a generated typed consumer makes (counted from its source). */
function typedOps(dir: string, file: string): number | undefined {
  return readFileSync(join(dir, `typed-${file}`), 'utf8').match(/await client\./g)?.length;
}

if (process.argv[1]?.endsWith('typecheck.ts')) typecheckCost();
