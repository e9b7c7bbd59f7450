// `npm run mock -- <vendor> [--port N]`: Prism serving generated/<vendor>/openapi.json on 127.0.0.1
// with the documented examples, until Ctrl-C. Prints the base URL to give a client.
// `npm run mock -- <vendor> --errors` lists the Prefer header that gets each catalogued error.
import { parseArgs } from 'node:util';
import { servedErrors } from './error-examples.ts';
import { loadVendors, readBundle } from './vendors.ts';
import { startPrism } from './prism.ts';
import { runMain, StepError } from './run.ts';

runMain(async () => {
  const { values, positionals } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, errors: { type: 'boolean' } },
    allowPositionals: true,
  });
  const vendors = loadVendors();
  const vendor = vendors.find((v) => v.key === positionals[0]);
  if (!vendor || positionals.length !== 1) {
    throw new StepError(`usage: npm run mock -- <vendor> [--port N] | --errors   (vendor: ${vendors.map((v) => v.key).join(', ')})`);
  }
  if (values.errors) {
    const doc = readBundle(vendor);
    const rows = servedErrors(doc).served.map(
      ({ entry, operation, exampleKey }) =>
        `${entry.code.padEnd(34)} Prefer: code=${entry.status}, example=${exampleKey}   (e.g. ${operation.key})`,
    );
    console.log(rows.join('\n'));
    return;
  }
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new StepError(`--port ${values.port} is not a port number`);

  const prism = await startPrism(vendor.bundle, { port, onLine: (line) => console.log(line) });
  console.log(`${vendor.key} mock server: ${prism.url}`);
  console.log(`  every operation answers its first documented example; choose another answer with a header:`);
  console.log(`  Prefer: code=404                     a documented status`);
  console.log(
    `  Prefer: code=429, example=<name>     one named example of that status (\`npm run mock -- ${vendor.key} --errors\` lists them)`,
  );
  console.log(`  a request that breaks the contract gets the header sl-violations. Ctrl-C stops.`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void prism.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Ctrl-C in a terminal reaches Prism too (same process group): then it stops on its own.
  prism.process.on('exit', (code, signal) => {
    if (stopping || signal === 'SIGINT' || signal === 'SIGTERM') process.exit(0);
    console.error(`Prism stopped (${signal ?? `code ${code}`})`);
    process.exit(1);
  });
});
