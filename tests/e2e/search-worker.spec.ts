/**
 * The search page's search runs in a Web Worker (src/scripts/search-worker.ts),
 * so the lookup's tables and answers do not block the page; where the worker
 * cannot start, the same search runs in the page and shows the same results.
 */
import { expect, test } from '@playwright/test';
import { resultLinks } from './helpers.ts';

test('a search typed on the search page is answered by the worker; the page never loads the lookup engine', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await page.goto('search/');
  await page.locator('#search-q').fill('10001');
  await page.locator('#search-q').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=10001/);
  const links = await resultLinks(page);
  // Two vendors have a code 10001: both are exact answers, first.
  expect(links.slice(0, 2).sort()).toEqual(['/honor/10001/', '/xiaomi/10001/']);
  await expect(page.locator('#search-results > li[data-exact]')).toHaveCount(2);
  expect(workers.some((w) => /\/_astro\/search-worker[^/]*\.js$/.test(w))).toBe(true);
  // The engine travels inside the worker's script; the page's own chunks do not hold it.
  expect(requested.filter((p) => /\/_astro\/(lookup-index-loader|search-core)[^/]*\.js$/.test(p))).toEqual([]);
  expect(requested.some((p) => p.endsWith('/api/lookup/manifest.json') || p.endsWith('/api/lookup.json'))).toBe(true);
});

test('when the worker cannot load, the search runs in the page with the same results', async ({ page }) => {
  await page.goto('search/?q=token%20expired');
  const inWorker = await resultLinks(page);
  await expect(page.locator('#search-status')).toHaveText(/results for/);
  const status = await page.locator('#search-status').textContent();
  expect(inWorker.length).toBeGreaterThan(5);

  await page.route(/\/_astro\/search-worker[^/]*\.js$/, (route) => route.abort());
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('search/?q=token%20expired');
  expect(await resultLinks(page)).toEqual(inWorker);
  await expect(page.locator('#search-status')).toHaveText(status!);
  expect(requested.some((p) => /\/_astro\/search-core[^/]*\.js$/.test(p))).toBe(true);
});
