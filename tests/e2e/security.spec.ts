/**
 * The site works under the headers people deploy: `serve.ts --secure` (the
 * third server of playwright.config.ts) sends what dist/_headers says, the
 * file Netlify and Cloudflare Pages read, and the README's nginx and
 * vercel.json examples must say the same. Any CSP violation fails the test.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SECURE_PORT } from '../playwright.config.ts';
import { fencedBlock, headersFromNetlify, headersFromNginx, headersFromVercel } from '../../src/utils/host-headers.ts';
import { resultLinks } from './helpers.ts';
import { FIRST_PAINT_HASH } from '../../src/utils/first-paint.ts';

const deployed = headersFromNetlify(readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test.use({ baseURL: `http://127.0.0.1:${SECURE_PORT}/` });

/** Paths the test opens on purpose knowing they are not pages. */
const expectedNotFound = new Set(['/XIAOMI/10001']);

interface Watch {
  violations: string[];
  errors: string[];
}

/**
 * Records CSP violations (the DOM event, reported through a binding so none is
 * lost when the page navigates) and every console error or uncaught exception.
 */
async function watchCsp(page: Page): Promise<Watch> {
  const watch: Watch = { violations: [], errors: [] };
  await page.exposeFunction('__reportCspViolation', (text: string) => watch.violations.push(text));
  // Init scripts are injected by the browser's debugging protocol, outside the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The 404 page's own status is logged as an error; any other failed load still counts.
    const notFoundDocument = /status of 404/.test(message.text()) && page.url() === message.location().url && expectedNotFound.has(new URL(page.url()).pathname);
    if (!notFoundDocument) watch.errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  return watch;
}

test("the deployed _headers file is strict, and the README's nginx and vercel.json examples send the same headers", () => {
  const csp = deployed['Content-Security-Policy'] ?? '';
  expect(csp.split('; ')).toEqual(expect.arrayContaining(["default-src 'self'", `script-src 'self' 'wasm-unsafe-eval' ${FIRST_PAINT_HASH}`, "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]));
  expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
  expect(deployed['X-Content-Type-Options']).toBe('nosniff');
  expect(headersFromNginx(fencedBlock(readme, 'nginx'))).toEqual(deployed);
  expect(headersFromVercel(fencedBlock(readme, 'json'))).toEqual(deployed);
});

test('every page, the 404 page too, is served with the headers of dist/_headers', async ({ request }) => {
  for (const path of ['', 'xiaomi/', 'xiaomi/10001/', 'search/', 'code/10001/', 'no/such/page/']) {
    const response = await request.get(path);
    for (const [name, value] of Object.entries(deployed)) expect(response.headers()[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
});

test('the violation watcher sees a violation when there is one (control)', async ({ page }) => {
  const watch = await watchCsp(page);
  await page.goto('xiaomi/10001/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "inline ran"';
    document.body.append(script);
  });
  await expect.poll(() => watch.violations.length).toBeGreaterThan(0);
  expect(await page.title()).not.toBe('inline ran');
});

test('search, lookup, theme, copy and the 404 redirect run under the CSP without a violation', async ({ page }) => {
  const watch = await watchCsp(page);
  await page.goto('./');

  // The home page's lookup box.
  // A code two vendors share: Enter goes to the search page, which lists both.
  await page.getByRole('combobox', { name: 'Look up a code, an error name or a log line' }).fill('80300007');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=80300007/);
  expect((await resultLinks(page))[0]).toBe('/huawei/80300007/');

  // The header box, with a phrase only Pagefind (WebAssembly) can answer.
  await page.locator('#site-search').fill('sensitive words');
  await page.locator('#site-search').press('Enter');
  await page.waitForURL(/q=sensitive/);
  expect(await resultLinks(page)).toContain('/huawei/80100016/');

  // Theme choice and copy buttons (site.ts).
  await page.goto('honor/80300007/');
  await page.locator('[data-theme-choice]').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The stored choice is applied by the inline early script, which the CSP allows by its hash:
  // blocked, it would be a violation below.
  await page.goto('honor/80300007/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('#copy-status')).toContainText('Copied');

  // The 404 page fetches the lookup index and redirects a hand-typed URL.
  await page.goto('XIAOMI/10001');
  await expect(page).toHaveURL(/\/xiaomi\/10001\/$/);

  expect(watch.violations).toEqual([]);
  expect(watch.errors).toEqual([]);
});
