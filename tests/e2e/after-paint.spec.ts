/**
 * What no first paint needs is asked for after it: the vendor table's
 * filters and the search page's search (src/scripts/after-paint.ts).
 * Lighthouse's simulated slow 4G counted their requests, and the imports
 * behind them, before the paint when they started earlier. A filter chosen
 * before its script arrives still applies.
 */
import { expect, test, type Page } from '@playwright/test';
import { contentIndex } from '../helpers/content-index.ts';
import { resultLinks } from './helpers.ts';

/** Start times (ms) of the first contentful paint and of the first request whose URL matches `chunk`. */
async function paintAndRequest(page: Page, chunk: RegExp): Promise<{ paint: number; request: number }> {
  await expect.poll(() => page.evaluate((source) => performance.getEntriesByType('resource').some((r) => new RegExp(source).test(r.name)), chunk.source)).toBe(true);
  return page.evaluate((source) => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
    const request = performance.getEntriesByType('resource').find((r) => new RegExp(source).test(r.name))!.startTime;
    return { paint, request };
  }, chunk.source);
}

/** Holds back the script whose URL matches `chunk` until the returned function is called. */
async function holdBack(page: Page, chunk: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(chunk, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the vendor table filters are requested after the first paint', async ({ page }) => {
  await page.goto('xiaomi/');
  const { paint, request } = await paintAndRequest(page, /\/_astro\/code-filter\.[\w-]+\.js$/);
  expect(request).toBeGreaterThan(paint);
  await expect(page.locator('[data-filter-status]')).not.toBeEmpty();
});

test("the search page's search is requested after the first paint", async ({ page }) => {
  await page.goto('search/?q=10001');
  expect(await resultLinks(page)).toContain('/xiaomi/10001/');
  const { paint, request } = await paintAndRequest(page, /\/_astro\/search-page\.[\w-]+\.js$/);
  expect(request).toBeGreaterThan(paint);
});

test('a category chosen before the filters script arrives is applied when it does, and goes in the URL', async ({ page }) => {
  const vivoRateLimit = contentIndex().codes.filter((c) => c.vendor === 'vivo' && c.category === 'rate-limit');
  const release = await holdBack(page, /\/_astro\/code-filter\.[\w-]+\.js$/);
  await page.goto('vivo/');
  await page.getByLabel('Category').selectOption('rate-limit');
  await expect(page.locator('#codes tbody tr:not([hidden])')).not.toHaveCount(vivoRateLimit.length);
  release();
  await expect(page.locator('#codes tbody tr:not([hidden])')).toHaveCount(vivoRateLimit.length);
  await expect(page).toHaveURL(/\?category=rate-limit$/);
});

test("a vendor chosen on a search page before the search's script arrives is kept, with the URL's query", async ({ page }) => {
  const release = await holdBack(page, /\/_astro\/search-page\.[\w-]+\.js$/);
  await page.goto('search/?q=10001');
  await page.getByLabel('Vendor').selectOption('honor');
  release();
  await expect(page).toHaveURL(/\?q=10001&vendor=honor$/);
  await expect(page.getByLabel('Vendor')).toHaveValue('honor');
  await expect(page.locator('#search-q')).toHaveValue('10001');
  const links = await resultLinks(page);
  expect(links.length).toBeGreaterThan(0);
  expect(links.every((l) => l.startsWith('/honor/'))).toBe(true);
});
