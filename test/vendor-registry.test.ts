// The vendor registry (scripts/vendors.ts) is the one list of vendors: it agrees with redocly.yaml
// both ways, every registered vendor has the modules and package subpaths its entry names, and no
// vendor-parametrised table in the tests, scripts or bench leaves a registered vendor out.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadVendors, projectRoot, registry, registryProblems, selectVendors, UnknownVendorError } from '../scripts/vendors.ts';
import { vendorModules } from './support/vendor-modules.ts';
import { vendorTables } from './support/vendor-tables.ts';

const vendors = loadVendors();
const keys = vendors.map((v) => v.key);
const apis = (parse(readFileSync(join(projectRoot, 'redocly.yaml'), 'utf8')) as { apis: Parameters<typeof registryProblems>[1] }).apis;

/**
 * Hand-written tables that may leave out some vendors, each with the reason. An entry names the exact
 * vendors left out, so a vendor added to the registry later still fails here until someone decides.
 */
const PARTIAL_TABLES: { file: string; missing: string[]; reason: string }[] = [
  {
    file: 'test/retry.test.ts',
    missing: ['inbox-v2', 'lines'],
    reason:
      'waits for a rate-limit reset header: lines documents none (Retry-After only); inbox-v2 puts the reset in its 429 body ' +
      '(details.resetAt), which test/inbox-v2-client.test.ts covers',
  },
  {
    file: 'test/support/fault-model.ts',
    missing: ['inbox', 'inbox-v2'],
    reason:
      'page plans model the lines, helpscout and inbound paging styles; Inbox paging is in test/paginate.test.ts and test/inbox-v2-paginate.test.ts',
  },
  ...['test/runtimes/app/fixtures.ts', 'test/runtimes/app/smoke.ts'].map((file) => ({
    file,
    missing: ['inbox'],
    reason: 'signed webhooks: inbox v1 signs nothing (parse-only)',
  })),
];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'node_modules') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });

describe('vendor registry', () => {
  it('agrees with redocly.yaml: every api is registered and every registered api is there', () => {
    expect(registryProblems(registry, apis)).toEqual([]);
    expect(keys).toEqual(registry.map((e) => e.key));
  });

  it('reports each way of disagreeing with redocly.yaml', () => {
    const { 'lines@v1': _lines, ...withoutLines } = apis;
    expect(registryProblems(registry, withoutLines)).toEqual(['lines: api lines@v1 is not in redocly.yaml']);
    const extra = { ...apis, 'acme@v1': { root: 'spec/acme/openapi.yaml', 'x-openapi-ts': { output: 'generated/acme/schema.ts' } } };
    expect(registryProblems(registry, extra)).toEqual(['redocly.yaml api acme@v1 is not registered in scripts/vendors.ts']);
    expect(registryProblems([...registry, registry[0]!], apis)).toEqual(['vendor key inbox is registered twice']);
  });

  it('chooses vendors from the command line, all by default, refusing unknown keys', () => {
    expect(selectVendors([]).map((v) => v.key)).toEqual(keys);
    expect(selectVendors(['lines', 'inbox']).map((v) => v.key)).toEqual(['inbox', 'lines']);
    expect(() => selectVendors(['acme'])).toThrowError(UnknownVendorError);
  });

  it.each(vendors.map((v) => [v.key, v] as const))('%s has its spec, modules and package subpaths', (_key, v) => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    for (const file of [v.root, v.entry, v.webhookModule, v.bundle, v.schema, v.errors, v.facts, v.webhooks, v.mockData]) {
      expect(existsSync(join(projectRoot, file)), file).toBe(true);
    }
    expect(existsSync(join(projectRoot, `src/${v.key}-mock.ts`)), 'a mock module exactly when the registry names its kit').toBe(
      v.mock !== null,
    );
    const subpaths = Object.keys(pkg.exports).filter((s) => s === `./${v.key}` || s.startsWith(`./${v.key}/`));
    expect(subpaths.sort()).toEqual(
      [
        `./${v.key}`,
        ...(v.mock ? [`./${v.key}/mock`] : []),
        `./${v.key}/openapi.json`,
        `./${v.key}/validate`,
        `./${v.key}/webhooks`,
      ].sort(),
    );
    // the registered export names exist (vendor-modules.ts throws otherwise) and the title is set
    expect(vendorModules.find((m) => m.vendor.key === v.key)?.definition.vendor).toBe(v.key);
    expect(v.title.trim()).not.toBe('');
  });

  it('no vendor-parametrised table in test/, bench/, scripts/ or cli/ leaves out a registered vendor', () => {
    const partial = ['test', 'bench', 'scripts', 'cli']
      .flatMap((dir) => (existsSync(join(projectRoot, dir)) ? sourceFiles(join(projectRoot, dir)) : []))
      .filter((file) => relative(projectRoot, file) !== 'test/vendor-registry.test.ts') // its subsets test the registry itself
      .flatMap((file) => vendorTables(relative(projectRoot, file), readFileSync(file, 'utf8'), keys))
      .filter((t) => t.missing.length > 0)
      .filter((t) => !PARTIAL_TABLES.some((p) => p.file === t.file && p.missing.join() === t.missing.join()));
    expect(partial.map((t) => `${t.file}:${t.line} names ${t.named.join(', ')} but not ${t.missing.join(', ')}`)).toEqual([]);
  });

  it('finds the tables it is meant to find (breakers)', () => {
    const source = [
      "const a = ['inbox', 'lines'];",
      "const b = { inbox: 1, 'inbox-v2': 2 };",
      "const c = [{ vendor: 'helpscout' }, { key: 'inbound' }];",
      "it.each([['inbox', 1], ['lines', 2]])('x', () => {});",
      "fc.constantFrom('inbox', 'helpscout');",
      "const one = ['inbox'];",
    ].join('\n');
    expect(vendorTables('x.ts', source, keys).map((t) => `${t.line}:${t.named.join('+')}`)).toEqual([
      '1:inbox+lines',
      '2:inbox+inbox-v2',
      '3:helpscout+inbound',
      '4:inbox+lines',
      '5:helpscout+inbox',
    ]);
    const full = `const all = [${keys.map((k) => `'${k}'`).join(', ')}];`;
    expect(vendorTables('x.ts', full, keys).map((t) => t.missing)).toEqual([[]]);
  });
});
