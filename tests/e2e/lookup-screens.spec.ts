/**
 * The lookup at phone and desktop widths, light and dark: the popup and the
 * search page fit the screen, and screenshots land in tests/.output/screens/
 * for a person to look at.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const SCREENS = fileURLToPath(new URL('../.output/screens/', import.meta.url));

const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const schemes = ['light', 'dark'] as const;
const paste = '{"ActionStatus":"FAIL","ErrorCode":90018,"ErrorInfo":"..."} huawei {"code":"80300007","msg":"invalid"}';

for (const size of sizes) {
  for (const scheme of schemes) {
    test(`lookup popup and search page fit a ${size.name} screen in ${scheme} mode`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: scheme });
      const shot = (what: string) => page.screenshot({ path: `${SCREENS}${what}-${size.name}-${scheme}.png` });

      await page.goto('./');
      await page.locator('#home-lookup').click();
      await page.keyboard.insertText(paste);
      const popup = page.locator('#home-lookup-listbox');
      await expect(popup.getByRole('option').first()).toContainText('90018');
      await page.keyboard.press('ArrowDown');
      const box = (await popup.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      await shot('home-paste');

      await page.goto('apns/expiredtoken/');
      await page.locator('#site-search').click();
      await page.keyboard.type('10001');
      const header = page.locator('#site-search-listbox');
      await expect(header.getByRole('option').first()).toContainText('10001');
      const hb = (await header.boundingBox())!;
      expect(hb.x).toBeGreaterThanOrEqual(0);
      expect(hb.x + hb.width).toBeLessThanOrEqual(size.width);
      await shot('header-typed');

      await page.goto('search/?q=token&vendor=apns');
      await expect(page.locator('#search-status')).toHaveText(/result/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await shot('search-filtered');
    });
  }
}
