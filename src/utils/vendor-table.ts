/**
 * Vendor tables at any size, and the type-to-filter box and live option
 * counts of their filters. Pure: used by the vendor pages at build time and by
 * src/scripts/code-filter.ts in the browser.
 */
import { filterFromQuery, filterToQuery, rowVisible, type FilterState, type RowFacets } from './guidance.ts';

/**
 * A vendor with at most this many codes keeps one table on its page (the real
 * maximum is about 100, soon 200; a row weighs about 20 B gzipped, so 300 rows
 * stay well inside the 12 KB page budget).
 */
export const ONE_TABLE_MAX = 300;
/** Rows per part when a table is cut into parts: the vendor page is part 1, the others are /<vendor>/codes/<n>/. */
export const PART_SIZE = 200;

/** The table cut into parts, in table order: one part up to ONE_TABLE_MAX codes, then parts of PART_SIZE. */
export function tableParts<T>(codes: readonly T[]): T[][] {
  if (codes.length <= ONE_TABLE_MAX) return [codes.slice()];
  const parts: T[][] = [];
  for (let at = 0; at < codes.length; at += PART_SIZE) parts.push(codes.slice(at, at + PART_SIZE));
  return parts;
}

/** The part (1-based) that holds the row at `position` (0-based) of a table of `total` rows. */
export function partNumber(position: number, total: number): number {
  return total <= ONE_TABLE_MAX ? 1 : Math.floor(position / PART_SIZE) + 1;
}

/** The part (1-based) whose codes include `slug`, from the parts index (/<vendor>/codes.json); undefined if none. */
export function partOfSlug(index: readonly (readonly string[])[], slug: string): number | undefined {
  const at = index.findIndex((codes) => codes.includes(slug));
  return at < 0 ? undefined : at + 1;
}

/** The vendor-table filter: the three choices plus the words typed in the filter box. */
export interface TableFilter extends FilterState {
  text: string;
}

/** A row as the filters read it: its facets and its text (code, HTTP status, meaning, badges), already folded. */
export interface TableRow extends RowFacets {
  text: string;
}

/** Folds text for the filter box: case, accents and runs of spaces do not matter. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word typed is somewhere in the row's (folded) text, in any order. */
export function textMatches(foldedRowText: string, typed: string): boolean {
  return foldText(typed)
    .split(' ')
    .filter(Boolean)
    .every((word) => foldedRowText.includes(word));
}

export function rowPasses(row: TableRow, filter: TableFilter): boolean {
  return rowVisible(row, filter) && textMatches(row.text, filter.text);
}

export function isEmptyFilter(filter: TableFilter): boolean {
  return !filter.category && !filter.action && filter.showVendorDocs && !foldText(filter.text);
}

/**
 * How many rows each option of a filter would leave, given the other
 * filters: the category counts ignore the chosen category (but keep the
 * action, the vendor-docs switch and the typed words), and so on.
 */
export function facetCounts(rows: readonly TableRow[], filter: TableFilter): { category: Map<string, number>; action: Map<string, number> } {
  const category = new Map<string, number>();
  const action = new Map<string, number>();
  for (const row of rows) {
    if (rowPasses(row, { ...filter, category: '' })) category.set(row.category, (category.get(row.category) ?? 0) + 1);
    if (rowPasses(row, { ...filter, action: '' })) action.set(row.action, (action.get(row.action) ?? 0) + 1);
  }
  return { category, action };
}

/** Reads the filter from the query string: the choices as before, the typed words from `q`. */
export function tableFilterFromQuery(search: string, known: { categories: readonly string[]; actions: readonly string[] }): TableFilter {
  return { ...filterFromQuery(search, known), text: new URLSearchParams(search).get('q') ?? '' };
}

export function tableFilterToQuery(filter: TableFilter): string {
  const query = filterToQuery(filter);
  const text = filter.text.trim();
  if (!text) return query;
  return `${query ? `${query}&` : '?'}${new URLSearchParams({ q: text }).toString()}`;
}
