/**
 * `npx tsx tests/bench/lookup-node.ts [--set hand|real|all] [--verbose]`: the
 * lookup engine alone, run in Node on the index built from content/ (no
 * build, no browser, seconds instead of minutes). It scores what `lookup()`
 * answers, which is what the header box shows; the search page adds phrase
 * matches and Pagefind on top, so its figures come from `npm run bench:search`.
 * For quick checks while tuning weights; record browser figures in the README.
 */
import { parseArgs } from 'node:util';
import { lookup } from '../../src/utils/lookup/index.ts';
import { contentIndex } from '../helpers/content-index.ts';
import { handCases, pathOf, rankIn, realCases, type SetName } from './search-cases.ts';

const { values } = parseArgs({ options: { set: { type: 'string', default: 'all' }, verbose: { type: 'boolean', default: false } } });
const sets: SetName[] = values.set === 'all' ? ['hand', 'real'] : [values.set as SetName];
const index = contentIndex();
const known = new Set(index.codes.map((c) => `${c.vendor}/${c.code}`));

for (const set of sets) {
  const cases = (set === 'hand' ? handCases() : realCases()).filter((c) => !c.needs || known.has(c.expect[0]!));
  let top1 = 0;
  let top3 = 0;
  for (const c of cases) {
    const paths = lookup(index, c.q, { limit: 12 }).answers.map((a) => pathOf(`${a.item.vendor}/${a.item.code}`));
    const { rank, complete } = rankIn(c, paths);
    const ok = rank === 1 && complete !== false;
    if (ok) top1++;
    if (rank > 0 && rank <= 3) top3++;
    if (values.verbose || !ok) console.log(`${ok ? 'ok  ' : 'MISS'} ${JSON.stringify(c.q.replace(/\s*\n\s*/g, ' ')).slice(0, 100)} → ${c.expect[0]} rank ${rank || '–'}; top: ${paths.slice(0, 3).join(' ')}`);
  }
  const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
  console.log(`\n${set} set, lookup() in Node: ${cases.length} cases, top-1 ${top1} (${pct(top1)}), top-3 ${top3} (${pct(top3)})\n`);
}
