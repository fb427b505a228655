/**
 * The lookup index as the browser fetches it. `loadLookupIndex(url)` is the
 * whole index (api/lookup.json), for word suggestions and for browsing a
 * category. `loadLookupIndexFor(url, text)` is what one text needs: the
 * shards' manifest and the shards its words name (utils/lookup-shards.ts),
 * the same shape lookup() reads; when the text has no exact answer in them,
 * suggestions read every code, so it is the whole index. Every file is
 * fetched once per page, whoever asks first.
 */
import { fromCompact, type CompactIndex } from '../utils/lookup-compact.ts';
import { exactAnswers, type LookupIndex, type LookupResult } from '../utils/lookup/index.ts';
import { shardsForText, type ShardItem, type ShardManifest } from '../utils/lookup-shards.ts';

const files = new Map<string, Promise<unknown>>();

function fetchJson<T>(url: string): Promise<T> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    });
    files.set(url, file);
  }
  return file as Promise<T>;
}

const wholeIndexes = new Map<string, Promise<LookupIndex>>();

/** The whole index at `url` (…/api/lookup.json). */
export function loadLookupIndex(url: string): Promise<LookupIndex> {
  let index = wholeIndexes.get(url);
  if (!index) {
    index = fetchJson<CompactIndex>(url).then(fromCompact);
    wholeIndexes.set(url, index);
  }
  return index;
}

/** The shards beside the whole index: …/api/lookup.json → …/api/lookup/. */
const shardFolder = (url: string) => url.replace(/\.json$/, '/');

/** Fetches the manifest ahead of the first lookup (the box does when it gets focus). */
export function preloadLookupIndex(url: string): void {
  fetchJson(`${shardFolder(url)}manifest.json`).catch(() => undefined);
}

/** What one text needs: the index to look it up in, and its exact answers when the loader had to read them. */
export interface IndexFor {
  index: LookupIndex;
  /** exactAnswers(index, text), when the loader computed it to choose the index: callers use it, not run it again. */
  exact?: LookupResult;
}

/** The records `text` needs, as an index of the same shape as the whole one (catalogue order kept). */
export async function loadLookupIndexFor(url: string, text: string): Promise<IndexFor> {
  const folder = shardFolder(url);
  const manifest = await fetchJson<ShardManifest>(`${folder}manifest.json`);
  if (manifest.whole) return { index: await loadLookupIndex(url) };
  const shards = await Promise.all(shardsForText(manifest, text).map((n) => fetchJson<ShardItem[]>(`${folder}${n}.json`)));
  const byPlace = new Map<number, ShardItem>();
  for (const record of shards.flat()) byPlace.set(record.i, record);
  const part = fromCompact({ vendors: manifest.vendors, codes: [...byPlace.values()].sort((a, b) => a.i - b.i) });
  // One shard holds every code. Otherwise suggestions, phrases and Chinese matches, which read
  // every code, need the whole index to answer the same.
  if (manifest.first.length <= 1) return { index: part };
  const exact = exactAnswers(part, text);
  if (!exact.answers.length && text.trim().length <= 200) return { index: await loadLookupIndex(url) };
  return { index: part, exact };
}
