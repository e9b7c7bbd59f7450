// tsc over src/, generated/, scripts/ and test/.
import { runMain, runTool } from './run.ts';

export function typecheck(): void {
  runTool('tsc', ['--noEmit', '-p', 'tsconfig.json']);
}

if (process.argv[1]?.endsWith('typecheck.ts')) runMain(typecheck);
