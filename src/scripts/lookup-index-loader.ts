/**
 * The lookup index as the browser fetches it. `loadLookupIndex(url)` is the
 * whole index (api/lookup.json), for browsing a category. `loadLookupIndexFor(url, text)`
 * is what one text needs: the shards' manifest and the shards its words name
 * (utils/lookup-shards.ts), and for a text with no exact answer the records the
 * word index ranks first (utils/lookup-words.ts), the same shape lookup() reads.
 * `loadLookupIndexForPath(url, path)` is what the 404 page's guess needs.
 * Every file is fetched once per page, whoever asks first.
 */
import { fromCompact, type CompactIndex } from '../utils/lookup-compact.ts';
import type { LookupIndex } from '../utils/lookup/index.ts';
import { readManifest, type ShardManifestFile } from '../utils/lookup-shards.ts';
import { partFor, partForPath, type Part, type PartOptions } from '../utils/lookup-part.ts';
import { readCjk, readWords, type CjkFile, type WordManifest } from '../utils/lookup-words-format.ts';

const files = new Map<string, Promise<unknown>>();

/** Also used by search-browse.ts, so browsing and a later search on the page share the files they both read. */
export function fetchJson<T>(url: string): Promise<T> {
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
export type IndexFor = Part;

/**
 * The records `text` needs (utils/lookup-part.ts), as an index of the same shape as the whole one (catalogue
 * order kept); the whole index only while it is small, or for what the word index does not cover. `phrases`:
 * the search page's phrase matches too.
 */
export async function loadLookupIndexFor(url: string, text: string, options: PartOptions = {}): Promise<IndexFor> {
  const folder = shardFolder(url);
  const manifest = readManifest(await fetchJson<ShardManifestFile>(`${folder}manifest.json`));
  if (manifest.whole) return { index: await loadLookupIndex(url) };
  const part = await partFor(
    manifest,
    async () => readWords(await fetchJson<WordManifest | null>(`${folder}words.json`)),
    text,
    (n) => fetchJson(`${folder}${n}.json`),
    options,
    async () => readCjk(await fetchJson<CjkFile | null>(`${folder}cjk.json`)),
  );
  return part === 'whole' ? { index: await loadLookupIndex(url) } : part;
}

/** What the 404 page's guess at `path` needs (utils/lookup-part.ts): the whole index while it is small. */
export async function loadLookupIndexForPath(url: string, path: string): Promise<LookupIndex> {
  const folder = shardFolder(url);
  const manifest = readManifest(await fetchJson<ShardManifestFile>(`${folder}manifest.json`));
  if (manifest.whole) return loadLookupIndex(url);
  return partForPath(manifest, path, (n) => fetchJson(`${folder}${n}.json`));
}
