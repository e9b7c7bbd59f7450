// Runs Redocly and Spectral as their own command-line tools (JSON output) and turns what they print
// into findings at the source. Redocly lints the multi-file root and already reports source files.
// Spectral lints a Redocly bundle of it (its resolver mis-reads multi-file 3.1 specs: on this
// repository's four roots it reports 245 problems where the bundles have none), and each of its
// findings is mapped back to the source with cli/source-map.ts.
// The tools are optional peer dependencies of the package: they are looked up in the linted
// project first, then beside the package, and a missing one is named with the command to install it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Severity } from './findings.ts';

/** No telemetry, no update checks: nothing is fetched while linting. */
export const offlineEnv: NodeJS.ProcessEnv = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_UPDATE_NOTIFIER: '1',
  SCARF_ANALYTICS: 'false',
  DO_NOT_TRACK: '1',
};

/** This package's root: the folder of its package.json (two levels up in the repository, three in dist/lib/cli). */
export const packageRoot = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (
    !existsSync(join(dir, 'package.json')) ||
    (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== 'messaging-contracts'
  ) {
    const up = dirname(dir);
    if (up === dir) throw new Error('messaging-contracts: cannot find its own package.json');
    dir = up;
  }
  return dir;
})();

/** What `messaging-contracts lint` needs besides the package: the linters, and `yaml` for the source positions. */
const PEERS = { redocly: '@redocly/cli', spectral: '@stoplight/spectral-cli', yaml: 'yaml' } as const;

export class MissingToolError extends Error {}

function packageDir(name: string, cwd: string): string | undefined {
  for (const from of [join(cwd, 'package.json'), fileURLToPath(import.meta.url)]) {
    try {
      return dirname(createRequire(from).resolve(`${name}/package.json`));
    } catch {
      // not installed there
    }
  }
  return undefined;
}

export interface Tools {
  redocly: string;
  spectral: string;
}

/** The linters' entry scripts; throws MissingToolError naming every missing package and how to install it. */
export function findTools(cwd: string): Tools {
  const dirs = Object.fromEntries(Object.entries(PEERS).map(([key, name]) => [key, packageDir(name, key === 'yaml' ? packageRoot : cwd)]));
  const missing = Object.entries(PEERS)
    .filter(([key]) => !dirs[key])
    .map(([, name]) => name);
  if (missing.length) {
    const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string> };
    const specs = missing.map((name) => `${name}@${manifest.peerDependencies?.[name] ?? 'latest'}`);
    throw new MissingToolError(
      `messaging-contracts lint needs ${missing.join(', ')} (optional peer dependencies, not installed).\n` +
        `Install them in your project: npm install --save-dev ${specs.map((s) => `'${s}'`).join(' ')}`,
    );
  }
  const bin = (dir: string, name: string) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
    const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[name];
    if (!entry) throw new MissingToolError(`${dir} has no \`${name}\` command`);
    return join(dir, entry);
  };
  return { redocly: bin(dirs.redocly!, 'redocly'), spectral: bin(dirs.spectral!, 'spectral') };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runNode(script: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: offlineEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/**
 * The JSON values at the start of `text`, one after the other: Redocly prints one report per root,
 * and Spectral follows its report with a sentence when nothing fails.
 */
export function leadingJsonValues(text: string): unknown[] {
  const values: unknown[] = [];
  let start = text.search(/\S/);
  while (start >= 0 && (text[start] === '{' || text[start] === '[')) {
    let depth = 0;
    let inString = false;
    let end = -1;
    for (let i = start; i < text.length && end < 0; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) end = i + 1;
    }
    if (end < 0) throw new SyntaxError('unterminated JSON');
    values.push(JSON.parse(text.slice(start, end)));
    const next = text.slice(end).search(/\S/);
    start = next < 0 ? -1 : end + next;
  }
  if (!values.length) throw new SyntaxError('no JSON');
  return values;
}

// Redocly prints a boxed Node 20 end-of-life notice on every run; it is noise in a crash message.
const withoutNotice = (text: string) => text.replace(/\n?\s*╔[\s\S]*?╝\n?/g, '\n').trim();

export interface LinterResult {
  findings: Finding[];
  failed: boolean;
  crashes: string[];
}

interface RedoclyProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location?: { source: { ref: string }; pointer?: string; start?: { line: number; col: number }; end?: { line: number; col: number } }[];
}

/** `redocly lint <roots> --format=json`: fails on an error (Redocly's own exit code). */
export async function redoclyLint(tools: Tools, roots: string[], cwd: string, config?: string): Promise<LinterResult> {
  const run = await runNode(tools.redocly, ['lint', ...roots, '--format=json', ...(config ? ['--config', config] : [])], cwd);
  let problems: RedoclyProblem[];
  try {
    problems = (leadingJsonValues(run.stdout) as { problems: RedoclyProblem[] }[]).flatMap((report) => report.problems);
  } catch {
    return {
      findings: [],
      failed: true,
      crashes: [`redocly lint did not run (exit ${run.status}):\n${withoutNotice(run.stdout + run.stderr)}`],
    };
  }
  const findings = problems.map((p): Finding => {
    const at = p.location?.[0];
    return {
      linter: 'redocly',
      code: p.ruleId,
      severity: p.severity === 'error' ? 'error' : 'warning',
      message: p.message,
      file: resolve(cwd, at?.source.ref ?? roots[0]!),
      line: at?.start?.line ?? 1,
      column: at?.start?.col ?? 1,
      ...(at?.end ? { endLine: at.end.line, endColumn: at.end.col } : {}),
    };
  });
  return { findings, failed: run.status !== 0, crashes: [] };
}

interface SpectralResult {
  code: string | number;
  message: string;
  path: (string | number)[];
  severity: number;
  source?: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const SPECTRAL_SEVERITY: Severity[] = ['error', 'warning', 'info', 'hint'];

/**
 * Bundles the roots with Redocly into a temporary folder (never the project's dist/), lints the
 * bundles with `spectral lint --fail-severity warn`, and maps each finding back to the source.
 */
export async function spectralLint(tools: Tools, roots: string[], ruleset: string, cwd: string, config?: string): Promise<LinterResult> {
  // Real path: Spectral names each result's file by it, and the bundles are told apart by that name.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'messaging-contracts-lint-')));
  try {
    // One Redocly process bundles every root to stdout, one JSON document after the other.
    // --force: a spec with a broken $ref still gets a bundle, so Spectral runs beside Redocly's report of the ref.
    const bundled = await runNode(
      tools.redocly,
      ['bundle', ...roots, '--ext', 'json', '--force', ...(config ? ['--config', config] : [])],
      cwd,
    );
    let documents: unknown[] = [];
    try {
      documents = leadingJsonValues(bundled.stdout);
    } catch {
      // reported below
    }
    if (documents.length !== roots.length) {
      const crash = `spectral did not lint ${roots.join(', ')}: redocly bundle failed (exit ${bundled.status}):\n${withoutNotice(bundled.stderr)}`;
      return { findings: [], failed: true, crashes: [crash] };
    }
    const linted = roots.map((root, i) => {
      const file = join(dir, `${i}.json`);
      writeFileSync(file, JSON.stringify(documents[i]));
      return { root: resolve(cwd, root), file, document: documents[i] };
    });
    const run = await runNode(
      tools.spectral,
      ['lint', '--format', 'json', '--fail-severity', 'warn', '--ruleset', ruleset, ...linted.map((b) => b.file)],
      cwd,
    );
    let results: SpectralResult[];
    try {
      results = leadingJsonValues(run.stdout)[0] as SpectralResult[];
      if (run.status !== 0 && run.status !== 1) throw new Error('crashed');
    } catch {
      return {
        findings: [],
        failed: true,
        crashes: [`spectral lint did not run (exit ${run.status}):\n${(run.stdout + run.stderr).trim()}`],
      };
    }
    // Loaded once the tools are known to be there: it needs the `yaml` package.
    const { SourceMap } = await import('./source-map.ts');
    const maps = new Map<string, InstanceType<typeof SourceMap>>();
    const findings = results.map((r): Finding => {
      const bundle = linted.find((b) => b.file === r.source) ?? linted[0]!;
      let map = maps.get(bundle.file);
      if (!map) {
        map = new SourceMap(bundle.document, bundle.root);
        maps.set(bundle.file, map);
      }
      const at = map.locate(r.path);
      return {
        linter: 'spectral',
        code: String(r.code),
        severity: SPECTRAL_SEVERITY[r.severity] ?? 'error',
        message: r.message,
        ...at,
      };
    });
    return { findings, failed: run.status !== 0, crashes: [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
