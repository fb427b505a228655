/**
 * No axe-core violation on any page type, in light and dark (the
 * system's scheme and the site's own toggle), at phone and desktop widths;
 * and the whole site works by keyboard, with a skip link and a visible focus.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { arrivedAt } from './helpers.ts';

/** One page of each type, and what shows it is ready (scripts that fill the page have run). */
const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: './' },
  { name: 'vendor', path: 'xiaomi/' },
  { name: 'vendor with HTTP column', path: 'fcm/' },
  { name: 'permalink', path: 'xiaomi/10001/' },
  { name: 'permalink, two meanings', path: 'meizu/110010/' },
  { name: 'permalink, no description', path: 'huawei/907135701/' },
  { name: 'code', path: 'code/10001/' },
  { name: 'search with results', path: 'search/?q=10001', ready: (p) => expect(p.locator('#search-status')).toHaveText(/results? for/) },
  { name: 'search, a category page by page', path: 'search/?category=invalid-request&page=2', ready: (p) => expect(p.locator('#search-status')).toHaveText(/page 2 of/) },
  { name: 'search, nothing found', path: 'search/?q=zzzzqqq', ready: (p) => expect(p.locator('#search-status')).toHaveText(/Nothing found/) },
  { name: '404', path: 'nothing/90051/here/', ready: (p) => expect(p.locator('#not-found-suggestions li')).not.toHaveCount(0) },
];

/** How dark or light is reached: the system setting, or the site's toggle overriding it. */
const THEMES = [
  { name: 'system light', scheme: 'light', toggle: false, expected: 'light' },
  { name: 'system dark', scheme: 'dark', toggle: false, expected: 'dark' },
  { name: 'toggle to dark', scheme: 'light', toggle: true, expected: 'dark' },
  { name: 'toggle to light', scheme: 'dark', toggle: true, expected: 'light' },
] as const;

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

for (const { name, path, ready } of PAGES) {
  for (const size of WIDTHS) {
    test(`axe: ${name} at ${size.name} width, light and dark`, async ({ page }) => {
      // Several axe runs a test; on a full vendor table each takes seconds on a 2-core machine.
      test.slow();
      await page.setViewportSize(size);
      const found: string[] = [];
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme.scheme });
        await page.goto(path);
        if (ready) await ready(page);
        if (theme.toggle) {
          await page.locator('[data-theme-choice]').selectOption(theme.expected);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme.expected);
          await page.evaluate(() => localStorage.clear()); // the next round starts from the system setting
        }
        // The page really is in the expected scheme (the canvas colour differs between the two).
        const dark = await page.evaluate(() => {
          const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
          return r! + g! + b! < 384;
        });
        expect(dark, theme.name).toBe(theme.expected === 'dark');
        for (const v of await violations(page)) found.push(`${theme.name}: ${v}`);
      }
      expect(found).toEqual([]);
    });
  }
}

test.describe('keyboard', () => {
  test('the first Tab shows the skip link; Enter moves focus to the main content', async ({ page }) => {
    await page.goto('xiaomi/10001/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const box = (await skip.boundingBox())!;
    expect(box.width).toBeGreaterThan(40);
    expect(box.height).toBeGreaterThan(15);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('main')).toBeFocused();
    // The next Tab goes into the content, past the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeFocused();
  });

  for (const path of ['./', 'xiaomi/10001/', 'search/?q=10001', 'fcm/']) {
    test(`every Tab stop on ${path} shows a visible focus outline`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('search')) await expect(page.locator('#search-status')).toHaveText(/results? for/);
      const seen = new Set<string>();
      const problems: string[] = [];
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const rect = el.getBoundingClientRect();
          return {
            key: `${el.tagName} ${el.id} ${el.getAttribute('href') ?? ''} ${el.textContent?.trim().slice(0, 30)}`,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(style.outlineColor),
            visible: rect.width > 0 && rect.height > 0,
          };
        });
        if (!focus || seen.has(focus.key)) break; // wrapped around to the start
        seen.add(focus.key);
        if (!focus.outline) problems.push(`no outline: ${focus.key}`);
        if (!focus.visible) problems.push(`focused but invisible: ${focus.key}`);
      }
      expect(seen.size).toBeGreaterThan(4);
      expect(problems).toEqual([]);
    });
  }

  test('search, follow a result, switch theme and copy, by keyboard alone', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // vendor menu
    await page.keyboard.press('Tab'); // header search
    await expect(page.locator('#site-search')).toBeFocused();
    // A code two vendors share, so Enter goes to the search page rather than to one answer.
    await page.keyboard.type('80300007');
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-status')).toHaveText(/results? for/);
    const first = page.locator('#search-results a').first();
    // Tab from the search button until the first result has focus.
    await page.locator('[data-search-form] button[type=submit]').focus();
    for (let i = 0; i < 5 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    // The theme menu and the copy button below need the new page's scripts.
    await arrivedAt(page, /\/huawei\/80300007\/$/);

    const theme = page.getByRole('combobox', { name: 'Theme' });
    await theme.focus();
    await page.keyboard.press('ArrowDown');
    await expect(theme).toHaveValue('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#copy-status')).toContainText('Copied link');
  });
});

test('reading needs no script: with scripts off pages read fully and script-only controls are gone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('xiaomi/10001/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('10001');
  await expect(page.locator('main')).toContainText('System error.');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.locator('[data-theme-choice]')).toBeHidden();
  await page.goto('xiaomi/');
  await expect(page.locator('main tbody tr')).toHaveCount(82);
  await expect(page.getByRole('group', { name: 'Filter the table' })).toBeHidden();
  await context.close();
});

for (const [path, below] of [
  ['xiaomi/10001/', '#elsewhere'],
  ['xiaomi/', '#codes'],
] as const) {
  test(`script-only controls on ${path} are laid out from the first paint, so nothing moves when the script starts`, async ({ page }) => {
    // Hold the page's module scripts back, then compare the layout before and after they run.
    // (The early theme script is inline: it runs as the head is parsed, as it does for everyone.)
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/_astro\/[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts run before DOMContentLoaded: wait only for the parsed page and its stylesheet.
    await page.goto(path, { waitUntil: 'commit' });
    await page.locator('footer').waitFor({ state: 'attached' });
    await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0));
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete'); // the scripts are still held
    const before = await page.locator(below).boundingBox();
    await expect(page.locator('[data-needs-script]').first()).toBeVisible();
    release();
    await page.waitForLoadState('load');
    expect(await page.locator(below).boundingBox()).toEqual(before);
  });
}
