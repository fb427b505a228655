/**
 * Figures of `npm run bench:search`, per query set: top-1 and top-3 per
 * vendor and per kind of text, through the search page and the header
 * lookup box, and the misses of the real-text set.
 */
import { KINDS, vendorOf, type BenchCase, type SetName } from './search-cases.ts';

export interface Ranked {
  /** 1-based rank of the expected answer, 0 when it is not listed. */
  rank: number;
  /** The first three answers, as paths. */
  top: string[];
  /** Shared codes: every vendor's entry before any other result. */
  complete?: boolean;
}

export interface Outcome {
  case: BenchCase;
  search: Ranked;
  /** Absent with --skip-latency (the lookup box is not run). */
  box?: Ranked;
}

export interface Row {
  group: string;
  cases: number;
  searchTop1: number;
  searchTop3: number;
  boxTop1: number;
  boxTop3: number;
  mrr: number;
}

const hit = (r: Ranked | undefined, n: number) => (r && r.rank > 0 && r.rank <= n ? 1 : 0);

export function row(group: string, of: Outcome[]): Row {
  const sum = (f: (o: Outcome) => number) => of.reduce((s, o) => s + f(o), 0);
  return {
    group,
    cases: of.length,
    searchTop1: sum((o) => hit(o.search, 1)),
    searchTop3: sum((o) => hit(o.search, 3)),
    boxTop1: sum((o) => hit(o.box, 1)),
    boxTop3: sum((o) => hit(o.box, 3)),
    mrr: of.length ? sum((o) => (o.search.rank > 0 ? 1 / o.search.rank : 0)) / of.length : 0,
  };
}

const pct = (n: number, d: number) => (d ? `${Math.round((1000 * n) / d) / 10}%` : '–');
const cell = (n: number, d: number) => `${n}/${d} ${pct(n, d)}`.padEnd(15);

function printRows(title: string, rows: Row[], withBox: boolean): void {
  console.log(`${title.padEnd(12)} cases  search top-1    search top-3    ${withBox ? 'box top-1       box top-3       ' : ''}MRR`);
  for (const r of rows) {
    const box = withBox ? `${cell(r.boxTop1, r.cases)} ${cell(r.boxTop3, r.cases)} ` : '';
    console.log(`${r.group.padEnd(12)} ${String(r.cases).padStart(5)}  ${cell(r.searchTop1, r.cases)} ${cell(r.searchTop3, r.cases)} ${box}${r.mrr.toFixed(3)}`);
  }
}

export interface SetFigures {
  set: SetName;
  all: Row;
  byVendor: Row[];
  byKind: Row[];
  notBuilt: number;
  sharedComplete?: [number, number];
}

/** Prints one set's tables; `notBuilt` cases (their page is not in the site yet) are counted apart. */
export function reportSet(set: SetName, outcomes: Outcome[], notBuilt: BenchCase[], withBox: boolean): SetFigures {
  const vendors = [...new Set(outcomes.map((o) => vendorOf(o.case)))].sort();
  const byVendor = vendors.map((v) => row(v, outcomes.filter((o) => vendorOf(o.case) === v)));
  const byKind = KINDS.filter((k) => outcomes.some((o) => o.case.kind === k)).map((k) => row(k, outcomes.filter((o) => o.case.kind === k)));
  const all = row('all', outcomes);
  const label = set === 'hand' ? 'Hand-written set (search-queries.ts)' : 'Real-text set (real-pastes.ts)';
  console.log(`\n== ${label}: ${outcomes.length} cases measured${notBuilt.length ? `, ${notBuilt.length} whose page is not built yet (not counted)` : ''}`);
  printRows('vendor', [...byVendor, all], withBox);
  console.log('');
  printRows('kind', [...byKind, all], withBox);
  const shared = outcomes.filter((o) => o.case.shared);
  const figures: SetFigures = { set, all, byVendor, byKind, notBuilt: notBuilt.length };
  if (shared.length) {
    figures.sharedComplete = [shared.filter((o) => o.search.complete).length, shared.length];
    console.log(`shared codes complete before any other result: ${figures.sharedComplete[0]}/${shared.length}`);
  }
  if (notBuilt.length) {
    const pages = new Map<string, number>();
    for (const c of notBuilt) pages.set(c.expect[0]!, (pages.get(c.expect[0]!) ?? 0) + 1);
    console.log(`page not built yet: ${notBuilt.length} cases, for ${[...pages].map(([p, n]) => (n > 1 ? `${p} ×${n}` : p)).join(', ')}`);
  }
  return figures;
}

const excerpt = (q: string) => {
  const flat = q.replace(/\s*\n\s*/g, ' ⏎ ');
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat;
};

/** Every case not answered first by the search page or by the lookup box. */
export function printMisses(set: SetName, outcomes: Outcome[]): void {
  const misses = outcomes.filter((o) => o.search.rank !== 1 || (o.box && o.box.rank !== 1));
  console.log(`\n${set === 'real' ? 'Real-text' : 'Hand-written'} misses (${misses.length}):`);
  for (const o of misses) {
    const rank = (r: Ranked) => (r.rank ? `#${r.rank}` : 'absent');
    console.log(`- ${JSON.stringify(excerpt(o.case.q))}\n    expected ${o.case.expect[0]}${o.case.needs ? ` (needs ${o.case.needs})` : ''}`);
    console.log(`    search ${rank(o.search)}: ${o.search.top.join(' ') || '(nothing)'}`);
    if (o.box) console.log(`    box    ${rank(o.box)}: ${o.box.top.join(' ') || '(nothing)'}`);
  }
}
