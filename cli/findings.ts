// The findings of both linters in one shape, merged into one list, and printed in the three formats
// of `messaging-contracts lint --format`: stylish (a terminal), github-actions (pull-request
// annotations) and json.
import { relative } from 'node:path';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Finding {
  linter: 'redocly' | 'spectral';
  /** the rule: `mc-operation-id-camel-case`, `no-invalid-media-type-examples`, ... */
  code: string;
  severity: Severity;
  message: string;
  /** absolute path of the source file where the node is written */
  file: string;
  /** 1-based */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface LintReport {
  findings: Finding[];
  /** the linters whose result fails the run (Redocly on an error, Spectral on a warning or worse) */
  failed: Finding['linter'][];
  /** a linter that could not run at all, with its output */
  crashes: string[];
}

export const FORMATS = ['stylish', 'github-actions', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** One list sorted by file, line and column, without the repeats (Redocly reports an example once per response that uses it). */
export function mergeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = [f.linter, f.code, f.file, f.line, f.column, f.message].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      a.linter.localeCompare(b.linter) ||
      a.code.localeCompare(b.code),
  );
}

/** The report in `format`, file names relative to `cwd` (GitHub resolves annotation paths against the checkout). */
export function formatReport(report: LintReport, format: Format, cwd: string): string {
  const name = (file: string) => relative(cwd, file).split('\\').join('/');
  if (format === 'json') {
    const findings = report.findings.map((f) => ({ ...f, file: name(f.file) }));
    return `${JSON.stringify({ findings, failed: report.failed, crashes: report.crashes }, null, 2)}\n`;
  }
  if (format === 'github-actions') return report.findings.map((f) => annotation(f, name(f.file))).join('');
  return stylish(report, name);
}

const ANNOTATION_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
function annotation(f: Finding, file: string): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`title=${property(f.code)}`, `file=${property(file)}`, `line=${f.line}`, `col=${f.column}`];
  if (f.endLine !== undefined) properties.push(`endLine=${f.endLine}`);
  if (f.endColumn !== undefined && f.endLine === f.line) properties.push(`endColumn=${f.endColumn}`);
  return `::${ANNOTATION_LEVEL[f.severity]} ${properties.join(',')}::${data(`${f.message} (${f.linter})`)}\n`;
}

function stylish(report: LintReport, name: (file: string) => string): string {
  const out: string[] = [];
  let previous = '';
  for (const f of report.findings) {
    const file = name(f.file);
    if (file !== previous) out.push(`${out.length ? '\n' : ''}${file}`);
    previous = file;
    out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${f.severity.padEnd(7)} ${f.code.padEnd(34)} ${f.message} (${f.linter})`);
  }
  for (const crash of report.crashes) out.push(`${out.length ? '\n' : ''}${crash}`);
  const count = (severity: Severity) => report.findings.filter((f) => f.severity === severity).length;
  const summary = `${report.findings.length} problem${report.findings.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings)`;
  out.push(`${out.length ? '\n' : ''}${report.failed.length || report.crashes.length ? '✖' : '✔'} ${summary}`);
  if (report.failed.length) out.push(`  failed: ${report.failed.join(', ')}`);
  return `${out.join('\n')}\n`;
}
