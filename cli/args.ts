// A subcommand's arguments, read the same way by every subcommand: node:util parseArgs with
// positionals and `--help`/`-h`. A malformed command line prints the message and the usage and
// means exit code 2; `--help` prints the usage and means exit code 0.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed arguments, or the exit code the subcommand returns at once. */
export function commandArgs<O extends Options>(args: string[], options: O, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
