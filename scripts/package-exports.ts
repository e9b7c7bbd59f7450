// The package's JavaScript subpaths, read from package.json `exports` (so a subpath added later is
// covered without editing this), and a browser bundle of each: what test/browser-bundle.test.ts
// checks and `npm run bench` measures. esbuild is the bundler (pinned devDependency).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Message, type Metafile } from 'esbuild';
import { projectRoot } from './vendors.ts';

type ExportTarget = string | { types?: string; import?: string; default?: string };

export interface JsExport {
  /** `messaging-contracts/lines/webhooks` */
  subpath: string;
  /** the file the subpath resolves to, relative to the package root (`dist/lib/src/lines-webhooks.js`) */
  file: string;
}

/** Every `exports` entry whose import target is a .js file (JSON documents and the YAML ruleset are not code). */
export function jsExports(): JsExport[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, ExportTarget>;
  };
  return Object.entries(pkg.exports).flatMap(([key, target]) => {
    const file = typeof target === 'string' ? target : (target.import ?? target.default);
    if (!file?.endsWith('.js')) return [];
    return [{ subpath: key === '.' ? pkg.name : `${pkg.name}/${key.replace(/^\.\//, '')}`, file: file.replace(/^\.\//, '') }];
  });
}

export interface BrowserBundle {
  /** esbuild's errors (an unresolved module, a `node:` import) */
  errors: Message[];
  /** imports esbuild left outside the bundle (a `node:` builtin would show here) */
  externalImports: string[];
  /** minified bundle, when it built */
  code?: Uint8Array;
}

/** Bundles one file as a browser app would import it: platform browser, ESM, everything inlined. */
export async function bundleForBrowser(file: string, minify = false): Promise<BrowserBundle> {
  try {
    const result = await build({
      entryPoints: [join(projectRoot, file)],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      minify,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const meta = result.metafile as Metafile;
    const externalImports = Object.values(meta.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
    return { errors: result.errors, externalImports, code: result.outputFiles[0]?.contents };
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (!errors) throw error;
    return { errors, externalImports: [] };
  }
}
