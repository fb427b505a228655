/**
 * Vendor tables at any size: when a table is cut into parts and which part
 * holds a code. Pure: used by the vendor pages at build time and by
 * src/scripts/code-filter.ts in the browser (the filters are in filters.ts).
 */

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
