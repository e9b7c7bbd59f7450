// `messaging-contracts lint <root.yaml>...`: lints multi-file OpenAPI 3.1 specs with Redocly (the
// project's redocly.yaml, or Redocly's recommended rules) and Spectral (our exported ruleset unless
// --ruleset names another), both always, and reports every finding at the source file and line.
// Exit code: 0 clean, 1 when either linter fails (Redocly on an error, Spectral on a warning), 2 on a
// usage error or a missing linter.
import { resolve } from 'node:path';
import { commandArgs } from './args.ts';
import { FORMATS, formatReport, mergeFindings, type Format, type LintReport } from './findings.ts';
import { findTools, MissingToolError, packageRoot, redoclyLint, spectralLint } from './linters.ts';

export interface LintOptions {
  /** root documents, relative to cwd */
  roots: string[];
  /** folder the tools run in (Redocly reads redocly.yaml there); file names in the report are relative to it */
  cwd?: string;
  /** Spectral ruleset; ours (`messaging-contracts/spectral`) by default */
  ruleset?: string;
  /** Redocly config file, when not ./redocly.yaml */
  redoclyConfig?: string;
}

export const defaultRuleset = resolve(packageRoot, 'spectral', 'ruleset.yaml');

/** Runs both linters side by side and merges their findings. */
export async function lintSpecs(options: LintOptions): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  const tools = findTools(cwd);
  const ruleset = resolve(cwd, options.ruleset ?? defaultRuleset);
  const results = await Promise.all([
    redoclyLint(tools, options.roots, cwd, options.redoclyConfig),
    spectralLint(tools, options.roots, ruleset, cwd, options.redoclyConfig),
  ]);
  const [redocly, spectral] = results;
  return {
    findings: mergeFindings(results.flatMap((r) => r.findings)),
    failed: [...(redocly.failed ? ['redocly' as const] : []), ...(spectral.failed ? ['spectral' as const] : [])],
    crashes: results.flatMap((r) => r.crashes),
  };
}

const USAGE = `Usage: messaging-contracts lint <root.yaml>... [--format stylish|github-actions|json] [--ruleset <spectral ruleset>] [--config <redocly.yaml>]

Lints each multi-file OpenAPI 3.1 document with Redocly and with Spectral (the messaging-contracts
ruleset unless --ruleset is given) and reports every finding at the source file and line.`;

export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs(
    args,
    { format: { type: 'string', short: 'f' }, ruleset: { type: 'string', short: 'r' }, config: { type: 'string' } },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format) || positionals.length === 0) {
    console.error(positionals.length ? `unknown format ${format}: one of ${FORMATS.join(', ')}` : USAGE);
    return 2;
  }
  try {
    const report = await lintSpecs({
      roots: positionals,
      ...(values.ruleset ? { ruleset: values.ruleset } : {}),
      ...(values.config ? { redoclyConfig: values.config } : {}),
    });
    process.stdout.write(formatReport(report, format, process.cwd()));
    if (format !== 'stylish') for (const crash of report.crashes) console.error(crash);
    return report.failed.length || report.crashes.length ? 1 : 0;
  } catch (error) {
    if (error instanceof MissingToolError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}
