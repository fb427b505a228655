/**
 * Text from content and from the URL is shown as text. HTML and
 * script payloads go into an entry (a temporary copy of the project, built
 * here), into ?q=, into the lookup and search boxes and into a 404 path; each
 * must come back as the same characters, with no element injected, no dialog
 * and no script run.
 */
import { join } from 'node:path';
import type { Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { startStaticServer } from '../../src/cli/static-server.ts';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3"></svg>',
  "';window.__xss=4;//<b>bold</b>",
];

/** Fails the test on any dialog; returns a check that nothing ran and nothing was injected. */
function guard(page: Page): () => Promise<void> {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return async () => {
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The header holds the lookup box's popup; main holds everything else.
    expect(await page.locator(':is(main, header) :is(img, svg, b, script:not([src]), iframe)').count()).toBe(0);
  };
}

/** Types into the header box and waits for its popup, which is where typed text is echoed back. */
async function headerPopup(page: Page, text: string) {
  const box = page.locator('#site-search');
  await box.fill(text);
  const popup = page.locator('header [role=listbox]');
  await expect(popup).toBeVisible();
  return popup;
}

test.describe('text typed or linked by a person', () => {
  for (const payload of PAYLOADS) {
    test(`?q= shows ${JSON.stringify(payload)} as text`, async ({ page }) => {
      const check = guard(page);
      await page.goto(`search/?q=${encodeURIComponent(payload)}`);
      await expect(page.locator('#search-status')).toHaveText(/Nothing found|result/);
      await expect(page.locator('#search-status')).toContainText(payload);
      await expect(page.locator('#search-q')).toHaveValue(payload);
      await expect(page.locator('#site-search')).toHaveValue(payload);
      await check();
    });
  }

  test('the home lookup box keeps payloads as text, through to the search page', async ({ page }) => {
    // Four full searches (Pagefind included) in one test: at a load average of 20 they passed 30 s.
    test.slow();
    const check = guard(page);
    for (const payload of PAYLOADS) {
      await page.goto('./');
      const box = page.getByRole('combobox', { name: 'Look up a code, an error name or a log line' });
      await box.fill(payload);
      await box.press('Enter');
      await page.waitForURL(/\/search\/\?/);
      await expect(page.locator('#search-status')).toContainText(payload);
      await check();
    }
  });

  test("the header box's popup echoes payloads as text, on the page where they were typed", async ({ page }) => {
    const check = guard(page);
    await page.goto('xiaomi/10001/');
    for (const payload of PAYLOADS) {
      const popup = await headerPopup(page, payload);
      await expect(popup).toContainText(`Search all pages for “${payload}”`);
      await expect(page).toHaveURL(/\/xiaomi\/10001\/$/);
      await check();
    }
  });

  test('a 404 path with markup in it is not rendered as markup', async ({ page }) => {
    const check = guard(page);
    const response = await page.goto(`${encodeURIComponent(PAYLOADS[0]!)}/90001/`);
    expect(response!.status()).toBe(404);
    await expect(page.locator('#not-found-suggestions')).toContainText('Push server 90001');
    await check();
  });
});

test.describe('text written in an entry', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  const name = '<img src=x onerror="window.__xss=1">';
  const text = '<script>window.__xss=2</script> <b>bold</b> & "quoted" zebrapayload';
  let project: FixtureProject;
  let server: Server;
  let origin: string;

  test.beforeAll(async () => {
    project = fixtureProject();
    // JSON strings are valid YAML scalars: the payloads reach the schema untouched.
    project.write(
      'content/codes/xiaomi/7777777.md',
      ['---', 'code: "7777777"', 'vendor: xiaomi', `name: ${JSON.stringify(name)}`, 'descriptions:', `  - text: ${JSON.stringify(text)}`, '    from: document', '    line: 1', 'sourceLines: [1]', 'category: invalid-request', 'action: fix-request', 'retryable: false', 'guidance:', '  from: site', '---', 'Body with `<script>` in code.', ''].join('\n'),
    );
    const build = project.build();
    expect(build.status, build.output).toBe(0);
    // The build script's second step: Pagefind, the lone-code /code/ pages and the lookup's files.
    const finished = project.finishBuild();
    expect(finished.status, finished.output).toBe(0);
    ({ server, url: origin } = await startStaticServer({ root: join(project.dir, 'dist') }));
  });

  test.afterAll(() => {
    server?.close();
    project?.dispose();
  });

  for (const [page_, path, ready] of [
    ['permalink', 'xiaomi/7777777/', null],
    ['vendor table', 'xiaomi/', null],
    ['code page', 'code/7777777/', null],
    ['search, exact answer from the lookup index', 'search/?q=7777777', '#search-results li'],
    ['404 suggestion', 'nothing/7777777/here/', '#not-found-suggestions a'],
  ] as const) {
    test(`${page_} shows the entry's markup as text`, async ({ page }) => {
      const check = guard(page);
      await page.goto(origin + path);
      if (ready) await expect(page.locator(ready).first()).toBeVisible();
      await expect(page.locator('main')).toContainText('<script>window.__xss=2</script> <b>bold</b>');
      if (page_ === 'permalink') {
        await expect(page.locator('main')).toContainText(name);
        await expect(page.locator('main code').filter({ hasText: '<script>' })).toHaveCount(1);
        expect(await page.locator('meta[name=description]').getAttribute('content')).toContain('<script>');
      }
      await check();
    });
  }

  test("the header box's popup shows the entry's name and meaning as text", async ({ page }) => {
    const check = guard(page);
    await page.goto(`${origin}xiaomi/`);
    const popup = await headerPopup(page, '7777777');
    await expect(popup.getByRole('option').first()).toContainText(name);
    await expect(popup.getByRole('option').first()).toContainText('<b>bold</b>');
    await check();
  });

  test("search, a Pagefind excerpt shows the entry's markup as text", async ({ page }) => {
    // Pages the lookup index knows show their meaning; an excerpt is drawn only for a page it
    // does not know (an index older than the pages). Leave the entry out of the index to get one.
    await page.route(/\/api\/.*\.json$/, async (route) => {
      const response = await route.fetch();
      const without = (value: unknown): unknown =>
        Array.isArray(value) ? value.filter((v) => !(v && typeof v === 'object' && Object.values(v).includes('7777777'))).map(without)
        : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, without(v)])) : value;
      await route.fulfill({ response, json: without(await response.json()) });
    });
    const check = guard(page);
    await page.goto(`${origin}search/?q=zebrapayload`);
    const result = page.locator('#search-results li').filter({ has: page.locator('a[href$="/xiaomi/7777777/"]') });
    // The <mark> is the excerpt's own highlight, rebuilt as an element; the payload beside it stays text.
    await expect(result.locator('p mark')).toHaveText(/^zebrapayload/);
    await expect(result.locator('p')).toContainText('<b>bold</b>');
    await check();
  });

  test('"Copy for a ticket" copies the text as it is', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const check = guard(page);
    await page.goto(`${origin}xiaomi/7777777/`);
    await page.getByRole('button', { name: 'Copy for a ticket' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<script>window.__xss=2</script>');
    await check();
  });
});
