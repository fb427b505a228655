/**
 * Category browsing page by page (utils/browse-page.ts) against the list the search page drew from the
 * whole index: the same rows in the same order, from the facets and the record shards of each page alone.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentIndex } from '../helpers/content-index.ts';
import { toCompact } from '../../src/utils/lookup-compact.ts';
import { shardAll } from '../../src/utils/lookup-words.ts';
import { buildFacets } from '../../src/utils/browse-facets.ts';
import { browsePart, pageOf, PAGE_SIZE, type BrowseSource } from '../../src/utils/browse-page.ts';
import { SearchRows } from '../../src/utils/search-rows.ts';
import type { Filters } from '../../src/utils/filters.ts';
import { ACTIONS, CATEGORIES } from '../../src/labels.ts';

const whole = contentIndex();
const compact = toCompact(whole);
const gz = (json: string) => gzipSync(json).length;
// A tiny budget, so the real catalogue is cut into many record shards.
const all = shardAll(compact.vendors, compact.codes, 600, gz);
// As the build writes facets.json while the index is sharded: with the vendors, runs and record shards.
const facets = buildFacets(compact.codes, { vendors: compact.vendors, runs: all.words.runs, rec: all.manifest.rec! });

const filterSets: Filters[] = [
  ...Object.keys(CATEGORIES).map((category) => ({ category })),
  ...Object.keys(ACTIONS).map((action) => ({ action })),
  ...whole.vendors.map((v) => ({ vendor: v.slug })),
  { retryable: true },
  { retryable: false },
  { category: 'token-invalid', vendor: 'huawei' },
  { category: 'rate-limit', action: 'wait-for-quota', retryable: true },
  { vendor: 'apns', category: 'success' },
];

/** Every page's rows in turn, and the shards each page read. */
async function everyPage(source: (read: Set<number>) => BrowseSource, filters: Filters, base = '/') {
  const rows = [];
  const reads: Set<number>[] = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const read = new Set<number>();
    const part = await browsePart(source(read), filters, page);
    expect(part.page.page).toBe(page);
    pages = part.page.pages;
    rows.push(...new SearchRows(part.index, base, filters).lookupRows('').rows);
    reads.push(read);
  }
  return { rows, reads };
}

const sharded = (read: Set<number>): BrowseSource => ({
  facets: async () => facets,
  whole: () => Promise.reject(new Error('the whole index was read')),
  shard: async (n) => (read.add(n), all.shards[n]!),
});

describe('browsePart(): pages of codes that pass the filters', () => {
  it.each(filterSets.map((f) => [JSON.stringify(f), f] as const))('%s: the rows the whole index listed, in order, page by page', async (_, filters) => {
    const expected = new SearchRows(whole, '/docs/push/', filters).lookupRows('').rows;
    const { rows, reads } = await everyPage(sharded, filters, '/docs/push/');
    expect(rows).toEqual(expected);
    // Only record shards, and only those holding a row of the page.
    const recordsFrom = all.manifest.rec!.from;
    for (const read of reads) for (const n of read) expect(n >= recordsFrom && n < all.words.cjk.from, `shard ${n}`).toBe(true);
    expect(Math.max(...reads.map((r) => r.size))).toBeLessThanOrEqual(PAGE_SIZE);
  });

  it('cuts the same pages from the whole index while it is served whole', async () => {
    const fromWhole = (read: Set<number>): BrowseSource => ({
      // As written while the index is served whole: the facets alone, which the page is not cut by.
      facets: async () => buildFacets(compact.codes),
      whole: async () => (read.add(-1), compact),
      shard: () => Promise.reject(new Error('a shard read')),
    });
    for (const filters of filterSets) expect((await everyPage(fromWhole, filters)).rows).toEqual(new SearchRows(whole, '/', filters).lookupRows('').rows);
  });
});

describe('pageOf()', () => {
  const rows = Array.from({ length: 2 * PAGE_SIZE + 3 }, (_, i) => ({ vendor: 'apns', category: i % 2 ? 'success' : 'server-fault', action: 'nothing', retryable: false }));
  it('counts every passing code and cuts pages of PAGE_SIZE', () => {
    const first = pageOf(rows, {}, 1);
    expect(first).toMatchObject({ page: 1, pages: 3, total: rows.length, start: 0 });
    expect(first.places).toEqual([...Array(PAGE_SIZE).keys()]);
    expect(pageOf(rows, {}, 3).places).toEqual([100, 101, 102]);
    expect(pageOf(rows, { category: 'success' }, 1)).toMatchObject({ pages: 2, total: PAGE_SIZE + 1 });
  });
  it.each([[0, 1], [-4, 1], [Number.NaN, 1], [2.7, 2], [99, 3]])('reads page %s as page %s', (asked, shown) => {
    expect(pageOf(rows, {}, asked).page).toBe(shown);
  });
  it('gives one empty page when nothing passes', () => {
    expect(pageOf(rows, { vendor: 'fcm' }, 2)).toEqual({ page: 1, pages: 1, total: 0, start: 0, places: [] });
  });
});
