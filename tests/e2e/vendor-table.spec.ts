/** Vendor tables on a phone and a desktop: tap targets, sticky filters, live counts, the type-to-filter box, #code links. */
import { expect, test, type Page } from '@playwright/test';
import { contentIndex } from '../helpers/content-index.ts';
import { ACTIONS } from '../../src/labels.ts';

const visibleRows = (page: Page) => page.locator('#codes tbody tr:not([hidden])');
const filters = (page: Page) => page.getByRole('group', { name: 'Filter the table' });

// Counts come from content/, so a code added to vivo's table does not break these tests.
const vivo = contentIndex().codes.filter((c) => c.vendor === 'vivo');
const vivoRateLimit = vivo.filter((c) => c.category === 'rate-limit');
const vivoRateLimitQuota = vivoRateLimit.filter((c) => c.action === 'wait-for-quota');

for (const { name, width, height } of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
]) {
  test.describe(`vendor table on a ${name} (${width} px)`, () => {
    test.use({ viewport: { width, height } });

    test('every tap target in the table and its filters is at least 24 x 24 px', async ({ page }) => {
      for (const path of ['vivo/', 'apns/', 'xiaomi/']) {
        await page.goto(path);
        const small = await page.locator('#codes a, [data-code-filter] :is(a, button, input, select)').evaluateAll((targets) =>
          targets
            .map((t) => ({ t, box: t.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
            .map(({ t, box }) => `${t.outerHTML.slice(0, 60)} ${box.width.toFixed(0)}x${box.height.toFixed(0)}`),
        );
        expect(small, path).toEqual([]);
      }
    });

    test('the filters stay in view down the table', async ({ page }) => {
      await page.goto('vivo/');
      await page.locator('#codes tbody tr').last().scrollIntoViewIfNeeded();
      const box = (await filters(page).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      await filters(page).getByLabel('Category').selectOption('rate-limit');
      await expect(visibleRows(page)).toHaveCount(vivoRateLimit.length);
    });

    test('a #code link lands on its row, below the sticky filters', async ({ page }) => {
      await page.goto('vivo/#code-10302');
      const row = page.locator('#code-10302');
      await expect(row).toBeInViewport();
      const filterBox = (await filters(page).boundingBox())!;
      const rowBox = (await row.boundingBox())!;
      expect(rowBox.y).toBeGreaterThanOrEqual(filterBox.y + filterBox.height - 1);
    });
  });
}

test.describe('vendor table filters', () => {
  test('each option says how many codes it leaves given the other filters; options that leave none are disabled', async ({ page }) => {
    await page.goto('vivo/');
    const category = page.getByLabel('Category');
    const action = page.getByLabel('Action');
    await expect(category.locator('option[value="rate-limit"]')).toHaveText(`Rate limit or quota (${vivoRateLimit.length})`);
    await category.selectOption('rate-limit');
    // Of the rate-limit codes, some wait for the quota and the others retry later; no code fixes the request.
    await expect(action.locator('option[value="wait-for-quota"]')).toHaveText(`${ACTIONS['wait-for-quota']} (${vivoRateLimitQuota.length})`);
    await expect(action.locator('option[value="fix-request"]')).toHaveText(/\(0\)$/);
    await expect(action.locator('option[value="fix-request"]')).toBeDisabled();
    await expect(action.locator('option[value="wait-for-quota"]')).toBeEnabled();
    await action.selectOption('wait-for-quota');
    await expect(visibleRows(page)).toHaveCount(vivoRateLimitQuota.length);
    // The category counts now follow the action.
    await expect(category.locator('option[value="rate-limit"]')).toHaveText(`Rate limit or quota (${vivoRateLimitQuota.length})`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(visibleRows(page)).toHaveCount(vivo.length);
    await expect(category.locator('option[value="rate-limit"]')).toHaveText(`Rate limit or quota (${vivoRateLimit.length})`);
  });

  test('a person types words to filter the table; the words go in the URL', async ({ page }) => {
    await page.goto('vivo/');
    const all = await page.locator('#codes tbody tr').allInnerTexts();
    const expected = all.filter((text) => /skiptype/i.test(text) && /empty/i.test(text)).length;
    expect(expected).toBeGreaterThan(0);
    await page.getByLabel('Find in table').fill('skipType empty');
    await expect(visibleRows(page)).toHaveCount(expected);
    for (const text of await visibleRows(page).allInnerTexts()) expect(text.toLowerCase()).toContain('skiptype');
    await expect(page).toHaveURL(/\?q=skipType\+empty$/);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing ${expected} of ${vivo.length} codes`);
    await page.reload();
    await expect(page.getByLabel('Find in table')).toHaveValue('skipType empty');
    await expect(visibleRows(page)).toHaveCount(expected);
  });
});
