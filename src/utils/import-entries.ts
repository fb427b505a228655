/**
 * Turns parsed source tables into code entries, and merges an imported entry
 * into an existing entry file without touching what a person wrote.
 * Pure: no file system here (see src/cli/import.ts for that).
 */
import { isMap, isScalar, isSeq, parse as parseYaml, stringify as stringifyYaml, type Document, type Node } from 'yaml';
import { editYamlMap, YAML_OPTIONS, type KeyEdit } from './yaml-edit.ts';
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
 * Where a field the importer adds goes: aliases and messages sit between the
 * code fields and the descriptions, so edits to them and to the guidance
 * below do not collide.
 */
const FIELD_ORDER = ['code', 'vendor', 'name', 'httpStatus', 'aliases', 'messages', 'descriptions', 'sourceLines', 'incomplete'] as const;

/**
 * The text of an entry file after importing `entry` into `existing` (or into
 * nothing). Only the importer's own fields change, and only where the
 * document says something new: the body, every other field, comments,
 * blank lines and list styles are kept as written (see yaml-edit.ts). Keeps a
 * hand-written `name`/`httpStatus` when the source has none; keeps
 * descriptions that come from vendor docs and replaces the document's ones.
 */
export function mergeEntryFile(existing: string | undefined, entry: ImportedEntry): string {
  const match = existing === undefined ? null : FRONTMATTER.exec(existing);
  const oldYaml = match ? `${match[1]}\n` : '';
  const body = match ? match[2]! : (existing ?? '');
  const old = (match ? parseYaml(match[1]!) ?? {} : {}) as Record<string, unknown>;
  const oldDescriptions = Array.isArray(old.descriptions) ? (old.descriptions as Description[]) : [];
  const descriptions = [...entry.descriptions, ...oldDescriptions.filter((d) => d.from !== 'document')];
  if (!match) {
    const data = { code: entry.code, vendor: entry.vendor, name: entry.name, httpStatus: entry.httpStatus, descriptions, sourceLines: entry.sourceLines, incomplete: descriptions.length === 0 };
    for (const key of Object.keys(data) as (keyof typeof data)[]) if (data[key] === undefined) delete data[key];
    // `yaml` quotes strings that would read back as numbers, so "0" and "-1" stay strings.
    return `---\n${stringifyYaml(data, YAML_OPTIONS)}---\n${body}`;
  }
  const edits: KeyEdit[] = [
    { key: 'code', value: entry.code },
    { key: 'vendor', value: entry.vendor },
    ...(entry.name === undefined ? [] : [{ key: 'name', value: entry.name }]),
    ...(entry.httpStatus === undefined ? [] : [{ key: 'httpStatus', value: entry.httpStatus }]),
    { key: 'descriptions', value: descriptions, update: (node, doc) => updateDescriptions(node, entry.descriptions, doc) },
    { key: 'sourceLines', value: entry.sourceLines },
    { key: 'incomplete', value: descriptions.length === 0 },
  ];
  const newYaml = editYamlMap(oldYaml, edits, FIELD_ORDER);
  return newYaml === oldYaml ? existing! : `---\n${newYaml}---\n${body}`;
}

/**
 * Rewrites the document's descriptions inside the existing list, item by
 * item, so a comment on a description or the list survives; vendor
 * descriptions keep their nodes and follow the document's.
 */
function updateDescriptions(node: Node, imported: Description[], doc: Document): Node | void {
  if (!isSeq(node)) return doc.createNode(imported) as Node;
  const fromDocument = node.items.filter((item) => isMap(item) && item.get('from') === 'document');
  const others = node.items.filter((item) => !fromDocument.includes(item));
  const updated = imported.map((description, i) => {
    const item = fromDocument[i];
    if (!isMap(item)) return doc.createNode(description);
    for (const [key, value] of Object.entries(description)) if (item.get(key) !== value) item.set(key, value);
    for (const pair of [...item.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!(key in description)) item.delete(key);
    }
    return item;
  });
  node.items = [...updated, ...others];
  // A list that was written `[]` turns into a block list once it holds mappings.
  if (node.items.length > 0) node.flow = false;
}
