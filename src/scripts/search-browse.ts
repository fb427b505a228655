/**
 * One page of the search page's browsing with no query (a category, a vendor,
 * an action, retry), fetched as utils/browse-page.ts reads it: the manifests,
 * the facets file and the record shards of the page's codes, or the whole
 * index while the catalogue is served whole. Files come through the lookup
 * loader's fetch, so a search typed later on the page does not fetch them again.
 */
import type { Filters } from '../utils/filters.ts';
import type { CompactIndex } from '../utils/lookup-compact.ts';
import { readManifest, type ShardManifest } from '../utils/lookup-shards.ts';
import { readWords, type WordManifest } from '../utils/lookup-words-format.ts';
import type { FacetsFile } from '../utils/browse-facets.ts';
import { browsePart, type BrowsePage } from '../utils/browse-page.ts';
import type { LookupIndex } from '../utils/lookup/index.ts';
import { fetchJson } from './lookup-index-loader.ts';

/** `url`: api/lookup.json; its shards, manifests and facets.json are in api/lookup/ beside it. */
export async function loadBrowsePage(url: string, filters: Filters, page: number): Promise<{ index: LookupIndex; page: BrowsePage }> {
  const folder = url.replace(/\.json$/, '/');
  const manifest = readManifest(await fetchJson<ShardManifest>(`${folder}manifest.json`));
  return browsePart(
    {
      manifest,
      whole: () => fetchJson<CompactIndex>(url),
      words: async () => readWords(await fetchJson<WordManifest | null>(`${folder}words.json`)),
      facets: () => fetchJson<FacetsFile>(`${folder}facets.json`),
      shard: (n) => fetchJson(`${folder}${n}.json`),
    },
    filters,
    page,
  );
}
