// The reference site in dist/docs/: one offline Redoc page per vendor with its error
// catalog as a readable section, and an index page with each vendor's counts, links and a search
// across all vendors. Every page works opened from disk or served from any folder.
//
// Layout: Redoc's standalone bundle is one shared file (redoc.standalone.js, patched to fetch
// nothing remote), loaded by every vendor page beside the shared boot script (reference.js);
// each vendor page carries only its own document, as a JSON data block. The index page's search
// (index-search.js) reads its entries from a data block of the index. No inline script runs.
//
// `tsx scripts/docs.ts` builds every registered vendor (scripts/vendors.ts); `tsx scripts/docs.ts inbox lines`
// builds (and lists in index.html) only those.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot, readBundle, selectVendors, type Vendor } from './vendors.ts';
import { runMain, StepError } from './run.ts';
import { listOperations, type OpenApiDocument } from './openapi-model.ts';

export const docsDir = join(projectRoot, 'dist', 'docs');

/** Name of the extra tag that carries the error catalog table on each vendor page. */
export const CATALOG_TAG = 'Error catalog';
/** Where Redoc shows that tag: its route is the tag name in lower case, spaces as dashes. */
export const CATALOG_ANCHOR = '#/error-catalog';

/** The shared files every page loads (written once into dist/docs/). */
export const SHARED_FILES = { redoc: 'redoc.standalone.js', boot: 'reference.js', search: 'index-search.js' } as const;
/** The hand-written browser scripts copied into the site. */
const SITE_SOURCES = join(projectRoot, 'scripts', 'site');
/** The whole site's budget (bytes); the build prints the sizes against it. */
export const SITE_BUDGET = 4 * 1024 * 1024;

const escapeMd = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** JSON inside a `<script type="application/json">` block: nothing in it may close the element. */
const dataBlock = (id: string, value: unknown) =>
  `<script type="application/json" id="${id}">${JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}</script>`;

/**
 * The pages may load nothing from another machine, and run no inline script. Scripts come from
 * the site's own folder ('self'; from disk, Chromium counts file: URLs of the page as 'self'),
 * and from blob: URLs (Redoc's search worker); styles inline (Redoc's styled-components inserts
 * them at run time); images and fonts from data: and blob: URLs; nothing else. If a later Redoc
 * adds a remote font, logo or beacon, the browser refuses it (and logs it, which the browser
 * test turns into a failure) instead of sending the reader's visit elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' blob:",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'connect-src data: blob:',
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const HEAD_EXTRAS = [
  `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
  // Without an icon the browser asks the server for /favicon.ico.
  '<link rel="icon" href="data:,">',
].join('\n  ');

/** An empty SVG: what the CDN logo and icon URLs are replaced with. A `#` ends the data, so appended icon paths are ignored. */
const EMPTY_SVG = 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E#';
/** The "API docs by Redocly" attribution keeps its text; the logo is drawn here instead of fetched. */
const REDOCLY_WORDMARK = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16"><text x="0" y="12" font-family="system-ui,sans-serif" font-size="12" font-weight="600" fill="currentColor">Redocly</text></svg>',
)}`;

/**
 * Remote resources the Redoc 3 bundle would load in a reader's browser, each with its local
 * replacement. Every one must be present (so a Redoc upgrade that moves them fails the build here
 * instead of quietly going online again); the browser test checks that no request leaves the page.
 */
export const REMOTE_REFERENCES: { what: string; find: string; replace: string }[] = [
  { what: 'sidebar logo (collapsed)', find: '`https://cdn.redoc.ly/redoc/logo-mini.svg`', replace: `\`${REDOCLY_WORDMARK}\`` },
  { what: 'sidebar logo', find: '`https://cdn.redoc.ly/redoc/logo-mini-full.svg`', replace: `\`${REDOCLY_WORDMARK}\`` },
  { what: 'Font Awesome icons', find: '`https://cdn.redocly.com/icons/fa/', replace: `\`${EMPTY_SVG}/fa/` },
  { what: 'code-language icons', find: '`https://cdn.redocly.com/icons/code/', replace: `\`${EMPTY_SVG}/code/` },
];

/** Strings that must not be left in the site (each would be a request to another host). */
export const FORBIDDEN_IN_PAGE = [
  'fonts.googleapis.com',
  'fonts.gstatic.com',
  'cdn.redoc.ly',
  'cdn.redocly.com',
  '<link rel="stylesheet" href="http',
  '<script src="http',
];

/** The Redoc 3 standalone bundle that `redocly build-docs` inlines, as shipped inside @redocly/cli. */
function redocStandaloneSource(): string {
  const cli = dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json'));
  const file = join(cli, 'lib', 'chunks', 'redoc.standalone.js');
  if (!existsSync(file)) throw new StepError(`${file} is missing: check scripts/docs.ts against this @redocly/cli version`);
  return readFileSync(file, 'utf8');
}

/**
 * The shared Redoc script: the standalone bundle with every remote reference replaced, and its ES
 * module parts (`import.meta`, the closing `export`) turned into plain script (`window.Redoc`),
 * so that it runs as a classic script. A
 * module script opened from disk is refused by Chromium (file: has no CORS origin); a classic
 * one is not.
 */
export function offlineRedoc(source: string): string {
  let out = source;
  for (const { what, find, replace } of REMOTE_REFERENCES) {
    if (!out.includes(find))
      throw new StepError(
        `Redoc no longer references ${find} (${what}): check scripts/docs.ts REMOTE_REFERENCES against this Redoc version`,
      );
    out = out.split(find).join(replace);
  }
  // `import.meta` is module-only syntax; Redoc reads it only to find a worker file it never needs in a browser.
  if (!out.includes('import.meta'))
    throw new StepError('the Redoc standalone bundle no longer reads import.meta: check scripts/docs.ts offlineRedoc');
  out = `var __mcImportMeta = { url: document.currentScript ? document.currentScript.src : location.href, dirname: '' };\n${out.split('import.meta').join('__mcImportMeta')}`;
  const exported = /export\s*\{\s*RedocStandalone\s*,\s*hydrate\s*,\s*init\s*\}\s*;?\s*$/;
  if (!exported.test(out))
    throw new StepError(
      'the Redoc standalone bundle no longer ends with `export{RedocStandalone,hydrate,init}`: check scripts/docs.ts offlineRedoc',
    );
  out = out.replace(exported, 'window.Redoc={RedocStandalone,hydrate,init};\n');
  const left = FORBIDDEN_IN_PAGE.filter((f) => out.includes(f));
  if (left.length) throw new StepError(`${SHARED_FILES.redoc} still references ${left.join(', ')}`);
  return out;
}

/** A markdown table of the vendor's error catalog, shown as its own section of the page. */
export function catalogTable(doc: OpenApiDocument): string {
  const rows = (doc['x-error-catalog'] ?? []).map(
    (e) =>
      `| \`${escapeMd(e.code)}\` | ${e.status} | ${e.category} | ${escapeMd(e.meaning)} | ${e.retryable ? `yes${e.retryNote ? ` (${escapeMd(e.retryNote)})` : ''}` : e.retryNote ? `no (${escapeMd(e.retryNote)})` : 'no'} |`,
  );
  return [
    "Every error this API documents, generated from the spec's `x-error-catalog`.",
    '',
    '| code | status | category | meaning | retryable |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function operationCount(doc: OpenApiDocument): number {
  return listOperations(doc).filter((o) => !o.webhook).length;
}

export function firstSentence(text: string | undefined): string {
  const line = (text ?? '').split('\n').find((l) => l.trim() && !l.startsWith('#')) ?? '';
  const match = /^(.+?[.!?])(\s|$)/.exec(line.trim());
  return (match?.[1] ?? line).trim();
}

/** The document Redoc renders: the bundle plus a tag whose description is the error catalog. */
export function withCatalogTag(doc: OpenApiDocument, keepCatalog = true): OpenApiDocument {
  const tags = [...((doc as { tags?: unknown[] }).tags ?? []), { name: CATALOG_TAG, 'x-traitTag': true, description: catalogTable(doc) }];
  const groups = (doc as { 'x-tagGroups'?: { name: string; tags: string[] }[] })['x-tagGroups'];
  const { 'x-error-catalog': catalog, ...rest } = doc;
  return {
    ...rest,
    ...(keepCatalog && catalog ? { 'x-error-catalog': catalog } : {}),
    tags,
    // With tag groups, a tag outside every group is not shown: give the catalog its own group.
    ...(groups ? { 'x-tagGroups': [...groups, { name: 'Errors', tags: [CATALOG_TAG] }] } : {}),
  } as OpenApiDocument;
}

/**
 * The document a page carries: the bundle without the extensions for machines that Redoc does not
 * show (the catalog is shown as its own section instead), then the catalog tag. Only these known
 * keys at their known places are dropped: a schema property may well be called `x-something`.
 */
export function pageDocument(doc: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(doc) as OpenApiDocument & Record<string, unknown>;
  for (const key of ['x-generated-by', 'x-error-catalog']) delete copy[key];
  for (const { op } of listOperations(copy)) {
    const extensions = op as unknown as Record<string, unknown>;
    for (const key of ['x-error-codes', 'x-pagination']) delete extensions[key];
  }
  return withCatalogTag({ ...copy, 'x-error-catalog': doc['x-error-catalog'] } as OpenApiDocument, false);
}

/** The options the page hands Redoc: no web fonts, no telemetry, the document as given (already bundled). */
export const REDOC_OPTIONS = { disableGoogleFont: true, disableTelemetry: true, hideLoading: true, skipBundle: true };

/**
 * A vendor page: its document and Redoc's options as JSON data blocks, and the two shared
 * scripts. `#redoc` starts empty: Redoc renders it in the browser (a server-rendered copy would
 * add a quarter megabyte of styles to every page for a skeleton without any operation in it).
 */
export function vendorPage(doc: OpenApiDocument): string {
  return `<!doctype html>
<!-- Generated by scripts/docs.ts from the bundled document in generated/. -->
<html lang="en">
<head>
  <meta charset="utf-8">
  ${HEAD_EXTRAS}
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(doc.info.title)}</title>
  <style>body { margin: 0; padding: 0; } #mc-loading { font-family: system-ui, sans-serif; margin: 2rem; color: #555; }</style>
</head>
<body>
  <p id="mc-loading">Loading the ${escapeHtml(doc.info.title)} reference…</p>
  <div id="redoc"></div>
  ${dataBlock('mc-redoc-definition', pageDocument(doc))}
  ${dataBlock('mc-redoc-options', REDOC_OPTIONS)}
  <script src="./${SHARED_FILES.redoc}"></script>
  <script src="./${SHARED_FILES.boot}"></script>
</body>
</html>
`;
}

/** Redoc's route of an operation (`#/<tag>/<operationid>`), as its menu links write it. */
export function operationAnchor(tag: string | undefined, operationId: string): string {
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const tagSlug = (tag ?? '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return tagSlug ? `#/${tagSlug}/${slug(operationId)}` : `#/${slug(operationId)}`;
}

/** One entry of the index page's search: an operation, a webhook or an error code of one vendor. */
export interface SearchEntry {
  vendor: string;
  kind: 'operation' | 'webhook' | 'error';
  /** what the reader looks for: `GET /threads`, a webhook name, an error code */
  name: string;
  /** the operation's summary and id, or the error's status and meaning */
  detail: string;
  /** the operationId (operations and webhooks) */
  id?: string;
  href: string;
}

export function searchEntries(key: string, doc: OpenApiDocument): SearchEntry[] {
  const operations = listOperations(doc).map((o): SearchEntry => ({
    vendor: key,
    kind: o.webhook ? 'webhook' : 'operation',
    name: o.webhook ? o.path : `${o.method.toUpperCase()} ${o.path}`,
    detail: `${o.op.summary ?? ''} (${o.op.operationId})`,
    id: o.op.operationId,
    href: `./${key}.html${operationAnchor(o.op.tags?.[0], o.op.operationId)}`,
  }));
  const errors = (doc['x-error-catalog'] ?? []).map((e): SearchEntry => ({
    vendor: key,
    kind: 'error',
    name: e.code,
    detail: `${e.status} ${e.category}: ${e.meaning}`,
    href: `./${key}.html${CATALOG_ANCHOR}`,
  }));
  return [...operations, ...errors];
}

/** What the index shows of each vendor; the browser test reads the same figures from the bundles. */
export function vendorCounts(doc: OpenApiDocument): { operations: number; webhooks: number; errors: number } {
  const all = listOperations(doc);
  return {
    operations: all.filter((o) => !o.webhook).length,
    webhooks: all.filter((o) => o.webhook).length,
    errors: (doc['x-error-catalog'] ?? []).length,
  };
}

export function indexPage(entries: { key: string; doc: OpenApiDocument }[]): string {
  const items = entries
    .map(({ key, doc }) => {
      const c = vendorCounts(doc);
      return `    <li data-vendor="${key}">
      <a href="./${key}.html">${escapeHtml(doc.info.title)}</a>
      <span class="version">version ${escapeHtml(doc.info.version)}</span>
      <p>${escapeHtml(firstSentence(doc.info.description))}</p>
      <p class="counts">
        <span class="operations" data-count="${c.operations}">${c.operations} operations</span>
        <span class="webhooks" data-count="${c.webhooks}">${c.webhooks} webhooks</span>
        <a class="errors" data-count="${c.errors}" href="./${key}.html${CATALOG_ANCHOR}">${c.errors} error codes</a>
      </p>
    </li>`;
    })
    .join('\n');
  const search = entries.flatMap(({ key, doc }) => searchEntries(key, doc));
  return `<!doctype html>
<!-- Generated by scripts/docs.ts from the bundled documents in generated/. -->
<html lang="en">
<head>
  <meta charset="utf-8">
  ${HEAD_EXTRAS}
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>messaging-contracts: API reference</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
    li { margin-bottom: 1rem; } .version { color: #555; margin-left: .5rem; } p { margin: .25rem 0 0; }
    .counts span, .counts a { margin-right: 1rem; } .counts span { color: #555; }
    #search { width: 100%; font: inherit; padding: .4rem .6rem; box-sizing: border-box; }
    #search-results { list-style: none; padding: 0; } #search-results li { margin: .4rem 0; }
    #search-results .vendor, #search-results .kind { color: #555; font-size: .9em; margin-right: .5rem; }
    #search-results .detail { display: block; color: #333; font-size: .9em; }
  </style>
</head>
<body>
  <h1>messaging-contracts</h1>
  <p>OpenAPI 3.1 contracts of ${entries.length} messaging and inbox APIs. Each page works offline, opened from disk or served from any folder.</p>
  <label for="search">Search every vendor for an operation, a path, a webhook or an error code</label>
  <input id="search" type="search" autocomplete="off" placeholder="listThreads, /conversations, RATE_LIMITED, 429…">
  <p id="search-status" aria-live="polite"></p>
  <ul id="search-results"></ul>
  <ul id="vendors">
${items}
  </ul>
  ${dataBlock('mc-search-entries', search)}
  <script src="./${SHARED_FILES.search}"></script>
</body>
</html>
`;
}

/** Sizes of the built site, printed by the build and the bench against SITE_BUDGET. */
export function siteSizes(dir = docsDir): { files: { name: string; bytes: number }[]; total: number } {
  const files = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => ({ name, bytes: statSync(join(dir, name)).size }))
    .sort((a, b) => b.bytes - a.bytes);
  return { files, total: files.reduce((sum, f) => sum + f.bytes, 0) };
}

const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KiB`;

export function docs(only: string[] = []): void {
  const vendors = selectVendors(only);
  // Start empty: a page of a vendor no longer built must not stay behind (nor count in the size).
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  writeFileSync(join(docsDir, SHARED_FILES.redoc), offlineRedoc(redocStandaloneSource()));
  for (const file of [SHARED_FILES.boot, SHARED_FILES.search])
    writeFileSync(join(docsDir, file), readFileSync(join(SITE_SOURCES, file), 'utf8'));
  const entries = vendors.map((vendor: Vendor) => {
    const doc = readBundle(vendor);
    const page = vendorPage(doc);
    const left = FORBIDDEN_IN_PAGE.filter((f) => page.includes(f));
    if (left.length) throw new StepError(`dist/docs/${vendor.key}.html would reference ${left.join(', ')}`);
    writeFileSync(join(docsDir, `${vendor.key}.html`), page);
    return { key: vendor.key, doc };
  });
  writeFileSync(join(docsDir, 'index.html'), indexPage(entries));
  const { files, total } = siteSizes();
  for (const f of files) console.log(`  dist/docs/${f.name} (${kib(f.bytes)})`);
  console.log(`  site: ${kib(total)} in ${files.length} files (budget ${kib(SITE_BUDGET)})`);
  // A budget to watch, not a gate: the bench prints it too.
  if (total > SITE_BUDGET) console.log(`  warning: dist/docs/ is over its ${kib(SITE_BUDGET)} budget`);
}

if (process.argv[1]?.endsWith('docs.ts')) runMain(() => docs(process.argv.slice(2)));
