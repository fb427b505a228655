/**
 * The compact lookup index, computed once per build for api/lookup.json (and,
 * on the dev server, for api/lookup/*: a build writes those in its second step).
 */
import { loadCatalog } from './load-catalog.ts';
import { buildLookupIndex, toCompact, type CompactIndex } from '../utils/lookup-index.ts';

let compact: Promise<CompactIndex> | undefined;

export function compactLookupIndex(): Promise<CompactIndex> {
  compact ??= loadCatalog().then(({ vendors, codes }) => toCompact(buildLookupIndex(vendors, codes)));
  return compact;
}
