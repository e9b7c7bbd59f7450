// The README's code examples compile against the built package (through the package's own
// exports, as a user imports it), and its vendor error table is the one the catalogs give.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/vendors.ts';
import { readmeWithTable } from '../scripts/readme.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README', () => {
  it('has TypeScript examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it('examples compile with tsc --strict against the built package', () => {
    if (!existsSync(join(projectRoot, 'dist/lib/src/inbox.d.ts'))) throw new Error('dist/lib is missing: run `npm run build` first');
    const dir = join(projectRoot, 'test/.readme-examples');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // Each block is its own module (a file with an import is one), so names do not clash.
    blocks.forEach((code, i) => writeFileSync(join(dir, `example-${i + 1}.ts`), code));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          noEmit: true,
          types: ['node'],
          skipLibCheck: true,
          resolveJsonModule: true,
        },
        include: ['*.ts'],
      }),
    );
    const tsc = spawnSync(join(projectRoot, 'node_modules/.bin/tsc'), ['-p', dir], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000); // one tsc run over every example (express and fastify types included): ~10 s of CPU, more on a busy machine

  it('shows the vendor error table the catalogs give (run `npm run build` to refresh)', () => {
    expect(readme).toBe(readmeWithTable(readme));
  });
});
