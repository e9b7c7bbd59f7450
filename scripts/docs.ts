// The reference site in dist/docs/: one offline Redoc page per vendor (scripts inlined, no
// web fonts, no CDN logo or icons, no telemetry) with its error catalog as a readable section, and
// an index page listing them. Every page works opened from disk or served from any folder.
//
// `tsx scripts/docs.ts` builds every registered vendor (scripts/vendors.ts); `tsx scripts/docs.ts inbox lines`
// builds (and lists in index.html) only those.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, readBundle, selectVendors, type Vendor } from './vendors.ts';
import { runMain, runTool, StepError } from './run.ts';
import { listOperations, type OpenApiDocument } from './openapi-model.ts';

export const docsDir = join(projectRoot, 'dist', 'docs');

/** Name of the extra tag that carries the error catalog table on each vendor page. */
export const CATALOG_TAG = 'Error catalog';

const escapeMd = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The pages may load nothing from another machine. This policy lets them run their own inline
 * scripts and styles, images/fonts from data: and blob: URLs, and nothing else: if a later Redoc
 * adds a remote font, logo or beacon, the browser refuses it (and logs it, which the browser test
 * turns into a failure) instead of sending the reader's visit elsewhere. It names no origin, so it
 * holds the same whether the page is served from any folder or opened from disk.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
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

/** Strings that must not be left in a page after `offlinePage` (each would be a request to another host). */
export const FORBIDDEN_IN_PAGE = ['fonts.googleapis.com', 'fonts.gstatic.com', 'cdn.redoc.ly', 'cdn.redocly.com', '<link rel="stylesheet" href="http', '<script src="http'];

/** A markdown table of the vendor's error catalog, shown as its own section of the page. */
export function catalogTable(doc: OpenApiDocument): string {
  const rows = (doc['x-error-catalog'] ?? []).map(
    (e) => `| \`${escapeMd(e.code)}\` | ${e.status} | ${e.category} | ${escapeMd(e.meaning)} | ${e.retryable ? `yes${e.retryNote ? ` (${escapeMd(e.retryNote)})` : ''}` : e.retryNote ? `no (${escapeMd(e.retryNote)})` : 'no'} |`,
  );
  return [
    'Every error this API documents, generated from the spec\'s `x-error-catalog`.',
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
export function withCatalogTag(doc: OpenApiDocument): OpenApiDocument {
  const tags = [...((doc as { tags?: unknown[] }).tags ?? []), { name: CATALOG_TAG, 'x-traitTag': true, description: catalogTable(doc) }];
  const groups = (doc as { 'x-tagGroups'?: { name: string; tags: string[] }[] })['x-tagGroups'];
  return {
    ...doc,
    tags,
    // With tag groups, a tag outside every group is not shown: give the catalog its own group.
    ...(groups ? { 'x-tagGroups': [...groups, { name: 'Errors', tags: [CATALOG_TAG] }] } : {}),
  } as OpenApiDocument;
}

/** Makes a page built by `redocly build-docs --inlineBundle` load nothing from another machine. */
export function offlinePage(html: string, source = 'page'): string {
  let out = html;
  for (const { what, find, replace } of REMOTE_REFERENCES) {
    if (!out.includes(find)) throw new StepError(`${source}: Redoc no longer references ${find} (${what}): check scripts/docs.ts REMOTE_REFERENCES against this Redoc version`);
    out = out.split(find).join(replace);
  }
  // The options Redoc hydrates with: telemetry and web fonts off, whatever the CLI was given.
  out = out.replace(/const __redoc_options = (\{.*\});/, (_all, json: string) => {
    const options = { ...(JSON.parse(json) as Record<string, unknown>), disableTelemetry: true, disableGoogleFont: true };
    return `const __redoc_options = ${JSON.stringify(options)};`;
  });
  if (!/"disableTelemetry":true/.test(out)) throw new StepError(`${source}: could not find the Redoc options to turn telemetry off`);
  // The policy goes first in <head> (after the charset), before anything it governs.
  const anchor = /<meta charset="[^"]*"\s*\/?>/.exec(out)?.[0] ?? '<head>';
  if (!out.includes(anchor)) throw new StepError(`${source}: no <head> to add the content security policy to`);
  out = out.replace(anchor, `${anchor}\n  ${HEAD_EXTRAS}`);
  const left = FORBIDDEN_IN_PAGE.filter((s) => out.includes(s));
  if (left.length) throw new StepError(`${source}: still references ${left.join(', ')}`);
  return out;
}

/** Builds one offline Redoc page for a document into `output`. */
export function buildPage(doc: OpenApiDocument, output: string, name: string): void {
  const tmp = mkdtempSync(join(tmpdir(), 'mc-docs-'));
  const input = join(tmp, `${name}.json`);
  writeFileSync(input, JSON.stringify(withCatalogTag(doc)));
  try {
    runTool(
      'redocly',
      ['build-docs', input, '-o', output, '--inlineBundle', '--title', doc.info.title, '--openapi.disableGoogleFont=true', '--openapi.hideLoading=true'],
      { quiet: true },
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(output, offlinePage(readFileSync(output, 'utf8'), output));
}

export function indexPage(entries: { key: string; doc: OpenApiDocument }[]): string {
  const items = entries
    .map(
      ({ key, doc }) => `    <li data-vendor="${key}">
      <a href="./${key}.html">${escapeHtml(doc.info.title)}</a>
      <span class="version">version ${escapeHtml(doc.info.version)}</span>
      <span class="operations" data-count="${operationCount(doc)}">${operationCount(doc)} operations</span>
      <p>${escapeHtml(firstSentence(doc.info.description))}</p>
    </li>`,
    )
    .join('\n');
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
    li { margin-bottom: 1rem; } .version, .operations { color: #555; margin-left: .5rem; } p { margin: .25rem 0 0; }
  </style>
</head>
<body>
  <h1>messaging-contracts</h1>
  <p>OpenAPI 3.1 contracts of ${entries.length === 4 ? 'four' : entries.length} messaging and inbox APIs. Each page works offline, opened from disk or served from any folder.</p>
  <ul>
${items}
  </ul>
</body>
</html>
`;
}

export function docs(only: string[] = []): void {
  const vendors = selectVendors(only);
  mkdirSync(docsDir, { recursive: true });
  const entries = vendors.map((vendor: Vendor) => {
    const doc = readBundle(vendor);
    const page = join(docsDir, `${vendor.key}.html`);
    buildPage(doc, page, vendor.key);
    console.log(`  dist/docs/${vendor.key}.html (${Math.round(statSync(page).size / 1024)} KiB)`);
    return { key: vendor.key, doc };
  });
  writeFileSync(join(docsDir, 'index.html'), indexPage(entries));
  console.log('  dist/docs/index.html');
}

if (process.argv[1]?.endsWith('docs.ts')) runMain(() => docs(process.argv.slice(2)));
