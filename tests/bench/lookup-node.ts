/**
 * `npx tsx tests/bench/lookup-node.ts [--set hand|real|all] [--verbose]`: the
 * lookup engine alone, run in Node on the index built from content/ (no
 * build, no browser, seconds instead of minutes). It scores what `lookup()`
 * answers, which is what the header box shows; the search page adds phrase
 * matches and Pagefind on top, so its figures come from `npm run bench:search`.
 * For quick checks while tuning weights; record browser figures in the README.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lookup } from '../../src/utils/lookup/index.ts';
import { contentIndex } from '../helpers/content-index.ts';
import { handCases, pathOf, rankIn, realCases, type SetName } from './search-cases.ts';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'all' }, verbose: { type: 'boolean', default: false } } });
const sets: SetName[] = values.set === 'all' ? ['hand', 'real'] : [values.set as SetName];
const index = contentIndex();
const known = new Set(index.codes.map((c) => `${c.vendor}/${c.code}`));

/** A page address compared without tracking parameters, hash or trailing slash. */
const pageOf = (url: string) => url.replace(/#.*$/, '').replace(/[?&](ha_source|utm_[a-z]+)=[^&]*/g, '').replace(/\/$/, '').toLowerCase();
/**
 * Every page content/ cites (descriptions, messages, aliases, docs links). A real case copied from one of
 * them tests that the site carries the vendor's own wording, not that the lookup copes with text it does
 * not hold, so the two are counted apart.
 */
function citedPages(dir = new URL('../../content/codes/', import.meta.url).pathname): Set<string> {
  const pages = new Set<string>();
  for (const vendor of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, vendor))) {
      for (const m of readFileSync(join(dir, vendor, file), 'utf8').matchAll(/https?:\/\/\S+/g)) pages.add(pageOf(m[0]));
    }
  }
  return pages;
}
const cited = citedPages();

for (const set of sets) {
  const cases = (set === 'hand' ? handCases() : realCases()).filter((c) => !c.needs || known.has(c.expect[0]!));
  let top1 = 0;
  let top3 = 0;
  const first = new Set<(typeof cases)[number]>();
  for (const c of cases) {
    const paths = lookup(index, c.q, { limit: 12 }).answers.map((a) => pathOf(`${a.item.vendor}/${a.item.code}`));
    const { rank, complete } = rankIn(c, paths);
    const ok = rank === 1 && complete !== false;
    if (ok) top1++;
    if (ok) first.add(c);
    if (rank > 0 && rank <= 3) top3++;
    if (values.verbose || !ok) console.log(`${ok ? 'ok  ' : 'MISS'} ${JSON.stringify(c.q.replace(/\s*\n\s*/g, ' ')).slice(0, 100)} → ${c.expect[0]} rank ${rank || '–'}; top: ${paths.slice(0, 3).join(' ')}`);
  }
  const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
  console.log(`\n${set} set, lookup() in Node: ${cases.length} cases, top-1 ${top1} (${pct(top1)}), top-3 ${top3} (${pct(top3)})`);
  if (set === 'real') {
    const fromCited = cases.filter((c) => c.source && cited.has(pageOf(c.source)));
    const hit = (list: typeof cases) => list.filter((c) => first.has(c)).length;
    const others = cases.filter((c) => !fromCited.includes(c));
    console.log(`  copied from a page content/ cites: ${fromCited.length} cases, top-1 ${hit(fromCited)}; from elsewhere: ${others.length} cases, top-1 ${hit(others)}`);
  }
  console.log('');
}
