/**
 * The lookup index and its shards, computed once per build for the endpoints
 * under src/pages/api/ (the whole file, the manifest and each shard).
 */
import { gzipSync } from 'node:zlib';
import { loadCatalog } from './load-catalog.ts';
import { buildLookupIndex, toCompact, type CompactIndex } from '../utils/lookup-index.ts';
import { LOOKUP_BUDGET, SHARD_BUDGET, wholeManifest, type ShardedIndex } from '../utils/lookup-shards.ts';
import { shardAll, type WordManifest } from '../utils/lookup-words.ts';

let compact: Promise<CompactIndex> | undefined;
/** `words`: the word index's manifest (utils/lookup-words.ts); none while the index is served whole. */
let sharded: Promise<ShardedIndex & { words: WordManifest | null }> | undefined;

export function compactLookupIndex(): Promise<CompactIndex> {
  compact ??= loadCatalog().then(({ vendors, codes }) => toCompact(buildLookupIndex(vendors, codes)));
  return compact;
}

export function shardedLookupIndex(): Promise<ShardedIndex & { words: WordManifest | null }> {
  const size = (json: string) => gzipSync(json).length;
  sharded ??= compactLookupIndex().then((index) =>
    size(JSON.stringify(index)) <= LOOKUP_BUDGET ? { ...wholeManifest(), words: null } : shardAll(index.vendors, index.codes, SHARD_BUDGET, size),
  );
  return sharded;
}
