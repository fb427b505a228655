/**
 * Vendor tables at any size: when a table is cut into parts and which part
 * holds a code. Pure: used by the vendor pages at build time and by
 * src/scripts/code-filter.ts in the browser (the filters are in filters.ts).
 */

/**
 * What a page's rows may weigh, in rowWeight()'s estimate of gzipped bytes: a vendor whose rows all fit keeps one
 * table on its page; a longer table is cut into parts of at most this much each. The page around the rows weighs
 * about 3.1 KB gzipped (the vendor's intro, the filters, the header; real pages, 2026-11-29), the list of parts
 * about 15 B a part: 7 KB of rows keeps a page of a 2,000-code table near 11 KB, inside the 12 KB budget, and
 * rowWeight() over-estimates the rows of a long table (gzip shrinks many rows better than few).
 */
export const PART_BUDGET = 7_000;

/**
 * A row's weight, gzipped, estimated from its texts (the code and every description the row shows): 20 B of
 * markup and badges and half the texts' UTF-8 bytes. Real rows weigh 27–108 B gzipped on average per table,
 * Chinese descriptions included; this gives 38–128 B: above the measured weight for tables of 28 rows or more, up
 * to 15 % under for some of 8–21 rows, where gzip has less to work with (tests/bench/README.md, "Scale, fifteenth
 * pass"). A row count alone was wrong by up to five times: Chinese text is three bytes a character and barely
 * shrinks.
 */
export function rowWeight(texts: readonly string[]): number {
  const bytes = texts.reduce((n, t) => n + utf8Length(t), 0);
  return 20 + bytes / 2;
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The table cut into parts, in table order: rows while their weights (`weigh`) fit PART_BUDGET, at least one a part. */
export function tableParts<T>(codes: readonly T[], weigh: (code: T) => number): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  let weight = 0;
  for (const code of codes) {
    const w = weigh(code);
    if (current.length && weight + w > PART_BUDGET) {
      parts.push(current);
      [current, weight] = [[], 0];
    }
    current.push(code);
    weight += w;
  }
  parts.push(current);
  return parts;
}

/** The part (1-based) whose codes include `slug`, from the parts index (/<vendor>/codes.json); undefined if none. */
export function partOfSlug(index: readonly (readonly string[])[], slug: string): number | undefined {
  const at = index.findIndex((codes) => codes.includes(slug));
  return at < 0 ? undefined : at + 1;
}
