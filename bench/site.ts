// `npm run bench` part 4: what the reference site weighs and how soon it shows something.
//
// Reads the built site (dist/docs/, from `npm run docs`): prints each file's size and the total
// against the 4 MiB budget, then opens each vendor page from disk in Chromium (the browser test's
// resolver: CHROMIUM_PATH, a system Chromium, or the packaged one) at a link to its first
// operation, and prints the median time until that operation's heading is rendered
// (test/support/first-operation.ts, the same figure the browser test prints). SITE_ROUNDS page
// loads per vendor (default 5), each in a fresh page.
import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { docsDir, siteSizes, SITE_BUDGET } from '../scripts/docs.ts';
import type { OpenApiDocument } from '../scripts/openapi-model.ts';
import { loadVendors, readBundle } from '../scripts/vendors.ts';
import { resolveChromium } from '../test/support/chromium.ts';
import { firstOperation, timeToOperation } from '../test/support/first-operation.ts';

const SITE_ROUNDS = Number(process.env.SITE_ROUNDS ?? 5);

export interface SiteFigures {
  bytes: number;
  /** median ms until the first operation is rendered, per vendor, opened from disk */
  firstOperation: Record<string, number>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KiB`;

export async function siteFigures(): Promise<SiteFigures> {
  if (!existsSync(join(docsDir, 'index.html'))) throw new Error('dist/docs/ is missing: run `npm run docs` first');
  const { files, total } = siteSizes();
  console.log(
    `reference site dist/docs/: ${kib(total)} in ${files.length} files (${(total / 1024 / 1024).toFixed(2)} MiB; target <= 4 MiB = ${kib(SITE_BUDGET)})`,
  );
  for (const f of files) console.log(`  ${f.name.padEnd(22)} ${kib(f.bytes).padStart(10)}`);

  const browser = await resolveChromium();
  const profile = mkdtempSync(join(tmpdir(), 'mc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const firstOp: Record<string, number> = {};
  try {
    console.log(
      `time until the first operation is rendered, opened from disk at its link (${browser.source} Chromium, median of ${SITE_ROUNDS} loads):`,
    );
    for (const v of loadVendors()) {
      const doc: OpenApiDocument = readBundle(v);
      const op = firstOperation(doc);
      const url = `${pathToFileURL(join(docsDir, `${v.key}.html`)).href}${op.anchor}`;
      const times: number[] = [];
      for (let i = 0; i < SITE_ROUNDS; i++) {
        const page = await context.newPage();
        times.push(await timeToOperation(page, url, op.summary));
        await page.close();
      }
      firstOp[v.key] = median(times);
      console.log(
        `  ${v.key.padEnd(10)} ${Math.round(firstOp[v.key]!)} ms (${op.op.operationId}; min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))})`,
      );
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { bytes: total, firstOperation: firstOp };
}

if (process.argv[1]?.endsWith('site.ts')) await siteFigures();
