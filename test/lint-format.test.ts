// The merged report of both linters and its three formats (cli/findings.ts), on findings written
// here. The escaping expected of annotations is GitHub's: `%`, CR and LF in the message; also `:`
// and `,` in properties (docs.github.com, "Workflow commands for GitHub Actions").
import { describe, expect, it } from 'vitest';
import { formatReport, mergeFindings, type Finding, type LintReport } from '../cli/findings.ts';

const cwd = '/repo';
const finding = (f: Partial<Finding>): Finding => ({
  linter: 'spectral',
  code: 'mc-operation-summary',
  severity: 'error',
  message: 'Operation has no summary.',
  file: '/repo/spec/a/paths/x.yaml',
  line: 3,
  column: 1,
  ...f,
});

describe('merged findings', () => {
  it('sorts by file, line and column, and drops repeats of the same finding', () => {
    const b1 = finding({ file: '/repo/spec/b.yaml', line: 9 });
    const a7 = finding({ line: 7, linter: 'redocly', code: 'no-invalid-media-type-examples' });
    const a3 = finding({});
    const a3col5 = finding({ column: 5 });
    expect(mergeFindings([b1, a7, a3col5, a3, { ...a7 }, b1])).toEqual([a3, a3col5, a7, b1]);
  });

  it('keeps two linters reporting the same place', () => {
    const spectral = finding({});
    const redocly = finding({ linter: 'redocly' });
    expect(mergeFindings([spectral, redocly])).toEqual([redocly, spectral]);
  });
});

describe('report formats', () => {
  const report: LintReport = {
    findings: [
      finding({ message: 'bad: 100%, really\nsecond line', file: '/repo/spec/a,b.yaml', endLine: 3, endColumn: 9 }),
      finding({ severity: 'warning', code: 'info-license', linter: 'redocly', line: 12, column: 3 }),
    ],
    failed: ['spectral'],
    crashes: [],
  };

  it('github-actions: one escaped annotation per finding, at the file relative to the working directory', () => {
    expect(formatReport(report, 'github-actions', cwd)).toBe(
      '::error title=mc-operation-summary,file=spec/a%2Cb.yaml,line=3,col=1,endLine=3,endColumn=9::bad: 100%25, really%0Asecond line (spectral)\n' +
        '::warning title=info-license,file=spec/a/paths/x.yaml,line=12,col=3::Operation has no summary. (redocly)\n',
    );
  });

  it('json: the findings with relative file names, and which linter failed', () => {
    const parsed = JSON.parse(formatReport(report, 'json', cwd)) as { findings: Finding[]; failed: string[] };
    expect(parsed.failed).toEqual(['spectral']);
    expect(parsed.findings.map((f) => [f.linter, f.code, f.file, f.line, f.column, f.severity])).toEqual([
      ['spectral', 'mc-operation-summary', 'spec/a,b.yaml', 3, 1, 'error'],
      ['redocly', 'info-license', 'spec/a/paths/x.yaml', 12, 3, 'warning'],
    ]);
  });

  it('stylish: findings under their file, then a count', () => {
    const text = formatReport(report, 'stylish', cwd);
    expect(text).toMatch(
      /^spec\/a,b\.yaml\n {2}3:1 +error +mc-operation-summary +bad: 100%, really\nsecond line \(spectral\)\n\nspec\/a\/paths\/x\.yaml\n {2}12:3 +warning/,
    );
    expect(text).toMatch(/✖ 2 problems \(1 errors, 1 warnings\)\n {2}failed: spectral\n$/);
  });
});
