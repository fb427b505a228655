/**
 * The search page draws its results without moving what is already on
 * screen: with a search in the URL, the "Browse a category" list (below the
 * results) is hidden from the first paint, so results arriving later push
 * nothing down. Lighthouse counted that move as layout shift (CLS ~0.09).
 */
import { expect, test } from '@playwright/test';
import { resultLinks } from './helpers.ts';

// Lighthouse's mobile screen.
test.use({ viewport: { width: 412, height: 823 } });

test('a search URL draws its results later than the first paint and nothing on screen moves', async ({ page }) => {
  // Sum of layout shifts not caused by input, as CLS counts them.
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.shifted += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Hold the lookup index back, so the page is painted well before the results exist.
  await page.route(/\/api\/lookup[./]/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.goto('search/?q=10001');
  expect(await resultLinks(page)).toContain('/xiaomi/10001/');
  await expect(page.locator('.browse-categories')).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.01);
});

test('with no search the categories are there to browse, and they come back when the search is emptied', async ({ page }) => {
  await page.goto('search/');
  await expect(page.getByRole('navigation', { name: 'Browse a category' })).toBeVisible();
  await page.goto('search/?q=token');
  await resultLinks(page);
  await expect(page.getByRole('navigation', { name: 'Browse a category' })).toBeHidden();
  // The search emptied on the page itself: the results go and the categories come back.
  await page.locator('#search-q').fill('');
  await page.locator('#search-q').press('Enter');
  await expect(page.getByRole('navigation', { name: 'Browse a category' })).toBeVisible();
  await expect(page.locator('#search-results > li')).toHaveCount(0);
  // "?q=" (an empty search sent by the header box) reads as no search once the page has read it.
  await page.goto('search/?q=');
  await expect(page.getByRole('navigation', { name: 'Browse a category' })).toBeVisible();
});

test('with scripts off the categories are always there (no search can run)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('search/?q=10001');
  await expect(page.getByRole('navigation', { name: 'Browse a category' })).toBeVisible();
  await context.close();
});
