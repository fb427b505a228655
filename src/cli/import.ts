/**
 * `npm run import -- <source.txt> [--content <dir>]`
 *
 * Reads the flattened source document and writes one entry per code into
 * content/codes/<vendor>/<code>.md. Idempotent: an entry whose text would not
 * change is not written, and hand-written fields and bodies are kept.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSourceDocument } from '../utils/source-document.ts';
import { entriesFromTable, entryFileName, mergeEntryFile } from '../utils/import-entries.ts';
import { DOCUMENT_TABLES } from '../schema.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string', default: 'content' } },
});
const sourcePath = positionals[0];
if (!sourcePath) {
  console.error('usage: npm run import -- <source-document.txt> [--content <dir>]');
  process.exit(2);
}

const doc = parseSourceDocument(readFileSync(sourcePath, 'utf8'));
if (doc.tables.length !== DOCUMENT_TABLES.length) {
  console.error(`${sourcePath}: expected ${DOCUMENT_TABLES.length} tables (${DOCUMENT_TABLES.join(', ')}), found ${doc.tables.length}`);
  process.exit(1);
}

const codesDir = resolve(values.content, 'codes');
const totals = { created: 0, updated: 0, unchanged: 0 };
console.log(`Importing ${sourcePath} (${doc.title})\n`);
console.log('table  vendor   first line  rows  entries  created  updated  unchanged');
doc.tables.forEach((table, i) => {
  const vendor = DOCUMENT_TABLES[i]!;
  const entries = entriesFromTable(table, vendor);
  const counts = { created: 0, updated: 0, unchanged: 0 };
  mkdirSync(join(codesDir, vendor), { recursive: true });
  for (const entry of entries) {
    // An entry a person turned into MDX (for a richer body) is updated in place.
    const mdx = join(codesDir, vendor, entryFileName(entry).replace(/\.md$/, '.mdx'));
    const file = existsSync(mdx) ? mdx : join(codesDir, vendor, entryFileName(entry));
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const after = mergeEntryFile(before, entry);
    if (after === before) {
      counts.unchanged++;
      continue;
    }
    writeFileSync(file, after);
    counts[before === undefined ? 'created' : 'updated']++;
  }
  for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += counts[k];
  console.log(
    [String(i + 1).padStart(5), vendor.padEnd(8), String(table.headerLine + 1).padStart(10), String(table.rows.length).padStart(5), String(entries.length).padStart(8), String(counts.created).padStart(8), String(counts.updated).padStart(8), String(counts.unchanged).padStart(10)].join('  '),
  );
});
const rows = doc.tables.reduce((n, t) => n + t.rows.length, 0);
console.log(`\n${rows} rows read; ${totals.created} entries created, ${totals.updated} updated, ${totals.unchanged} unchanged.`);
console.log(`\nAnomalies handled (${doc.anomalies.length}):`);
for (const a of doc.anomalies) console.log(`  line ${a.line} (${DOCUMENT_TABLES[a.table]}): ${a.kind}: ${a.message}`);
