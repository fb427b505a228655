/** The part of the index the browser loader assembles from shards (src/scripts/lookup-index-loader.ts), for the benchmark. */
import { fromCompact } from '../../src/utils/lookup-compact.ts';
import type { LookupIndex } from '../../src/utils/lookup/index.ts';
import type { ShardItem, ShardManifest } from '../../src/utils/lookup-shards.ts';
export { exactAnswers } from '../../src/utils/lookup/index.ts';

export function fromCompactIndexForBench(manifest: Pick<ShardManifest, 'vendors'>, shards: ShardItem[][]): LookupIndex {
  const byPlace = new Map(shards.flat().map((r) => [r.i, r]));
  return fromCompact({ vendors: manifest.vendors, codes: [...byPlace.values()].sort((a, b) => a.i - b.i) });
}
