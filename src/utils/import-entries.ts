/**
 * Turns parsed source tables into code entries, and merges an imported entry
 * into an existing entry file without touching what a person wrote.
 * Pure: no file system here (see src/cli/import.ts for that).
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { ParsedDocument, SourceTable } from './source-document.ts';
import type { Description } from '../schema.ts';

/** Vendors whose logs show an error name, not a number: the name is the code and the number its HTTP status. */
const NAMED_CODE_VENDORS = new Set(['fcm', 'apns']);

/**
 * An error name at the start of a description: `INVALID_ARGUMENT,` or
 * `BadCertificate:`. Requires UPPER_SNAKE or at least two capitalised words,
 * so an ordinary first word ("Success.") is not mistaken for a name.
 */
const LEADING_ERROR_NAME = /^([A-Z]{2,}(?:_[A-Z]+)*|[A-Z][a-z]+(?:[A-Z][a-z]*)+)(?=[.,:])/;

export interface ImportedEntry {
  vendor: string;
  code: string;
  name?: string;
  httpStatus?: number;
  /** Descriptions from the document, in document order. */
  descriptions: Description[];
  sourceLines: number[];
}

export function entriesFromTable(table: SourceTable, vendor: string): ImportedEntry[] {
  const byCode = new Map<string, ImportedEntry>();
  for (const row of table.rows) {
    let code = row.code;
    let name: string | undefined;
    let httpStatus: number | undefined;
    if (NAMED_CODE_VENDORS.has(vendor)) {
      httpStatus = Number(row.code);
      name = LEADING_ERROR_NAME.exec(row.description)?.[1];
      if (name) code = name;
    }
    let entry = byCode.get(code);
    if (!entry) {
      entry = { vendor, code, descriptions: [], sourceLines: [] };
      if (name) entry.name = name;
      if (httpStatus !== undefined) entry.httpStatus = httpStatus;
      byCode.set(code, entry);
    }
    entry.sourceLines.push(row.line);
    if (row.description) entry.descriptions.push({ text: row.description, from: 'document', line: row.line });
  }
  return [...byCode.values()];
}

export function entriesFromDocument(doc: ParsedDocument, vendors: readonly string[]): ImportedEntry[] {
  if (doc.tables.length !== vendors.length) {
    throw new Error(`expected ${vendors.length} tables (${vendors.join(', ')}), found ${doc.tables.length}`);
  }
  return doc.tables.flatMap((table, i) => entriesFromTable(table, vendors[i]!));
}

/** File name of an entry inside content/codes/<vendor>/. Codes are file-name safe by CODE_PATTERN. */
export function entryFileName(entry: { code: string }): string {
  return `${entry.code}.md`;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text };
  const data = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  return { data, body: match[2]! };
}

/** Fields the importer writes. Everything else in an entry belongs to people. */
export const IMPORTER_FIELDS = ['code', 'vendor', 'name', 'httpStatus', 'descriptions', 'sourceLines', 'incomplete'] as const;

/**
 * The text of an entry file after importing `entry` into `existing` (or into
 * nothing). Keeps the body and every field the importer does not own; keeps a
 * hand-written `name`/`httpStatus` when the source has none; keeps
 * descriptions that come from vendor docs and replaces the document's ones.
 */
export function mergeEntryFile(existing: string | undefined, entry: ImportedEntry): string {
  const { data: old, body } = existing ? splitFrontmatter(existing) : { data: {}, body: '' };
  const oldDescriptions = Array.isArray(old.descriptions) ? (old.descriptions as Description[]) : [];
  const descriptions = [...entry.descriptions, ...oldDescriptions.filter((d) => d.from !== 'document')];
  const data: Record<string, unknown> = {
    code: entry.code,
    vendor: entry.vendor,
    name: entry.name ?? old.name,
    httpStatus: entry.httpStatus ?? old.httpStatus,
    // Hand-written, but kept up here so edits to them and to the guidance below do not collide.
    aliases: old.aliases,
    messages: old.messages,
    descriptions,
    sourceLines: entry.sourceLines,
    incomplete: descriptions.length === 0,
  };
  for (const [key, value] of Object.entries(old)) {
    if (!(IMPORTER_FIELDS as readonly string[]).includes(key)) data[key] = value;
  }
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  // `yaml` quotes strings that would read back as numbers, so "0" and "-1" stay strings.
  return `---\n${stringifyYaml(data, { lineWidth: 0 })}---\n${body}`;
}
