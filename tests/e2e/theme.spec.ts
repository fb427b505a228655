/**
 * The theme: follows the system until the person chooses light or dark; the
 * choice shows in the control, is remembered, applies from the first paint
 * (no flash of the other theme), and "system" goes back to following it.
 */
import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK = 'rgb(15, 18, 23)';
const LIGHT = 'rgb(255, 255, 255)';

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.beforeEach(({ page }) => page.setViewportSize({ width, height: 800 }));

    test('the control shows the active choice: system, light or dark', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto('xiaomi/');
      const theme = page.getByRole('combobox', { name: 'Theme' });
      await expect(theme).toBeVisible();
      await expect(theme).toHaveValue('system');
      await expect(theme.locator('option:checked')).toHaveText('System');
      await theme.selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await background(page)).toBe(DARK);
      await page.goto('honor/');
      await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
      expect(await background(page)).toBe(DARK);
      // Back to the system: the stored choice is gone and the system's light applies again.
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
      expect(await background(page)).toBe(LIGHT);
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background(page)).toBe(DARK);
    });

    test('a stored choice applies before the first paint: no flash of the other theme', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto('./');
      await page.evaluate(() => localStorage.setItem('theme', 'dark'));
      // The theme in force when <body> is first parsed, before anything of it can be painted.
      // Module scripts are deferred: only the blocking early script can have set it by then.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          (window as unknown as { atBody: string }).atBody = document.documentElement.dataset.theme ?? 'none';
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto('xiaomi/10001/');
      expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });

    test('with no choice made, the system scheme applies', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto('./');
      await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
      expect(await background(page)).toBe(DARK);
    });
  });
}
