/**
 * What a person downloads: loads pages of a built site in Chromium (Debian's,
 * CHROMIUM_PATH) and records every request made on load, before any
 * interaction. Sizes are the response bodies as served (raw) and gzipped with
 * zlib's default level, as a CDN would send them.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { startStaticServer } from '../../src/cli/static-server.ts';

export interface Weight {
  page: string;
  requests: number;
  /** Bytes per kind ("html", "css", "js", "json", "pagefind", "other"): raw and gzipped. */
  kinds: Record<string, { raw: number; gzip: number }>;
}

function kindOf(url: string, resourceType: string): string {
  const path = new URL(url).pathname;
  if (path.includes('/pagefind/')) return 'pagefind';
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (resourceType === 'script' || path.endsWith('.js')) return 'js';
  if (path.endsWith('.json')) return 'json';
  return 'other';
}

/** The network counts as idle after this long with no request in flight (Playwright's own figure). */
const QUIET_MS = 500;

async function waitForQuiet(quiet: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!quiet()) {
    if (Date.now() > deadline) throw new Error(`requests still in flight after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Loads `path` and records what was fetched until the network is idle; `ready` waits for a page's own work. */
async function weigh(page: Page, origin: string, path: string, ready?: (page: Page) => Promise<void>): Promise<Weight> {
  const pending: Promise<void>[] = [];
  const weight: Weight = { page: path, requests: 0, kinds: {} };
  const onResponse = (response: import('@playwright/test').Response) => {
    weight.requests++;
    const kind = kindOf(response.url(), response.request().resourceType());
    pending.push(
      response
        .body()
        .then((body) => {
          const entry = (weight.kinds[kind] ??= { raw: 0, gzip: 0 });
          entry.raw += body.length;
          // Pagefind's index fragments are already gzipped: count them as they travel.
          entry.gzip += kind === 'pagefind' && !/\.(js|css|json)$/.test(response.url()) ? body.length : gzipSync(body).length;
        })
        .catch(() => undefined),
    );
  };
  // Requests in flight, counted here rather than with Playwright's 'networkidle': that state
  // fires once the network has been quiet for 500 ms at any time, is withdrawn at 'load' if a
  // request started since, and never fires again; on a slow, busy machine a page whose parser
  // finds a script late (a long page) then never "goes idle" although every request has ended.
  let inflight = 0;
  let lastChange = Date.now();
  const started = () => {
    inflight++;
    lastChange = Date.now();
  };
  const ended = () => {
    inflight--;
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', onResponse);
  await page.goto(origin + path, { waitUntil: 'load' });
  if (ready) await ready(page);
  await waitForQuiet(() => inflight === 0 && Date.now() - lastChange >= QUIET_MS);
  page.off('request', started);
  page.off('requestfinished', ended);
  page.off('requestfailed', ended);
  page.off('response', onResponse);
  await Promise.all(pending);
  return weight;
}

export interface SiteWeights {
  pages: Weight[];
  /** One search (`?q=`): what it fetched beyond the bare search page. */
  query: Weight;
}

/**
 * Weighs a permalink, the largest vendor page, the home page and the search
 * page of the site built in `root`, each in a fresh context (empty cache).
 */
export async function weighSite(root: string, paths: { permalink: string; vendor: string }, query = 'token expired'): Promise<SiteWeights> {
  const { server, url } = await startStaticServer({ root });
  const origin = url.replace(/\/$/, '');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const pages: Weight[] = [];
    for (const path of [paths.permalink, paths.vendor, '/', '/search/']) {
      const context = await browser.newContext();
      pages.push(await weigh(await context.newPage(), origin, path));
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    const query_ = await weigh(page, origin, `/search/?q=${encodeURIComponent(query)}`, async (p) => {
      await p.waitForFunction(() => /result|Nothing found/.test(document.getElementById('search-status')?.textContent ?? ''));
    });
    await context.close();
    return { pages, query: query_ };
  } finally {
    await browser.close();
    server.close();
  }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatWeight(w: Weight): string {
  const parts = ['html', 'css', 'js', 'json', 'pagefind', 'other']
    .filter((k) => w.kinds[k])
    .map((k) => `${k} ${kb(w.kinds[k]!.raw)} (${kb(w.kinds[k]!.gzip)} gz)`);
  return `${w.page.padEnd(28)} ${String(w.requests).padStart(2)} requests  ${parts.join('  ')}`;
}
