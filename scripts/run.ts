// Runs a tool and stops the build with the tool's own message when it fails.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { MissingBundleError, projectRoot, toolEnv, UnknownVendorError } from './vendors.ts';

export class StepError extends Error {}

/** Runs a binary from node_modules/.bin with the no-network environment; throws StepError on failure. */
export function runTool(bin: string, args: string[], options: { quiet?: boolean } = {}): string {
  const result = spawnSync(join(projectRoot, 'node_modules', '.bin', bin), args, {
    cwd: projectRoot,
    env: toolEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw new StepError(`${bin} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new StepError(`${bin} ${args.join(' ')} failed (exit ${result.status}):\n${stripNodeNotice(output)}`);
  if (!options.quiet && output.trim()) process.stdout.write(stripNodeNotice(output));
  return output;
}

// Redocly prints a boxed Node 20 end-of-life notice on every run; it is noise in our logs.
function stripNodeNotice(text: string): string {
  return text.replace(/\n?\s*╔[\s\S]*?╝\n?/g, '\n');
}

/** Runs `main` as a script: prints the error and exits 1 instead of a stack trace for StepError. */
export function runMain(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      const known = error instanceof StepError || error instanceof UnknownVendorError || error instanceof MissingBundleError;
      console.error(known ? error.message : error);
      process.exit(1);
    });
}
