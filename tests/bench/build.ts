/**
 * `npm run bench [-- --scales real,3000,20000] [--no-bytes] [--keep] [--no-chinese]`: builds a copy of
 * the project at each scale (real content, then synthetic entries added in a
 * temporary folder, never in content/; about 47 % of them with a Chinese
 * meaning, as real ones, unless `--no-chinese`), and prints build time, peak memory,
 * time per entry, page sizes, the Pagefind index and what a person downloads.
 * Figures only: the budgets are printed next to them, nothing is asserted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { addSyntheticEntries, buildScriptEnv, copyProject, countEntries, fileCount, folderBytes, indexScriptCommand, readText, removeProject, timed, type TimedRun } from './synthetic.ts';
import { formatWeight, kb, weighSite, type SiteWeights } from './page-weights.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: 'real,3000,20000' },
    'no-bytes': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Off with --no-chinese: every synthetic meaning in English, as before the sixteenth pass.
    chinese: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const scales = values.scales.split(',').map((s) => s.trim());

const gz = (path: string) => gzipSync(readText(path)).length;
const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** A build step's figures: a timed run without its output. */
type StepFigures = Omit<TimedRun, 'output'>;
const stepFigures = ({ output: _output, ...figures }: TimedRun): StepFigures => figures;

interface ScaleResult {
  scale: string;
  entries: number;
  astro: StepFigures;
  /** The build script's second step (src/cli/finish-build.ts): Pagefind, and the lone-code pages written meanwhile. */
  finish: StepFigures;
  /** loopMs() right before `astro build` and right after the second step. */
  loop: { before: number; after: number };
  htmlPages: number;
  permalinkGzip: number;
  largestPermalink: { path: string; gzip: number };
  largestVendor: { path: string; gzip: number };
  cssGzip: number;
  pagefindBytes: number;
  lookupJsonGzip: number;
  weights?: SiteWeights;
}

/** The heaviest permalink of the build (every /<vendor>/<code>/ page). */
function largestPermalink(dist: string): { path: string; gzip: number } {
  let best = { path: '', gzip: 0 };
  for (const vendor of readdirSync(dist)) {
    if (['code', 'search', 'api', 'pagefind', '_astro'].includes(vendor) || !statSync(join(dist, vendor)).isDirectory()) continue;
    for (const code of readdirSync(join(dist, vendor))) {
      const file = join(dist, vendor, code, 'index.html');
      if (!existsSync(file)) continue;
      const size = gz(file);
      if (size > best.gzip) best = { path: `/${vendor}/${code}/`, gzip: size };
    }
  }
  return best;
}

/** The heaviest vendor table page: a vendor page or a part of a table cut into parts (/<vendor>/codes/<n>/). */
function largestVendorPage(dist: string): { path: string; gzip: number } {
  let best = { path: '', gzip: 0 };
  for (const name of readdirSync(dist)) {
    if (['code', 'search', 'api', 'pagefind', '_astro'].includes(name) || !statSync(join(dist, name)).isDirectory()) continue;
    const parts = existsSync(join(dist, name, 'codes')) ? readdirSync(join(dist, name, 'codes')).map((n) => `/${name}/codes/${n}/`) : [];
    for (const path of [`/${name}/`, ...parts]) {
      const file = join(dist, path, 'index.html');
      if (!existsSync(file)) continue;
      const size = gz(file);
      if (size > best.gzip) best = { path, gzip: size };
    }
  }
  return best;
}

/**
 * Copies built so far, removed once every scale is built: deleting a build's 40,000 files just before
 * the next build doubled that build's system time here (`recently_deleted` and `find_get_block_common`, ext4's
 * inode allocation, led a kernel profile: our reading, that it passes over inodes deleted in the last half-minute). `astro build`
 * at 20,000 entries took 18–32 s of system time right after an `rm -rf` of the last one, 9–10 s with
 * nothing deleted in the minute before (tests/bench/README.md, "Scale, twelfth pass").
 */
const built: string[] = [];

/**
 * Milliseconds a fixed loop of 3·10⁸ additions takes: a yardstick printed beside each build's times, because
 * this machine's speed moves by half from one minute to the next (the same loop took 517–953 ms over the
 * twelfth and thirteenth passes), and a build's time moves with it.
 */
function loopMs(): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 3e8; i++) x += i % 7;
  // Uses the sum, so the loop cannot be dropped as dead code.
  if (x < 0) console.log(x);
  return performance.now() - started;
}

async function runScale(scale: string): Promise<ScaleResult> {
  const dir = copyProject();
  try {
    const entries = scale === 'real' ? countEntries(dir) : addSyntheticEntries(dir, Number(scale), { chinese: values.chinese });
    console.log(`\n[${scale}] ${entries} entries in ${dir}: building…`);
    const before = loopMs();
    const astro = timed(join(dir, 'node_modules/.bin/astro'), ['build'], dir, buildScriptEnv(join(dir, 'package.json')));
    const index = indexScriptCommand(join(dir, 'package.json'));
    const finish = timed(index.command, index.args, dir);
    const loop = { before, after: loopMs() };
    const dist = join(dir, 'dist');
    const css = readdirSync(join(dist, '_astro')).filter((n) => n.endsWith('.css'));
    const result: ScaleResult = {
      scale,
      entries,
      astro: stepFigures(astro),
      finish: stepFigures(finish),
      loop,
      htmlPages: fileCount(dist, '.html'),
      permalinkGzip: gz(join(dist, 'xiaomi/10001/index.html')),
      largestPermalink: largestPermalink(dist),
      largestVendor: largestVendorPage(dist),
      cssGzip: css.reduce((n, f) => n + gz(join(dist, '_astro', f)), 0),
      pagefindBytes: folderBytes(join(dist, 'pagefind')),
      lookupJsonGzip: gz(join(dist, 'api/lookup.json')),
    };
    // The build's figures first: they stand even if weighing the pages in a browser fails.
    printBuild(result, css.length);
    if (!values['no-bytes']) {
      result.weights = await weighSite(dist, { permalink: '/xiaomi/10001/', vendor: result.largestVendor.path });
      printWeights(result.weights);
    }
    return result;
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else built.push(dir);
  }
}

function printBuild(r: ScaleResult, cssFiles: number): void {
  const total = r.astro.seconds + r.finish.seconds;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`  astro build     ${r.astro.seconds.toFixed(1)} s (CPU ${r.astro.cpuSeconds.toFixed(1)} s, of it system ${r.astro.systemSeconds.toFixed(1)} s), peak ${r.astro.peakMB.toFixed(0)} MB`);
  console.log(`  finish build    ${r.finish.seconds.toFixed(1)} s (CPU ${r.finish.cpuSeconds.toFixed(1)} s, of it system ${r.finish.systemSeconds.toFixed(1)} s), peak ${r.finish.peakMB.toFixed(0)} MB`);
  console.log(`  load average    ${load} (when the build ended)`);
  console.log(`  machine speed   a loop of 3·10⁸ additions: ${r.loop.before.toFixed(0)} ms before the build, ${r.loop.after.toFixed(0)} ms after, on Node ${process.versions.node} (the build's times move with it)`);
  console.log(`  total           ${total.toFixed(1)} s = ${((total * 1000) / r.entries).toFixed(2)} ms per entry, ${r.htmlPages} HTML pages`);
  console.log(`  permalink HTML  /xiaomi/10001/ ${kb(r.permalinkGzip)} gz; largest ${r.largestPermalink.path} ${kb(r.largestPermalink.gzip)} gz (budget 3 KB: ${check(r.largestPermalink.gzip <= 3 * 1024)})`);
  console.log(`  largest vendor  ${r.largestVendor.path} ${kb(r.largestVendor.gzip)} gz (budget 12 KB: ${check(r.largestVendor.gzip <= 12 * 1024)})`);
  console.log(`  CSS             ${cssFiles} file(s), ${kb(r.cssGzip)} gz (budget one file, 8 KB: ${check(cssFiles === 1 && r.cssGzip <= 8 * 1024)})`);
  console.log(`  Pagefind index  ${kb(r.pagefindBytes)} on disk; api/lookup.json ${kb(r.lookupJsonGzip)} gz`);
}

function printWeights(weights: SiteWeights): void {
  console.log('  Downloaded on load, before any interaction (fresh cache):');
  for (const w of weights.pages) console.log(`    ${formatWeight(w)}`);
  const permalink = weights.pages[0]!;
  const maxJs = Math.max(...weights.pages.map((w) => w.kinds.js?.gzip ?? 0));
  console.log(`    permalink requests ${permalink.requests} (budget 3: ${check(permalink.requests <= 3)}); most JS on load ${kb(maxJs)} gz (budget 5 KB: ${check(maxJs <= 5 * 1024)})`);
  const q = weights.query;
  console.log(`  One search (${q.page}): ${q.requests} requests; index fetched: pagefind ${kb(q.kinds.pagefind?.gzip ?? 0)} as sent (${kb(q.kinds.pagefind?.raw ?? 0)} raw), lookup JSON ${kb(q.kinds.json?.gzip ?? 0)} gz`);
}

const results: ScaleResult[] = [];
try {
  for (const scale of scales) results.push(await runScale(scale));
} finally {
  for (const dir of built) removeProject(dir);
}

console.log('\nSummary (targets: 3,000 entries < 20 s, 20,000 < 60 s, per-entry cost flat, peak < 1 GB)');
console.log('entries  astro s    finish s  total s  ms/entry  marginal ms/entry  peak MB  largest permalink gz  largest vendor gz');
for (const [i, r] of results.entries()) {
  const total = r.astro.seconds + r.finish.seconds;
  // Cost of each entry added since the previous scale: flat when no page grows with the whole site.
  const previous = results[i - 1];
  const marginal = previous ? ((total - previous.astro.seconds - previous.finish.seconds) * 1000) / (r.entries - previous.entries) : NaN;
  console.log(
    [
      String(r.entries).padStart(7),
      r.astro.seconds.toFixed(1).padStart(8),
      r.finish.seconds.toFixed(1).padStart(11),
      total.toFixed(1).padStart(8),
      ((total * 1000) / r.entries).toFixed(2).padStart(9),
      (Number.isNaN(marginal) ? '-' : marginal.toFixed(2)).padStart(18),
      Math.max(r.astro.peakMB, r.finish.peakMB).toFixed(0).padStart(8),
      kb(r.largestPermalink.gzip).padStart(21),
      kb(r.largestVendor.gzip).padStart(18),
    ].join(' '),
  );
}
