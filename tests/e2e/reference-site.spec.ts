/** A person can open the site, find any code of the source document, read it and link to it. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseSourceDocument } from '../../src/utils/source-document.ts';
import { entriesFromDocument } from '../../src/utils/import-entries.ts';
import { DOCUMENT_TABLES } from '../../src/schema.ts';
import { permalinkPath } from '../../src/utils/urls.ts';
import { contentIndex } from '../helpers/content-index.ts';
import { forbidExternalRequests, resultLinks } from './helpers.ts';

const source = parseSourceDocument(readFileSync(new URL('../fixtures/source-document.txt', import.meta.url), 'utf8'));

test.describe('browsing', () => {
  test('home lists the ten vendors with their code counts and leads to a full vendor table', async ({ page }) => {
    const external = forbidExternalRequests(page);
    await page.goto('./');
    const cards = page.locator('[data-vendor-group="vendors"] li', { has: page.locator('[data-vendor-count]') });
    await expect(cards).toHaveCount(10);
    await expect(cards.getByText('Not in the source document')).toHaveCount(0);
    // The layers added beyond the document come after the ten, grouped and marked.
    const added = page.getByRole('region', { name: 'More layers, not from the source document' });
    await expect(added.locator('li')).toHaveCount(4);
    await expect(added.locator('li').getByText('Not in the source document')).toHaveCount(4);
    await expect(added.getByRole('link')).toHaveText(['FCM legacy HTTP API', 'FCM Android client SDK', 'Tencent Cloud Chat SDK (IM)', 'APNs legacy binary interface']);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.indexOf('Vendors')).toBeLessThan(headings.indexOf('More layers, not from the source document'));
    await expect(cards.filter({ hasText: 'Xiaomi (MiPush)' }).locator('[data-vendor-count]')).toHaveText('82');
    await page.getByRole('link', { name: 'Xiaomi (MiPush)' }).click();
    await expect(page).toHaveURL(/\/xiaomi\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiaomi (MiPush)');
    await expect(page.locator('main tbody tr')).toHaveCount(82);
    await page.locator('#code-10001').getByRole('link', { name: '10001' }).click();
    await expect(page).toHaveURL(/\/xiaomi\/10001\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('10001');
    await expect(page.locator('main')).toContainText('System error.');
    expect(external).toEqual([]);
  });

  test('a permalink shows the same code at other vendors and the previous and next codes', async ({ page }) => {
    await page.goto('xiaomi/10001/');
    const elsewhere = page.getByRole('region', { name: '10001 at other vendors' });
    await expect(elsewhere).toContainText('Honor 10001: The timestamp is empty.');
    await page.getByRole('link', { name: 'Next: 10002 →' }).click();
    await expect(page).toHaveURL(/\/xiaomi\/10002\/$/);
    await page.getByRole('link', { name: '← Previous: 10001' }).click();
    await expect(page).toHaveURL(/\/xiaomi\/10001\/$/);
    await page.getByRole('link', { name: 'In the Xiaomi table' }).click();
    await expect(page).toHaveURL(/\/xiaomi\/#code-10001$/);
    await expect(page.locator('#code-10001')).toBeInViewport();
  });

  test('a code with two meanings shows both, and the source row that lost its text is filled from the vendor', async ({ page }) => {
    await page.goto('meizu/');
    await expect(page.locator('#code-110010')).toContainText('Push rate is too fast.');
    await expect(page.locator('#code-110010')).toContainText('Invalid pushId (message switch is off).');
    await page.goto('meizu/110010/');
    // Two rows of the source document, and Meizu's own wordings, in Chinese and marked so.
    await expect(page.locator('main article ol > li[data-from="document"]')).toHaveCount(2);
    await expect(page.locator('main article ol > li[data-from="vendor"]')).toHaveCount(3);
    await expect(page.locator('main article ol > li[data-from="vendor"] [lang="zh"]')).toHaveCount(3);
    await page.goto('huawei/907135701/');
    await expect(page.locator('main')).toContainText('SCOPE_LIST_EMPTY');
    await expect(page.locator('main li[data-from="vendor"]').first()).toContainText("Scope of OpenGW is not configured. Huawei's own meaning, from the vendor's documentation");
    await expect(page.locator('[data-incomplete]')).toHaveCount(0);
  });

  test('the code page lists the meaning at every vendor that has it', async ({ page }) => {
    await page.goto('code/10001/');
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Xiaomi (MiPush)', 'Honor']);
    await page.getByRole('main').getByRole('link', { name: 'Honor' }).click();
    await expect(page).toHaveURL(/\/honor\/10001\/$/);
  });

  test('the vendor table stacks on a phone instead of scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('vivo/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('copy buttons', () => {
  test('copy the permalink and a Markdown line for a ticket', async ({ page, baseURL }) => {
    await page.goto('honor/80300007/');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}honor/80300007/`);
    await page.getByRole('button', { name: 'Copy for a ticket' }).click();
    await expect(page.locator('#copy-status')).toContainText('for a ticket');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[Honor 80300007: ALL Push Tokens are invalid. Remove the token; retry will not help](${baseURL}honor/80300007/)`);
  });
});

test.describe('search', () => {
  test('a unique code comes first, ahead of longer codes that start with it', async ({ page }) => {
    const external = forbidExternalRequests(page);
    // (Enter in the header box opens a unique code's page at once: lookup-enter.spec.ts.)
    await page.goto('search/?q=90001');
    expect((await resultLinks(page))[0]).toBe('/server/90001/');
    // Pagefind prefix-matches numbers: 1003 also finds 10030. The exact code must still lead.
    await page.goto('search/?q=1003');
    const links = await resultLinks(page);
    expect(links[0]).toBe('/meizu/1003/');
    expect(links.indexOf('/meizu/1003/')).toBeLessThan(links.indexOf('/xiaomi/10030/') === -1 ? Infinity : links.indexOf('/xiaomi/10030/'));
    expect(external).toEqual([]);
  });

  test('a code shared by several vendors lists all of them first', async ({ page }) => {
    for (const [query, expected] of [
      ['10001', ['/xiaomi/10001/', '/honor/10001/']],
      ['-1', ['/xiaomi/-1/', '/oppo/-1/']],
      ['0', ['/xiaomi/0/', '/oppo/0/', '/vivo/0/', '/apns-binary/0/']],
      ['80300007', ['/huawei/80300007/', '/honor/80300007/']],
    ] as const) {
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      const links = await resultLinks(page);
      expect(links.slice(0, expected.length).sort(), query).toEqual([...expected].sort());
    }
  });

  test('error names work in any case and with spaces or underscores', async ({ page }) => {
    for (const [query, expected] of [
      ['invalid argument', '/fcm/invalid_argument/'],
      ['INVALID_ARGUMENT', '/fcm/invalid_argument/'],
      ['expiredtoken', '/apns/expiredtoken/'],
      ['Bad Certificate', '/apns/badcertificate/'],
    ]) {
      await page.goto(`search/?q=${encodeURIComponent(query!)}`);
      expect((await resultLinks(page))[0], query).toBe(expected);
    }
  });

  test('a phrase from a description finds its code', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('sensitive words'));
    expect(await resultLinks(page)).toContain('/huawei/80100016/');
    await page.goto('search/?q=' + encodeURIComponent('withdrawal too frequent'));
    expect((await resultLinks(page))[0]).toBe('/server/90051/');
  });

  test('the vendor filter narrows results and stays in the URL', async ({ page }) => {
    await page.goto('search/?q=10001');
    await page.getByLabel('Vendor').selectOption('honor');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/vendor=honor/);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/honor/'))).toBe(true);
  });
});

test.describe('not found', () => {
  test('the 404 page offers what the path looks like', async ({ page }) => {
    const response = await page.goto('nothing/90051/here/');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('#not-found-suggestions')).toContainText('Push server 90051');
  });
});

test.describe('the source document, word for word', () => {
  test('every row of the source reaches its permalink', async ({ request }) => {
    const entries = entriesFromDocument(source, DOCUMENT_TABLES);
    expect(entries.length).toBe(314);
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const entry of entries) {
      const response = await request.get(`.${permalinkPath(entry.vendor, entry.code)}`);
      expect(response.status(), `${entry.vendor}/${entry.code}`).toBe(200);
      const html = await response.text();
      for (const d of entry.descriptions) expect(html, `${entry.vendor}/${entry.code}`).toContain(escape(d.text));
    }
  });

  test('the API lists every entry with its permalink', async ({ request }) => {
    const api = await (await request.get('api/codes.json')).json();
    // Every entry of content/, counted there, not a floor that passes with entries missing.
    const expected = contentIndex().codes.map((c) => [`${c.vendor}/${c.code}`, permalinkPath(c.vendor, c.code)]).sort();
    expect(api.codes.map((c: { vendor: string; code: string; url: string }) => [`${c.vendor}/${c.code}`, c.url]).sort()).toEqual(expected);
    // The source document's ten tables first, in the document's order, then the layers added beyond it.
    expect(api.vendors.map((v: { slug: string }) => v.slug)).toEqual([...DOCUMENT_TABLES, 'fcm-legacy', 'fcm-client', 'chat-sdk', 'apns-binary']);
    expect(api.vendors.filter((v: { fromSourceDocument: boolean }) => v.fromSourceDocument).map((v: { slug: string }) => v.slug)).toEqual([...DOCUMENT_TABLES]);
    const xiaomi = api.vendors.find((v: { slug: string }) => v.slug === 'xiaomi');
    expect(xiaomi).toMatchObject({ count: 82, url: '/xiaomi/' });
    const throttled = api.codes.find((c: { vendor: string; code: string }) => c.vendor === 'server' && c.code === '90024');
    expect(throttled).toMatchObject({ category: 'rate-limit', retryable: true, guidance: { from: 'vendor' } });
    expect(throttled.related).toContain('/server/90051/');
    const incomplete = api.codes.find((c: { code: string }) => c.code === '907135701');
    expect(incomplete).toMatchObject({ vendor: 'huawei', url: '/huawei/907135701/' });
  });
});
