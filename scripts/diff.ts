// The breaking-change check: compares each bundle generated/<vendor>/openapi.json with the same
// file at a git ref and lists breaking changes apart from additive ones.
//
//   npm run diff -- <git-ref>                       every vendor; a vendor absent at the ref is all additive
//   npx tsx scripts/diff.ts --files <base.json> <head.json>   two bundled documents
//
// Exit code: 1 when a change is breaking, 0 otherwise, 2 on a usage error (unknown ref, unreadable file).
//
// The comparison itself is cli/compare.ts, which the package's `messaging-contracts diff` command also runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenApiDocument } from './openapi-model.ts';
import { compareDocuments, formatComparison, type Comparison } from '../cli/compare.ts';
export * from '../cli/compare.ts';
import { loadVendors, projectRoot } from './vendors.ts';
import { runMain, StepError } from './run.ts';

function git(args: string[]) {
  return spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The bundle of a vendor at a git ref, or undefined when the ref has no such file. Read-only git. */
export function bundleAtRef(ref: string, file: string): OpenApiDocument | undefined {
  if (git(['rev-parse', '--verify', '--quiet', `${ref}^{tree}`]).status !== 0)
    throw new StepError(`unknown git ref ${ref} (fetch it first: CI needs fetch-depth: 0)`);
  if (git(['cat-file', '-e', `${ref}:${file}`]).status !== 0) return undefined;
  const shown = git(['show', `${ref}:${file}`]);
  if (shown.status !== 0) throw new StepError(`git show ${ref}:${file} failed: ${shown.stderr}`);
  return JSON.parse(shown.stdout) as OpenApiDocument;
}

function readDocument(file: string): OpenApiDocument {
  if (!existsSync(file)) throw new StepError(`${file} does not exist`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  } catch (error) {
    throw new StepError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

/** The CLI; returns the exit code. */
export function main(args: string[]): number {
  const usage = 'usage: npm run diff -- <git-ref>   |   tsx scripts/diff.ts --files <base.json> <head.json>';
  const results: Comparison[] = [];
  if (args[0] === '--files') {
    const [baseFile, headFile] = args.slice(1);
    if (!baseFile || !headFile) throw new StepError(usage);
    const result = compareDocuments(readDocument(baseFile), readDocument(headFile));
    console.log(formatComparison(headFile, baseFile, result));
    results.push(result);
  } else {
    const ref = args[0];
    if (!ref || ref.startsWith('-')) throw new StepError(usage);
    for (const vendor of loadVendors()) {
      const head = readDocument(join(projectRoot, vendor.bundle));
      const base = bundleAtRef(ref, vendor.bundle);
      const result = compareDocuments(base, head);
      console.log(
        formatComparison(vendor.key, base ? `${ref}:${vendor.bundle}` : `${ref} (no ${vendor.bundle} there: all additive)`, result),
      );
      results.push(result);
    }
  }
  const breaking = results.reduce((n, r) => n + r.breaking.length, 0);
  console.log(breaking ? `\n${breaking} breaking change(s).` : '\nNo breaking change.');
  return breaking ? 1 : 0;
}

if (process.argv[1]?.endsWith('diff.ts')) {
  runMain(() => {
    try {
      process.exitCode = main(process.argv.slice(2));
    } catch (error) {
      if (error instanceof StepError) {
        console.error(error.message);
        process.exit(2);
      }
      throw error;
    }
  });
}
