// `npm run bench`: what "one runtime for every vendor" costs.
//
// 1. Typed client against raw fetch: the same GET of the same JSON body from the same keep-alive
//    HTTP server on 127.0.0.1 (in a child process, so that it shares neither the client's event
//    loop nor its CPU accounting), through the same globalThis.fetch (one undici agent). Two bodies: the smallest GET
//    (/team) and a list page (/threads, 20 threads). Interleaved rounds, alternating which side
//    goes first; prints the median time per request of each, `typed/raw ratio`, and the spread
//    of the per-round ratios. Target: ratio <= 1.05. A third side, openapi-fetch alone, shows
//    which part of the difference is this package's: typed/openapi-fetch alone, the median of the
//    per-round ratios (target <= 1.03).
// 2. Error normaliser throughput on one core: the normaliser over every catalogued example body
//    of every vendor, with the inputs the client gives it (status, response headers, request
//    snapshot, the token to redact, the body's text: normalizeParsed, as src/failure.ts calls it).
//    Prints errors/second (median of rounds) and the spread.
//    Target: >= 1,000,000/s.
// 3. Bundle size of every JavaScript subpath of package.json `exports` (so new subpaths are
//    included), bundled for the browser with esbuild (minified, ESM, everything inlined, as a web
//    app or a Worker would ship it): raw and gzipped bytes. Needs the compiled dist/lib (`npm run build`).
// 4. Drift validation (validate: 'report'): in part 1, a fourth side, the typed client with the
//    precompiled validators on, gives the client CPU that validation adds per response (target on
//    the /threads page: <= 10% of a typed call's client CPU). This part prints the validator alone on
//    the same page (microseconds per body) and the gzipped size of each vendor's
//    generated/<vendor>/validators.js (target <= 60 KB).
// 5. Type-check cost (bench/typecheck.ts): tsc on a consumer calling every operation of every
//    vendor through the typed clients against the same calls with untyped fetch. Target: CPU ratio <= 1.5.
// 6. Reference site (bench/site.ts): the size of dist/docs/ against 4 MiB, and each vendor page's
//    time until its first operation is rendered, opened from disk in Chromium.
//
// It prints figures; it asserts nothing. Environment: BENCH=client|normalizer|size|drift|typecheck|site
// (one part only), ROUNDS, REQUESTS, NORMALIZE_ROUNDS, NORMALIZE_N, TSC_ROUNDS, SITE_ROUNDS.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { bundleForBrowser, jsExports } from '../scripts/package-exports.ts';
import type { NormalizeInput } from '../src/errors.ts';
import type { VendorDefinition } from '../src/client.ts';
import createClient from 'openapi-fetch';
import type { paths as InboxPaths } from '../src/inbox.ts';
import * as inboxValidators from '../generated/inbox/validators.js';
import { loadVendors, projectRoot, readBundle } from '../scripts/vendors.ts';
import type { OpenApiDocument } from '../scripts/openapi-model.ts';
import { typecheckCost, type TypecheckFigures } from './typecheck.ts';
import { siteFigures, type SiteFigures } from './site.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 40);
const REQUESTS = Number(process.env.REQUESTS ?? 500);
const NORMALIZE_ROUNDS = Number(process.env.NORMALIZE_ROUNDS ?? 15);
const NORMALIZE_N = Number(process.env.NORMALIZE_N ?? 200_000);
const TOKEN = 'bench_token_3f9c1a7e5d2b8f4a6c0e';

const bundle = (key: string): OpenApiDocument => readBundle(loadVendors().find((v) => v.key === key)!);

// The runtime parts measure the built package (dist/lib) as users run it, not src/ through tsx,
// whose transform adds a helper call (__name) to every closure the client creates per call.
// Typed from src/: dist/lib does not exist when the build type-checks this file.
if (!existsSync(join(projectRoot, 'dist/lib/src/inbox.js'))) throw new Error('dist/lib is missing: run `npm run build` first');
const built = <T>(file: string) => import(pathToFileURL(join(projectRoot, 'dist/lib', file)).href) as Promise<T>;
const { createInboxClient } = await built<typeof import('../src/inbox.ts')>('src/inbox.js');
const { normalizeParsed } = await built<typeof import('../src/errors.ts')>('src/errors.js');
const { snapshotRequest } = await built<typeof import('../src/redact.ts')>('src/redact.js');
/** Each vendor's built definition (catalog and body reader), by vendor key. */
const definitions: Record<string, VendorDefinition> = Object.fromEntries(
  await Promise.all(
    loadVendors().map(async (v) => {
      const entry = await built<Record<string, VendorDefinition>>(v.entry.replace(/^src\/(.*)\.ts$/, 'src/$1.js'));
      return [v.key, entry[v.definition]!] as const;
    }),
  ),
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
function quartiles(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = (sorted.length - 1) * q;
    const lo = Math.floor(i);
    return sorted[lo]! + (sorted[Math.ceil(i)]! - sorted[lo]!) * (i - lo);
  };
  return [at(0.25), at(0.75)];
}
const fmt = (n: number, digits = 2) => n.toFixed(digits);

// ---- 1. typed client vs raw fetch ----

/** Median client CPU of a typed call per path, from part 1, for part 3's comparison. */
const typedCpuPerRequest: Record<string, number> = {};
/** The package's own share per bench path (median of per-round typed/openapi-fetch-alone ratios), for the closing note. */
const ownShare: Record<string, number> = {};

/** A list page as integrations fetch it: 20 threads, made from the spec's example thread. */
function threadsPage(inbox: OpenApiDocument) {
  const threadsExample = (inbox.paths?.['/threads']?.get?.responses['200']?.content?.['application/json']?.examples ?? {}) as Record<
    string,
    { value?: unknown; $ref?: string }
  >;
  const example = Object.values(threadsExample)[0];
  const page = (example?.$ref ? inbox.components?.examples?.[example.$ref.split('/').pop()!]?.value : example?.value) as {
    threads: { id: string }[];
  };
  return {
    ...page,
    threads: Array.from({ length: 20 }, (_, i) => ({
      ...page.threads[0]!,
      id: `${page.threads[0]!.id.slice(0, -2)}${String(i).padStart(2, '0')}`,
    })),
  };
}

const SERVER = `
const { createServer } = require('node:http');
const bodies = new Map(Object.entries(JSON.parse(process.env.BENCH_BODIES)).map(([path, body]) => [path, Buffer.from(body)]));
const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  req.resume();
  req.on('end', () => {
    const body = bodies.get(req.url.split('?')[0]);
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'content-length': body ? body.length : 0 });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

/** The server runs in its own process: it does not share the client's event loop, and the client's CPU time is its own. */
async function startServer(bodies: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', SERVER], {
    env: { ...process.env, BENCH_BODIES: JSON.stringify(bodies) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

async function clientVersusFetch() {
  const inbox = bundle('inbox');
  const team = inbox.components?.examples?.InboxTeam?.value;
  const bodies = { '/team': JSON.stringify(team), '/threads': JSON.stringify(threadsPage(inbox)) };
  const server = await startServer(bodies);
  const client = createInboxClient({ token: TOKEN, baseUrl: server.url });
  let drifts = 0;
  const validating = createInboxClient({
    token: TOKEN,
    baseUrl: server.url,
    validate: 'report',
    validators: inboxValidators,
    onDrift: () => drifts++,
  });
  const headers = { Authorization: `Bearer ${TOKEN}` };
  const bare = createClient<InboxPaths>({ baseUrl: server.url, headers });

  for (const path of ['/team', '/threads'] as const) {
    const rawUrl = `${server.url}${path}`;
    const sides = {
      // In this order, so that the typed side runs next to the two sides it is paired with per
      // round, openapi-fetch alone and the validating client (the order is reversed every other round).
      raw: async () => {
        for (let i = 0; i < REQUESTS; i++) {
          const response = await fetch(rawUrl, { headers });
          if (!response.ok) throw new Error(`raw: ${response.status}`);
          await response.json();
        }
      },
      // Reference: openapi-fetch alone, without this package's middleware (auth, retry, error
      // recording). Separates openapi-fetch's own cost from the runtime's.
      openapiFetch: async () => {
        for (let i = 0; i < REQUESTS; i++) {
          const { data } = await bare.GET(path);
          if (!data) throw new Error('openapi-fetch: no data');
        }
      },
      typed: async () => {
        for (let i = 0; i < REQUESTS; i++) {
          const { data } = await client.GET(path);
          if (!data) throw new Error('typed: no data');
        }
      },
      // The typed client with drift validation on (validate: 'report').
      validated: async () => {
        for (let i = 0; i < REQUESTS; i++) {
          const { data } = await validating.GET(path);
          if (!data) throw new Error('validated: no data');
        }
      },
    };
    const names = Object.keys(sides) as (keyof typeof sides)[];
    const times: Record<keyof typeof sides, number[]> = { raw: [], openapiFetch: [], typed: [], validated: [] };
    const cpu: Record<keyof typeof sides, number[]> = { raw: [], openapiFetch: [], typed: [], validated: [] };
    const ratios: number[] = [];
    const shares: number[] = [];
    for (const name of names) await sides[name](); // warm-up: JIT, connection pool
    for (let round = 0; round < ROUNDS; round++) {
      // alternate which side goes first
      for (const name of round % 2 === 0 ? names : [...names].reverse()) {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        await sides[name]();
        times[name].push(((performance.now() - start) / REQUESTS) * 1000);
        const used = process.cpuUsage(cpuStart);
        cpu[name].push((used.user + used.system) / REQUESTS);
      }
      ratios.push(times.typed.at(-1)! / times.raw.at(-1)!);
      shares.push(times.typed.at(-1)! / times.openapiFetch.at(-1)!);
    }
    const [q1, q3] = quartiles(ratios);
    const typed = median(times.typed);
    const raw = median(times.raw);
    console.log(
      `GET ${path} (${bodies[path].length.toLocaleString('en-US')} B JSON): ${ROUNDS} interleaved rounds x ${REQUESTS} sequential requests per side, keep-alive 127.0.0.1`,
    );
    const bareTime = median(times.openapiFetch);
    console.log(`  typed ${fmt(typed, 1)} us, raw ${fmt(raw, 1)} us, openapi-fetch alone ${fmt(bareTime, 1)} us (median per request)`);
    console.log(`typed/raw ratio: ${fmt(typed / raw)}  (GET ${path}; target <= 1.05)`);
    console.log(
      `  per-round ratios: min ${fmt(Math.min(...ratios))}, IQR ${fmt(q1)}-${fmt(q3)}, median ${fmt(median(ratios))}, max ${fmt(Math.max(...ratios))}`,
    );
    // The share paired per round (both sides ran within the same round), so that a slow spell of
    // the machine, which moves both, cancels out; the ratio of the medians is printed beside it.
    const [s1, s3] = quartiles(shares);
    console.log(
      `typed/openapi-fetch alone: ${fmt(median(shares))}  (GET ${path}; this package's own share, median of per-round ratios, IQR ${fmt(s1)}-${fmt(s3)}; target <= 1.03)`,
    );
    console.log(
      `  openapi-fetch alone/raw: ${fmt(bareTime / raw)}; typed/openapi-fetch alone as a ratio of the medians: ${fmt(typed / bareTime)}`,
    );
    console.log(
      `  client CPU per request: typed ${fmt(median(cpu.typed), 1)} us, raw ${fmt(median(cpu.raw), 1)} us, openapi-fetch alone ${fmt(median(cpu.openapiFetch), 1)} us`,
    );
    // Paired per round (both sides ran back to back), so that load from elsewhere cancels out.
    const added = cpu.validated.map((v, i) => ((v - cpu.typed[i]!) / cpu.typed[i]!) * 100);
    const [a1, a3] = quartiles(added);
    typedCpuPerRequest[path] = median(cpu.typed);
    ownShare[path] = median(shares);
    console.log(
      `drift validation (validate: 'report') adds ${fmt(median(added), 1)}% to a typed call's client CPU (GET ${path}; target <= 10% on /threads); ` +
        `per-round IQR ${fmt(a1, 1)}%-${fmt(a3, 1)}%; client CPU validated ${fmt(median(cpu.validated), 1)} us vs typed ${fmt(median(cpu.typed), 1)} us`,
    );
  }
  await server.stop();
  if (drifts) console.log(`  note: ${drifts} drift reports during the bench (the bench bodies do not match the spec)`);
}

// ---- 3. drift validators: cost alone, size ----

function driftValidators() {
  const page = threadsPage(bundle('inbox'));
  const text = JSON.stringify(page);
  const validate = inboxValidators.responses['GET /threads']!['200']!;
  if (!validate(JSON.parse(text))) throw new Error('bench: the threads page does not match the spec');
  // Each body freshly parsed, as a response is: validating one object again and again would keep
  // it hotter than a response ever is; validating thousands kept alive would measure the GC.
  const N = 1000;
  const perBody: number[] = [];
  const parse: number[] = [];
  for (let round = 0; round < 15; round++) {
    let validating = 0;
    let parsing = 0;
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      const body = JSON.parse(text) as unknown;
      const t1 = performance.now();
      if (!validate(body)) throw new Error('invalid');
      validating += performance.now() - t1;
      parsing += t1 - t0;
    }
    perBody.push((validating / N) * 1000);
    parse.push((parsing / N) * 1000);
  }
  console.log(
    `drift validator alone, GET /threads 200 (${text.length.toLocaleString('en-US')} B JSON, 20 threads): ${fmt(median(perBody), 1)} us per body, ` +
      `${fmt((median(perBody) / median(parse)) * 100, 0)}% of its JSON.parse (${fmt(median(parse), 1)} us); 15 rounds x ${N}, each body freshly parsed`,
  );
  const typedCpu = typedCpuPerRequest['/threads'];
  if (typedCpu)
    console.log(
      `  that is ${fmt((median(perBody) / typedCpu) * 100, 1)}% of a typed GET /threads call's client CPU in part 1 (${fmt(typedCpu, 1)} us; target <= 10%)`,
    );
  const sizes = loadVendors().map(({ key }) => {
    const code = readFileSync(join(projectRoot, 'generated', key, 'validators.js'));
    return `${key} ${fmt(gzipSync(code).length / 1024, 1)} KB (${Math.round(code.length / 1024)} KB raw)`;
  });
  console.log(`drift validators gzipped: ${sizes.join(', ')}  (target <= 60 KB each)`);
}

// ---- 2. normaliser throughput ----

/** One failed response as the client's transport hands it to the normaliser. */
type NormalizerCase = [VendorDefinition, NormalizeInput, bodyText: string | undefined];

function normalizerInputs(): NormalizerCase[] {
  const inputs: NormalizerCase[] = [];
  for (const { key } of loadVendors()) {
    const def = definitions[key];
    if (!def) throw new Error(`bench: no definition for ${key}`);
    const doc = bundle(key);
    const request = snapshotRequest(
      new Request(`${def.runtime.serverUrl.replace('{host}', 'api.example.com')}/bench?limit=50`, {
        headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' },
      }),
      [TOKEN],
    );
    for (const entry of doc['x-error-catalog'] ?? []) {
      const headers = new Headers({ 'content-type': 'application/json', date: new Date().toUTCString(), 'content-length': '187' });
      for (const { name, hint } of def.retryHeaders)
        headers.set(name, hint === 'reset-unix-seconds' ? String(Math.floor(Date.now() / 1000) + 30) : '30');
      const body = doc.components?.examples?.[entry.example]?.value;
      inputs.push([
        def,
        { operation: 'GET /bench', status: entry.status, headers, body, request, secrets: [TOKEN] },
        body === undefined ? undefined : JSON.stringify(body),
      ]);
    }
  }
  return inputs;
}

/** Prints the figures and returns the median errors/s as the client calls it. */
function normalizerThroughput(): number {
  const client = normalizerInputs();
  // The same inputs without a request snapshot, a secret or the text: what normalizeError costs alone.
  const bare = client.map(([def, { operation, status, headers, body }]): NormalizerCase => [
    def,
    { operation, status, headers, body },
    undefined,
  ]);
  let sink = 0;
  const run = (inputs: NormalizerCase[], n: number) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const [def, input, bodyText] = inputs[i % inputs.length]!;
      sink += normalizeParsed(def, input, bodyText).status;
    }
    return n / ((performance.now() - start) / 1000);
  };
  run(client, NORMALIZE_N); // warm-up
  run(bare, NORMALIZE_N);
  const rates = { client: [] as number[], bare: [] as number[] };
  for (let round = 0; round < NORMALIZE_ROUNDS; round++) {
    rates.client.push(run(client, NORMALIZE_N));
    rates.bare.push(run(bare, NORMALIZE_N));
  }
  const m = (x: number) => `${fmt(x / 1e6)}M`;
  const spread = (r: number[]) => {
    const [q1, q3] = quartiles(r);
    return `min ${m(Math.min(...r))}, IQR ${m(q1)}-${m(q3)}, max ${m(Math.max(...r))} errors/s`;
  };
  console.log(
    `normalizeError: ${client.length} catalog example bodies of ${Object.keys(definitions).length} vendors with their statuses and rate-limit headers, ${NORMALIZE_ROUNDS} rounds x ${NORMALIZE_N}, one thread`,
  );
  console.log(
    `normalizer throughput: ${Math.round(median(rates.client)).toLocaleString('en-US')} errors/s  (as the client calls it: token to redact, request snapshot, body text; target >= 1,000,000/s)`,
  );
  console.log(`  per-round: ${spread(rates.client)}`);
  console.log(
    `  without a snapshot, a token to redact or the body's text (normalizeError alone): ${Math.round(median(rates.bare)).toLocaleString('en-US')} errors/s; per-round: ${spread(rates.bare)}`,
  );
  if (sink === 0) console.log('');
  return median(rates.client);
}

// ---- 3. browser bundle sizes ----

async function bundleSizes() {
  console.log('browser bundle per subpath (esbuild, platform browser, minified ESM): raw / gzipped bytes');
  for (const { subpath, file } of jsExports()) {
    const bundle = await bundleForBrowser(file, true);
    if (!bundle.code) {
      console.log(`  ${subpath}: does not bundle (${bundle.errors.map((e) => e.text).join('; ')})`);
      continue;
    }
    const gzipped = gzipSync(bundle.code, { level: 9 }).byteLength;
    const raw = bundle.code.byteLength.toLocaleString('en-US').padStart(9);
    console.log(`  ${subpath.padEnd(40)} ${raw} B  ${gzipped.toLocaleString('en-US').padStart(8)} B gzip`);
  }
}

const only = process.env.BENCH; // one part: client, normalizer, size, drift, typecheck or site
const runs = (part: string) => only === undefined || only === part;
if (runs('client')) await clientVersusFetch();
let normalizer: number | undefined;
if (runs('normalizer')) normalizer = normalizerThroughput();
if (runs('size')) await bundleSizes();
if (runs('drift')) driftValidators();
let typecheck: TypecheckFigures | undefined;
if (runs('typecheck')) typecheck = typecheckCost();
let site: SiteFigures | undefined;
if (runs('site')) site = await siteFigures();

// The closing note: today's figures beside those measured when issue 21 was filed (a strict
// consumer making 10 typed calls across the four vendors, Node 20).
console.log('\nclosing note (issue 21 measured, then now):');
if (normalizer !== undefined)
  console.log(`  normaliser as the client calls it: 0.85-0.89M errors/s -> ${(normalizer / 1e6).toFixed(2)}M (target >= 1M)`);
for (const [path, share] of Object.entries(ownShare))
  console.log(`  the package's own share, typed/openapi-fetch alone, GET ${path}: ${share.toFixed(2)} (target <= 1.03)`);
if (typecheck) {
  console.log(
    `  type-check CPU, typed/untyped: 2.06x on 10 calls -> ${typecheck.ratio.toFixed(2)}x on all ${typecheck.operations} operations (target <= 1.5x)`,
  );
  console.log(
    `  instantiations: 200k for 10 calls -> ${Math.round(typecheck.instantiations / 1000)}k for ${typecheck.operations} operations`,
  );
}
if (site) {
  console.log(
    `  reference site: 11.5 MB (Redoc inlined in each of 4 pages) -> ${(site.bytes / 1024 / 1024).toFixed(2)} MiB (one shared Redoc; target <= 4 MiB)`,
  );
  const hs = site.firstOperation.helpscout;
  if (hs !== undefined)
    console.log(
      `  Help Scout page from disk: first section heading after 2.1 s -> first operation (at its link) after ${(hs / 1000).toFixed(1)} s on this machine now`,
    );
}
