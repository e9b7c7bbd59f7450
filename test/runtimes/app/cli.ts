// Entry point of the smoke suite on Node, Bun and Deno: `<runtime> cli.js <origin> <run>` prints
// the report as one JSON line and exits 1 when a check failed.
import { smoke } from './smoke.ts';

const g = globalThis as { Deno?: { args: string[]; exit(code: number): never }; process?: { argv: string[]; exitCode?: number } };
const [origin, run] = g.Deno ? g.Deno.args : (g.process?.argv.slice(2) ?? []);
if (!origin || !run) throw new Error('usage: cli.js <origin> <run>');

const report = await smoke(origin, run);
console.log(JSON.stringify(report));
const failed = report.checks.some((c) => !c.ok);
if (g.Deno) g.Deno.exit(failed ? 1 : 0);
else if (g.process) g.process.exitCode = failed ? 1 : 0;
