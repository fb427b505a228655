/**
 * `npm run import -- <source.txt> [--content <dir>]`
 *
 * Reads the flattened source document and writes one entry per code into
 * content/codes/<vendor>/<code>.md. Idempotent: an entry whose text would not
 * change is not written, and hand-written fields, comments and bodies are
 * kept. Entries the document no longer lists are reported, never deleted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSourceDocument } from '../utils/source-document.ts';
import { entriesFromTable, entryFileName, mergeEntryFile, type ImportedEntry } from '../utils/import-entries.ts';
import { anomalyLine, entriesNoLongerListed, TABLE_HEADING, tableLine, unlistedLine, type EntryFile } from '../utils/import-report.ts';
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
const imported: ImportedEntry[] = [];
console.log(`Importing ${sourcePath} (${doc.title})\n`);
console.log(TABLE_HEADING);
doc.tables.forEach((table, i) => {
  const vendor = DOCUMENT_TABLES[i]!;
  const entries = entriesFromTable(table, vendor);
  imported.push(...entries);
  const counts = { created: 0, updated: 0, unchanged: 0 };
  mkdirSync(join(codesDir, vendor), { recursive: true });
  for (const entry of entries) {
    // An entry a person turned into MDX (for a richer body) is updated in place.
    const mdx = join(codesDir, vendor, entryFileName(entry).replace(/\.md$/, '.mdx'));
    const file = existsSync(mdx) ? mdx : join(codesDir, vendor, entryFileName(entry));
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    let after: string;
    try {
      after = mergeEntryFile(before, entry);
    } catch (error) {
      console.error(`${file}: frontmatter: ${(error as Error).message}`);
      process.exit(1);
    }
    if (after === before) {
      counts.unchanged++;
      continue;
    }
    writeFileSync(file, after);
    counts[before === undefined ? 'created' : 'updated']++;
  }
  for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += counts[k];
  console.log(tableLine(i, vendor, table, entries.length, counts));
});
const rows = doc.tables.reduce((n, t) => n + t.rows.length, 0);
console.log(`\n${rows} rows read; ${totals.created} entries created, ${totals.updated} updated, ${totals.unchanged} unchanged.`);
console.log(`\nAnomalies handled (${doc.anomalies.length}):`);
for (const a of doc.anomalies) console.log(anomalyLine(a, DOCUMENT_TABLES));

const files: EntryFile[] = DOCUMENT_TABLES.flatMap((vendor) =>
  readdirSync(join(codesDir, vendor))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => ({ path: `${vendor}/${name}`, text: readFileSync(join(codesDir, vendor, name), 'utf8') })),
);
const unlisted = entriesNoLongerListed(files, imported, DOCUMENT_TABLES);
console.log(`\nEntries the document no longer lists (${unlisted.length}):`);
for (const u of unlisted) console.log(unlistedLine(u));
