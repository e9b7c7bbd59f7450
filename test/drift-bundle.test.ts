// The validate subpath as a browser or edge bundler sees it: `messaging-contracts/<vendor>/validate`
// resolved through package.json exports, bundled by esbuild for the browser. It must import
// nothing (no `node:`, no ajv), hold no require/eval/new Function (edge runtimes forbid them), and
// work on its own; the vendor's main entry must not pull it in.
import { describe, expect, it } from 'vitest';
import { build, type Metafile } from 'esbuild';
import { loadVendors, projectRoot } from '../scripts/vendors.ts';
import { loadBundles } from './support/bundles.ts';
import { responseCases } from './support/response-cases.ts';

async function bundle(contents: string, external: string[] = []) {
  const result = await build({
    stdin: { contents, resolveDir: projectRoot, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    external,
    logLevel: 'silent',
  });
  const metafile = result.metafile as Metafile;
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.keys(metafile.inputs).filter((i) => i !== '<stdin>'),
    imports: Object.values(metafile.outputs).flatMap((o) => o.imports.map((i) => i.path)),
  };
}

for (const vendor of loadVendors()) {
  describe(`messaging-contracts/${vendor.key}/validate`, () => {
    it('bundles for the browser from its package subpath, importing nothing, with no require, eval or new Function', async () => {
      const { code, inputs, imports } = await bundle(`export * from 'messaging-contracts/${vendor.key}/validate';`);
      expect(inputs).toEqual([`generated/${vendor.key}/validators.js`]);
      expect(imports).toEqual([]);
      expect(code).not.toMatch(/(?<![\w.'"])require\s*\(|\bnew Function\b|\beval\s*\(|["']node:/);

      // The bundle alone validates the spec's own first example, and rejects a body of the wrong type.
      const mod = (await import(
        `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
      )) as typeof import('../generated/inbox/validators.js');
      const doc = loadBundles().find((b) => b.key === vendor.key)!.doc;
      const c = responseCases(doc).find((r) => r.status < 300 && r.examples.length > 0)!;
      const validate = mod.responses[c.operation]![c.documented]!;
      expect(validate(c.examples[0]!.value)).toBe(true);
      expect(validate(42)).toBe(false);
      expect(mod.vendor).toBe(vendor.key);
    }, 60_000);

    it('is not pulled into the vendor main entry', async () => {
      // node: imports left out here: whether the main entries run in a browser is the general bundling test's question.
      const { inputs } = await bundle(`export * from './src/${vendor.key}.ts';`, ['node:*']);
      expect(inputs).toContain(`src/${vendor.key}.ts`);
      expect(inputs.filter((i) => i.includes('validators'))).toEqual([]);
    }, 60_000);
  });
}
