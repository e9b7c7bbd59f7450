// generated/<vendor>/schema.ts with openapi-typescript, at the output path redocly.yaml's
// `x-openapi-ts` gives, and beside it the client's call table generated/<vendor>/calls.ts (scripts/calls.ts).
// It reads the bundle (scripts/bundle.ts), not the multi-file root: openapi-typescript
// lints its input with Redocly core v1, which cannot resolve the relative refs of our roots
// ("can't resolve reference ../schemas/…" inside example validation) and ignores per-API rules.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { callTableSource } from './calls.ts';
import { projectRoot, readBundle, selectVendors } from './vendors.ts';
import { runMain, StepError } from './run.ts';

export async function types(only: string[] = []): Promise<void> {
  for (const vendor of selectVendors(only)) {
    let source: string;
    try {
      // defaultNonNullable off: a `default` says what the server assumes when a field is left out,
      // not that it is always there. On (openapi-typescript's default) it made such fields required
      // in request bodies declared as components (`timezone` of Inbound's scheduled email), so a
      // valid call did not compile, and promised response fields that `required` does not list.
      const ast = await openapiTS(pathToFileURL(join(projectRoot, vendor.bundle)), { silent: true, defaultNonNullable: false });
      source = astToString(ast);
    } catch (error) {
      throw new StepError(`openapi-typescript failed on ${vendor.bundle}: ${(error as Error).message}`);
    }
    const header = COMMENT_HEADER.replace(' */', ` * Generated from ${vendor.bundle} by scripts/types.ts (\`npm run build\`).\n */`);
    writeFileSync(join(projectRoot, vendor.schema), header + source);
    const calls = join(dirname(vendor.schema), 'calls.ts');
    writeFileSync(join(projectRoot, calls), callTableSource(readBundle(vendor), vendor.bundle));
    console.log(`  ${vendor.schema}, ${calls}`);
  }
}

// `tsx scripts/types.ts inbox` generates only that vendor.
if (process.argv[1]?.endsWith('types.ts')) runMain(() => types(process.argv.slice(2)));
