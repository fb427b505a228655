/** A person types or pastes what a ticket contains and gets the answer as they type. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { forbidExternalRequests, resultLinks } from './helpers.ts';

const box = (page: Page) => page.locator('#site-search');
const listbox = (page: Page) => page.locator('#site-search-listbox');
const options = (page: Page) => listbox(page).getByRole('option');

test.describe('the lookup box', () => {
  test('loads nothing for the lookup until a person focuses the box', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('xiaomi/10001/');
    await page.waitForLoadState('networkidle');
    expect(requests.some((p) => p.endsWith('/api/lookup.json'))).toBe(false);
    expect(requests.some((p) => /lookup/.test(p))).toBe(false);
    await box(page).focus();
    // The shards' manifest comes first; the shards follow what is typed.
    await expect.poll(() => requests.some((p) => p.endsWith('/api/lookup/manifest.json'))).toBe(true);
  });

  test('answers as the person types, in the header of any page', async ({ page }) => {
    const external = forbidExternalRequests(page);
    await page.goto('vivo/');
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('9000', { delay: 30 });
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(options(page).first()).toContainText('9000');
    await page.keyboard.type('1');
    await expect(options(page).first()).toContainText('90001');
    await expect(options(page).first()).toContainText('Push server');
    await expect(box(page)).toHaveAttribute('aria-controls', 'site-search-listbox');
    expect(external).toEqual([]);
  });

  test('arrow down and Enter open the permalink; Escape closes, then clears', async ({ page }) => {
    await page.goto('./');
    await box(page).click();
    await page.keyboard.type('80300007');
    await expect(options(page)).toHaveCount(3); // Huawei, Honor, "Search all pages"
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = options(page).nth(1);
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
    await page.keyboard.press('Escape');
    await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(box(page)).toHaveValue('80300007');
    await page.keyboard.press('Escape');
    await expect(box(page)).toHaveValue('');
    await page.keyboard.type('honor 80300007');
    await expect(options(page).first()).toContainText('Honor');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/honor\/80300007\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('80300007');
  });

  test('Enter with nothing highlighted goes to the search page', async ({ page }) => {
    await page.goto('./');
    await box(page).click();
    await page.keyboard.type('sensitive words');
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=sensitive/);
    expect(await resultLinks(page)).toContain('/huawei/80100016/');
  });

  test('vendor words put that vendor first', async ({ page }) => {
    await page.goto('./');
    const home = page.locator('#home-lookup');
    await home.click();
    await home.fill('huawei 80300007');
    await expect(page.locator('#home-lookup-listbox [role=option]').first()).toContainText('Huawei');
    await home.fill('hms');
    await expect(page.locator('#home-lookup-listbox [role=option]').first()).toHaveText('All Huawei codes');
    await home.fill('hihonor 80300007');
    await expect(page.locator('#home-lookup-listbox [role=option]').first()).toContainText('Honor');
    await expect(page.locator('#home-lookup-listbox [role=option]').first()).toContainText('likely vendor');
  });

  test('a pasted response body gets each code explained with its vendor', async ({ page }) => {
    await page.goto('./');
    const home = page.locator('#home-lookup');
    await home.click();
    const body = '2026-03-10 12:00:01 push failed {"ActionStatus":"FAIL","ErrorCode":90018,"ErrorInfo":"too many accounts"} then huawei said {"code":"80300007","msg":"All the tokens are invalid","requestId":"157440955549500001002006"}';
    // A paste arrives as one insertion (one input event), not keystroke by keystroke.
    await page.keyboard.insertText(body);
    const found = page.locator('#home-lookup-listbox [role=option]');
    // Huawei's own message ("All the tokens are invalid") is the most specific reading, so it comes
    // first; the server's code follows; Honor, which shares the number, comes after Huawei.
    await expect(found.nth(0)).toContainText('80300007');
    await expect(found.nth(0)).toContainText('Huawei');
    await expect(found.nth(0)).toContainText('likely vendor');
    await expect(found.nth(1)).toContainText('90018');
    await expect(found.nth(1)).toContainText('Push server');
    await expect(found.nth(1)).toContainText('Number of requested accounts exceeds the limit');
    await expect(found.nth(2)).toContainText('80300007');
    await expect(found.nth(2)).toContainText('Honor');
    // Timestamps are not read as codes.
    await expect(page.locator('#home-lookup-listbox')).not.toContainText('“12”');
  });

  test('a live region announces how many answers there are', async ({ page }) => {
    await page.goto('./');
    await box(page).click();
    await page.keyboard.type('10001');
    const live = page.locator('#site-search ~ [data-lookup-status], form:has(#site-search) [role=status]');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    await expect(live).toHaveText(/^2 answers/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.type('zzzzqqq');
    await expect(live).toHaveText(/No exact answer/);
  });

  test('the open combobox and the search page pass axe', async ({ page }) => {
    test.slow(); // two axe runs took 25-32 s of the 30 s default on this 2-core machine
    await page.goto('./');
    await box(page).click();
    await page.keyboard.type('80300007');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    const open = await new AxeBuilder({ page }).include('header').analyze();
    expect(open.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await page.goto('search/?q=token&vendor=apns');
    await expect(page.locator('#search-status')).toHaveText(/result/);
    // The footer (links styled by the layout) is checked with the rest of the site, not here.
    const search = await new AxeBuilder({ page }).exclude('footer').analyze();
    expect(search.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('the form still searches with JavaScript off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('./');
    await page.locator('#home-lookup').fill('90001');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=90001$/);
    await context.close();
  });
});

test.describe('the search page', () => {
  test('a pasted JSON body: exact answers first, each with its vendor', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('{"reason":"ExpiredToken","timestamp":1700000000000}'));
    const links = await resultLinks(page);
    expect(links[0]).toBe('/apns/expiredtoken/');
    expect(new Set(links).size).toBe(links.length);
    await expect(page.locator('#search-results > li[data-exact]')).toHaveCount(1);
  });

  test('a pasted body that names codes is not drowned by full-text matches of its keys', async ({ page }) => {
    await page.goto('search/?q=' + encodeURIComponent('{"code":"80300007","msg":"success"}'));
    const links = await resultLinks(page);
    expect(links.slice(0, 2).sort()).toEqual(['/honor/80300007/', '/huawei/80300007/']);
    expect(links).toHaveLength(2);
    await expect(page.locator('#search-status')).toContainText('Full-text results are left out');
    // Words, not a paste: full text still answers.
    await page.goto('search/?q=' + encodeURIComponent('token invalid'));
    expect((await resultLinks(page)).length).toBeGreaterThan(2);
  });

  test('filters are kept in the URL and narrow the results', async ({ page }) => {
    await page.goto('search/?q=token');
    const all = await resultLinks(page);
    expect(all.some((l) => !l.startsWith('/apns/'))).toBe(true);
    await page.getByLabel('Vendor').selectOption('apns');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/[?&]vendor=apns/);
    await expect(page).toHaveURL(/[?&]q=token/);
    const narrowed = await resultLinks(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((l) => l.startsWith('/apns/'))).toBe(true);
    await expect(page.getByLabel('Vendor')).toHaveValue('apns');
    for (const name of ['Category', 'What to do', 'Retry helps']) await expect(page.getByLabel(name, { exact: true })).toBeVisible();
    // Classification filters: chosen in the form, kept in the URL, and every result passes them.
    await page.getByLabel('Category', { exact: true }).selectOption('token-invalid');
    await page.getByLabel('Retry helps').selectOption('no');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/[?&]category=token-invalid/);
    await expect(page).toHaveURL(/[?&]retryable=no/);
    await expect(page.getByLabel('Category', { exact: true })).toHaveValue('token-invalid');
    const api = await (await page.request.get('api/lookup.json')).json();
    const passing = (k: string, r: number, v?: string) => new Set(api.codes.filter((c: { k?: string; r?: number; v: string }) => c.k === k && c.r === r && (!v || c.v === v)).map((c: { v: string; c: string }) => `/${c.v}/${c.c.toLowerCase()}/`));
    const filtered = await resultLinks(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(narrowed.length);
    expect(filtered.every((l) => passing('token-invalid', 0, 'apns').has(l))).toBe(true);
    // Filters alone, no words: every code that passes them, a linkable list.
    await page.goto('search/?action=remove-token');
    const removable = await resultLinks(page);
    const expected = api.codes.filter((c: { a?: string }) => c.a === 'remove-token').length;
    expect(removable.length).toBe(expected);
    expect(expected).toBeGreaterThan(3);
    await expect(page.locator('#search-status')).toContainText('remove the token');
  });
});

test.describe('OpenSearch', () => {
  test('the description is linked from the head and searches /search/?q=', async ({ page, request }) => {
    await page.goto('./');
    const link = page.locator('link[rel=search][type="application/opensearchdescription+xml"]');
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe('/opensearch.xml');
    const response = await request.get(href.slice(1));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">');
    const template = /template="([^"]+)"/.exec(xml)![1]!;
    expect(template).toBe('/search/?q={searchTerms}');
    await page.goto(template.replace('{searchTerms}', '90001').slice(1));
    expect((await resultLinks(page))[0]).toBe('/server/90001/');
  });
});
