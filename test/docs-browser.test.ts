// The reference site as a reader meets it: dist/docs/ (built by `npm run docs`) served from
// 127.0.0.1 and opened in Chromium (test/support/chromium.ts says which) through playwright-core. The index lists every vendor
// with its counts of operations, webhooks and error codes, and its search finds an operation or an
// error code of any vendor; each vendor page renders with no console error, shows every operation
// of the bundle in its navigation, finds an operation by search, shows the error catalog, and makes
// no request to another machine. Opened from disk, a page works the same. Each page's time until
// its first operation is rendered is printed (a figure for the bench, not an assertion).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createDocsServer, listen } from '../scripts/docs-serve.ts';
import { CATALOG_TAG, docsDir, firstSentence, operationCount, SHARED_FILES } from '../scripts/docs.ts';
import { listOperations, type OpenApiDocument } from '../scripts/openapi-model.ts';
import { loadVendors, projectRoot } from '../scripts/vendors.ts';
import { loadBundles } from './support/bundles.ts';
import { resolveChromium } from './support/chromium.ts';
import { firstOperation, timeToOperation } from './support/first-operation.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const vendors = loadBundles();

/** Operation ids as Redoc writes them in its menu links (`#/<tag>/<operationid>`). */
const slug = (operationId: string) => operationId.toLowerCase().replace(/[^a-z0-9]/g, '');

function operationIds(doc: OpenApiDocument, webhooks: boolean): string[] {
  return listOperations(doc)
    .filter((o) => o.webhook === webhooks)
    .map((o) => o.op.operationId);
}

function firstSummary(doc: OpenApiDocument): string {
  const summary = listOperations(doc).find((o) => !o.webhook && o.op.summary)?.op.summary;
  if (summary === undefined) throw new Error(`${doc.info.title} has no operation with a summary`);
  return summary;
}

let context: BrowserContext;
let server: Server;
let origin = '';
let profile = '';

/** Everything a page did that a reader could notice: console errors, uncaught errors, requests. */
interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
}

async function open(url: string): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = { page, errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watched.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => watched.requests.push(r.url()));
  page.setDefaultTimeout(10_000);
  await page.goto(url, { waitUntil: 'load' });
  return watched;
}

/**
 * Redoc pages arrive pre-rendered and React takes over (hydrates) them a moment later; a click
 * before that follows the plain link instead of Redoc's router. Wait until the menu is React's.
 */
async function waitForRedoc(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const link = document.querySelector('[data-component-name="Menu/MenuItem"] a');
    return !!link && Object.keys(link).some((k) => k.startsWith('__reactProps'));
  });
}

/** A request stays on this machine: the local server, or the page's own data:/blob: URLs. */
function isLocal(url: string, allowed: string): boolean {
  return url.startsWith(allowed) || url.startsWith('data:') || url.startsWith(`blob:${allowed}`) || url.startsWith('blob:null/');
}

beforeAll(async () => {
  const browser = await resolveChromium();
  console.log(`browser test: ${browser.source} Chromium at ${browser.executablePath}`);
  if (!existsSync(join(docsDir, 'index.html')))
    throw new Error('dist/docs/index.html is missing: run `npm run docs` (or `npm run build`) first');
  for (const v of vendors) {
    const page = join(docsDir, `${v.key}.html`);
    if (!existsSync(page)) throw new Error(`dist/docs/${v.key}.html is missing: run \`npm run docs\` first`);
    if (statSync(page).mtimeMs < statSync(join(projectRoot, v.bundle)).mtimeMs) {
      throw new Error(`dist/docs/${v.key}.html is older than ${v.bundle}: run \`npm run docs\` again`);
    }
  }
  server = createDocsServer(docsDir);
  origin = `http://127.0.0.1:${await listen(server, 0)}`;
  profile = mkdtempSync(join(tmpdir(), 'mc-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // Nothing may leave the machine: a request to anywhere else is recorded by the page's listener and cut here.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return isLocal(url, `${origin}/`) || url.startsWith('file:') ? route.continue() : route.abort('blockedbyclient');
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('reference site index', () => {
  it('lists every vendor with its version, description, counts of operations, webhooks and error codes, and links its page and error catalog', async () => {
    const { page, errors, requests } = await open(`${origin}/index.html`);
    const listed = await page.$$eval('li[data-vendor]', (items) =>
      items.map((li) => ({
        key: li.getAttribute('data-vendor') ?? '',
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        title: li.querySelector('a')?.textContent?.trim() ?? '',
        version: li.querySelector('.version')?.textContent?.trim() ?? '',
        description: li.querySelector('p')?.textContent?.trim() ?? '',
        operations: li.querySelector('.operations')?.textContent?.trim() ?? '',
        webhooks: li.querySelector('.webhooks')?.textContent?.trim() ?? '',
        errors: li.querySelector('a.errors')?.textContent?.trim() ?? '',
        catalog: li.querySelector('a.errors')?.getAttribute('href') ?? '',
      })),
    );
    if (!process.env.TEST_VENDORS) expect(listed.map((l) => l.key)).toEqual(loadVendors().map((v) => v.key));
    for (const v of vendors) {
      const entry = listed.find((l) => l.key === v.key);
      expect(entry, `index.html lists ${v.key}`).toBeDefined();
      expect(entry).toEqual({
        key: v.key,
        href: `./${v.key}.html`,
        title: v.doc.info.title,
        version: `version ${v.doc.info.version}`,
        description: firstSentence(v.doc.info.description),
        operations: `${operationCount(v.doc)} operations`,
        webhooks: `${Object.keys(v.doc.webhooks ?? {}).length} webhooks`,
        errors: `${(v.doc['x-error-catalog'] ?? []).length} error codes`,
        catalog: `./${v.key}.html#/error-catalog`,
      });
      expect(entry!.description, `${v.key} has a one-line description`).not.toBe('');
    }
    // Following a link opens that vendor's page.
    const first = vendors[0];
    if (first) {
      await page.click(`li[data-vendor="${first.key}"] a`);
      await page.waitForURL(`${origin}/${first.key}.html`);
      await waitForRedoc(page);
    }
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !isLocal(u, `${origin}/`))).toEqual([]);
    await page.close();
  });

  it("links an error code's count to the vendor's error catalog", async () => {
    const v = vendors[vendors.length - 1]!;
    const { page, errors } = await open(`${origin}/index.html`);
    await page.click(`li[data-vendor="${v.key}"] a.errors`);
    await page.waitForURL(`${origin}/${v.key}.html#/error-catalog`);
    const table = page.locator('table', { has: page.locator('th', { hasText: 'retryable' }) }).first();
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe((v.doc['x-error-catalog'] ?? []).length);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const vendor of vendors) {
    it(`finds an operation and an error code of ${vendor.key} by its search, and its links open them`, async () => {
      const watched = await open(`${origin}/index.html`);
      const { page } = watched;
      const op = firstOperation(vendor.doc);
      const search = async (query: string) => {
        await page.fill('#search', query);
        return page.locator('#search-results li').evaluateAll((items) =>
          items.map((li) => ({
            vendor: li.getAttribute('data-vendor'),
            kind: li.getAttribute('data-kind'),
            name: li.querySelector('a')?.textContent,
            href: li.querySelector('a')?.getAttribute('href'),
          })),
        );
      };
      // By operationId: the operation, on its vendor's page, at Redoc's route for it.
      const byId = await search(op.op.operationId);
      expect(byId[0]).toEqual({
        vendor: vendor.key,
        kind: 'operation',
        name: `${op.method.toUpperCase()} ${op.path}`,
        href: `./${vendor.key}.html${op.anchor}`,
      });
      // By an error code of the catalog: the catalog entry, first among the hits.
      const error = (vendor.doc['x-error-catalog'] ?? []).at(-1)!;
      const byCode = await search(error.code);
      expect(byCode.filter((h) => h.vendor === vendor.key && h.name === error.code)[0]).toEqual({
        vendor: vendor.key,
        kind: 'error',
        name: error.code,
        href: `./${vendor.key}.html#/error-catalog`,
      });
      expect(byCode[0]?.name).toBe(error.code);
      expect(await search('no-such-thing-in-any-vendor-42')).toEqual([]);
      expect(await page.textContent('#search-status')).toBe('No match.');
      // The operation's link opens the vendor page on that operation.
      await search(op.op.operationId);
      await page.click('#search-results li a');
      await page.waitForURL(`${origin}/${vendor.key}.html${op.anchor}`);
      await page.locator('[data-section-id] h2', { hasText: op.summary }).first().waitFor();
      expectClean(watched);
      await page.close();
    });
  }
});

/** No console error, no uncaught error, and every request went to the local server (or the page's own data:/blob: URLs). */
function expectClean({ errors, requests }: Watched): void {
  expect(errors, 'console errors').toEqual([]);
  expect(
    requests.filter((u) => !isLocal(u, `${origin}/`)),
    'requests off this machine',
  ).toEqual([]);
}

for (const vendor of vendors) {
  describe(`${vendor.key} reference page`, () => {
    // Each test opens the page afresh: Redoc's router keeps working for a while after a click.
    const openPage = async () => {
      const watched = await open(`${origin}/${vendor.key}.html`);
      await waitForRedoc(watched.page);
      return watched;
    };

    it('renders its title and navigation with no console error and no request off 127.0.0.1', async () => {
      const watched = await openPage();
      const { page } = watched;
      expect(await page.title()).toBe(vendor.doc.info.title);
      expect(await page.locator('h1').first().textContent()).toContain(vendor.doc.info.title);
      expect(await page.locator('[data-component-name="Menu/MenuItem"]').count()).toBeGreaterThan(1);
      expect(watched.requests[0]).toBe(`${origin}/${vendor.key}.html`);
      expectClean(watched);
      await page.close();
    });

    it('renders its first operation from its link (prints the time it took)', async () => {
      const { page, errors } = await open('about:blank');
      const op = firstOperation(vendor.doc);
      const served = await timeToOperation(page, `${origin}/${vendor.key}.html${op.anchor}`, op.summary);
      const fromDisk = await timeToOperation(page, `${pathToFileURL(join(docsDir, `${vendor.key}.html`)).href}${op.anchor}`, op.summary);
      // A figure (bench/site.ts measures the same, as a median), not a timed assertion.
      console.log(
        `first operation rendered: ${vendor.key} served ${Math.round(served)} ms, from disk ${Math.round(fromDisk)} ms (${op.op.operationId})`,
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it('lists every operation of the bundle in the navigation', async () => {
      const watched = await openPage();
      const { page } = watched;
      // A tag group renders its operations once opened: open every group (nested ones too, as they appear).
      await page.waitForFunction(
        () => {
          const w = window as unknown as { mcOpened?: WeakSet<Element> };
          const opened = (w.mcOpened ??= new WeakSet());
          const groups = [...document.querySelectorAll('[data-component-name="Menu/MenuItem"].menu-item-type-group')];
          const closed = groups.filter((g) => !g.querySelector('[data-component-name="Menu/Menu"]'));
          for (const g of closed.filter((g) => !opened.has(g))) {
            opened.add(g);
            g.querySelector('li > div')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
          }
          return closed.length === 0;
        },
        undefined,
        { polling: 100 },
      );
      const hrefs = await page
        .locator('[data-component-name="Menu/MenuItem"].menu-item-type-operation > a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      // An operation with several tags is listed under each: count distinct operations.
      const listed = new Set(hrefs.map((href) => href.split('/').pop() ?? ''));
      const webhookIds = new Set(operationIds(vendor.doc, true).map(slug));
      const operations = [...listed].filter((id) => !webhookIds.has(id)).sort();
      expect(operations.length, 'operations in the navigation').toBe(operationCount(vendor.doc));
      expect(operations).toEqual(operationIds(vendor.doc, false).map(slug).sort());
      expect([...listed].filter((id) => webhookIds.has(id)).sort(), 'webhooks in the navigation').toEqual([...webhookIds].sort());
      expectClean(watched);
      await page.close();
    });

    it('finds the first operation of the bundle by its summary in the search', async () => {
      const watched = await openPage();
      const { page } = watched;
      const summary = firstSummary(vendor.doc);
      await page.locator('[data-testid="search-trigger"]').first().click();
      await page.locator('[data-component-name="Search/SearchInput"] input').fill(summary);
      const hit = page.locator('[data-component-name="Search/SearchItem"]', { hasText: summary }).first();
      await hit.waitFor();
      expect(await hit.textContent()).toContain(summary);
      expectClean(watched);
      await page.close();
    });

    it('shows the error catalog as a table with every catalogued code', async () => {
      const watched = await openPage();
      const { page } = watched;
      const catalog = vendor.doc['x-error-catalog'] ?? [];
      expect(catalog.length, 'x-error-catalog entries').toBeGreaterThan(0);
      await page.locator('[data-component-name="Menu/MenuItem"]', { hasText: CATALOG_TAG }).locator('a').first().click();
      const table = page.locator('table', { has: page.locator('th', { hasText: 'retryable' }) }).first();
      await table.waitFor();
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
      expect(rows.map((r) => [r[0], r[1]])).toEqual(catalog.map((e) => [e.code, String(e.status)]));
      expectClean(watched);
      await page.close();
    });
  });
}

describe('reference site opened from disk', () => {
  it('renders the index and a vendor page from file:// with no error and no request off the disk', async () => {
    const index = await open(pathToFileURL(join(docsDir, 'index.html')).href);
    expect(await index.page.locator('li[data-vendor]').count()).toBeGreaterThan(0);
    const vendor = vendors[0];
    if (!vendor) throw new Error('no vendor bundle to test');
    const page = await open(pathToFileURL(join(docsDir, `${vendor.key}.html`)).href);
    await waitForRedoc(page.page);
    expect(await page.page.title()).toBe(vendor.doc.info.title);
    for (const w of [index, page]) {
      expect(w.errors).toEqual([]);
      expect(w.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
      await w.page.close();
    }
    // The page embeds its own document only; Redoc and the boot script are the site's shared files.
    const html = readFileSync(join(docsDir, `${vendor.key}.html`), 'utf8');
    expect(html).toContain('id="mc-redoc-definition"');
    expect([...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!.trim())).toEqual([
      'type="application/json" id="mc-redoc-definition"',
      'type="application/json" id="mc-redoc-options"',
      `src="./${SHARED_FILES.redoc}"`,
      `src="./${SHARED_FILES.boot}"`,
    ]);
    expect(html).not.toContain('RedocStandalone');
  });
});
