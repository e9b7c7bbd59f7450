// Each rule of our Spectral ruleset fires on a document that breaks it, and only the valid fixture
// passes clean. One Spectral run lints every broken variant (it takes a few seconds per run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { projectRoot, toolEnv } from '../scripts/vendors.ts';
import { CATEGORIES } from '../src/errors.ts';
import { RETRY_HINTS } from '../src/vendor.ts';

type Doc = Record<string, any>;
const base = parse(readFileSync(join(projectRoot, 'test/fixtures/spectral/valid.yaml'), 'utf8')) as Doc;
const list = (d: Doc) => d.paths['/widgets'].get;
const create = (d: Doc) => d.paths['/widgets'].post;

// rule code -> a change that breaks only that rule
const breakers: Record<string, (d: Doc) => void> = {
  'mc-operation-id-camel-case': (d) => (list(d).operationId = 'list_widgets'),
  'mc-operation-summary': (d) => delete list(d).summary,
  'mc-operation-tags': (d) => delete list(d).tags,
  'mc-operation-security': (d) => delete create(d).security,
  'mc-operation-error-codes': (d) => delete create(d)['x-error-codes'],
  'mc-error-responses': (d) =>
    (d.components.responses.Unauthorized.content['application/json'].schema = {
      type: 'object',
      properties: { code: { type: 'string' } },
      required: ['code'],
    }),
  'mc-error-catalog': (d) => (create(d)['x-error-codes'] = ['UNAUTHORIZED', 'NOT_IN_CATALOG']),
  'mc-list-pagination': (d) => delete list(d)['x-pagination'],
  'mc-retry-hint': (d) => (d.components.headers.RetryAfter['x-retry-hint'] = 'reset-someday'),
  'mc-media-type-example': (d) => delete create(d).requestBody.content['application/json'].examples,
  'mc-no-nullable': (d) => (d.components.schemas.Widget.properties.name = { type: 'string', nullable: true }),
  'mc-no-schema-example': (d) => (d.components.schemas.Widget.properties.id = { type: 'string', example: 'wdg_1' }),
  'mc-response-object-properties': (d) => (d.components.schemas.Widget.properties.meta = { type: 'object' }),
  'mc-tolerant-reader': (d) => (d.components.schemas.Widget.additionalProperties = false),
};

// Every rule of the ruleset, read by pattern (Spectral's YAML reader is laxer than the `yaml`
// package about the ruleset's descriptions): a rule without a breaker above fails the test below.
const ruleNames = [...readFileSync(join(projectRoot, 'spectral', 'ruleset.yaml'), 'utf8').matchAll(/^ {2}(mc-[a-z0-9-]+):/gm)].map(
  (m) => m[1]!,
);

interface SpectralResult {
  code: string;
  source: string;
  severity: number;
}

let results: SpectralResult[] = [];
const dir = mkdtempSync(join(tmpdir(), 'mc-spectral-'));

beforeAll(() => {
  const files = [
    ['valid', base] as const,
    ...Object.entries(breakers).map(([code, breakIt]) => {
      const doc = structuredClone(base);
      breakIt(doc);
      return [code, doc] as const;
    }),
  ].map(([name, doc]) => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, stringify(doc));
    return file;
  });
  const run = spawnSync(
    join(projectRoot, 'node_modules/.bin/spectral'),
    ['lint', '-r', join(projectRoot, 'spectral/ruleset.yaml'), '-f', 'json', '-F', 'hint', ...files],
    {
      env: toolEnv,
      encoding: 'utf8',
    },
  );
  results = JSON.parse(run.stdout) as SpectralResult[];
}, 60_000);

describe('spectral ruleset', () => {
  it('passes the valid fixture with no problem at all', () => {
    expect(results.filter((r) => r.source.endsWith('/valid.yaml'))).toEqual([]);
  });

  it('has a document that breaks each rule of spectral/ruleset.yaml', () => {
    expect(ruleNames.length).toBeGreaterThan(0);
    expect(Object.keys(breakers).sort()).toEqual([...ruleNames].sort());
  });

  it('gives its functions the error categories and retry hints of the runtime', () => {
    const ruleset = readFileSync(join(projectRoot, 'spectral', 'ruleset.yaml'), 'utf8');
    const listed = (name: string) =>
      /\[(.*)\]/
        .exec(new RegExp(`^ +${name}: \\[.*\\]$`, 'm').exec(ruleset)?.[0] ?? '')?.[1]
        ?.split(',')
        .map((s) => s.trim());
    expect(listed('categories')).toEqual([...CATEGORIES]);
    expect(listed('hints')).toEqual([...RETRY_HINTS]);
  });

  it.each(Object.keys(breakers))('%s fires on a document that breaks it', (code) => {
    const fired = results.filter((r) => r.source.endsWith(`/${code}.yaml`));
    expect(fired.map((r) => r.code)).toContain(code);
    expect(fired.find((r) => r.code === code)?.severity).toBe(0);
  });
});
