/**
 * One page of the search page's browsing with no query (a category, a vendor,
 * an action, retry), fetched as utils/browse-page.ts reads it: the facets file
 * and the record shards of the page's codes, or the whole index while the
 * catalogue is served whole. Files come through the lookup loader's fetch, so a
 * search typed later on the page does not fetch them again.
 */
import type { Filters } from '../utils/filters.ts';
import type { CompactIndex } from '../utils/lookup-compact.ts';
import type { FacetsFile } from '../utils/browse-facets.ts';
import { browsePart, type BrowsePage } from '../utils/browse-page.ts';
import type { LookupIndex } from '../utils/lookup/index.ts';
import { fetchJson } from './lookup-index-loader.ts';

/** `url`: api/lookup.json; facets.json and the shards are in api/lookup/ beside it. */
export async function loadBrowsePage(url: string, filters: Filters, page: number): Promise<{ index: LookupIndex; page: BrowsePage }> {
  const folder = url.replace(/\.json$/, '/');
  return browsePart(
    {
      facets: () => fetchJson<FacetsFile>(`${folder}facets.json`),
      whole: () => fetchJson<CompactIndex>(url),
      shard: (n) => fetchJson(`${folder}${n}.json`),
    },
    filters,
    page,
  );
}
