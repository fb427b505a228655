/**
 * The path from a ticket to an answer and back into the ticket, at phone and
 * desktop widths: every value's page, the vendor menu, copy buttons beside the
 * heading (ticket text read back from the clipboard), live search filters,
 * link unfurls, section links, and tap targets of at least 24 × 24 px.
 */
import { expect, test, type Page } from '@playwright/test';

const WIDTHS = [390, 1280];

/** Every visible link and control smaller than 24 × 24 px that is not inside a sentence (WCAG 2.2, 2.5.8). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const inSentence = (el: Element): boolean => {
      // The "inline" exception: a link whose line holds other words (running text, a list item's sentence).
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const all = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
      return getComputedStyle(el).display === 'inline' && all.length > own.length;
    };
    const found: string[] = [];
    for (const el of document.querySelectorAll('a[href], button, input, select, summary, textarea')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.classList.contains('skip-link')) continue; // off screen until focused
      if ((r.width < 24 || r.height < 24) && !inSentence(el)) found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return found;
  });
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(({ page }) => page.setViewportSize({ width, height: 850 }));
    // Full-text search and its reruns take seconds on a loaded machine: room for three of them.
    test.slow();

    test('/code/503/ lists the 503 codes and, in their own group, FCM and APNs entries with HTTP 503, and says where they differ', async ({ page }) => {
      await page.goto('code/503/');
      const byCode = page.getByRole('region', { name: 'Code 503' });
      await expect(byCode.getByRole('heading', { level: 3 })).toHaveText(['Huawei (HMS Push Kit)', 'Honor']);
      const byHttp = page.getByRole('region', { name: 'HTTP status 503' });
      await expect(byHttp.getByRole('heading', { level: 3 })).toHaveText(['FCM UNAVAILABLE', 'APNs ServiceUnavailable', 'APNs Shutdown']);
      // Apple asks for a 15-minute wait on its 5xx reasons; the others retry with back-off: the page says they differ, and how.
      const todo = page.getByRole('region', { name: 'What to do' });
      await expect(todo).toContainText('They differ on what to do (2 different answers)');
      await expect(todo.getByRole('listitem')).toHaveText([
        'Retry with back-off a retry can help: Huawei 503, Honor 503, FCM UNAVAILABLE',
        'Retry after a wait a retry can help: APNs ServiceUnavailable, APNs Shutdown',
      ]);
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeVisible();
      await byHttp.getByRole('link', { name: 'FCM UNAVAILABLE' }).click();
      await expect(page).toHaveURL(/\/fcm\/unavailable\/$/);
    });

    test('a code page says where vendors differ', async ({ page }) => {
      await page.goto('code/10001/');
      const todo = page.getByRole('region', { name: 'What to do' });
      await expect(todo).toContainText('They differ on what to do');
      await expect(todo.getByRole('listitem')).toHaveCount(2);
    });

    test('the vendor menu reaches every vendor from a permalink', async ({ page }) => {
      await page.goto('./');
      const count = await page.locator('[data-vendor-count]').count();
      await page.goto('huawei/80300007/');
      const menu = page.getByRole('navigation', { name: 'All tables' });
      await expect(menu).toBeHidden();
      await page.locator('.vendor-menu summary').click();
      const links = menu.getByRole('link');
      await expect(links).toHaveCount(count);
      const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const statuses = await Promise.all(hrefs.map(async (path) => [path, (await page.request.get(path)).status()]));
      expect(statuses).toEqual(hrefs.map((path) => [path, 200]));
      await links.filter({ hasText: /^APNs \d/ }).click();
      await expect(page).toHaveURL(/\/apns\/$/);
      // Escape closes it and gives focus back to its button.
      await page.locator('.vendor-menu summary').click();
      await expect(menu).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
    });

    test('copy buttons sit beside the heading; the ticket text says what to do and whether a retry helps', async ({ page, baseURL }) => {
      await page.goto('huawei/80300007/');
      const ticket = page.getByRole('button', { name: 'Copy for a ticket' });
      await expect(ticket).toBeInViewport();
      const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      const button = (await ticket.boundingBox())!;
      expect(button.y - (heading.y + heading.height)).toBeLessThan(60);
      await ticket.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `[Huawei 80300007: Specified Token is invalid. Remove the token; retry will not help](${baseURL}huawei/80300007/)`,
      );
      // The example response has its own copy button.
      await page.getByRole('button', { name: 'Copy this example' }).click();
      expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())).code).toBe('80300007');
    });

    test('section headings of a long body can be linked', async ({ page }) => {
      await page.goto('huawei/80300007/');
      const fix = page.getByRole('link', { name: 'Link to this section: How to fix' });
      await expect(fix).toHaveAttribute('href', '#how-to-fix');
      await fix.click();
      await expect(page).toHaveURL(/#how-to-fix$/);
      await expect(page.getByRole('heading', { name: /How to fix/ })).toBeInViewport();
    });

    test('every permalink with the same code elsewhere shows it, related or not', async ({ page }) => {
      // Honor 80300007 names Huawei's in `related`; the block still shows.
      await page.goto('honor/80300007/');
      await expect(page.getByRole('region', { name: '80300007 at other vendors' })).toContainText('Huawei 80300007');
      await page.goto('huawei/80300007/');
      await expect(page.getByRole('region', { name: '80300007 at other vendors' })).toContainText('Honor 80300007');
    });

    test('search filters apply as they change and the URL follows; results carry the action; the title carries the query', async ({ page }) => {
      await page.goto('search/?q=token');
      await expect(page.locator('#search-status')).toHaveText(/results? for/, { timeout: 30_000 });
      await expect(page).toHaveTitle(/^“token” · Search/);
      const first = page.locator('#search-results > li').first();
      await expect(first.locator('.badge.act')).toHaveText(/^(Retry with back-off|Retry after a wait|Wait for quota reset|Fix the request|Fix the configuration|Renew the credential|Remove the token|Nothing to do)$/);
      await page.getByLabel('Vendor').selectOption('apns');
      await expect(page).toHaveURL(/\?q=token&vendor=apns$/);
      await expect(page.locator('#search-status')).toContainText('at APNs', { timeout: 30_000 });
      const paths = await page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.every((p) => p.startsWith('/apns/'))).toBe(true);
      await page.getByLabel('Retry helps').selectOption('no');
      await expect(page).toHaveURL(/\?q=token&vendor=apns&retryable=no$/);
      await expect(page.locator('#search-status')).toContainText('retry does not help', { timeout: 30_000 });
    });

    test('a category can be browsed with no query, and the filter applies on an empty search page', async ({ page }) => {
      await page.goto('search/');
      await page.getByLabel('Category', { exact: true }).selectOption('rate-limit');
      await expect(page).toHaveURL(/\/search\/\?category=rate-limit$/);
      await expect(page.locator('#search-status')).toHaveText(/^\d+ results for these filters \(rate limit or quota\)\./);
      await expect(page).toHaveTitle(/^rate limit or quota · Search/);
      await page.goto('search/');
      await page.getByRole('link', { name: 'Rate limit or quota' }).click();
      await expect(page.locator('#search-results > li')).not.toHaveCount(0);
      expect(await page.locator('#search-results .badge.act').count()).toBe(await page.locator('#search-results > li').count());
    });

    for (const path of ['./', 'huawei/80300007/', 'fcm/unavailable/', 'code/503/', 'search/?q=token']) {
      test(`tap targets on ${path} are at least 24 × 24 px`, async ({ page }) => {
        await page.goto(path);
        if (path.startsWith('search')) await expect(page.locator('#search-status')).toHaveText(/results? for/, { timeout: 30_000 });
        expect(await smallTargets(page)).toEqual([]);
        await page.locator('.vendor-menu summary').click();
        expect(await smallTargets(page)).toEqual([]);
      });
    }
  });
}

test('a permalink unfurls with vendor, code and meaning, and says what to do', async ({ page }) => {
  await page.goto('huawei/80300007/');
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await meta('meta[property="og:title"]')).toBe('Huawei 80300007 · Specified Token is invalid');
  expect(await meta('meta[property="og:description"]')).toBe('Remove the token; retry will not help. Huawei error 80300007: Specified Token is invalid.');
  expect(await meta('meta[property="og:site_name"]')).toBe('Push Error Codes');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary');
  // X falls back to og:title and og:description (developer.x.com/cards/markup): not repeated as twitter:* tags.
  await expect(page.locator('meta[name="twitter:title"], meta[name="twitter:description"]')).toHaveCount(0);
  // No SITE_URL in this build: no og:url (it must be absolute).
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  for (const path of ['./', 'xiaomi/', 'code/503/', 'search/']) {
    await page.goto(path);
    expect(await meta('meta[property="og:title"]'), path).toBeTruthy();
    expect(await meta('meta[property="og:description"]'), path).toBeTruthy();
  }
});
