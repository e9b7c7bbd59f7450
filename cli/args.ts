// A subcommand's arguments, read the same way by every subcommand: node:util parseArgs with
// positionals and `--help`/`-h`. A malformed command line prints the message and the usage and
// means exit code 2; `--help` prints the usage and means exit code 0.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
/** What parseArgs gives for options of one value each: a string option's text, a flag's presence. */
export interface CommandArgs<O extends Options> {
  values: { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };
  positionals: string[];
}

/** The parsed arguments, or the exit code the subcommand returns at once. */
export function commandArgs<O extends Options>(args: string[], options: O, usage: string): CommandArgs<O> | number {
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
  return parsed as CommandArgs<O>;
}
