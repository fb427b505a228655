/**
 * Browsing a category on the search page with no query: a page of codes at a
 * time (src/utils/browse-page.ts), in catalogue order, every code that passes
 * the filters reachable through the pages; and with scripts off, the vendor
 * pages (which list every code) linked from the same place. The real
 * catalogue is served whole, so these pages are cut from the whole index;
 * tests/build/large-catalogue.test.ts browses a sharded one.
 */
import { expect, test, type Page } from '@playwright/test';
import { PAGE_SIZE } from '../../src/utils/browse-page.ts';
import { BASE_SITE, resultLinks } from './helpers.ts';

interface Code { v: string; c: string; k: string; r: 0 | 1 }

/** Permalinks of the codes that pass, in catalogue order: what the list showed whole before it was paged. */
async function expected(page: Page, passes: (c: Code) => boolean): Promise<string[]> {
  const { codes } = (await (await page.request.get('api/lookup.json')).json()) as { codes: Code[] };
  return codes.filter(passes).map((c) => `/${c.v}/${encodeURIComponent(c.c.toLowerCase())}/`);
}

test('a category is browsed page by page, every code of it in order, and a code is reached from its row', async ({ page }) => {
  const all = await expected(page, (c) => c.k === 'invalid-request');
  const pages = Math.ceil(all.length / PAGE_SIZE);
  expect(pages).toBeGreaterThan(2);
  await page.goto('search/');
  await page.getByRole('navigation', { name: 'Browse a category' }).getByRole('link', { name: 'Invalid request' }).click();
  await expect(page).toHaveURL(/\/search\/\?category=invalid-request$/);
  expect(await resultLinks(page)).toEqual(all.slice(0, PAGE_SIZE));
  await expect(page.locator('#search-status')).toHaveText(new RegExp(`^${all.length} results for these filters \\(invalid request\\)\\. Showing 1–${PAGE_SIZE}, page 1 of ${pages}\\.$`));
  const pager = page.getByRole('navigation', { name: 'Pages of results' });
  await expect(pager.getByRole('link', { name: 'Previous page' })).toHaveCount(0);

  // Next, page after page, to the last: together the pages list every code of the category, once, in order.
  const seen = await resultLinks(page);
  for (let n = 2; n <= pages; n++) {
    await pager.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?category=invalid-request&page=${n}$`));
    await expect(page.locator('#search-status')).toContainText(`page ${n} of ${pages}`);
    seen.push(...(await resultLinks(page)));
  }
  expect(seen).toEqual(all);
  await expect(pager.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await expect(page).toHaveTitle(/page \d+ · Search/);

  // Back goes to the page before; First goes to page 1, whose address has no page.
  await page.goBack();
  await expect(page.locator('#search-status')).toContainText(`page ${pages - 1} of ${pages}`);
  await pager.getByRole('link', { name: 'First page' }).click();
  await expect(page).toHaveURL(/\?category=invalid-request$/);

  // A row leads to its code.
  const last = all.at(-1)!;
  await page.goto(`search/?category=invalid-request&page=${pages}`);
  await page.locator(`#search-results a[href="${last}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${last}$`));
  await expect(page.locator('h1')).toBeVisible();
});

test('the filters narrow across every code, a page past the end shows the last, and a filter change goes back to page 1', async ({ page }) => {
  const notRetryable = await expected(page, (c) => c.k === 'invalid-request' && c.r === 0);
  const pages = Math.ceil(notRetryable.length / PAGE_SIZE);
  await page.goto('search/?category=invalid-request&retryable=no&page=99');
  await expect(page).toHaveURL(new RegExp(`retryable=no&page=${pages}$`));
  expect(await resultLinks(page)).toEqual(notRetryable.slice((pages - 1) * PAGE_SIZE));
  await page.getByLabel('Vendor').selectOption('huawei');
  await expect(page).toHaveURL(/\?vendor=huawei&category=invalid-request&retryable=no$/);
  await expect(page.locator('#search-status')).toContainText('at Huawei');
  expect(await resultLinks(page)).toEqual((await expected(page, (c) => c.v === 'huawei' && c.k === 'invalid-request' && c.r === 0)).slice(0, PAGE_SIZE));
});

test('the pages keep the base path in a BASE_PATH build', async ({ page }) => {
  await page.goto(`${BASE_SITE}search/?category=invalid-request`);
  const next = page.getByRole('navigation', { name: 'Pages of results' }).getByRole('link', { name: 'Next page' });
  await expect(next).toHaveAttribute('href', '/docs/push/search/?category=invalid-request&page=2');
  await next.click();
  const links = await resultLinks(page);
  expect(links.length).toBe(PAGE_SIZE);
  expect(links.every((l) => l.startsWith('/docs/push/'))).toBe(true);
});

test('with scripts off the category part links every vendor page, and each lists its codes', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('search/?category=invalid-request');
  const browse = page.getByRole('navigation', { name: 'Browse a category' });
  await expect(browse).toContainText('listing a category here needs JavaScript');
  const { vendors, codes } = (await (await page.request.get('api/lookup.json')).json()) as { vendors: { slug: string }[]; codes: Code[] };
  const vendorLinks = await browse.locator('p a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(vendorLinks.sort()).toEqual(vendors.map((v) => `/${v.slug}/`).sort());
  // One vendor page followed: its table (or the parts it links) has the category's codes of that vendor.
  await browse.getByRole('link', { name: 'FCM', exact: true }).click();
  await expect(page).toHaveURL(/\/fcm\/$/);
  for (const c of codes.filter((c) => c.v === 'fcm' && c.k === 'invalid-request')) await expect(page.locator(`a[href="/fcm/${encodeURIComponent(c.c.toLowerCase())}/"]`).first()).toBeAttached();
  await context.close();
});
