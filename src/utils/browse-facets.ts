/**
 * Each code's category, action and retry, by its place in the catalogue
 * (api/lookup/facets.json): what the search page's category browsing needs to
 * know which codes pass its filters, and how many, without their records.
 * With the vendor of each place from the word index manifest's runs
 * (lookup-words-format.ts), a page of results then fetches only the record
 * shards of its own codes (browse-page.ts), not the whole index (196 KB gz at
 * 20,000 entries). Pure: the build writes the file, the browser reads it.
 */
import type { CompactItem } from './lookup-compact.ts';
import type { LookupVendor } from './lookup/index.ts';
import type { RecordRanges } from './lookup-shards.ts';
import type { WordManifest } from './lookup-words-format.ts';

/**
 * The characters a place is written with: printable ASCII that JSON leaves as it is (no `"` or `\`),
 * so a place costs one byte before gzip, and a run of like codes compresses to almost nothing.
 */
const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');

export interface FacetsFile {
  /** Each distinct [category, action, retryable] of the catalogue, in order of first use. */
  combos: [string, string, 0 | 1][];
  /** Characters per place: 1 while the combinations fit the alphabet (93), else 2 (9 categories × 8 actions × 2 fit). */
  width: 1 | 2;
  /** Every place's combination, in catalogue order: `width` characters each, an index into `combos`. */
  places: string;
  /**
   * While the lookup index is sharded, the rest of what a page of browsing reads, so it fetches this file and its
   * records' shards only, not the manifests every lookup fetches (7.8 KB gz at 20,000 entries with Chinese): the
   * vendors, the catalogue's runs by vendor (the word index's `runs`) and its record shards (the manifest's `rec`). Absent while
   * the index is served whole: a page is then cut from it.
   */
  sharded?: { vendors: LookupVendor[]; rec: RecordRanges } & Pick<WordManifest, 'runs'>;
}

/** What the search page filters a code by (utils/filters.ts's Facets, every field known). */
export interface PlaceFacets {
  vendor: string;
  category: string;
  action: string;
  retryable: boolean;
}

export function buildFacets(items: readonly Pick<CompactItem, 'k' | 'a' | 'r'>[], sharded?: FacetsFile['sharded']): FacetsFile {
  const combos: FacetsFile['combos'] = [];
  const numbers = new Map<string, number>();
  const numberOf = (item: Pick<CompactItem, 'k' | 'a' | 'r'>) => {
    const key = `${item.k} ${item.a} ${item.r}`;
    let n = numbers.get(key);
    if (n === undefined) {
      numbers.set(key, (n = combos.length));
      combos.push([item.k, item.a, item.r]);
    }
    return n;
  };
  const picked = items.map(numberOf);
  const width = combos.length <= ALPHABET.length ? 1 : 2;
  const write = (n: number) => (width === 1 ? ALPHABET[n]! : ALPHABET[Math.floor(n / ALPHABET.length)]! + ALPHABET[n % ALPHABET.length]!);
  return { combos, width, places: picked.map(write).join(''), ...(sharded ? { sharded } : {}) };
}

/**
 * Every place's facets, the vendor from `runs` ([first place, vendor slug] of each run of the
 * catalogue). Fails on a file that does not match the runs: a stale or mixed deploy would
 * otherwise list the wrong codes under a filter.
 */
export function readFacets(file: FacetsFile, runs: readonly [number, string][], count = file.places.length / file.width): PlaceFacets[] {
  if (!Number.isInteger(count) || (runs.length && runs[0]![0] !== 0) || (runs.at(-1)?.[0] ?? 0) >= Math.max(count, 1)) {
    throw new Error(`facets.json: ${file.places.length} characters of width ${file.width} do not match the word index's runs of vendors`);
  }
  const at = new Map([...ALPHABET].map((c, i) => [c, i]));
  const out: PlaceFacets[] = [];
  let run = 0;
  for (let place = 0; place < count; place++) {
    while (run + 1 < runs.length && runs[run + 1]![0] <= place) run++;
    const chars = file.places.slice(place * file.width, (place + 1) * file.width);
    const n = [...chars].reduce((sum, c) => sum * ALPHABET.length + (at.get(c) ?? NaN), 0);
    const combo = file.combos[n];
    if (!combo) throw new Error(`facets.json: place ${place} reads combination ${n}, which the file does not list`);
    out.push({ vendor: runs[run]?.[1] ?? '', category: combo[0], action: combo[1], retryable: combo[2] === 1 });
  }
  return out;
}

/** The same facets read straight from records (the whole index, while it is small enough to be served whole). */
export function facetsOf(items: readonly CompactItem[]): PlaceFacets[] {
  return items.map((item) => ({ vendor: item.v, category: item.k, action: item.a, retryable: item.r === 1 }));
}
