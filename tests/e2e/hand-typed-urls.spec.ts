/**
 * URLs people type by hand still land, in the root build and under
 * BASE_PATH: another letter case, no trailing slash, a code alone after the
 * site's root. Missing paths reach the 404 page, whose script
 * (src/scripts/not-found.ts + src/utils/resolve-path.ts) sends them on.
 */
import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../playwright.config.ts';
import { BASE_SITE } from './helpers.ts';

/** [typed, where it must land (path after the site's root, with any #fragment)]. */
const JOURNEYS: [string, string][] = [
  ['XIAOMI/10001/', 'xiaomi/10001/'],
  ['Xiaomi/10001', 'xiaomi/10001/'],
  ['xiaomi/10001', 'xiaomi/10001/'],
  ['apns/ExpiredToken/', 'apns/expiredtoken/'],
  ['APNS/EXPIREDTOKEN', 'apns/expiredtoken/'],
  ['fcm/INVALID_ARGUMENT/', 'fcm/invalid_argument/'],
  ['fcm/invalid-argument', 'fcm/invalid_argument/'],
  ['90001/', 'server/90001/'],
  ['90001', 'server/90001/'],
  ['10001/', 'code/10001/'],
  ['-1/', 'code/-1/'],
  ['ExpiredToken', 'apns/expiredtoken/'],
  ['CODE/10001', 'code/10001/'],
  ['code/10001', 'code/10001/'],
  // A code only one entry has: its value page sends the reader on to the permalink.
  ['code/-2/', 'oppo/-2/'],
  ['CODE/-2', 'oppo/-2/'],
  ['HUAWEI/', 'huawei/'],
  ['Xiaomi#code-10001', 'xiaomi/#code-10001'],
  // Spaces copied along with a URL are dropped; "1" stays 1, not -1 (Xiaomi has both).
  ['xiaomi/1%20/', 'xiaomi/1/'],
  ['xiaomi/%20-1', 'xiaomi/-1/'],
  // The query string and the fragment travel with the redirect.
  ['XIAOMI/10001?from=ticket#what-to-do', 'xiaomi/10001/?from=ticket#what-to-do'],
];

for (const [site, root] of [
  ['root build', 'http://127.0.0.1:PORT/'],
  ['BASE_PATH build', BASE_SITE],
] as const) {
  test.describe(site, () => {
    for (const [typed, target] of JOURNEYS) {
      test(`/${typed} lands on /${target}`, async ({ page, baseURL }) => {
        const origin = root.replace('http://127.0.0.1:PORT/', baseURL!);
        await page.goto(origin + typed);
        await expect(page).toHaveURL(origin + target);
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
        const [path] = target.split(/[?#]/);
        const segments = path!.split('/').filter(Boolean);
        // The page is the one asked for: a permalink or code page names the code, a vendor page its table.
        if (segments.length === 2) await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^\\s*${segments[1]!.replace('-', '\\-')}\\s*$`, 'i'));
        else await expect(page.locator('main tbody tr').first()).toBeVisible();
      });
    }
  });
}

test('with scripts off, the value page of a code only one entry has still lands on its permalink', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const origin of [baseURL!, BASE_SITE]) {
    await page.goto(`${origin}code/-2/`);
    await expect(page).toHaveURL(`${origin}oppo/-2/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('-2');
  }
  await context.close();
});

test('a path outside the base path is sent into it', async ({ page }) => {
  await page.goto(BASE_SITE.replace(BASE_PATH, '/') + 'XIAOMI/10001/');
  await expect(page).toHaveURL(`${BASE_SITE}xiaomi/10001/`);
});

test('the 404 page says so when the list of codes cannot be loaded', async ({ page }) => {
  await page.route(/\/api\//, (route) => route.abort());
  const response = await page.goto('XIAOMI/10001');
  expect(response!.status()).toBe(404);
  await expect(page.locator('#not-found-suggestions')).toContainText('The list of codes could not be loaded');
  await expect(page).toHaveURL(/\/XIAOMI\/10001$/);
});

test('a path that names nothing stays on the 404 page and says so', async ({ page }) => {
  const response = await page.goto('nothing-here/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('#not-found-suggestions')).toContainText('Nothing in this address looks like a code or a vendor.');
});
