/**
 * The compact lookup index (api/lookup.json), fetched once per page whoever
 * asks first: the lookup box, the search page or the 404 page.
 */
import type { LookupIndex } from '../utils/lookup.ts';

const indexes = new Map<string, Promise<LookupIndex>>();

export function loadLookupIndex(url: string): Promise<LookupIndex> {
  let index = indexes.get(url);
  if (!index) {
    index = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<LookupIndex>;
    });
    indexes.set(url, index);
  }
  return index;
}
