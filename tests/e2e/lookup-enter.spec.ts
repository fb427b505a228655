/**
 * The header box from ticket to answer, at phone and desktop widths: Enter
 * opens the one answer when the text leaves no doubt (however fast it is
 * pressed), a near-miss of a name is offered as "Did you mean", a topic word
 * offers its category, and a reading the text rules out is not called exact.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { arrivedAt, resultLinks } from './helpers.ts';

const box = (page: Page) => page.locator('#site-search');
const listbox = (page: Page) => page.locator('#site-search-listbox');
const options = (page: Page) => listbox(page).getByRole('option');

const FCM_BODY = '{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND","details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"UNREGISTERED"}]}}';

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    test('Enter on "huawei 80300007" opens its permalink; "80300007" alone goes to the search page', async ({ page }) => {
      await page.goto('xiaomi/');
      await box(page).click();
      await page.keyboard.type('huawei 80300007');
      await expect(options(page).first()).toContainText('Huawei');
      await page.keyboard.press('Enter');
      await arrivedAt(page, /\/huawei\/80300007\/$/);
      await box(page).click();
      await page.keyboard.type('80300007');
      await expect(options(page).first()).toContainText('80300007');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=80300007/);
    });

    test('typing then Enter at once acts on the text as typed, before any answer is shown', async ({ page }) => {
      // Slow the index (whole or its shards) down so Enter surely comes before the answers: the box must wait for them.
      await page.route(/\/api\/lookup(\.json|\/)/, async (route) => {
        await new Promise((r) => setTimeout(r, 700));
        await route.continue();
      });
      await page.goto('./');
      await box(page).focus();
      await page.keyboard.type('huawei 80300007');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/huawei\/80300007\/$/);
    });

    test('↓ then Enter at once opens the first answer for the text as typed', async ({ page }) => {
      await page.goto('./');
      await box(page).focus();
      await page.keyboard.type('honor 80300007');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      // Keys pressed once the page's scripts have run and before the lookup code arrives are this
      // test's subject; before those scripts, Enter is the plain form's (it failed CI once so).
      await arrivedAt(page, /\/honor\/80300007\/$/);
      // Again with the index already loaded: a new text, then ↓ and Enter with no pause.
      await box(page).focus();
      await page.keyboard.type('80300007');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/huawei\/80300007\/$/);
    });

    test('a name a letter off is offered as "Did you mean", in the box and on the search page', async ({ page }) => {
      await page.goto('./');
      await box(page).click();
      await page.keyboard.type('BadDeviceTokn');
      await expect(listbox(page)).toContainText('Did you mean');
      await expect(options(page).first()).toContainText('BadDeviceToken');
      // Said once on screen (the group's heading); the option carries it for screen readers, which skip headings.
      await expect(options(page).first()).toContainText('Did you mean BadDeviceToken?');
      const shown = await listbox(page).getByText('Did you mean').evaluateAll((nodes) => nodes.filter((n) => n.getBoundingClientRect().width > 1).length);
      expect(shown).toBe(1);
      // A misspelt name inside a sentence is offered too.
      await box(page).fill('Getting SenderIdMissmatch error when trying to send notification via FCM');
      await expect(options(page).first()).toContainText('SENDER_ID_MISMATCH');
      await page.goto('search/?q=DeviceTokenNotForTopc');
      expect((await resultLinks(page))[0]).toBe('/apns/devicetokennotfortopic/');
      await expect(page.locator('#search-hints')).toContainText('Did you mean DeviceTokenNotForTopic at APNs?');
      // Asked once on the page: the result under the hint says why it is listed instead.
      await expect(page.getByText('Did you mean')).toHaveCount(1);
      await expect(page.locator('main li[data-near]').first()).toContainText('A letter or two off what you typed');
    });

    test('a topic word offers its category across vendors, with a link to browse it', async ({ page }) => {
      await page.goto('./');
      await box(page).click();
      await page.keyboard.type('rate limit');
      const browse = listbox(page).locator('[data-category="rate-limit"]');
      await expect(browse).toHaveText('Browse every “Rate limit or quota” code across vendors');
      await page.keyboard.press('ArrowDown');
      await expect(browse).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/search\/\?category=rate-limit$/);
      const links = await resultLinks(page);
      expect(links.length).toBeGreaterThan(20); // every vendor's rate-limit codes, not one
      expect(new Set(links.map((l) => l.split('/')[1])).size).toBeGreaterThan(5);
      await page.goto('search/?q=quota');
      await expect(page.locator('#search-hints a')).toHaveText('every “Rate limit or quota” code');
      await page.locator('#search-hints a').click();
      await expect(page).toHaveURL(/\/search\/\?category=rate-limit$/);
    });

    test('a code of a vendor the text rules out is not labelled exact and comes last', async ({ page }) => {
      await page.goto('./');
      await box(page).click();
      await page.keyboard.insertText(FCM_BODY);
      await expect(options(page).first()).toContainText('UNREGISTERED');
      const rows = await listbox(page).locator('li').allTextContents();
      const exactHeading = rows.indexOf('Exact answers');
      const lessHeading = rows.indexOf('Less likely: the text points to another vendor');
      const honor = rows.findIndex((r) => r.startsWith('404') && r.includes('Honor'));
      expect(exactHeading).toBe(0);
      expect(lessHeading).toBeGreaterThan(exactHeading);
      expect(honor).toBeGreaterThan(lessHeading);
      // Enter opens the one exact answer.
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/fcm\/unregistered\/$/);
      await page.goto(`search/?q=${encodeURIComponent(FCM_BODY)}`);
      const links = await resultLinks(page);
      expect(links[0]).toBe('/fcm/unregistered/');
      const honorResult = page.locator('#search-results > li', { has: page.locator('a[href$="/honor/404/"]') });
      await expect(honorResult).not.toHaveAttribute('data-exact');
      await expect(honorResult).toContainText('The text points to another vendor');
    });

    test('the box with a "Did you mean", a category and a ruled-out answer passes axe', async ({ page }) => {
      test.slow(); // three axe runs: 20-30 s on this 2-core machine
      await page.goto('./');
      for (const text of ['BadDeviceTokn', 'quota', FCM_BODY]) {
        await box(page).fill('');
        await box(page).click();
        await page.keyboard.insertText(text);
        await expect(listbox(page)).toBeVisible();
        await page.keyboard.press('ArrowDown');
        const open = await new AxeBuilder({ page }).include('header').analyze();
        expect(open.violations.map((v) => `${text}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      }
    });
  });
}
