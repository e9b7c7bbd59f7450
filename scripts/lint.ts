// Lint every vendor's spec with Redocly (redocly.yaml) and Spectral (.spectral.yaml), both
// always, through the same code as `messaging-contracts lint` (cli/lint.ts): every finding is
// reported at the source YAML file and line, never in a bundle. `npm run lint` also runs
// Prettier's check (formatCheck); the build's lint step does not, so formatting never blocks generation.
import { join } from 'node:path';
import { formatReport, FORMATS, type Format } from '../cli/findings.ts';
import { lintSpecs } from '../cli/lint.ts';
import { loadVendors, projectRoot } from './vendors.ts';
import { runMain, runTool, StepError } from './run.ts';

export async function lint(format: Format = 'stylish'): Promise<void> {
  const report = await lintSpecs({
    roots: loadVendors().map((v) => v.root),
    cwd: projectRoot,
    ruleset: join(projectRoot, '.spectral.yaml'),
  });
  process.stdout.write(formatReport(report, format, projectRoot));
  if (report.crashes.length) throw new StepError(`lint failed: ${report.crashes.join('\n')}`);
  if (report.failed.length) throw new StepError(`lint failed: ${report.failed.join(' and ')} reported problems`);
}

/** Prettier's check with the repository's .prettierrc.json and .prettierignore; lists the files it would change. */
export function formatCheck(): void {
  runTool('prettier', ['--check', '.', '--log-level', 'warn'], { quiet: true });
}

// `npm run lint -- --format github-actions` gives pull-request annotations from both linters; `--format json` a report.
if (process.argv[1]?.endsWith('lint.ts')) {
  const i = process.argv.indexOf('--format');
  const format = (i > 0 ? process.argv[i + 1] : 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format: one of ${FORMATS.join(', ')}`);
  runMain(async () => {
    await lint(format);
    formatCheck();
  });
}
