// Linting for other repositories: a fixture repository installs the packed package (offline, from
// the tarball, test/support/install.ts), extends our ruleset by its package subpath in
// .spectral.yaml, and lints a spec pull request; our rule codes (mc-...) fire, as JSON and as GitHub Actions annotations.
// The same repository, with the optional peers added, lints a multi-file spec with `npx messaging-contracts lint`.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, toolEnv } from '../scripts/vendors.ts';
import { packAndInstall, run } from './support/install.ts';

const fixture = join(projectRoot, 'test', 'fixtures', 'spectral-consumer', 'openapi.yaml');
// Rule names read by pattern: Spectral's YAML reader is laxer than the `yaml` package about the ruleset's descriptions.
const ruleNames = [...readFileSync(join(projectRoot, 'spectral', 'ruleset.yaml'), 'utf8').matchAll(/^ {2}(mc-[a-z0-9-]+):/gm)].map(
  (m) => m[1]!,
);

/** The rules the fixture breaks on purpose (one comment each in the fixture). */
const BROKEN = [
  'mc-error-responses',
  'mc-list-pagination',
  'mc-media-type-example',
  'mc-no-nullable',
  'mc-no-schema-example',
  'mc-operation-error-codes',
  'mc-operation-id-camel-case',
  'mc-operation-security',
  'mc-operation-summary',
  'mc-operation-tags',
  'mc-response-object-properties',
];

interface SpectralResult {
  code: string;
  severity: number;
  source: string;
}

let work = '';
let repo = '';

/** `spectral lint` run in the fixture repository as its CI would (the ruleset found as .spectral.yaml in the working directory). */
const spectral = (args: string[]) => run(join(projectRoot, 'node_modules', '.bin', 'spectral'), ['lint', ...args], repo, toolEnv);

function lintJson(file: string): SpectralResult[] {
  const result = spectral([file, '--format', 'json', '--quiet']);
  try {
    return JSON.parse(result.stdout) as SpectralResult[];
  } catch {
    throw new Error(`spectral printed no JSON (exit ${result.status}):\n${result.output}`);
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mc-spectral-consumer-'));
  repo = join(work, 'api-repo');
  mkdirSync(join(repo, 'specs'), { recursive: true });
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'api-repo', private: true }, null, 2));
  // The optional peers of `messaging-contracts lint`: @redocly/cli and yaml (no dependencies) packed
  // and installed like our package; Spectral's CLI linked from this project, since packing its
  // 234-package dependency closure one by one would take minutes.
  packAndInstall(work, repo, { saveDev: true, extra: ['@redocly/cli', 'yaml'] });
  mkdirSync(join(repo, 'node_modules', '@stoplight'), { recursive: true });
  symlinkSync(
    join(projectRoot, 'node_modules', '@stoplight', 'spectral-cli'),
    join(repo, 'node_modules', '@stoplight', 'spectral-cli'),
    'dir',
  );
  writeFileSync(join(repo, '.spectral.yaml'), 'extends: [messaging-contracts/spectral]\n');
  copyFileSync(fixture, join(repo, 'specs', 'openapi.yaml'));
  copyFileSync(join(projectRoot, 'test', 'fixtures', 'spectral', 'valid.yaml'), join(repo, 'specs', 'valid.yaml'));
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the exported Spectral ruleset in another repository', () => {
  it('fires our rules on a spec that breaks them, extended as `messaging-contracts/spectral`', () => {
    for (const code of BROKEN) expect(ruleNames, `${code} is a rule of spectral/ruleset.yaml`).toContain(code);
    const results = lintJson('specs/openapi.yaml');
    const ours = [...new Set(results.filter((r) => r.code.startsWith('mc-')).map((r) => r.code))].sort();
    expect(ours).toEqual(expect.arrayContaining(BROKEN));
    expect(
      results.filter((r) => BROKEN.includes(r.code)).every((r) => r.severity === 0),
      'our rules are errors',
    ).toBe(true);
  });

  it('passes a spec that follows the rules, so the ruleset and its custom functions load', () => {
    expect(lintJson('specs/valid.yaml')).toEqual([]);
  });

  it('fails the pull request with GitHub Actions annotations', () => {
    const result = spectral(['specs/openapi.yaml', '--format', 'github-actions']);
    expect(result.status).not.toBe(0);
    for (const code of BROKEN)
      expect(result.stdout).toMatch(new RegExp(`^::error title=${code},file=specs/openapi\\.yaml,[^:]*line=\\d+`, 'm'));
  });

  it('also loads the ruleset by its path under node_modules', () => {
    const config = join(repo, 'by-path.spectral.yaml');
    writeFileSync(config, 'extends: [./node_modules/messaging-contracts/spectral/ruleset.yaml]\n');
    const result = spectral(['specs/openapi.yaml', '--ruleset', config, '--format', 'json', '--quiet']);
    const codes = new Set((JSON.parse(result.stdout) as SpectralResult[]).map((r) => r.code));
    expect([...codes].filter((c) => c.startsWith('mc-')).sort()).toEqual(expect.arrayContaining(BROKEN));
  });
});

describe('npx messaging-contracts lint in another repository', () => {
  it('annotates a multi-file spec at the source line a pull request changed, never in a bundle', () => {
    cpSync(join(projectRoot, 'spec', 'lines'), join(repo, 'specs', 'lines'), { recursive: true });
    const pathFile = join(repo, 'specs', 'lines', 'paths', 'audio-messages.yaml');
    const text = readFileSync(pathFile, 'utf8');
    expect(text.match(/^  operationId: sendAudioMessage$/gm)).toHaveLength(1);
    writeFileSync(pathFile, text.replace(/^  operationId: sendAudioMessage$/m, '  operationId: send_audio_message'));
    const line = text.slice(0, text.indexOf('  operationId: sendAudioMessage')).split('\n').length;

    const result = run('npx', ['--offline', 'messaging-contracts', 'lint', 'specs/lines/openapi.yaml', '--format', 'github-actions'], repo);
    expect(result.status, result.output).toBe(1);
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::'));
    // Redocly runs with its recommended rules here (no redocly.yaml): warnings may come, errors may not.
    expect(annotations.filter((l) => l.startsWith('::error'))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^::error title=mc-operation-id-camel-case,file=specs/lines/paths/audio-messages\\.yaml,line=${line},col=16,.*\\(spectral\\)$`,
        ),
      ),
    ]);
    expect(annotations.filter((l) => !/,file=specs\/lines\/[^,]+\.yaml,/.test(l))).toEqual([]);
  }, 300_000);
});
