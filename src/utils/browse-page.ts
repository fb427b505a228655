/**
 * One page of the search page's browsing with no query (a category, a vendor,
 * an action, retry): the codes that pass the filters, in catalogue order, cut
 * into pages. Which codes pass, and how many, comes from the facets
 * (browse-facets.ts); the page's records from the record shards that hold its
 * places, so a page fetches the facets file and a few KB of records however
 * large the catalogue is. While the catalogue is served whole the same pages
 * are cut from the whole index.
 * The browser (src/scripts/search-browse.ts) runs it with fetch, the tests and
 * the benchmark with files in memory. Pure but for the fetchers it is given.
 */
import { fromCompact, type CompactIndex, type CompactItem } from './lookup-compact.ts';
import type { LookupIndex } from './lookup/index.ts';
import { recordsAt } from './lookup-shards.ts';
import { facetsOf, readFacets, type FacetsFile, type PlaceFacets } from './browse-facets.ts';
import { passesFilters, type Filters } from './filters.ts';

/**
 * Rows a page lists. At 20,000 entries a page of 50 codes of one category
 * reads 5–9 record shards (about 0.7 KB gz each; tests/bench/lookup-shards.ts):
 * 100 would take the largest page past 20 KB with the manifests.
 */
export const PAGE_SIZE = 50;

/** Which page of how many, and the places (in the catalogue) it lists. */
export interface BrowsePage {
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Codes passing the filters, on every page. */
  total: number;
  /** 0-based position of the page's first row among them. */
  start: number;
  places: number[];
}

/** The page's places among every code that passes `filters` (a page out of range shows the nearest). */
export function pageOf(facets: readonly PlaceFacets[], filters: Filters, page: number): BrowsePage {
  const passing: number[] = [];
  facets.forEach((f, place) => {
    if (passesFilters(f, filters)) passing.push(place);
  });
  const pages = Math.max(1, Math.ceil(passing.length / PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (shown - 1) * PAGE_SIZE;
  return { page: shown, pages, total: passing.length, start, places: passing.slice(start, start + PAGE_SIZE) };
}

/** Where one page's data comes from: the loader passes fetches, tests pass files in memory. */
export interface BrowseSource {
  /** api/lookup/facets.json: with the record shards while the index is sharded (FacetsFile `sharded`). */
  facets: () => Promise<FacetsFile>;
  /** The whole index (api/lookup.json): read only while the facets say it is not sharded. */
  whole: () => Promise<CompactIndex>;
  shard: (n: number) => Promise<unknown>;
}

/** The page's records as an index of the whole one's shape (catalogue order), and where the page is. */
export async function browsePart(source: BrowseSource, filters: Filters, page: number): Promise<{ index: LookupIndex; page: BrowsePage }> {
  const file = await source.facets();
  if (!file.sharded) {
    const whole = await source.whole();
    const at = pageOf(facetsOf(whole.codes), filters, page);
    return { index: fromCompact({ vendors: whole.vendors, codes: at.places.map((p) => whole.codes[p]!) }), page: at };
  }
  const { vendors, runs, rec } = file.sharded;
  const at = pageOf(readFacets(file, runs), filters, page);
  const byPlace = new Map<number, CompactItem>((await recordsAt(rec, at.places, source.shard)).map((r) => [r.i, r]));
  const missing = at.places.find((p) => !byPlace.has(p));
  if (missing !== undefined) throw new Error(`lookup shards: no record of place ${missing}, which facets.json lists`);
  return { index: fromCompact({ vendors, codes: at.places.map((p) => byPlace.get(p)!) }), page: at };
}
