/**
 * Chinese text is found: a copy of the project gets one entry with a Chinese
 * vendor message and a Chinese description (fixtures, never in content/), is
 * built with Pagefind, and a browser searches it three ways: Pagefind alone
 * (its index holds the message as a word), the search page (Chinese words
 * inside the message and the description, through the lookup), and the header
 * lookup box.
 */
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';

let project: FixtureProject;
let server: Server;
let url: string;
let browser: Browser;

const MESSAGE = '测试推送通道令牌已过期';
const DESCRIPTION = '设备标识符格式不正确';

beforeAll(async () => {
  project = fixtureProject();
  project.write(
    'content/codes/vivo/99990.md',
    `---\ncode: "99990"\nvendor: vivo\nmessages:\n  - text: ${MESSAGE}。\n    lang: zh\n    url: https://dev.vivo.com.cn/documentCenter/doc/368\ndescriptions:\n  - text: ${DESCRIPTION}。\n    from: vendor\n    url: https://dev.vivo.com.cn/documentCenter/doc/368\ndocsUrl: https://dev.vivo.com.cn/documentCenter/doc/368\nsourceLines: []\ncategory: invalid-request\naction: fix-request\nretryable: false\nguidance:\n  from: site\n---\nA fixture code for the Chinese search test.\n`,
  );
  const built = project.build();
  expect(built.status, built.output).toBe(0);
  // The build script's own second step (Pagefind over the permalinks, and the lone-code pages).
  const finished = project.finishBuild();
  expect(finished.status, finished.output).toBe(0);
  ({ server, url } = await startStaticServer({ root: join(project.dir, 'dist') }));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  project?.dispose();
}, 60_000);

it('Pagefind finds the permalink by its whole Chinese message, and the search page by Chinese words inside it', async () => {
  const page = await browser.newPage();
  await page.goto(url);
  // Pagefind reads a CJK run as one word (src/utils/search-terms.ts): the whole message, or its start.
  for (const words of [MESSAGE, MESSAGE.slice(0, 4)]) {
    // A string, so the test runner does not rewrite the page's own dynamic import.
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(${JSON.stringify(words)});
      return Promise.all(search.results.slice(0, 10).map(async (r) => (await r.data()).url));
    })()`)) as string[];
    expect(urls, words).toContain('/vivo/99990/');
  }
  // Words inside a run are the lookup's (cjkMatches), listed before Pagefind's results.
  for (const word of ['令牌', '过期', '标识符']) {
    await page.goto(`${url}search/?q=${encodeURIComponent(word)}`);
    await page.locator('#search-status').filter({ hasText: /result|Nothing found/ }).waitFor({ timeout: 60_000 });
    const links = await page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links, word).toContain('/vivo/99990/');
  }
  await page.close();
}, 120_000);

it('the search page and the header box find the code by its Chinese message and description', async () => {
  const page = await browser.newPage();
  for (const q of [`Vivo推送提示：${MESSAGE}`, '格式不正确']) {
    await page.goto(`${url}search/?q=${encodeURIComponent(q)}`);
    await page.locator('#search-status').filter({ hasText: /result|Nothing found/ }).waitFor({ timeout: 60_000 });
    const links = await page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links[0], q).toBe('/vivo/99990/');
  }
  await page.goto(url);
  await page.locator('#site-search').click();
  await page.locator('#site-search').fill(`${MESSAGE}。`);
  await expect.poll(() => page.locator('#site-search-listbox [role=option]').first().textContent(), { timeout: 30_000 }).toContain('99990');
  await page.close();
}, 180_000);
