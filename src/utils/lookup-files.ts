/**
 * Every file of api/lookup/ (beside the whole index, api/lookup.json), by name:
 * the shards' manifest, the word index's manifest, the CJK manifest (cjk.json), the shards, and the facets
 * category browsing reads. One function makes them for the build's second step
 * (src/build/lookup-files.ts writes them, while Pagefind indexes) and for the
 * dev server (src/pages/api/lookup/[file].json.ts serves them), so both serve
 * the same files. Cutting the shards sizes each candidate with gzip: at 20,000
 * entries about 4 s of CPU, which is why the build does it beside Pagefind and
 * not in Astro's page generation.
 */
import { gzipSync } from 'node:zlib';
import type { CompactIndex } from './lookup-compact.ts';
import { LOOKUP_BUDGET, manifestFile, SHARD_BUDGET, wholeManifest } from './lookup-shards.ts';
import { cjkFile, wordsFile } from './lookup-words-format.ts';
import { shardAll } from './lookup-words.ts';
import { buildFacets } from './browse-facets.ts';

/** The files, each name without `.json` (`manifest`, `words`, `cjk`, `facets`, `0`, `1`…) and the value it holds. */
export function lookupFiles(index: CompactIndex): Map<string, unknown> {
  const size = (json: string) => gzipSync(json).length;
  const files = new Map<string, unknown>();
  // Small enough to fetch whole: the manifest says so, and there is no word index or shard.
  const wholeBytes = size(JSON.stringify(index));
  const { manifest, words, cjk, shards } = wholeBytes <= LOOKUP_BUDGET ? { ...wholeManifest(), words: null, cjk: null } : shardAll(index.vendors, index.codes, SHARD_BUDGET, size);
  files.set('manifest', manifestFile(manifest.whole ? manifest : { ...manifest, wholeBytes }));
  files.set('words', words && wordsFile(words));
  files.set('cjk', cjk && cjkFile(cjk));
  files.set('facets', buildFacets(index.codes, words && manifest.rec ? { vendors: index.vendors, runs: words.runs, rec: manifest.rec } : undefined));
  shards.forEach((records, n) => files.set(String(n), records));
  return files;
}
