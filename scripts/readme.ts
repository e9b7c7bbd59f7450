// Writes the table of what each vendor's errors map to into README.md (between the
// vendor-errors markers), from the bundled error catalogs; test/readme.test.ts checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadVendors, projectRoot, readBundle } from './vendors.ts';
import { runMain, StepError } from './run.ts';
import { CATEGORIES } from './openapi-model.ts';

const START = '<!-- vendor-errors:start -->';
const END = '<!-- vendor-errors:end -->';

export function vendorErrorTable(): string {
  const vendors = loadVendors().map((v) => ({ key: v.key, doc: readBundle(v) }));
  const header = `| category | ${vendors.map((v) => v.key).join(' | ')} |\n|---|${vendors.map(() => '---|').join('')}`;
  const rows = CATEGORIES.map((category) => {
    const cells = vendors.map(({ doc }) =>
      (doc['x-error-catalog'] ?? [])
        .filter((e) => e.category === category)
        .map((e) => `\`${e.code}\` ${e.status}${e.retryable ? ' ↻' : ''}`)
        .join(', ') || '—',
    );
    return `| ${category} | ${cells.join(' | ')} |`;
  });
  return [
    START,
    '_Generated from each spec\'s `x-error-catalog` by `scripts/readme.ts`: code, HTTP status, ↻ = retryable. A request that gets no response at all is `network` (status 0) for every vendor._',
    '',
    header,
    ...rows,
    END,
  ].join('\n');
}

export function readmeWithTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new StepError(`README.md has no ${START} … ${END} region`);
  return readme.slice(0, start) + vendorErrorTable() + readme.slice(end + END.length);
}

export function readme(): void {
  const file = join(projectRoot, 'README.md');
  writeFileSync(file, readmeWithTable(readFileSync(file, 'utf8')));
  console.log('  README.md (vendor error table)');
}

if (process.argv[1]?.endsWith('readme.ts')) runMain(readme);
