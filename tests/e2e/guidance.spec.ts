/** Every code says what to do; vendor tables filter by it; the tables are complete. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { contentIndex } from '../helpers/content-index.ts';

const rows = (page: import('@playwright/test').Page) => page.locator('#codes tbody tr');
const visibleRows = (page: import('@playwright/test').Page) => page.locator('#codes tbody tr:not([hidden])');

// Counts come from content/, so a code added to vivo's table does not break these tests.
const vivo = contentIndex().codes.filter((c) => c.vendor === 'vivo');
const vivoRateLimit = vivo.filter((c) => c.category === 'rate-limit');
const vivoRateLimitQuota = vivoRateLimit.filter((c) => c.action === 'wait-for-quota');

test.describe('what to do on a permalink', () => {
  test('a person reads the action, the category, whether to retry and whose guidance it is', async ({ page }) => {
    await page.goto('fcm/unregistered/');
    const todo = page.getByRole('region', { name: 'What to do' });
    await expect(todo).toContainText('Remove the token');
    await expect(todo).toContainText('Device token invalid or expired');
    await expect(todo).toContainText('Will not help');
    const source = todo.getByRole('link', { name: 'FCM docs' });
    await expect(source).toHaveAttribute('href', 'https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode');
    await expect(todo.getByRole('heading', { name: 'How to fix' })).toBeVisible();
    await expect(todo.locator('pre')).toContainText('"errorCode": "UNREGISTERED"');
  });

  test("a code with no vendor guidance says it is the site's own reading", async ({ page }) => {
    await page.goto('vivo/10302/');
    const todo = page.getByRole('region', { name: 'What to do' });
    await expect(todo).toContainText('Remove the token');
    await expect(todo.locator('[data-guidance-source]')).toHaveText(/the site's own reading/i);
    await expect(todo.locator('[data-guidance-source] a')).toHaveCount(0);
  });

  test("where the vendor words a code differently, both meanings are shown and labelled", async ({ page }) => {
    await page.goto('meizu/110002/');
    const meaning = page.getByRole('region', { name: 'Meaning' });
    // Meizu words it twice (English API notes and its Chinese README): both are labelled as Meizu's.
    const vendorMeaning = meaning.locator('li[data-from="vendor"]').filter({ hasText: 'push is switched off' });
    await expect(vendorMeaning).toContainText("Meizu's own meaning");
    await expect(meaning.locator('li[data-from="vendor"]').filter({ hasText: '消息开关关闭' })).toContainText("Meizu's own meaning, in Chinese");
    // The Chinese text is marked as Chinese, for screen readers and fonts.
    await expect(meaning.locator('li[data-from="vendor"] p[lang="zh"]').filter({ hasText: '消息开关关闭' })).toHaveCount(1);
    await expect(meaning.locator('li[data-from="vendor"] p[lang="zh"]').filter({ hasText: 'push is switched off' })).toHaveCount(0);
    await expect(meaning.locator('li[data-from="document"]')).toContainText("Push ID invalid (Push ID not subscribed).");
    await expect(meaning.locator('li[data-from="document"]')).toContainText("The source document's wording, line 300");
  });

  test('a person follows a related code and comes back', async ({ page }) => {
    await page.goto('server/90024/');
    const related = page.getByRole('region', { name: 'Related codes' });
    await related.getByRole('link', { name: 'Push server 90051' }).click();
    await expect(page).toHaveURL(/\/server\/90051\/$/);
    await expect(page.getByRole('region', { name: 'What to do' })).toContainText('Retry after a wait');
    await page.getByRole('region', { name: 'Related codes' }).getByRole('link', { name: 'Push server 90024' }).click();
    await expect(page).toHaveURL(/\/server\/90024\/$/);
  });

  test('an APNs reason links its FCM counterpart, and Huawei and Honor share a number', async ({ page }) => {
    await page.goto('apns/toomanyrequests/');
    await page.getByRole('region', { name: 'Related codes' }).getByRole('link', { name: 'FCM QUOTA_EXCEEDED' }).click();
    await expect(page).toHaveURL(/\/fcm\/quota_exceeded\/$/);
    await page.goto('huawei/80300007/');
    await expect(page.getByRole('region', { name: '80300007 at other vendors' }).getByRole('link', { name: 'Honor 80300007' })).toBeVisible();
  });

  test('the fuller pages with example responses fit a phone without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['fcm/invalid_argument/', 'apns/unregistered/', 'server/90024/', 'meizu/110002/']) {
      await page.goto(path);
      await expect(page.locator('main pre')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('a code added from vendor docs says it is not in the source document', async ({ page }) => {
    await page.goto('apns/baddevicetoken/');
    await expect(page.locator('[data-vendor-docs]')).toHaveText("not in the source document: from the vendor's docs");
    await expect(page.locator('main li[data-from="vendor"] a')).toHaveAttribute('href', /developer\.apple\.com/);
  });
});

test.describe('vendor tables', () => {
  test('open with how the vendor reports errors and a link to its docs', async ({ page }) => {
    await page.goto('fcm/');
    const reporting = page.getByRole('region', { name: 'How FCM reports errors' });
    await expect(reporting).toContainText('errorCode');
    await expect(reporting.getByRole('link', { name: 'FCM error codes' })).toHaveAttribute('href', 'https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode');
  });

  test('show category and action as text on every row', async ({ page }) => {
    await page.goto('vivo/');
    await expect(rows(page)).toHaveCount(vivo.length);
    await expect(page.locator('#code-10302')).toContainText('Bad token');
    await expect(page.locator('#code-10302')).toContainText('Remove the token');
  });

  test('a person filters the table by category with the keyboard', async ({ page }) => {
    await page.goto('vivo/');
    const category = page.getByLabel('Category');
    await category.focus();
    await page.keyboard.type('Rate');
    await expect(category).toHaveValue('rate-limit');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing ${vivoRateLimit.length} of ${vivo.length} codes`);
    await expect(visibleRows(page)).toHaveCount(vivoRateLimit.length);
    for (const text of await visibleRows(page).allInnerTexts()) expect(text).toContain('Rate limit');
    await expect(page).toHaveURL(/\?category=rate-limit$/);
    // Narrow further by action, then clear both.
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Action')).toBeFocused();
    await page.keyboard.type('Wait');
    await expect(visibleRows(page)).toHaveCount(vivoRateLimitQuota.length);
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    await expect(visibleRows(page)).toHaveCount(vivo.length);
    await expect(page).toHaveURL(/\/vivo\/$/);
  });

  test('a filtered table can be linked', async ({ page }) => {
    await page.goto('xiaomi/?category=token-invalid');
    await expect(page.getByLabel('Category')).toHaveValue('token-invalid');
    await expect(visibleRows(page)).toHaveCount(2);
  });

  test('a person hides and shows the APNs codes that come from the vendor docs', async ({ page }) => {
    await page.goto('apns/');
    await expect(rows(page)).toHaveCount(33);
    await expect(page.locator('#code-baddevicetoken')).toContainText('From vendor docs');
    const toggle = page.getByLabel("Show the 27 codes from the vendor's docs");
    await expect(toggle).toBeChecked();
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).not.toBeChecked();
    await expect(visibleRows(page)).toHaveCount(6);
    await expect(page.locator('#code-baddevicetoken')).toBeHidden();
    await expect(page.locator('#code-expiredtoken')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(visibleRows(page)).toHaveCount(33);
  });

  test('without JavaScript the whole table is there and the filters are not', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('apns/');
    await expect(visibleRows(page)).toHaveCount(33);
    await expect(page.locator('[data-code-filter]')).toBeHidden();
    await context.close();
  });

  test('guidance pages pass an accessibility check, light and dark', async ({ page }) => {
    test.slow(); // six axe runs
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['apns/', 'meizu/110002/', 'fcm/invalid_argument/']) {
        await page.goto(path);
        // The footer is the layout's, checked by its own tests.
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).exclude('footer').analyze();
        expect(violations.map((v) => `${scheme} ${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      }
    }
  });
});
