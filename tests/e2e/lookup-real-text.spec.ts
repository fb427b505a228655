/**
 * Text copied from real tickets, in the browser: a pasted FCM message and a
 * Chinese vendor message, on the search page and in the header box; the
 * permalink's aliases and vendor messages; ArrowUp from the box.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { resultLinks } from './helpers.ts';

const box = (page: Page) => page.locator('#site-search');
const options = (page: Page) => page.locator('#site-search-listbox').getByRole('option');

interface ApiCode {
  vendor: string;
  code: string;
  url: string;
  messages: { text: string; lang: string; url: string }[];
  aliases: { text: string }[];
}
const codes = (JSON.parse(readFileSync(new URL('../../dist/api/codes.json', import.meta.url), 'utf8')) as { codes: ApiCode[] }).codes;
/** The first code with a Chinese message, if the content has one. */
const chinese = codes.find((c) => c.messages.some((m) => m.lang === 'zh' && /[\u4e00-\u9fff]{2}/.test(m.text)));

const FCM_PASTE = 'FirebaseMessagingError: Requested entity was not found.';

test.describe('a pasted FCM message', () => {
  test('the search page puts FCM UNREGISTERED first', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(FCM_PASTE)}`);
    expect((await resultLinks(page))[0]).toBe('/fcm/unregistered/');
    await expect(page.locator('#search-results > li[data-exact]').first()).toContainText('Requested entity was not found.');
  });

  test('the header box offers FCM UNREGISTERED first, as an exact answer', async ({ page }) => {
    await page.goto('./');
    await box(page).click();
    await box(page).fill(FCM_PASTE);
    await expect(options(page).first()).toContainText('UNREGISTERED');
    await expect(options(page).first()).toContainText('Found “Requested entity was not found.” in the text');
    await expect(page.locator('#site-search-listbox')).toContainText('Exact answers');
  });
});

test.describe('a Chinese message', () => {
  test.skip(!chinese, 'the content has no Chinese vendor message yet (tests/build/chinese-search.test.ts covers a fixture)');
  const message = chinese?.messages.find((m) => m.lang === 'zh')!.text ?? '';

  test('the search page and the header box find its code', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(message)}`);
    expect((await resultLinks(page))[0]).toBe(chinese!.url);
    await page.goto('./');
    await box(page).click();
    await box(page).fill(message);
    await expect(options(page).first()).toContainText(chinese!.code);
  });
});

test('the permalink shows the vendor message with its language and source', async ({ page }) => {
  const entry = codes.find((c) => c.vendor === 'fcm' && c.code === 'UNREGISTERED')!;
  await page.goto(entry.url.slice(1));
  const section = page.getByRole('region', { name: "The vendor's message" });
  const first = entry.messages[0]!;
  await expect(section.locator('q').first()).toHaveText(first.text);
  await expect(section.locator('q').first()).toHaveAttribute('lang', first.lang);
  await expect(section.getByRole('link', { name: 'source' }).first()).toHaveAttribute('href', first.url);
});

test('ArrowUp from the box highlights the last option, ArrowDown the first', async ({ page }) => {
  await page.goto('./');
  await box(page).click();
  await page.keyboard.type('80300007');
  await expect(options(page)).toHaveCount(3);
  await page.keyboard.press('ArrowUp');
  await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options(page).last().getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(box(page)).not.toHaveAttribute('aria-activedescendant');
  await page.keyboard.press('ArrowDown');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
});
