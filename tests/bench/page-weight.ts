/**
 * Prints the gzipped size of the built pages that issue 4 budgets: every
 * permalink (budget 3 KB) and every vendor page (budget 12 KB). A figure, not
 * a test: run `node tests/bench/page-weight.ts [dist]` after a build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VENDOR_SLUGS } from '../../src/schema.ts';

const dist = process.argv[2] ?? 'dist';
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const rows: { kind: string; path: string; raw: number; gzip: number }[] = [];
for (const vendor of VENDOR_SLUGS) {
  const page = join(dist, vendor, 'index.html');
  rows.push({ kind: 'vendor', path: `/${vendor}/`, raw: statSync(page).size, gzip: gz(page) });
  for (const code of readdirSync(join(dist, vendor))) {
    const file = join(dist, vendor, code, 'index.html');
    try {
      rows.push({ kind: 'permalink', path: `/${vendor}/${code}/`, raw: statSync(file).size, gzip: gz(file) });
    } catch {
      // not a code folder
    }
  }
}
for (const [kind, budget] of [['permalink', 3072], ['vendor', 12288]] as const) {
  const list = rows.filter((r) => r.kind === kind).sort((a, b) => b.gzip - a.gzip);
  const over = list.filter((r) => r.gzip > budget).length;
  console.log(`${kind} pages: ${list.length}, largest gzipped ${list[0]!.gzip} B, median ${list[Math.floor(list.length / 2)]!.gzip} B, over the ${budget} B budget: ${over}`);
  for (const r of list.slice(0, 5)) console.log(`  ${String(r.gzip).padStart(6)} B gzip  ${String(r.raw).padStart(7)} B raw  ${r.path}`);
}
