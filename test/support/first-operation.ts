// When a reference page has drawn its first operation: shared by the browser test (which prints
// it) and the bench (which takes the median). The figure is the time from the start of navigation
// to a deep link of the bundle's first operation until Redoc shows that operation's heading.
import type { Page } from 'playwright-core';
import { listOperations, type OpenApiDocument } from '../../scripts/openapi-model.ts';

/** Operation ids as Redoc writes them in its routes (`#/<tag>/<operationid>`). */
const slug = (operationId: string) => operationId.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The first operation of a bundle (not a webhook), with the route Redoc gives it: `#/<first tag>/<operationid>`. */
export function firstOperation(doc: OpenApiDocument) {
  const first = listOperations(doc).find((o) => !o.webhook && o.op.summary && o.op.tags?.length);
  if (!first) throw new Error(`${doc.info.title} has no tagged operation with a summary`);
  const tag = first.op
    .tags![0]!.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { ...first, summary: first.op.summary!, anchor: `#/${tag}/${slug(first.op.operationId)}` };
}

/** Opens `url` and waits until the operation whose summary is given is rendered as a heading; returns ms since navigation started. */
export async function timeToOperation(page: Page, url: string, summary: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const at = await page.waitForFunction(
    (text) => {
      const heading = [...document.querySelectorAll('[data-section-id] h2')].find((h) => h.textContent?.trim() === text);
      return heading ? performance.now() : false;
    },
    summary,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await at.jsonValue()) as number;
}
