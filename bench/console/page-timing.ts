import type { Page } from 'playwright-core';

/** Each navigation's time until `usable` resolves, and their median. */
export interface NavigationTiming {
  runs: number[];
  median: number;
}

/**
 * page.goto(url), timed until `usable` sees the page's data on screen; `runs` times. Each
 * run starts from about:blank so the page is built anew (the browser cache stays warm, as
 * for an organiser coming back to the console).
 */
export async function timeNavigation(
  page: Page,
  url: string,
  usable: (page: Page) => Promise<void>,
  runs: number,
): Promise<NavigationTiming> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.goto('about:blank');
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await usable(page);
    times.push(performance.now() - started);
  }
  return { runs: times, median: median(times) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
