/** The lookup box, the search page and OpenSearch on a build mounted under BASE_PATH. */
import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../playwright.config.ts';
import { BASE_SITE, forbidExternalRequests, resultLinks } from './helpers.ts';

test.use({ baseURL: BASE_SITE });

test('the lookup box answers and opens permalinks under the base path', async ({ page }) => {
  const external = forbidExternalRequests(page);
  await page.goto('./');
  await page.locator('#site-search').click();
  await page.keyboard.type('ExpiredToken');
  await expect(page.locator('#site-search-listbox [role=option]').first()).toContainText('APNs');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${BASE_SITE}apns/expiredtoken/`);
  expect(external).toEqual([]);
});

test('OpenSearch under the base path points at the base path search page', async ({ page, request }) => {
  await page.goto('./');
  const href = (await page.locator('link[rel=search]').getAttribute('href'))!;
  expect(href).toBe(`${BASE_PATH}opensearch.xml`);
  const response = await request.get(`${BASE_SITE}opensearch.xml`);
  expect(response.status()).toBe(200);
  const template = /template="([^"]+)"/.exec(await response.text())![1]!;
  expect(template).toBe(`${BASE_PATH}search/?q={searchTerms}`);
  await page.goto(new URL(template.replace('{searchTerms}', encodeURIComponent('code=80300008')), BASE_SITE).href);
  // Huawei and Honor both have 80300008: either page answers it.
  expect((await resultLinks(page))[0]).toMatch(new RegExp(`^${BASE_PATH}(huawei|honor)/80300008/$`));
});
