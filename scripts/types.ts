// Step 3: generated/<vendor>/schema.ts from the hand-written roots, driven by redocly.yaml `x-openapi-ts`.
import { runMain, runTool } from './run.ts';

export function types(): void {
  // Plain `openapi-typescript` with a redocly.yaml that has `apis:` writes one output per API.
  runTool('openapi-typescript', ['--redocly', 'redocly.yaml'], { quiet: true });
}

if (process.argv[1]?.endsWith('types.ts')) runMain(types);
