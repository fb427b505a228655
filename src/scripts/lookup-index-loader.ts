/**
 * The lookup index (api/lookup.json), fetched once per page whoever asks
 * first: the lookup box, the search page or the 404 page. Its compact keys
 * are expanded here, at the JSON boundary.
 */
import { fromCompact, type CompactIndex } from '../utils/lookup-compact.ts';
import type { LookupIndex } from '../utils/lookup/index.ts';

const indexes = new Map<string, Promise<LookupIndex>>();

export function loadLookupIndex(url: string): Promise<LookupIndex> {
  let index = indexes.get(url);
  if (!index) {
    index = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return fromCompact((await r.json()) as CompactIndex);
    });
    indexes.set(url, index);
  }
  return index;
}
