/**
 * `npm run bench:search`: search quality and lookup latency, measured through
 * the built site (dist/, served by static-server.ts) in Debian's Chromium.
 *
 * Two query sets, reported apart: the hand-written set (search-queries.ts) and
 * the real-text set (real-pastes.ts, text copied from public threads, logs and
 * vendor docs). For each: top-1 and top-3 per vendor and per kind of text
 * (log line, JSON body, phrase, name, code), through the real search page
 * (/search/?q=…) and through the header lookup box (hand-written queries typed
 * key by key, pastes inserted at once). The box records a User Timing measure
 * ("lookup") around each lookup call: median and p95 per keystroke. Real cases
 * whose expected page the site does not have yet (marked `needs`) are counted
 * apart as "page not built yet" until it exists. Nothing is asserted: figures only.
 *
 * Options: --set hand|real|all (default all), --dist <dir> (default dist),
 * --kind <kind> (a kind of either set: log-line, phrase, unique code, …),
 * --skip-latency (search page only, no lookup box), --json (the figures as
 * JSON too), --verbose (every query with its rank).
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { handCases, rankIn, realCases, type BenchCase, type SetName } from './search-cases.ts';
import { printMisses, reportSet, type Outcome, type Ranked, type SetFigures } from './search-report.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    set: { type: 'string', default: 'all' },
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    kind: { type: 'string' },
    'skip-latency': { type: 'boolean', default: false },
  },
});
const dist = values.dist!;
if (!['hand', 'real', 'all'].includes(values.set!)) {
  console.error(`--set must be hand, real or all, not "${values.set}"`);
  process.exit(1);
}
const sets: SetName[] = values.set === 'all' ? ['hand', 'real'] : [values.set as SetName];
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`${dist}/pagefind/pagefind.js is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const index = JSON.parse(readFileSync(join(dist, 'api', 'lookup.json'), 'utf8')) as { codes: { v: string; c: string }[] };
const known = new Set(index.codes.map((c) => `${c.v}/${c.c}`));
const ofKind = (c: BenchCase) => !values.kind || c.kind === values.kind || c.handKind === values.kind;
const all = [...(sets.includes('hand') ? handCases() : []), ...(sets.includes('real') ? realCases() : [])].filter(ofKind);

// An expected answer missing from the site is a typo in the set, unless the
// case says which later work brings its page: then it waits, counted apart.
const typos = all.filter((c) => !c.needs).flatMap((c) => c.expect.filter((id) => !known.has(id)));
if (typos.length) {
  console.error(`Expected answers not in the site: ${[...new Set(typos)].join(', ')}`);
  process.exit(1);
}
const notBuilt = all.filter((c) => c.needs && !known.has(c.expect[0]!));
const cases = all.filter((c) => !notBuilt.includes(c));

const { server, url } = await startStaticServer({ root: dist });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
const excerpt = (q: string) => JSON.stringify(q.replace(/\s*\n\s*/g, ' ')).slice(0, 90);

async function searchResults(p: Page, q: string): Promise<string[]> {
  await p.goto(`${url}search/?q=${encodeURIComponent(q)}`);
  await p.locator('#search-status').filter({ hasText: /result|Nothing found|failed/ }).waitFor();
  return p.locator('#search-results > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const outcomes: Outcome[] = [];
for (const c of cases) {
  const links = await searchResults(page, c.q);
  const search: Ranked = { ...rankIn(c, links), top: links.slice(0, 3) };
  outcomes.push({ case: c, search });
  const ok = search.rank === 1 && search.complete !== false;
  if (values.verbose || !ok) console.log(`${ok ? 'ok  ' : 'MISS'} [${c.set} ${c.handKind ?? c.kind}] ${excerpt(c.q)} → rank ${search.rank || '–'}${search.complete === false ? ', incomplete' : ''}; top: ${search.top.join(' ')}`);
}

// The header box: type each query key by key (a paste as one insertion), on
// one page, as a person does; read the options it offers and the "lookup"
// User Timing measures the box records around each lookup call.
const latency = new Map<SetName, { durations: number[]; keystrokes: number; first?: number }>();
if (!values['skip-latency']) {
  await page.goto(url);
  const box = page.locator('#site-search');
  // The box fetches the shards' manifest on focus (the whole index only when a text needs it).
  const indexLoaded = page.waitForResponse((r) => /\/api\/lookup(\.json|\/manifest\.json)$/.test(r.url()));
  await box.focus();
  await indexLoaded;
  for (const o of outcomes) {
    const c = o.case;
    const timing = latency.get(c.set) ?? { durations: [], keystrokes: 0 };
    latency.set(c.set, timing);
    await box.fill('');
    await page.evaluate(() => performance.clearMeasures('lookup'));
    if (c.paste) {
      await page.keyboard.insertText(c.q);
      timing.keystrokes++;
    } else {
      await page.keyboard.type(c.q);
      timing.keystrokes += c.q.length;
    }
    // The box is done when its "search all pages" option carries what the
    // input now holds (an input drops a paste's line breaks).
    await page.waitForFunction(() => {
      const input = document.querySelector<HTMLInputElement>('#site-search');
      const option = document.querySelector<HTMLElement>('#site-search-listbox [data-all]');
      return !!input && !!option && option.dataset.href!.endsWith(`?q=${encodeURIComponent(input.value.slice(0, 2000))}`);
    });
    const measured = await page.evaluate(() => performance.getEntriesByName('lookup').map((e) => e.duration));
    // The very first lookup also builds the lookup tables from the index: reported apart.
    if (timing.first === undefined) timing.first = measured.shift();
    timing.durations.push(...measured);
    const offered = await page.locator('#site-search-listbox [role=option]:not([data-all])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.href ?? ''));
    const base = new URL(url).pathname.replace(/\/$/, '');
    const paths = offered.map((href) => (href.startsWith(base) ? href.slice(base.length) : href));
    o.box = { ...rankIn(c, paths), top: paths.slice(0, 3) };
  }
}
await browser.close();
server.close();

const chromiumVersion = async () => {
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const v = b.version();
  await b.close();
  return `Chromium ${v}`;
};
console.log(`\nSearch quality through ${url}search/ and the header lookup box, in ${await chromiumVersion()}, ${new Date().toISOString().slice(0, 10)}`);
const figures: SetFigures[] = [];
for (const set of sets) {
  const of = outcomes.filter((o) => o.case.set === set);
  if (!of.length && !notBuilt.some((c) => c.set === set)) continue;
  figures.push(reportSet(set, of, notBuilt.filter((c) => c.set === set), !values['skip-latency']));
  if (set === 'real' || values.verbose) printMisses(set, of);
}
for (const [set, t] of latency) {
  const sorted = [...t.durations].sort((a, b) => a - b);
  const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  console.log(`\nlookup latency, ${set} set (${t.durations.length} lookups over ${t.keystrokes} keystrokes or pastes): median ${quantile(0.5).toFixed(2)} ms, p95 ${quantile(0.95).toFixed(2)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(2)} ms; first lookup (builds the tables) ${t.first?.toFixed(2)} ms`);
}
if (values.json) console.log(JSON.stringify({ figures, latency: Object.fromEntries([...latency].map(([set, t]) => [set, { lookups: t.durations.length, keystrokes: t.keystrokes, first: t.first }])) }));
