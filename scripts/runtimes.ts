// Where each JavaScript runtime of the smoke suite lives on this machine. Node 22 and 24, Bun and
// Deno are binaries inside npm packages, optional dependencies of the private project
// tools/runtimes, installed by `npm run runtimes:install` (each machine installs only its own
// platform's, and no install script has to run; not a workspace, because the node packages' `node`
// bin would then shadow the machine's Node in every npm script); workerd comes with miniflare.
// Node 20 is the machine's own. `MC_RUNTIME_<NAME>=/path` (e.g. MC_RUNTIME_NODE22) points at
// another binary, for a platform the packages do not cover.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from './vendors.ts';

export const RUNTIME_NAMES = ['node20', 'node22', 'node24', 'bun', 'deno', 'workerd'] as const;
export type RuntimeName = (typeof RUNTIME_NAMES)[number];

/** What the README calls each runtime. */
export const RUNTIME_LABELS: Record<RuntimeName, string> = {
  node20: 'Node.js 20',
  node22: 'Node.js 22',
  node24: 'Node.js 24',
  bun: 'Bun',
  deno: 'Deno',
  workerd: 'Cloudflare Workers (workerd, through Miniflare)',
};

export interface ResolvedRuntime {
  name: RuntimeName;
  /** the executable */
  binary: string;
  /** the version the binary reports (workerd: its npm package version, which names the release) */
  version: string;
  /** where the binary came from, for messages */
  source: string;
}

/** A runtime that is not installed, or does not start, on this machine. */
export class RuntimeUnavailableError extends Error {
  override readonly name = 'RuntimeUnavailableError';
}

/** npm package and the binary's path inside it, per `<platform>-<arch>`. */
const PACKAGES: Record<'node22' | 'node24' | 'bun' | 'deno', Record<string, [pkg: string, file: string]>> = {
  node22: { 'linux-x64': ['node22-linux-x64', 'bin/node'], 'linux-arm64': ['node22-linux-arm64', 'bin/node'] },
  node24: { 'linux-x64': ['node24-linux-x64', 'bin/node'], 'linux-arm64': ['node24-linux-arm64', 'bin/node'] },
  bun: {
    'linux-x64': ['@oven/bun-linux-x64', 'bin/bun'],
    'linux-arm64': ['@oven/bun-linux-aarch64', 'bin/bun'],
    'darwin-x64': ['@oven/bun-darwin-x64', 'bin/bun'],
    'darwin-arm64': ['@oven/bun-darwin-aarch64', 'bin/bun'],
  },
  deno: {
    'linux-x64': ['@deno/linux-x64-glibc', 'deno'],
    'linux-arm64': ['@deno/linux-arm64-glibc', 'deno'],
    'darwin-x64': ['@deno/darwin-x64', 'deno'],
    'darwin-arm64': ['@deno/darwin-arm64', 'deno'],
  },
};

const platform = `${process.platform}-${process.arch}`;
/** A Linux without glibc (Alpine's musl), for which the pinned packages do not fit. */
function isMusl(): boolean {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return process.platform === 'linux' && !report?.header?.glibcVersionRuntime;
}

/** The folder of an installed package: tools/runtimes' node_modules, then the project's. */
function packageDir(pkg: string): string | undefined {
  const places = [join(projectRoot, 'tools', 'runtimes', 'node_modules', pkg), join(projectRoot, 'node_modules', pkg)];
  return places.find((dir) => existsSync(join(dir, 'package.json')));
}

function versionOf(name: RuntimeName, binary: string, source: string): string {
  let out: string;
  try {
    out = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000, env: runtimeEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new RuntimeUnavailableError(`${RUNTIME_LABELS[name]}: ${binary} (${source}) does not start: ${(error as Error).message}`);
  }
  const version = /(\d+\.\d+\.\d+|\d{4}-\d{2}-\d{2})/.exec(out)?.[1];
  if (!version) throw new RuntimeUnavailableError(`${RUNTIME_LABELS[name]}: ${binary} --version printed no version: ${out}`);
  return version;
}

/** Environment for every runtime we start: no update checks, no telemetry or crash reports, no prompts, no auto-install. */
export function runtimeEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DO_NOT_TRACK: '1',
    NO_UPDATE_NOTIFIER: '1',
    DENO_NO_UPDATE_CHECK: '1',
    DENO_NO_PROMPT: '1',
    BUN_DISABLE_TELEMETRY: '1',
  };
}

function fromOverride(name: RuntimeName): ResolvedRuntime | undefined {
  const variable = `MC_RUNTIME_${name.toUpperCase()}`;
  const binary = process.env[variable];
  if (!binary) return undefined;
  if (!existsSync(binary)) throw new RuntimeUnavailableError(`${RUNTIME_LABELS[name]}: ${variable}=${binary} does not exist`);
  return { name, binary, version: versionOf(name, binary, variable), source: variable };
}

/** Finds a runtime and checks that it starts; throws RuntimeUnavailableError naming it otherwise. */
export function resolveRuntime(name: RuntimeName): ResolvedRuntime {
  const override = fromOverride(name);
  if (override) return override;
  const variable = `MC_RUNTIME_${name.toUpperCase()}`;

  if (name === 'node20') {
    const major = Number(process.versions.node.split('.')[0]);
    if (major !== 20) {
      throw new RuntimeUnavailableError(
        `${RUNTIME_LABELS[name]}: this row runs the machine's Node, and that is ${process.version}; ` +
          `run the suite under Node 20 or set ${variable}=/path/to/node20`,
      );
    }
    return { name, binary: process.execPath, version: process.versions.node, source: 'the machine' };
  }

  if (name === 'workerd') {
    const fromMiniflare = createRequire(join(packageDir('miniflare') ?? join(projectRoot, 'node_modules', 'miniflare'), 'package.json'));
    let binary: string;
    let pkg: { version: string };
    try {
      pkg = fromMiniflare('workerd/package.json') as { version: string };
      binary = (fromMiniflare('workerd') as { default: string }).default;
    } catch (error) {
      throw new RuntimeUnavailableError(
        `${RUNTIME_LABELS[name]}: miniflare's workerd is not installed for ${platform} (run \`npm ci\`): ${(error as Error).message}`,
      );
    }
    versionOf(name, binary, 'workerd package'); // it starts
    return { name, binary, version: pkg.version, source: 'npm package workerd' };
  }

  const entry = PACKAGES[name][platform];
  if (!entry) {
    throw new RuntimeUnavailableError(
      `${RUNTIME_LABELS[name]}: no npm package of it is pinned for ${platform} in tools/runtimes/package.json; ` +
        `set ${variable}=/path/to/binary`,
    );
  }
  const [pkg, file] = entry;
  const dir = packageDir(pkg);
  if (!dir) {
    const why = isMusl() ? ' (this is a musl Linux; the pinned packages are for glibc)' : '';
    throw new RuntimeUnavailableError(
      `${RUNTIME_LABELS[name]}: the npm package ${pkg} is not installed${why}; ` +
        `run \`npm run runtimes:install\`, or set ${variable}=/path/to/binary`,
    );
  }
  const binary = join(dir, file);
  const { version: packageVersion } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const version = versionOf(name, binary, `npm package ${pkg}@${packageVersion}`);
  return { name, binary, version, source: `npm package ${pkg}@${packageVersion}` };
}

/** The installed miniflare's version (the table names it beside workerd's). */
export function miniflareVersion(): string {
  const dir = packageDir('miniflare');
  if (!dir) throw new RuntimeUnavailableError(`${RUNTIME_LABELS.workerd}: miniflare is not installed; run \`npm ci\``);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

// `npx tsx scripts/runtimes.ts`: where each runtime is and whether it starts.
if (process.argv[1]?.endsWith('runtimes.ts')) {
  let failed = false;
  for (const name of RUNTIME_NAMES) {
    try {
      const r = resolveRuntime(name);
      console.log(`${RUNTIME_LABELS[name]}: ${r.version} (${r.source}: ${r.binary})`);
    } catch (error) {
      failed = true;
      console.error(String((error as Error).message));
    }
  }
  process.exitCode = failed ? 1 : 0;
}
