/**
 * What the default build (no SITE_URL, no EDIT_URL, inside a git checkout)
 * shows about itself, that the search page's code waits for a search, and
 * that a permalink costs three requests.
 * The SITE_URL/EDIT_URL build is tested in tests/build/site-url.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('a permalink says when its file last changed, from git, and has no edit link without EDIT_URL', async ({ page }) => {
  const root = new URL('../../', import.meta.url).pathname;
  const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/codes/xiaomi/10001.md'], { cwd: root, encoding: 'utf8' }).trim();
  expect(date).not.toBe('');
  await page.goto('xiaomi/10001/');
  await expect(page.locator('[data-last-updated] time')).toHaveAttribute('datetime', date);
  await expect(page.locator('[data-last-updated]')).toHaveText(`Last updated ${date.slice(0, 10)}`);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
});

test('without SITE_URL: no canonical link and no sitemap', async ({ page, request }) => {
  await page.goto('xiaomi/10001/');
  await expect(page.locator('link[rel=canonical]')).toHaveCount(0);
  expect((await request.get('sitemap-index.xml')).status()).toBe(404);
});

test("the search page's code loads only when the URL holds a search", async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const searchCode = () => requested.filter((p) => /\/_astro\/search-page\.[^/]+\.js$|\/pagefind\/pagefind\.js$/.test(p));
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  expect(requested.some((p) => p.includes('/_astro/'))).toBe(true);
  expect(searchCode()).toEqual([]);
  await page.goto('search/?q=sensitive%20words');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(searchCode().some((p) => p.includes('search-page'))).toBe(true);
});

// Issue 5's budget: a permalink opened from a ticket costs three requests (the page, the one
// stylesheet, the one module script); the favicon travels inside the page, the theme script inline.
test('a permalink loads in three requests: the page, one stylesheet, one script', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(`${r.resourceType()} ${new URL(r.url()).pathname}`));
  await page.goto('meizu/110002/');
  await page.waitForLoadState('networkidle');
  expect(requested, requested.join('\n')).toHaveLength(3);
  expect(requested.map((r) => r.split(' ')[0]).sort()).toEqual(['document', 'script', 'stylesheet']);
});
