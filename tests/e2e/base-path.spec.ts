/** The same journey on a build mounted under BASE_PATH: links, assets, the API file and search. */
import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../playwright.config.ts';
import { BASE_SITE, forbidExternalRequests, resultLinks, searchFromHeader } from './helpers.ts';

test.use({ baseURL: BASE_SITE });

test('browse, open a permalink, copy it and search under the base path', async ({ page }) => {
  const external = forbidExternalRequests(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(r.url());
  });
  await page.goto('./');
  await expect(page.locator('link[rel=stylesheet]')).toHaveAttribute('href', new RegExp(`^${BASE_PATH}`));
  await page.getByRole('link', { name: 'Honor' }).first().click();
  await expect(page).toHaveURL(`${BASE_SITE}honor/`);
  await page.getByRole('link', { name: '80300007' }).click();
  await expect(page).toHaveURL(`${BASE_SITE}honor/80300007/`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE_SITE}honor/80300007/`);
  await searchFromHeader(page, 'sensitive words');
  const links = await resultLinks(page);
  expect(links).toContain(`${BASE_PATH}huawei/80100016/`);
  await page.locator('#search-results a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const api = await (await page.request.get(`${BASE_SITE}api/codes.json`)).json();
  expect(api.vendors[0].url).toBe(`${BASE_PATH}server/`);
  expect(failed).toEqual([]);
  expect(external).toEqual([]);
});
