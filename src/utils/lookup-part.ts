/**
 * The part of the lookup index one text needs, assembled from shards: the
 * browser loader (src/scripts/lookup-index-loader.ts) runs it with fetch, the
 * tests and the benchmark with shards in memory, so they check what the
 * browser does. Pure but for the `shard` function it is given.
 */
import { fromCompact } from './lookup-compact.ts';
import { cjkMatches, exactAnswers, foldName, hasCjk, mayBeMeaning, mayMatchPhrases, type LookupIndex, type LookupResult } from './lookup/index.ts';
import { isNameShard, namePlaces, recordsAt, SHARD_BUDGET, shardOf, shardsForText, type KeyShard, type ShardItem, type ShardManifest } from './lookup-shards.ts';
import { pathSegments } from './resolve-path.ts';
import { planWords } from './lookup-words-read.ts';
import type { CjkEntry, CjkManifest, LexEntry, WordManifest } from './lookup-words-format.ts';

export interface Part {
  index: LookupIndex;
  /** exactAnswers(index, text), when it was read to choose the index: callers use it, not run it again. */
  exact?: LookupResult;
}

/** What a caller shows of a text: the header box lookup()'s answers; the search page also phraseMatches'. */
export interface PartOptions {
  /** The search page lists phrase matches beside exact answers (search-rows.ts): their records too. */
  phrases?: boolean;
}

/**
 * The records `text` needs, as an index of the whole one's shape (catalogue
 * order kept), or `whole` when only the whole index answers it the same.
 * `words` gives the word index's manifest (fetched only for a text with no
 * exact answer, or with `phrases`); `shard(n)` the shard numbered n; `cjk`
 * the CJK manifest (api/lookup/cjk.json: the CJK wordings' ranges and the CJK
 * pair index), fetched only for a text with a CJK character.
 */
export async function partFor(
  manifest: ShardManifest,
  words: () => Promise<WordManifest | null>,
  text: string,
  shard: (n: number) => Promise<unknown>,
  { phrases = false }: PartOptions = {},
  cjk: () => Promise<CjkManifest | null> = async () => null,
): Promise<Part | 'whole'> {
  const byPlace = new Map<number, ShardItem>();
  const add = (records: ShardItem[]) => {
    for (const r of records) byPlace.set(r.i, r);
  };
  const index = () => fromCompact({ vendors: manifest.vendors, codes: [...byPlace.values()].sort((a, b) => a.i - b.i) });
  const cjkManifest = manifest.cjk && hasCjk(text) ? await cjk() : null;
  const read = shardsForText(manifest, text, cjkManifest?.worded);
  // One key shard holds every key: every name of a name shard is read.
  const everyKey = manifest.first.length <= 1;
  add(await keyShardRecords(manifest, read.shards, everyKey ? () => true : read.names, shard));
  if (everyKey) return { index: index() };
  const part = index();
  const exact = exactAnswers(part, text);
  // With exact answers lookup() suggests nothing but the codes whose whole description was typed (mayBeMeaning: among
  // the phrase's matches, which the plan reads); the search page still lists the phrase matches. Without, the
  // suggestions, "Did you mean" and sentences worded alike rank what the word index names, a paste of any length too.
  const answered = exact.answers.length > 0;
  if (answered && !(phrases && mayMatchPhrases(text)) && !mayBeMeaning(text)) return { index: part, exact };
  const wordManifest = await words();
  // The CJK pair index for a text with CJK characters (none, and the entries' CJK texts are read whole).
  const pairIndex = wordManifest?.pairs ? (cjkManifest?.pairs ?? null) : null;
  // Answered, the search page lists CJK texts worded like a CJK text only when none holds it whole: one read may.
  const cjkMatched = answered && pairIndex !== null && cjkMatches(part, text).length > 0;
  const plan = wordManifest ? planWords(text, manifest.vendors, manifest, wordManifest, { answered, pairIndex, cjkMatched }) : 'whole';
  if (!wordManifest || plan === 'whole') return 'whole';
  // Never more than the whole index: a shard weighs at most SHARD_BUDGET (a sentence of many common words at 3,000
  // entries would read about 40 shards, more than the 47 KB of the whole).
  const shardsRead = plan.lex.length + plan.records.length;
  if (manifest.wholeBytes && shardsRead * SHARD_BUDGET > manifest.wholeBytes) return 'whole';
  // A typed prefix's key shards: a code shard's records whole, a name shard's names that start with it.
  const { prefix } = plan;
  const prefixed = keyShardRecords(manifest, plan.records, (key) => prefix !== undefined && key.startsWith(prefix), shard);
  const [entries, kept] = await Promise.all([Promise.all(plan.lex.map((n) => shard(n) as Promise<LexEntry[]>)), prefixed]);
  const fetched = entries.flat();
  for (let more = plan.later(fetched); more.length; more = plan.later(fetched)) {
    for (const got of await Promise.all(more.map((n) => shard(n) as Promise<LexEntry[]>))) fetched.push(...got);
  }
  const cjkTexts = await Promise.all(plan.cjk(fetched).map((n) => shard(n) as Promise<CjkEntry[]>));
  const places = plan.places(fetched, cjkTexts);
  if (places === 'whole') return 'whole';
  add(kept);
  add(await recordsOf(manifest, places, shard));
  // A sentence's entries that may read like it, unless those records show the lookup never compares it.
  const like = plan.similar(fetched, index);
  if (like === 'whole') return 'whole';
  add(await recordsOf(manifest, like.filter((p) => !byPlace.has(p)), shard));
  // Adding records gives no exact answer the text's own shards did not: the answers stay none.
  return { index: index(), exact };
}

/**
 * The records the 404 page's guess needs (utils/resolve-path.ts): it compares each segment of the path with
 * codes and names, folded as keys are (a number exactly, but "-1" and "1" share the key "1"), so the shard of
 * each segment's key holds every code it can match (a name shard, the places of every name it can); vendors come
 * with the manifest.
 */
export async function partForPath(manifest: ShardManifest, path: string, shard: (n: number) => Promise<unknown>): Promise<LookupIndex> {
  const keys = new Set(pathSegments(path).map(foldName));
  const byPlace = new Map((await keyShardRecords(manifest, [...new Set([...keys].map((k) => shardOf(manifest, k)))], keys, shard)).map((r) => [r.i, r]));
  return fromCompact({ vendors: manifest.vendors, codes: [...byPlace.values()].sort((a, b) => a.i - b.i) });
}

/**
 * The records of these key shards: a code shard's all, and a name shard's under the names wanted (`names`: the keys,
 * or a test of one), from the record shards.
 */
async function keyShardRecords(manifest: ShardManifest, numbers: number[], names: Set<string> | ((key: string) => boolean), shard: (n: number) => Promise<unknown>): Promise<ShardItem[]> {
  const records: ShardItem[] = [];
  const named: number[] = [];
  for (const got of await Promise.all(numbers.map((n) => shard(n) as Promise<KeyShard>))) {
    if (isNameShard(got)) named.push(...namePlaces(got, names));
    else records.push(...got);
  }
  return [...records, ...(await recordsOf(manifest, named, shard))];
}

/** The records at these places (a name's, the word index's answers), from the record shards the manifest lists. */
async function recordsOf(manifest: ShardManifest, places: Iterable<number>, shard: (n: number) => Promise<unknown>): Promise<ShardItem[]> {
  const wanted = [...places];
  if (!wanted.length) return [];
  if (!manifest.rec) throw new Error('lookup shards: api/lookup/manifest.json lists no record shards (rec), which names and the word index are read from');
  return recordsAt(manifest.rec, wanted, shard);
}
