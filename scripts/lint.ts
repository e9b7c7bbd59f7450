// Step 1: lint every API with Redocly (rules in redocly.yaml) and every root with Spectral (.spectral.yaml).
import { loadVendors } from './vendors.ts';
import { runMain, runTool } from './run.ts';

export function lint(format?: string): void {
  const vendors = loadVendors();
  const redoclyFormat = format ? [`--format=${format}`] : [];
  runTool('redocly', ['lint', ...vendors.map((v) => v.api), ...redoclyFormat]);
  const spectralFormat = format ? ['--format', format] : [];
  runTool('spectral', ['lint', '--fail-severity', 'warn', ...spectralFormat, ...vendors.map((v) => v.root)]);
}

if (process.argv[1]?.endsWith("lint.ts")) {
  // `npm run lint -- --format github-actions` gives PR annotations from both linters.
  const i = process.argv.indexOf('--format');
  runMain(() => lint(i > 0 ? process.argv[i + 1] : undefined));
}
