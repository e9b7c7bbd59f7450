// Every JavaScript subpath of package.json `exports` bundles for the browser (esbuild, platform
// browser): no `node:` import, no module left unresolved. The list comes from `exports`, so a
// subpath added later is checked without editing this file. Bundles the compiled files the
// subpaths point to, so run `npm run build` (or `npm run compile`) first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleForBrowser, jsExports } from '../scripts/package-exports.ts';
import { loadVendors, projectRoot } from '../scripts/vendors.ts';

const subpaths = jsExports();

describe('browser bundles', () => {
  it('covers every vendor entry, every vendor webhooks entry and the runtime', () => {
    const names = subpaths.map((s) => s.subpath);
    for (const { key: vendor } of loadVendors()) {
      expect(names).toContain(`messaging-contracts/${vendor}`);
      expect(names).toContain(`messaging-contracts/${vendor}/webhooks`);
    }
    expect(names).toContain('messaging-contracts/runtime');
  });

  for (const { subpath, file } of subpaths) {
    it(`${subpath} bundles for the browser without node: imports`, async () => {
      if (!existsSync(join(projectRoot, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
      const bundle = await bundleForBrowser(file);
      expect(bundle.errors.map((e) => e.text)).toEqual([]);
      expect(bundle.externalImports).toEqual([]);
      expect(new TextDecoder().decode(bundle.code)).not.toMatch(/\bfrom\s*["']node:|require\(["']node:/);
    });
  }

  it('detects a node: import (the check can fail)', async () => {
    const bundle = await bundleForBrowser('test/fixtures/webhooks/node-import.js');
    expect(bundle.errors.map((e) => e.text).join('\n')).toMatch(/node:buffer/);
  });
});
