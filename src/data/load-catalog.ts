/**
 * The catalogue as pages see it: both collections loaded once, validated
 * (the build fails here, naming file and field, on any cross-entry problem),
 * sorted and indexed. Integration code only; the rules live in utils/catalog-rules.ts.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { codeKey, compareCodes, groupByCodeValue, sortVendors, validateCatalog } from '../utils/catalog-rules.ts';
import { rowWeight, tableParts } from '../utils/vendor-table.ts';

export type VendorEntry = CollectionEntry<'vendors'>;
export type CodeEntryRecord = CollectionEntry<'codes'>;

export interface Catalog {
  vendors: VendorEntry[];
  vendorById: Map<string, VendorEntry>;
  /** Every code, vendor by vendor in table order. */
  codes: CodeEntryRecord[];
  codesByVendor: Map<string, CodeEntryRecord[]>;
  codeByKey: Map<string, CodeEntryRecord>;
  /** Codes grouped by value across vendors ("10001" → Xiaomi's and Honor's). */
  codesByValue: Map<string, CodeEntryRecord[]>;
  /** Each vendor's table in parts (utils/vendor-table.ts): one part when it fits a page. */
  tablePartsByVendor: Map<string, CodeEntryRecord[][]>;
  /** The part (1-based) of its vendor's table that holds each code. */
  partOfCode: Map<CodeEntryRecord, number>;
}

let cached: Promise<Catalog> | undefined;

async function build(): Promise<Catalog> {
  const vendors = sortVendors(await getCollection('vendors'));
  const all = await getCollection('codes');
  // The files as written, so a problem in a body is reported by its line in the file: read one at a time, when checked.
  const source = (filePath?: string) => (filePath ? () => readFileSync(filePath, 'utf8') : undefined);
  validateCatalog(
    vendors.map((v) => ({ id: v.id, filePath: v.filePath ?? v.id, data: v.data, source: source(v.filePath) })),
    all.map((c) => ({ id: c.id, filePath: c.filePath ?? c.id, data: c.data, body: c.body, source: source(c.filePath) })),
  );
  const codesByVendor = new Map(vendors.map((v) => [v.id, [] as CodeEntryRecord[]]));
  for (const c of all) codesByVendor.get(c.data.vendor)!.push(c);
  for (const list of codesByVendor.values()) list.sort((a, b) => compareCodes(a.data, b.data));
  const codes = [...codesByVendor.values()].flat();
  // A row shows the code and every description (components/CodeTable.astro): what it weighs on the page.
  const weigh = (c: CodeEntryRecord) => rowWeight([c.data.code, ...c.data.descriptions.map((d) => d.text)]);
  const tablePartsByVendor = new Map([...codesByVendor].map(([vendor, list]) => [vendor, tableParts(list, weigh)]));
  const partOfCode = new Map([...tablePartsByVendor.values()].flatMap((parts) => parts.flatMap((part, i) => part.map((c) => [c, i + 1] as const))));
  return {
    vendors,
    vendorById: new Map(vendors.map((v) => [v.id, v])),
    codes,
    codesByVendor,
    codeByKey: new Map(codes.map((c) => [codeKey(c.data.vendor, c.data.code), c])),
    codesByValue: groupByCodeValue(codes),
    tablePartsByVendor,
    partOfCode,
  };
}

export function loadCatalog(): Promise<Catalog> {
  cached ??= build();
  return cached;
}
