// `npm run build`: the whole pipeline, each step timed; stops at the first failure with the tool's message.
import { lint } from './lint.ts';
import { bundle } from './bundle.ts';
import { validators } from './validators.ts';
import { types } from './types.ts';
import { generate } from './generate.ts';
import { mockData } from './mock-data.ts';
import { typecheck } from './typecheck.ts';
import { compile } from './compile.ts';
import { docs } from './docs.ts';
import { readme } from './readme.ts';
import { runMain } from './run.ts';

const steps: [string, () => void | Promise<void>][] = [
  ['lint', () => lint()],
  ['bundle', () => bundle()],
  ['validators', () => validators()],
  ['types', () => types()],
  ['errors', () => generate()],
  ['mock data', () => mockData()],
  ['typecheck', typecheck],
  ['compile', compile],
  ['docs', docs],
  ['readme', readme],
];

runMain(async () => {
  const started = performance.now();
  for (const [name, step] of steps) {
    const t0 = performance.now();
    console.log(`▶ ${name}`);
    await step();
    console.log(`✔ ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  console.log(`build done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
