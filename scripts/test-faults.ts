// `npm run test:faults -- --runs 100000 [--parallel 8] [--seed N]`: the long version of the
// randomized fault model (test/support/fault-model.ts). Prints the invariants, progress, runs per
// second, and the counterexample (with its seed, to replay it) if an invariant breaks.
import { INVARIANTS, outcomes, runModel, stopModelServer } from '../test/support/fault-model.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} takes a whole number ≥ 1, got ${process.argv[i + 1]}`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 10_000);
const parallel = option('parallel', 8);
const seed = option('seed', Date.now() % 2 ** 31);

console.log(`fault model: ${runs} runs, ${parallel} at a time, seed ${seed}`);
console.log('invariants checked on every run:');
for (const invariant of INVARIANTS) console.log(`  - ${invariant}`);
const started = performance.now();
try {
  const result = await runModel({
    runs,
    parallel,
    seed,
    onProgress: (done) => process.stdout.write(`  ${done} runs, ${(done / ((performance.now() - started) / 1000)).toFixed(0)} runs/s\n`),
  });
  console.log('what the calls came to (kind of request, outcome, requests the server saw):');
  for (const [key, count] of [...outcomes].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${String(count).padStart(7)}  ${key}`);
  console.log(`${result.runs} runs passed in ${result.seconds.toFixed(1)} s: ${(result.runs / result.seconds).toFixed(0)} runs/s`);
} catch (error) {
  console.error(`counterexample (replay with --seed ${seed}):`);
  console.error(error instanceof Error ? error.message : error);
  // fast-check keeps the broken invariant as the cause
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause) console.error(`broken: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
} finally {
  await stopModelServer();
}
