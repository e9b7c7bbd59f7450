// Compiles the runtime and the generated modules to dist/lib (.js + .d.ts) for the published package.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './vendors.ts';
import { runMain, runTool } from './run.ts';

export function compile(): void {
  rmSync(join(projectRoot, 'dist', 'lib'), { recursive: true, force: true });
  runTool('tsc', ['-p', 'tsconfig.build.json']);
}

if (process.argv[1]?.endsWith('compile.ts')) runMain(compile);
