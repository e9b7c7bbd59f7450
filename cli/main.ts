#!/usr/bin/env node
// The `messaging-contracts` command (package.json `bin`). Each subcommand is a module with
// `run(args): Promise<exit code>`, loaded only when it is called; add one with one line below.
interface Subcommand {
  summary: string;
  load: () => Promise<{ run(args: string[]): Promise<number> }>;
}

const subcommands: Record<string, Subcommand> = {
  lint: {
    summary: 'lint multi-file OpenAPI 3.1 specs with Redocly and our Spectral ruleset, findings at the source lines',
    load: () => import('./lint.ts'),
  },
  diff: {
    summary: 'list the breaking and additive changes between two bundled contracts (<old.json> <new.json>)',
    load: () => import('./diff.ts'),
  },
};

const usage = () =>
  [
    'Usage: messaging-contracts <command> [options]',
    '',
    ...Object.entries(subcommands).map(([name, s]) => `  ${name.padEnd(8)} ${s.summary}`),
    '',
    'Run `messaging-contracts <command> --help` for its options.',
  ].join('\n');

const [name, ...args] = process.argv.slice(2);
const subcommand = name === undefined ? undefined : subcommands[name];
if (!subcommand) {
  const help = name === '--help' || name === '-h';
  if (help) console.log(usage());
  else console.error(name ? `unknown command ${name}\n\n${usage()}` : usage());
  process.exitCode = help ? 0 : 2;
} else {
  subcommand
    .load()
    .then((module) => module.run(args))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    });
}
