// Step 1: lint every API with Redocly (rules in redocly.yaml), then lint each bundled API with
// Spectral (.spectral.yaml). Spectral gets the bundle, not the multi-file root: its resolver
// mis-reads components referenced from many files (example objects reported as missing `value`,
// error schemas as not envelopes) while the same document bundled lints clean.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadVendors, projectRoot } from './vendors.ts';
import { runMain, runTool } from './run.ts';

export function lint(format?: string): void {
  const vendors = loadVendors();
  const redoclyFormat = format ? [`--format=${format}`] : [];
  runTool('redocly', ['lint', ...vendors.map((v) => v.api), ...redoclyFormat]);
  const dir = join(projectRoot, 'dist', 'lint');
  mkdirSync(dir, { recursive: true });
  const bundles = vendors.map((v) => {
    const file = join('dist', 'lint', `${v.key}.json`);
    runTool('redocly', ['bundle', v.api, '--ext', 'json', '-o', file], { quiet: true });
    return file;
  });
  const spectralFormat = format ? ['--format', format] : [];
  runTool('spectral', ['lint', '--fail-severity', 'warn', ...spectralFormat, ...bundles]);
}

// `npm run lint -- --format github-actions` gives pull-request annotations from both linters.
if (process.argv[1]?.endsWith('lint.ts')) {
  const i = process.argv.indexOf('--format');
  runMain(() => lint(i > 0 ? process.argv[i + 1] : undefined));
}
