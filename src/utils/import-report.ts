/**
 * The importer's report, as lines of text: rows per table, what happened to
 * each entry, every anomaly of the document it handled, and the entries in
 * content/ that the document no longer lists. Pure: src/cli/import.ts reads
 * and writes the files and prints these lines.
 */
import type { Anomaly, SourceTable } from './source-document.ts';
import type { ImportedEntry } from './import-entries.ts';
import { splitFrontmatter } from './import-entries.ts';

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export const TABLE_HEADING = 'table  vendor   first line  rows  entries  created  updated  unchanged';

export function tableLine(index: number, vendor: string, table: SourceTable, entries: number, counts: TableCounts): string {
  const cells = [
    String(index + 1).padStart(5),
    vendor.padEnd(8),
    String(table.headerLine + 1).padStart(10),
    String(table.rows.length).padStart(5),
    String(entries).padStart(8),
    String(counts.created).padStart(8),
    String(counts.updated).padStart(8),
    String(counts.unchanged).padStart(10),
  ];
  return cells.join('  ');
}

export function anomalyLine(anomaly: Anomaly, vendors: readonly string[]): string {
  return `  line ${anomaly.line} (${vendors[anomaly.table]}): ${anomaly.kind}: ${anomaly.message}`;
}

/** An entry file, its path relative to content/codes/ (`huawei/503.mdx`). */
export interface EntryFile {
  path: string;
  text: string;
}

export interface Unlisted {
  path: string;
  code: string;
  /** Lines of the document the entry says it came from, which now hold something else. */
  sourceLines: number[];
}

/**
 * Entries of the document's vendors that say they come from the document
 * (`sourceLines` not empty) but whose code it no longer lists. The importer
 * leaves them in place: a person decides whether the code is gone or moved.
 * Entries written from vendor docs (`sourceLines: []`) never were in it.
 */
export function entriesNoLongerListed(files: EntryFile[], imported: ImportedEntry[], documentVendors: readonly string[]): Unlisted[] {
  const listed = new Set(imported.map((e) => `${e.vendor}/${e.code}`));
  const vendors = new Set(documentVendors);
  const unlisted: Unlisted[] = [];
  for (const file of files) {
    const vendor = file.path.split('/')[0]!;
    if (!vendors.has(vendor)) continue;
    const { data } = splitFrontmatter(file.text);
    const sourceLines = Array.isArray(data.sourceLines) ? (data.sourceLines as number[]) : [];
    const code = String(data.code ?? '');
    if (sourceLines.length > 0 && !listed.has(`${vendor}/${code}`)) unlisted.push({ path: file.path, code, sourceLines });
  }
  return unlisted.sort((a, b) => a.path.localeCompare(b.path));
}

export function unlistedLine(entry: Unlisted): string {
  return `  ${entry.path}: code ${entry.code} (was on line ${entry.sourceLines.join(', ')}) is not in the document; left in place`;
}
