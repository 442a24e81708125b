import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface PageWeight {
  /** Files the first load requested, by kind: their count and gzip -9 size in bytes. */
  js: { files: number; gzipBytes: number; rawBytes: number };
  css: { files: number; gzipBytes: number; rawBytes: number };
}

/**
 * Loads `url` in a fresh page and weighs what it actually requested: each script and style
 * sheet the page received, compressed here with gzip level 9 (the service may send it
 * uncompressed on loopback, so the transfer size would not be the budget's measure).
 */
export async function weighFirstLoad(page: Page, url: string): Promise<PageWeight> {
  const bodies: Promise<{ kind: 'js' | 'css'; body: Buffer }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet')
      bodies.push(
        response.body().then((body) => ({ kind: type === 'script' ? 'js' : 'css', body })),
      );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const weight: PageWeight = {
    js: { files: 0, gzipBytes: 0, rawBytes: 0 },
    css: { files: 0, gzipBytes: 0, rawBytes: 0 },
  };
  for (const { kind, body } of await Promise.all(bodies)) {
    weight[kind].files += 1;
    weight[kind].rawBytes += body.length;
    weight[kind].gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  if (weight.js.files === 0)
    throw new Error(`${url} requested no JavaScript: is the console built?`);
  return weight;
}
