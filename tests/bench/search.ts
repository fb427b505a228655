/**
 * `npm run bench:search`: search quality and lookup latency, measured through
 * the built site (dist/, served by static-server.ts) in Debian's Chromium.
 *
 * - Each query of search-queries.ts goes through the real search page
 *   (/search/?q=…); prints top-1 accuracy per kind, mean reciprocal rank, and
 *   for shared codes whether every vendor's entry comes before any other result.
 * - Each typed query is then typed key by key into the header lookup box;
 *   the box records a User Timing measure ("lookup") around each lookup call,
 *   printed as median and p95 per keystroke. Nothing is asserted: figures only.
 *
 * Options: --dist <dir> (default dist), --kind <kind> (only that kind of
 * query), --skip-latency (search page only), --json (print the figures as JSON
 * too), --verbose (every query with its rank).
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { QUERIES as ALL_QUERIES, type BenchQuery, type Kind } from './search-queries.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, kind: { type: 'string' }, 'skip-latency': { type: 'boolean', default: false } } });
const dist = values.dist!;
const QUERIES = values.kind ? ALL_QUERIES.filter((q) => q.kind === values.kind) : ALL_QUERIES;
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`${dist}/pagefind/pagefind.js is missing: run \`npm run build\` first.`);
  process.exit(1);
}

// Every expected answer must exist, or the benchmark would measure a typo.
const index = JSON.parse(readFileSync(join(dist, 'api', 'lookup.json'), 'utf8')) as { codes: { v: string; c: string }[] };
const known = new Set(index.codes.map((c) => `${c.v}/${c.c}`));
const missing = QUERIES.flatMap((q) => q.expect.filter((id) => !known.has(id)));
if (missing.length) {
  console.error(`Expected answers not in the site: ${missing.join(', ')}`);
  process.exit(1);
}

const pathOf = (id: string) => {
  const [vendor, ...code] = id.split('/');
  return `/${vendor}/${encodeURIComponent(code.join('/').toLowerCase())}/`;
};

const { server, url } = await startStaticServer({ root: dist });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();

async function searchResults(p: Page, q: string): Promise<string[]> {
  await p.goto(`${url}search/?q=${encodeURIComponent(q)}`);
  await p.locator('#search-status').filter({ hasText: /result|Nothing found|failed/ }).waitFor();
  return p.locator('#search-results > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

interface Outcome {
  query: BenchQuery;
  rank: number;
  /** Shared codes: every expected entry before any other result. */
  complete?: boolean;
}

const outcomes: Outcome[] = [];
for (const query of QUERIES) {
  const links = await searchResults(page, query.q);
  const wanted = query.expect.map(pathOf);
  let rank: number;
  let complete: boolean | undefined;
  if (query.kind === 'shared code') {
    complete = wanted.every((w) => links.slice(0, wanted.length).includes(w));
    const first = query.ordered ? links.indexOf(wanted[0]!) : links.findIndex((l) => wanted.includes(l));
    rank = first + 1;
  } else {
    rank = links.indexOf(wanted[0]!) + 1;
  }
  outcomes.push({ query, rank, ...(complete !== undefined ? { complete } : {}) });
  if (values.verbose || rank !== 1 || complete === false) console.log(`${rank === 1 && complete !== false ? 'ok  ' : 'MISS'} [${query.kind}] ${JSON.stringify(query.q).slice(0, 90)} → rank ${rank || '–'}${complete === false ? ', incomplete' : ''}; top: ${links.slice(0, 3).join(' ')}`);
}

// Latency: type each query into the header box key by key (a paste as one
// insertion), on one page, as a person does. The box records a "lookup"
// User Timing measure around each lookup call.
await page.goto(url);
const box = page.locator('#site-search');
const indexLoaded = page.waitForResponse((r) => r.url().endsWith('/api/lookup.json'));
await box.focus();
await indexLoaded;
const durations: number[] = [];
let firstLookup: number | undefined;
let keystrokes = 0;
const popupHits = new Map<Kind, number>();
for (const query of values['skip-latency'] ? [] : QUERIES) {
  await box.fill('');
  await page.evaluate(() => performance.clearMeasures('lookup'));
  if (query.kind === 'paste') {
    await page.keyboard.insertText(query.q);
    keystrokes++;
  } else {
    await page.keyboard.type(query.q);
    keystrokes += query.q.length;
  }
  const searchAll = `${new URL(url).pathname}search/?q=${encodeURIComponent(query.q)}`;
  await page.locator(`#site-search-listbox [data-all][data-href="${searchAll.replace(/"/g, '\\"')}"]`).waitFor();
  const measured = await page.evaluate(() => performance.getEntriesByName('lookup').map((e) => e.duration));
  // The very first lookup also builds the lookup tables from the index: reported apart.
  if (firstLookup === undefined) firstLookup = measured.shift();
  durations.push(...measured);
  const first = await page.locator('#site-search-listbox [role=option]').first().getAttribute('data-href');
  if (first === pathOf(query.expect[0]!)) popupHits.set(query.kind, (popupHits.get(query.kind) ?? 0) + 1);
}
await browser.close();
server.close();

// Figures.
const kinds = (['unique code', 'shared code', 'error name', 'phrase', 'paste'] as Kind[]).filter((k) => QUERIES.some((q) => q.kind === k));
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
const rr = (o: Outcome) => (o.rank > 0 ? 1 / o.rank : 0);
const rows = kinds.map((kind) => {
  const of = outcomes.filter((o) => o.query.kind === kind);
  return { kind, queries: of.length, top1: of.filter((o) => o.rank === 1).length, mrr: of.reduce((s, o) => s + rr(o), 0) / of.length, popupTop1: popupHits.get(kind) ?? 0 };
});
const top1 = outcomes.filter((o) => o.rank === 1).length;
const shared = outcomes.filter((o) => o.query.kind === 'shared code');
const sorted = [...durations].sort((a, b) => a - b);
const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

console.log(`\nSearch quality: ${outcomes.length} queries through ${url}search/ in ${await chromiumVersion()}`);
console.log('kind          queries  top-1            MRR    lookup box top-1');
for (const r of rows) console.log(`${r.kind.padEnd(13)} ${String(r.queries).padStart(7)}  ${`${r.top1}/${r.queries} ${pct(r.top1, r.queries)}`.padEnd(15)}  ${r.mrr.toFixed(3)}  ${r.popupTop1}/${r.queries}`);
console.log(`${'all'.padEnd(13)} ${String(outcomes.length).padStart(7)}  ${`${top1}/${outcomes.length} ${pct(top1, outcomes.length)}`.padEnd(15)}  ${(outcomes.reduce((s, o) => s + rr(o), 0) / outcomes.length).toFixed(3)}  ${[...popupHits.values()].reduce((a, b) => a + b, 0)}/${outcomes.length}`);
console.log(`shared codes complete before any other result: ${shared.filter((o) => o.complete).length}/${shared.length}`);
console.log(`lookup latency per keystroke (${durations.length} lookups over ${keystrokes} keystrokes): median ${quantile(0.5).toFixed(2)} ms, p95 ${quantile(0.95).toFixed(2)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(2)} ms; first lookup (builds the tables) ${firstLookup?.toFixed(2)} ms`);
if (values.json) console.log(JSON.stringify({ rows, top1, total: outcomes.length, sharedComplete: shared.filter((o) => o.complete).length, shared: shared.length, latency: { median: quantile(0.5), p95: quantile(0.95), max: sorted.at(-1), lookups: durations.length, keystrokes } }));

async function chromiumVersion(): Promise<string> {
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const v = `Chromium ${b.version()}`;
  await b.close();
  return v;
}
