// Linting for other repositories: a fixture repository installs the packed package (offline, from
// the tarball, test/support/install.ts), extends our ruleset by its package subpath in
// .spectral.yaml, and lints a spec pull request; our rule codes (mc-...) fire, as JSON and as GitHub Actions annotations.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, toolEnv } from '../scripts/vendors.ts';
import { packAndInstall, run } from './support/install.ts';

const fixture = join(projectRoot, 'test', 'fixtures', 'spectral-consumer', 'openapi.yaml');
// Rule names read by pattern: Spectral's YAML reader is laxer than the `yaml` package about the ruleset's descriptions.
const ruleNames = [...readFileSync(join(projectRoot, 'spectral', 'ruleset.yaml'), 'utf8').matchAll(/^ {2}(mc-[a-z0-9-]+):/gm)].map((m) => m[1]!);

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
  packAndInstall(work, repo, { saveDev: true });
  writeFileSync(join(repo, '.spectral.yaml'), 'extends: [messaging-contracts/spectral]\n');
  copyFileSync(fixture, join(repo, 'specs', 'openapi.yaml'));
  copyFileSync(join(projectRoot, 'test', 'fixtures', 'spectral', 'valid.yaml'), join(repo, 'specs', 'valid.yaml'));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the exported Spectral ruleset in another repository', () => {
  it('fires our rules on a spec that breaks them, extended as `messaging-contracts/spectral`', () => {
    for (const code of BROKEN) expect(ruleNames, `${code} is a rule of spectral/ruleset.yaml`).toContain(code);
    const results = lintJson('specs/openapi.yaml');
    const ours = [...new Set(results.filter((r) => r.code.startsWith('mc-')).map((r) => r.code))].sort();
    expect(ours).toEqual(expect.arrayContaining(BROKEN));
    expect(results.filter((r) => BROKEN.includes(r.code)).every((r) => r.severity === 0), 'our rules are errors').toBe(true);
  });

  it('passes a spec that follows the rules, so the ruleset and its custom functions load', () => {
    expect(lintJson('specs/valid.yaml')).toEqual([]);
  });

  it('fails the pull request with GitHub Actions annotations', () => {
    const result = spectral(['specs/openapi.yaml', '--format', 'github-actions']);
    expect(result.status).not.toBe(0);
    for (const code of BROKEN) expect(result.stdout).toMatch(new RegExp(`^::error title=${code},file=specs/openapi\\.yaml,[^:]*line=\\d+`, 'm'));
  });

  it('also loads the ruleset by its path under node_modules', () => {
    const config = join(repo, 'by-path.spectral.yaml');
    writeFileSync(config, 'extends: [./node_modules/messaging-contracts/spectral/ruleset.yaml]\n');
    const result = spectral(['specs/openapi.yaml', '--ruleset', config, '--format', 'json', '--quiet']);
    const codes = new Set((JSON.parse(result.stdout) as SpectralResult[]).map((r) => r.code));
    expect([...codes].filter((c) => c.startsWith('mc-')).sort()).toEqual(expect.arrayContaining(BROKEN));
  });
});
