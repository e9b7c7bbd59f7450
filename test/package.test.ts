// The package as a user meets it: `npm pack` gives a tarball of the bundled documents, the
// compiled runtime (.js + .d.ts, generated types and error catalogs included) and the Spectral
// ruleset, and nothing else. Installed offline into a fresh project, a strict TypeScript consumer
// compiles against it, runs against a local HTTP server, and a wrong path does not compile.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../scripts/docs-serve.ts';
import { operationParameters, resolveRef as resolve, type OpenApiDocument } from '../scripts/openapi-model.ts';
import { loadVendors, projectRoot, readBundle, toolEnv } from '../scripts/vendors.ts';
import { packAndInstall, run } from './support/install.ts';

const CREDENTIAL = 'consumer_test_credential_0123456789';

const vendors = loadVendors().map((v) => ({ ...v, doc: readBundle(v) }));
const projectPackage = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
};

const tsc = (cwd: string, files: string[], outDir?: string) =>
  run(
    join(projectRoot, 'node_modules', '.bin', 'tsc'),
    [
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      'false',
      // The consumer's own @types/node; the package itself brings no type dependency.
      '--typeRoots',
      join(projectRoot, 'node_modules', '@types'),
      '--types',
      'node',
      ...(outDir ? ['--outDir', outDir] : ['--noEmit']),
      ...files,
    ],
    cwd,
    toolEnv,
  );

/** The operation each consumer calls: the first GET with a JSON success body and no required query or header parameter (one with a path parameter if there is one). */
function pickOperation(doc: OpenApiDocument) {
  const candidates = Object.entries(doc.paths ?? {}).flatMap(([path, item]) => {
    const op = item.get;
    if (!op) return [];
    const params = operationParameters(doc, item, op);
    if (params.some((p) => p.required && p.in !== 'path')) return [];
    const status = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s));
    if (!status) return [];
    const [contentType, media] = Object.entries(resolve(doc, op.responses[status]!).content ?? {})[0] ?? [];
    if (!contentType || !media) return [];
    const firstExample = Object.values(media.examples ?? {})[0];
    const example = firstExample ? resolve(doc, firstExample).value : (media.example ?? {});
    const pathParams = params.filter((p) => p.in === 'path');
    const values = Object.fromEntries(
      pathParams.map((p) => {
        const schema = resolve(doc, (p.schema ?? {}) as { $ref?: string; type?: unknown; enum?: unknown[] });
        const given = Object.values(p.examples ?? {})[0];
        const value =
          schema.enum?.[0] ??
          (given ? resolve(doc, given).value : undefined) ??
          (schema.type === 'integer' || schema.type === 'number' ? 17 : 'abc_123');
        return [p.name!, value];
      }),
    );
    const concrete = path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(values[name])));
    return [{ path, status, contentType, example, values, concrete, hasPathParams: pathParams.length > 0 }];
  });
  const chosen = candidates.find((c) => c.hasPathParams) ?? candidates[0];
  if (!chosen) throw new Error(`${doc.info.title}: no GET operation with a JSON success body to call`);
  return chosen;
}

const alias = (key: string) => key.replace(/[^a-zA-Z0-9]/g, '_');

function consumerSource(): string {
  const lines = [
    '// A consumer of the published package: strict TypeScript, NodeNext resolution.',
    "import { createRequire } from 'node:module';",
    "import { readFileSync } from 'node:fs';",
    "import { isApiError, ApiError } from 'messaging-contracts/runtime';",
    '',
    '/** Compiles only when `value` is typed (not `any`). */',
    "function typed<T>(value: T, ..._isAny: 0 extends 1 & T ? ['the client returned any'] : []): T {",
    '  return value;',
    '}',
  ];
  for (const v of vendors) {
    const f = v; // the registry's factory and credential option
    lines.push(
      `import { ${f.factory}, errorCatalog as ${alias(v.key)}Catalog, type paths as ${alias(v.key)}Paths } from 'messaging-contracts/${v.key}';`,
    );
  }
  lines.push(
    '',
    'const origin = process.argv[2]!;',
    'const require = createRequire(import.meta.url);',
    'const out: Record<string, unknown> = {};',
    '',
  );
  for (const v of vendors) {
    const f = v; // the registry's factory and credential option
    const op = pickOperation(v.doc);
    const a = alias(v.key);
    const init = op.hasPathParams ? `, { params: { path: ${JSON.stringify(op.values)} } }` : '';
    lines.push(
      `{`,
      `  const client = ${f.factory}({ ${f.credential}: ${JSON.stringify(CREDENTIAL)}, baseUrl: origin + '/${v.key}', retry: false });`,
      `  const path = ${JSON.stringify(op.path)} satisfies keyof ${a}Paths;`,
      `  const { data, response } = await client.GET(path${init});`,
      `  // The body type is the spec's response schema (as openapi-fetch reads it).`,
      `  const fromSpec = null as unknown as ${a}Paths[typeof path]['get']['responses'][${op.status}]['content'][${JSON.stringify(op.contentType)}];`,
      `  const body: typeof data = fromSpec;`,
      `  const gone = ${f.factory}({ ${f.credential}: ${JSON.stringify(CREDENTIAL)}, baseUrl: origin + '/gone', retry: false });`,
      `  let failure: unknown;`,
      `  try { await gone.unwrap(gone.GET(${JSON.stringify(op.path)}${init})); } catch (error) { failure = error; }`,
      `  const document = JSON.parse(readFileSync(require.resolve('messaging-contracts/${v.key}/openapi.json'), 'utf8')) as { info: { title: string } };`,
      `  out[${JSON.stringify(v.key)}] = {`,
      `    status: response.status,`,
      `    data: typed(data) ?? body,`,
      `    failure: isApiError(failure) && failure instanceof ApiError ? { vendor: failure.vendor, status: failure.status, category: failure.category } : String(failure),`,
      `    catalog: ${a}Catalog.length,`,
      `    title: document.info.title,`,
      `  };`,
      `}`,
    );
  }
  lines.push("out.spectral = require.resolve('messaging-contracts/spectral');", 'console.log(JSON.stringify(out));', '');
  return lines.join('\n');
}

let work = '';
let packedFiles: string[] = [];
let consumer = '';

beforeAll(() => {
  const missing = [...vendors.map((v) => `dist/lib/src/${v.key}`), 'dist/lib/src/runtime'].flatMap((base) =>
    ['.js', '.d.ts'].map((ext) => base + ext).filter((file) => !existsSync(join(projectRoot, file))),
  );
  if (missing.length)
    throw new Error(
      `${missing.join(', ')} missing: run \`npm run build\` first (this test packs with --ignore-scripts, so it does not build)`,
    );

  work = mkdtempSync(join(tmpdir(), 'mc-package-'));
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  const { ours } = packAndInstall(work, consumer);
  packedFiles = ours.files;
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm package', () => {
  it('holds the bundles, the compiled runtime with its types and error catalogs, the Spectral ruleset and the command, and nothing else', () => {
    const compiled = (dir: string, names: string[]) => names.flatMap((name) => [`${dir}/${name}.d.ts`, `${dir}/${name}.js`]);
    const sources = readdirSync(join(projectRoot, 'src'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    const expected = [
      'README.md',
      'package.json',
      ...vendors.map((v) => `generated/${v.key}/openapi.json`),
      ...vendors.flatMap((v) => [`generated/${v.key}/validators.d.ts`, `generated/${v.key}/validators.js`]),
      ...vendors.flatMap((v) => compiled(`dist/lib/generated/${v.key}`, ['calls', 'errors', 'mock', 'schema', 'vendor-facts', 'webhooks'])),
      ...compiled('dist/lib/src', sources),
      ...compiled(
        'dist/lib/cli',
        readdirSync(join(projectRoot, 'cli'))
          .filter((f) => f.endsWith('.ts'))
          .map((f) => f.replace(/\.ts$/, '')),
      ),
      'spectral/ruleset.yaml',
      ...readdirSync(join(projectRoot, 'spectral', 'functions')).map((f) => `spectral/functions/${f}`),
    ].sort();
    expect(packedFiles).toEqual(expected);
    expect(packedFiles.filter((f) => /^(spec|test|scripts|src|cli)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
  });

  it('has every target of its exports map in the tarball', () => {
    const targets = Object.values(projectPackage.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    expect(targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !packedFiles.includes(t))).toEqual([]);
    for (const v of vendors)
      expect(Object.keys(projectPackage.exports)).toEqual(expect.arrayContaining([`./${v.key}`, `./${v.key}/openapi.json`]));
    expect(projectPackage.exports['./spectral']).toBe('./spectral/ruleset.yaml');
  });

  it('depends on openapi-fetch only (msw and the linters of its command are optional peers), and its runtime imports nothing else', () => {
    const installed = join(consumer, 'node_modules', 'messaging-contracts');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.version).toBe(projectPackage.version);
    expect(manifest.dependencies).toEqual({ 'openapi-fetch': projectPackage.dependencies['openapi-fetch'] });
    const peers = ['@redocly/cli', '@stoplight/spectral-cli', 'msw', 'yaml'];
    expect(Object.keys(manifest.peerDependencies as object).sort()).toEqual(peers);
    expect(manifest.peerDependencies).toMatchObject({ msw: expect.stringMatching(/^\^2\./) });
    expect(manifest.peerDependenciesMeta).toEqual(Object.fromEntries(peers.map((p) => [p, { optional: true }])));
    for (const field of ['optionalDependencies', 'bundleDependencies', 'bundledDependencies'])
      expect(manifest[field], field).toBeUndefined();
    expect(
      readdirSync(join(consumer, 'node_modules'))
        .filter((d) => !d.startsWith('.'))
        .sort(),
    ).toEqual(['messaging-contracts', 'openapi-fetch', 'openapi-typescript-helpers']);
    const importsUnder = (dir: string): Map<string, Set<string>> => {
      const byFile = new Map<string, Set<string>>();
      const walk = (at: string): void => {
        for (const entry of readdirSync(at, { withFileTypes: true })) {
          const file = join(at, entry.name);
          if (entry.isDirectory()) walk(file);
          else if (entry.name.endsWith('.js')) {
            const specifiers = new Set<string>();
            // Import statements and dynamic imports only: the generated mock data holds example bodies with "from" fields.
            for (const m of readFileSync(file, 'utf8').matchAll(
              /^(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm,
            )) {
              specifiers.add(m[1] ?? m[2] ?? m[3]!);
            }
            byFile.set(entry.name, specifiers);
          }
        }
      };
      walk(dir);
      return byFile;
    };
    const bare = (byFile: Map<string, Set<string>>, allowed: (file: string) => string[]) =>
      [...byFile].flatMap(([file, specifiers]) =>
        [...specifiers]
          .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !allowed(file).includes(s))
          .map((s) => `${file}: ${s}`),
      );
    // msw only from the mock kit (src/mock.ts), which only the <vendor>/mock subpaths load.
    for (const runtime of ['src', 'generated']) {
      expect(
        bare(importsUnder(join(installed, 'dist', 'lib', runtime)), (file) =>
          file === 'mock.js' ? ['openapi-fetch', 'msw'] : ['openapi-fetch'],
        ),
        runtime,
      ).toEqual([]);
    }
    // The command starts the linters as programs; it imports only `yaml`, and only once it has checked that it is there.
    const cliImports = [...importsUnder(join(installed, 'dist', 'lib', 'cli')).values()]
      .flatMap((s) => [...s])
      .filter((s) => !s.startsWith('.') && !s.startsWith('node:'));
    expect([...new Set(cliImports)]).toEqual(['yaml']);
  });

  it('has a `messaging-contracts lint` command that names the linters to install when they are missing', () => {
    writeFileSync(join(consumer, 'openapi.yaml'), 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n');
    const result = run('npx', ['--offline', 'messaging-contracts', 'lint', 'openapi.yaml'], consumer);
    expect(result.status, result.output).toBe(2);
    const peers = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> })
      .peerDependencies;
    // msw is the mock kit's peer, not the command's
    const linters = Object.entries(peers).filter(([name]) => name !== 'msw');
    expect(result.output).toContain(`npm install --save-dev ${linters.map(([name, range]) => `'${name}@${range}'`).join(' ')}`);
    const help = run('npx', ['--offline', 'messaging-contracts', '--help'], consumer);
    expect(help.status, help.output).toBe(0);
    expect(help.stdout).toMatch(/^ {2}lint /m);
  });

  it('has a `messaging-contracts diff` command that compares two releases of a bundled contract', () => {
    const installed = join(consumer, 'node_modules', 'messaging-contracts', 'generated', 'lines', 'openapi.json');
    const doc = JSON.parse(readFileSync(installed, 'utf8')) as OpenApiDocument;
    // The "new release": one operation removed (breaking), one added (additive).
    const [removedPath] = Object.keys(doc.paths ?? {});
    const next = structuredClone(doc);
    delete next.paths![removedPath!];
    next.paths!['/diff-test-added'] = { get: { operationId: 'diffTestAdded', responses: { '204': { description: 'added' } } } } as never;
    writeFileSync(join(consumer, 'next.json'), JSON.stringify(next));
    const removed = Object.keys(doc.paths![removedPath!]!).filter((m) => ['get', 'put', 'post', 'delete', 'patch'].includes(m));

    const changed = run('npx', ['--offline', 'messaging-contracts', 'diff', installed, 'next.json'], consumer);
    expect(changed.status, changed.output).toBe(1);
    expect(changed.stdout).toContain(`${removed.length} breaking, 1 additive`);
    for (const method of removed) expect(changed.stdout).toContain(`✗ ${method.toUpperCase()} ${removedPath}: `);
    expect(changed.stdout).toContain('+ GET /diff-test-added: new operation (diffTestAdded) [operation-added]');

    const same = run('npx', ['--offline', 'messaging-contracts', 'diff', installed, installed], consumer);
    expect(same.status, same.output).toBe(0);
    expect(same.stdout).toContain('No breaking change.');

    const missing = run('npx', ['--offline', 'messaging-contracts', 'diff', installed, 'absent.json'], consumer);
    expect(missing.status, missing.output).toBe(2);
    expect(missing.output).toContain('cannot read absent.json');
  });

  it('compiles a strict TypeScript consumer of every vendor, which then calls a local server through the typed clients', async () => {
    writeFileSync(join(consumer, 'consumer.ts'), consumerSource());
    const compiled = tsc(consumer, ['consumer.ts'], 'out');
    expect(compiled.output).toBe('');
    expect(compiled.status).toBe(0);

    const seen: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
    const picks = Object.fromEntries(vendors.map((v) => [v.key, pickOperation(v.doc)]));
    const server: Server = createServer((req, res) => {
      seen.push({ method: req.method, url: req.url, headers: req.headers });
      const [, key, ...rest] = (req.url ?? '').split('/');
      const pick = picks[key ?? ''];
      if (pick && `/${rest.join('/')}` === pick.concrete) {
        res.writeHead(Number(pick.status), { 'content-type': pick.contentType });
        res.end(JSON.stringify(pick.example));
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{}');
      }
    });
    const origin = `http://127.0.0.1:${await listen(server, 0)}`;
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [join(consumer, 'out', 'consumer.js'), origin], {
        cwd: consumer,
        env: toolEnv,
      });
      const out = JSON.parse(stdout) as Record<string, unknown>;
      for (const v of vendors) {
        const pick = picks[v.key]!;
        expect(out[v.key], v.key).toEqual({
          status: Number(pick.status),
          data: pick.example,
          failure: { vendor: v.key, status: 404, category: 'not_found' },
          catalog: v.doc['x-error-catalog']?.length,
          title: v.doc.info.title,
        });
        const call = seen.find((s) => s.url === `/${v.key}${pick.concrete}`);
        expect(call, `GET /${v.key}${pick.concrete} reached the server`).toBeDefined();
        expect(call!.method).toBe('GET');
        expect(call!.headers.authorization).toBe(`Bearer ${CREDENTIAL}`);
      }
      expect(out.spectral).toBe(join(consumer, 'node_modules', 'messaging-contracts', 'spectral', 'ruleset.yaml'));
    } finally {
      await new Promise((done) => server.close(done));
    }
  }, 120_000);

  it('does not compile a consumer that calls a path the API does not have', () => {
    const files = vendors.map((v) => {
      const f = v; // the registry's factory and credential option
      const file = `wrong-path-${v.key}.ts`;
      writeFileSync(
        join(consumer, file),
        [
          `import { ${f.factory} } from 'messaging-contracts/${v.key}';`,
          `const client = ${f.factory}({ ${f.credential}: ${JSON.stringify(CREDENTIAL)} });`,
          `await client.GET('/no-such-path-in-${v.key}', {});`,
          '',
        ].join('\n'),
      );
      return file;
    });
    const result = tsc(consumer, files);
    expect(result.status).not.toBe(0);
    for (const [i, v] of vendors.entries()) {
      // TS2769 ("No overload matches this call"): the error quotes the path and the paths there are.
      expect(result.output).toMatch(
        new RegExp(
          `${files[i]}\\(3,\\d+\\): error TS\\d+: .*\\n(?:  .*\\n)*?.*Argument of type '"/no-such-path-in-${v.key}"' is not assignable`,
        ),
      );
    }
    // Only the wrong paths fail: nothing else in those files, nor in the package's types.
    expect(result.output.split('\n').filter((l) => /error TS/.test(l)).length).toBe(vendors.length);
  }, 120_000);

  it("names the wrong field of a call's init, and a required init left out", () => {
    // Inbox creates a tag from a `name` (spec/inbox: POST /tags); GET /tags/{tagId} needs its path parameter.
    writeFileSync(
      join(consumer, 'wrong-init.ts'),
      [
        `import { createInboxClient } from 'messaging-contracts/inbox';`,
        `const inbox = createInboxClient({ token: ${JSON.stringify(CREDENTIAL)} });`,
        `await inbox.POST('/tags', { body: { title: 'VIP' } });`,
        `await inbox.GET('/tags/{tagId}');`,
        '',
      ].join('\n'),
    );
    const { status, output } = tsc(consumer, ['wrong-init.ts']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/wrong-init\.ts\(3,\d+\): error TS\d+: [\s\S]*?'title' does not exist in type '\{ name: string;/);
    // The required init left out: the path is not among those a call may name without one.
    expect(output).toMatch(
      /wrong-init\.ts\(4,\d+\): error TS2769: [\s\S]*?Argument of type '"\/tags\/\{tagId\}"' is not assignable to parameter of type 'GetPathWithoutRequiredInit'/,
    );
    expect(output.split('\n').filter((l) => /error TS/.test(l)).length).toBe(2);
  }, 120_000);
});
