// Step 2: bundle each hand-written root into generated/<vendor>/openapi.json (components kept, refs internal).
import { loadVendors } from './vendors.ts';
import { runMain, runTool } from './run.ts';

export function bundle(only: string[] = []): void {
  for (const v of loadVendors().filter((v) => only.length === 0 || only.includes(v.key))) {
    runTool('redocly', ['bundle', v.api, '--ext', 'json', '-o', v.bundle, '--component-renaming-conflicts-severity', 'error'], { quiet: true });
    console.log(`  ${v.bundle}`);
  }
}

// `tsx scripts/bundle.ts inbox lines` bundles only those vendors.
if (process.argv[1]?.endsWith('bundle.ts')) runMain(() => bundle(process.argv.slice(2)));
