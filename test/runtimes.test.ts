// The package on every runtime users deploy to: Node 20 (the machine's), Node 22 and 24, Bun,
// Deno, and workerd through Miniflare. The packed tarball is installed offline into a fresh
// project, the smoke suite (test/runtimes/app/) is type-checked against it, then run by each
// runtime against a local server: Node, Bun and Deno import the package's subpaths themselves
// (their own resolvers read its exports map); for workerd the suite is bundled with esbuild as a
// Worker module, as a Workers user's build would, and the Worker calls out to 127.0.0.1.
// A runtime that is missing or does not start fails its test with a message naming it.
// The last run is written to test/runtimes/results.json, which scripts/readme.ts turns into the
// README's "Supported runtimes" table; the last test checks that table is this run's.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, toolEnv } from '../scripts/vendors.ts';
import {
  miniflareVersion,
  resolveRuntime,
  runtimeEnv,
  RUNTIME_LABELS,
  RUNTIME_NAMES,
  type ResolvedRuntime,
  type RuntimeName,
} from '../scripts/runtimes.ts';
import { readRuntimeResults, runtimeTable, RUNTIME_RESULTS, type RuntimeResult } from '../scripts/readme.ts';
import { PAGE_PATHS, SECRET } from './runtimes/app/fixtures.ts';
import type { SmokeReport } from './runtimes/app/report.ts';
import { startSmokeServer, type SmokeServer } from './runtimes/server.ts';

/** Checks the suite runs: 5 typed calls, 5 catalogued errors, the retry, the pages, 5 secret checks, 4 signed webhooks. */
const EXPECTED_CHECKS = 21;
/** What each runtime calls itself in the report (smoke.ts whoAmI). */
const SELF_NAME: Record<RuntimeName, string> = {
  node20: 'node',
  node22: 'node',
  node24: 'node',
  bun: 'bun',
  deno: 'deno',
  workerd: 'workerd',
};

/** npm as a user runs it: none of the npm_* settings of an `npm test` around us. */
const npmEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(toolEnv).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_(cache|userconfig)$/i.test(k))),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env: npmEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

/** Runs a runtime to its end (bounded), collecting its output. */
function runRuntime(name: RuntimeName, binary: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(binary, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${RUNTIME_LABELS[name]} did not start (${binary}): ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let work = '';
let app = '';
let server: SmokeServer;
const results = new Map<RuntimeName, RuntimeResult>();

beforeAll(async () => {
  if (!existsSync(join(projectRoot, 'dist/lib/src/runtime.js'))) {
    throw new Error('dist/lib is missing: run `npm run build` first (the suite packs with --ignore-scripts)');
  }
  work = mkdtempSync(join(tmpdir(), 'mc-runtimes-'));
  // The package's tarball, and its dependencies packed from this project's node_modules (the
  // versions the lockfile pins): the install needs nothing from the registry, not even metadata.
  const dependencies = ['openapi-fetch', 'openapi-typescript-helpers'].map((d) => join(projectRoot, 'node_modules', d));
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work, projectRoot, ...dependencies], projectRoot);
  expect(pack.status, pack.output).toBe(0);
  const tarballs = (JSON.parse(pack.stdout) as { filename: string }[]).map((t) => join(work, t.filename));

  // The user's project, with the package installed from its tarball.
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke-app', private: true, type: 'module' }, null, 2));
  const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...tarballs], app);
  if (install.status !== 0) throw new Error(`npm install --offline of the tarballs failed:\n${install.output}`);
  cpSync(join(projectRoot, 'test/runtimes/app'), join(app, 'src'), { recursive: true });

  // The suite type-checks against the installed package's own .d.ts, as the user's editor sees it.
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        noEmit: true,
        allowImportingTsExtensions: true,
        skipLibCheck: false,
      },
      include: ['src'],
    }),
  );
  const tsc = run(join(projectRoot, 'node_modules/.bin/tsc'), ['-p', app], app);
  expect(tsc.output, 'the smoke suite type-checks against the packed package').toBe('');

  // Node, Bun, Deno: the suite's own code in one file, the package left to each runtime's resolver.
  await build({
    entryPoints: [join(app, 'src/cli.ts')],
    outfile: join(app, 'cli.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: ['messaging-contracts', 'messaging-contracts/*'],
    logLevel: 'silent',
  });

  server = await startSmokeServer();
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  writeResults();
});

/**
 * Writes test/runtimes/results.json when this run covered every runtime and differs from the file
 * (atomically: other test files read it).
 */
function writeResults(): void {
  if (results.size !== RUNTIME_NAMES.length) return;
  const rows = RUNTIME_NAMES.map((name) => results.get(name)!);
  const $comment = 'Written by test/runtimes.test.ts (its last full run); scripts/readme.ts makes the README table from it.';
  const text = `${JSON.stringify({ $comment, runtimes: rows }, null, 2)}\n`;
  const file = join(projectRoot, RUNTIME_RESULTS);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** Checks one runtime's report and what the server saw of its run; records the result. */
function judge(runtime: ResolvedRuntime, report: SmokeReport, versionShown: string): void {
  const run = runtime.name;
  const failed = report.checks.filter((c) => !c.ok);
  const passed = failed.length === 0 && report.checks.length === EXPECTED_CHECKS;
  results.set(run, { name: run, label: RUNTIME_LABELS[run], version: versionShown, passed, checks: report.checks.length });
  expect(report.runtime.name, 'the runtime that ran the suite').toBe(SELF_NAME[run]);
  if (run !== 'workerd') expect(report.runtime.version).toBe(runtime.version);
  expect(failed).toEqual([]);
  expect(report.checks.length).toBe(EXPECTED_CHECKS);

  const seen = server.seen.filter((s) => s.run === run);
  expect(seen.filter((s) => s.key === 'retry lines GET /lines').length, 'the 429 and its retry').toBe(2);
  expect(seen.filter((s) => s.key.startsWith('pages ')).map((s) => s.key)).toEqual(PAGE_PATHS.map((path) => `pages lines GET ${path}`));
  // Every client call carried the credential (the webhook deliveries are fetched without one).
  for (const s of seen.filter((s) => !s.key.startsWith('webhooks '))) expect(s.headers.authorization, s.key).toBe(`Bearer ${SECRET}`);
  expect(seen.filter((s) => s.key.startsWith('webhooks ')).length, 'the webhook deliveries fetched').toBe(4);
}

function parseReport(name: RuntimeName, out: { code: number | null; stdout: string; stderr: string }): SmokeReport {
  const line = out.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as SmokeReport;
  } catch {
    throw new Error(`${RUNTIME_LABELS[name]} printed no report (exit ${out.code}):\n${out.stdout}\n${out.stderr}`);
  }
}

/** How each process runtime runs the suite. */
const COMMANDS: Record<Exclude<RuntimeName, 'workerd'>, (origin: string) => string[]> = {
  node20: (origin) => ['cli.js', origin, 'node20'],
  node22: (origin) => ['cli.js', origin, 'node22'],
  node24: (origin) => ['cli.js', origin, 'node24'],
  // --no-install: never auto-install a missing package from the registry.
  bun: (origin) => ['run', '--no-install', 'cli.js', origin, 'bun'],
  // Only the local server is reachable; node_modules as installed by npm; no lockfile written.
  deno: (origin) => [
    'run',
    '--allow-net=127.0.0.1',
    '--allow-read=.',
    '--node-modules-dir=manual',
    '--no-lock',
    '--no-prompt',
    'cli.js',
    origin,
    'deno',
  ],
};

describe('the package on every runtime', () => {
  for (const name of RUNTIME_NAMES.filter((n): n is Exclude<RuntimeName, 'workerd'> => n !== 'workerd')) {
    it(`runs the smoke suite on ${RUNTIME_LABELS[name]}`, async () => {
      const runtime = resolveRuntime(name);
      const env = { ...runtimeEnv(), DENO_DIR: join(work, 'deno-dir') };
      const out = await runRuntime(name, runtime.binary, COMMANDS[name](server.origin), app, env);
      const report = parseReport(name, out);
      judge(runtime, report, runtime.version);
      expect(out.code, out.stderr).toBe(0);
    }, 90_000);
  }

  it(`runs the smoke suite on ${RUNTIME_LABELS.workerd}`, async () => {
    const runtime = resolveRuntime('workerd');
    // Everything in one Worker module, resolved the way a Workers build resolves it.
    try {
      await build({
        entryPoints: [join(app, 'src/worker.ts')],
        outfile: join(app, 'worker.js'),
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        conditions: ['workerd', 'worker', 'browser'],
        mainFields: ['module', 'main'],
        absWorkingDir: app,
        logLevel: 'silent',
      });
    } catch (error) {
      const errors = (error as { errors?: { text: string; location?: { file: string } | null }[] }).errors ?? [];
      const messages = errors.map((e) => `${e.location?.file ?? ''}: ${e.text}`);
      throw new Error(`${RUNTIME_LABELS.workerd}: the suite does not bundle as a Worker module:\n${messages.join('\n') || String(error)}`);
    }
    // The Worker's compatibility date is the day of this workerd release (its version is 1.YYYYMMDD.n).
    const date = /^1\.(\d{4})(\d{2})(\d{2})\./.exec(runtime.version);
    if (!date) throw new Error(`workerd ${runtime.version}: cannot read its release date`);
    const mf = new Miniflare({
      modules: true,
      scriptPath: join(app, 'worker.js'),
      modulesRoot: app,
      compatibilityDate: `${date[1]}-${date[2]}-${date[3]}`,
      // No request to Cloudflare for the `request.cf` object (Miniflare fetches it otherwise).
      cf: false,
      // No outboundService: the Worker's fetch() goes out through workerd's own network stack, to
      // which Miniflare's "internet" service allows private addresses as well as public ones, so
      // it reaches the server on 127.0.0.1 (the server checks the Worker's requests arrived).
    });
    try {
      const url = `http://smoke.test/?origin=${encodeURIComponent(server.origin)}&run=workerd`;
      const response = await mf.dispatchFetch(url);
      const text = await response.text();
      if (response.status !== 200) throw new Error(`${RUNTIME_LABELS.workerd}: the Worker answered ${response.status}: ${text}`);
      judge(runtime, JSON.parse(text) as SmokeReport, `${runtime.version} (Miniflare ${miniflareVersion()})`);
    } finally {
      await mf.dispose();
    }
  }, 90_000);

  it('the README\'s "Supported runtimes" table is this run\'s (`npm run readme` rewrites it from test/runtimes/results.json)', () => {
    const rows = RUNTIME_NAMES.map(
      (name) => results.get(name) ?? { name, label: RUNTIME_LABELS[name], version: 'not run', passed: false, checks: 0 },
    );
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    expect(readme).toContain(runtimeTable(rows));
    // And the committed results file says the same (it is rewritten after this run when it differs).
    expect(readRuntimeResults()).toEqual(rows);
  });
});
