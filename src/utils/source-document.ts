/**
 * Parser for the flattened "Error Codes" page of Tencent Cloud Chat Push
 * (the source document, see README). Pure: text in, structure out.
 *
 * The page was flattened to text, so tables are recognised by their header
 * row ("Error Code | Description |") and the vendor tab names are gone: the
 * caller maps tables to vendors by position.
 */

/** The header row that opens every table. */
const TABLE_HEADER = /^Error Code\s*\|\s*Description\s*\|?\s*$/;
/** A table row: "code | description |", the trailing pipe optional. */
const ROW = /^([^|]*)\|(.*?)\|?\s*$/;

export interface SourceRow {
  /** 1-based line number in the source document. */
  line: number;
  /** The code cell as written; for a continuation row, the code carried down from above. */
  code: string;
  /** The description cell, trimmed; may be empty when the source lost it. */
  description: string;
  /** True when the row's own code cell was empty and `code` was carried down. */
  continuation: boolean;
}

export interface SourceTable {
  /** 0-based position of the table in the document. */
  index: number;
  /** Line of the header row. */
  headerLine: number;
  /** The section heading the table sits under ("Server Error Code", ...). */
  section: string;
  /** Lines of prose between the section heading and the table (its notes). */
  notes: string[];
  rows: SourceRow[];
}

export type AnomalyKind = 'continuation' | 'empty-description' | 'duplicate-code' | 'stray-line';

export interface Anomaly {
  kind: AnomalyKind;
  table: number;
  line: number;
  message: string;
}

export interface ParsedDocument {
  title: string;
  tables: SourceTable[];
  anomalies: Anomaly[];
}

function isRow(line: string): boolean {
  return line.includes('|') && !TABLE_HEADER.test(line);
}

/** Section headings are the short lines ending in "Error Code" outside a table. */
function isSectionHeading(line: string): boolean {
  return /\bError Code$/.test(line) && !line.includes('|');
}

export function parseSourceDocument(text: string): ParsedDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const tables: SourceTable[] = [];
  const anomalies: Anomaly[] = [];
  let title = '';
  let section = '';
  let pendingNotes: string[] = [];
  let current: SourceTable | undefined;

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.trim();
    if (line === '') return;
    if (!title) {
      title = line;
      return;
    }
    if (TABLE_HEADER.test(line)) {
      current = { index: tables.length, headerLine: lineNo, section, notes: pendingNotes, rows: [] };
      tables.push(current);
      pendingNotes = [];
      return;
    }
    if (current && isRow(line)) {
      const match = ROW.exec(line);
      // ROW matches any line containing a pipe, so match is always set here.
      const codeCell = match![1]!.trim();
      const description = match![2]!.trim();
      const previous = current.rows.at(-1);
      const continuation = codeCell === '';
      if (continuation && !previous) {
        anomalies.push({ kind: 'stray-line', table: current.index, line: lineNo, message: `row with no code and nothing above it to continue: ${line}` });
        return;
      }
      const row: SourceRow = { line: lineNo, code: continuation ? previous!.code : codeCell, description, continuation };
      if (continuation) {
        anomalies.push({ kind: 'continuation', table: current.index, line: lineNo, message: `empty code cell continues ${row.code} from line ${previous!.line}` });
      }
      if (description === '') {
        anomalies.push({ kind: 'empty-description', table: current.index, line: lineNo, message: `${row.code} has no description` });
      }
      const earlier = current.rows.find((r) => r.code === row.code && !continuation);
      if (earlier && !continuation) {
        anomalies.push({ kind: 'duplicate-code', table: current.index, line: lineNo, message: `${row.code} already listed on line ${earlier.line}` });
      }
      current.rows.push(row);
      return;
    }
    // Prose: a section heading, "Note:", or note text. It closes any open table.
    current = undefined;
    if (isSectionHeading(line)) {
      section = line;
      pendingNotes = [];
    } else if (line !== 'Note:') {
      pendingNotes.push(line);
    }
  });

  return { title, tables, anomalies };
}
