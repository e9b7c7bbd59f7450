// Installs this package the way a user gets it: `npm pack` of the project, installed into a fresh
// folder with npm --offline and an empty cache of its own. The runtime dependencies come from this
// project's node_modules, each packed as a tarball and installed beside ours, so the install needs
// neither the network nor whatever the machine's npm cache happens to hold (`npm ci` caches
// tarballs, not the registry metadata that resolving a version range needs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, toolEnv } from '../../scripts/vendors.ts';

/** npm as a user runs it: none of the npm_* settings of an `npm test` around us (they would point npm at this project). */
export const npmEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(toolEnv).filter(([k]) => !/^npm_/i.test(k))),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

interface Packed {
  tarball: string;
  files: string[];
}

function pack(dir: string, destination: string): Packed {
  const result = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination, dir], projectRoot);
  if (result.status !== 0) throw new Error(`npm pack ${dir} failed:\n${result.output}`);
  const [info] = JSON.parse(result.stdout) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(destination, info!.filename), files: info!.files.map((f) => f.path).sort() };
}

/** The runtime dependency closure of this package (and of `extra` packages), as installed in its node_modules. */
function dependencyDirs(extra: string[] = []): string[] {
  const dirs = new Map<string, string>();
  const visit = (manifest: { dependencies?: Record<string, string> }) => {
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      if (dirs.has(name)) continue;
      const dir = join(projectRoot, 'node_modules', name);
      if (!existsSync(join(dir, 'package.json'))) throw new Error(`${name} is not in node_modules: run \`npm ci\` first`);
      dirs.set(name, dir);
      visit(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> });
    }
  };
  visit(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> });
  visit({ dependencies: Object.fromEntries(extra.map((name) => [name, '*'])) });
  return [...dirs.values()];
}

export interface Installed {
  /** our tarball and the files npm packed into it */
  ours: Packed;
}

/**
 * Packs the project (with --ignore-scripts: build first) into `work` and installs it with its
 * dependencies into `target` (which has a package.json), with `extra` packages of this project's
 * node_modules (and their dependencies) beside it, as a user would add our optional peers. Throws with npm's output on failure.
 */
export function packAndInstall(work: string, target: string, options: { saveDev?: boolean; extra?: string[] } = {}): Installed {
  const ours = pack(projectRoot, work);
  const dependencies = dependencyDirs(options.extra).map((dir) => pack(dir, work).tarball);
  const cache = mkdtempSync(join(work, 'npm-cache-'));
  const args = [
    'install',
    '--offline',
    '--cache',
    cache,
    '--no-audit',
    '--no-fund',
    ...(options.saveDev ? ['--save-dev'] : []),
    ours.tarball,
    ...dependencies,
  ];
  const install = run('npm', args, target);
  if (install.status !== 0) throw new Error(`npm install --offline of the packed tarballs failed:\n${install.output}`);
  return { ours };
}
