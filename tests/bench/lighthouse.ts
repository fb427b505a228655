/**
 * `npm run bench:lighthouse [-- dir] [--desktop]`: Lighthouse (the npm package)
 * in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) on the home,
 * a vendor, a permalink and the search page of a built site served by
 * static-server.ts with the production security headers. Prints the four
 * category scores per page and what cost points. Files travel gzipped, as
 * from a CDN. Default: Lighthouse's mobile emulation with simulated slow 4G;
 * --desktop uses its desktop preset. Each page runs RUNS times (scores vary
 * between runs on a 2-core machine); the median run by performance is shown.
 * --page <name> runs one page only (home, vendor, permalink, search), and
 * lists its long main-thread tasks and the scripts that spent the time.
 * --json <dir> writes every run's full Lighthouse result there
 * (`<page>-<run>.json`), to read what the simulation counted before a paint.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { SECURITY_HEADERS } from '../../src/utils/security-headers.ts';
import { precompressedCopy, removeProject } from './synthetic.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { desktop: { type: 'boolean', default: false }, page: { type: 'string' }, json: { type: 'string' } } });
const root = positionals[0] ?? 'dist';
const PAGES = [
  ['home', '/'],
  ['vendor', '/xiaomi/'],
  ['permalink', '/xiaomi/10001/'],
  ['search', '/search/?q=10001'],
] as const;
const chosen = PAGES.filter(([name]) => !values.page || name === values.page);
if (!chosen.length) throw new Error(`--page: one of ${PAGES.map(([name]) => name).join(', ')}`);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const RUNS = 3;

const served = precompressedCopy(root);
const { server, url } = await startStaticServer({ root: served, headers: SECURITY_HEADERS, precompressed: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
let worst = 100;
try {
  console.log(`Lighthouse ${values.desktop ? 'desktop' : 'mobile (default)'} on ${root}`);
  console.log(`${'page'.padEnd(10)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  // Warm-up: the first load of a fresh browser pays for its own start-up.
  await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  for (const [name, path] of chosen) {
    const runs: Result[] = [];
    let retries = 0;
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(
        url.replace(/\/$/, '') + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        values.desktop ? desktopConfig : undefined,
      );
      // A run that failed outright (e.g. no paint under load) says so and is run again, up to twice.
      if (result!.lhr.runtimeError) {
        console.log(`    ${name}: run failed (${result!.lhr.runtimeError.code}: ${result!.lhr.runtimeError.message}), running again`);
        if (i >= 0 && retries++ < 2) i--;
        continue;
      }
      runs.push(result!.lhr);
      if (values.json) {
        mkdirSync(values.json, { recursive: true });
        writeFileSync(join(values.json, `${name}-${runs.length}.json`), JSON.stringify(result!.lhr));
      }
    }
    const score = (lhr: Result, c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    if (!runs.length) throw new Error(`Lighthouse failed on ${path} every time`);
    const lhr = runs[Math.floor(runs.length / 2)]!;
    const scores = CATEGORIES.map((c) => score(lhr, c));
    worst = Math.min(worst, ...scores);
    console.log(`${name.padEnd(10)} ${scores.map((s) => String(s).padStart(15)).join('')}    (performance in ${runs.length} runs: ${runs.map((r) => score(r, 'performance')).join(', ')})`);
    // What cost points: every audit in a scored category below a full score.
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`    ${category}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
        }
      }
    }
    const m = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    console.log(`    FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`);
    if (values.page) {
      // Where the main thread went: Lighthouse's long tasks and its time per script.
      type Rows = { details?: { items?: Record<string, unknown>[] } };
      const rows = (id: string) => (lhr.audits[id] as Rows | undefined)?.details?.items ?? [];
      for (const t of rows('long-tasks')) console.log(`    long task ${Math.round(Number(t.duration))} ms at ${Math.round(Number(t.startTime))} ms: ${String(t.url)}`);
      for (const b of rows('bootup-time')) console.log(`    script ${String(b.url)}: ${Math.round(Number(b.total))} ms (scripting ${Math.round(Number(b.scripting))} ms)`);
    }
  }
} finally {
  chrome.kill();
  server.close();
  removeProject(served);
}
console.log(worst === 100 ? 'Every score is 100.' : `Lowest score: ${worst} (target 100).`);
