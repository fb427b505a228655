/**
 * The word index beside the lookup shards: what a text with no exact answer
 * needs (word suggestions, phrase matches, "Did you mean", Chinese matches)
 * without the whole catalogue. Those answers rank every entry that has the
 * words, so each folded word keeps only what ranking reads: the places of the
 * entries that have it, grouped by their ranking key (how many words the
 * entry has; the length of its shortest text that holds the word, with the
 * fewest words of its English texts that hold it). The
 * browser ranks from these postings (lookup-words-read.ts) and fetches the
 * records of the winners only, from record shards in catalogue order.
 *
 * Keys, in one sorted space cut into ranges as the key shards are:
 * - `w:<word>`: entries whose words (lookup tables' `words`) or texts (`phrases`) hold the word;
 * - `x:<word> <word>`: entries whose texts hold the two words in a row (a phrase of two words, or of more whose
 *   words' postings leave many entries), and
 *   `x:<word>\u0002<place><length>`: long names with that word at that place of the folded name, of that length
 *   ("Did you mean" for two typed words or more, near.ts's sharedWordRule); a word's pairs and names sort
 *   together, so a text reads them from a shard or two per word;
 * - `l:<length>:<name>`: folded names long enough for "Did you mean", by length (edits change it by two at most),
 *   for a text of one word.
 * CJK pairs have an index of their own (cjkPairEntries; its manifest in api/lookup/cjk.json, which only a text with
 * CJK characters fetches): `c:<two CJK characters>`, the entries whose CJK texts hold the pair. A CJK match holds
 * every pair of the text, and a CJK text worded like it shares many: a CJK text reads its pairs' postings, then the
 * records of the few entries they leave (of two CJK characters alone, the top, ranked from the postings). A common
 * pair's postings are in parts, the entries whose texts have the fewest pairs first (pairParts): a Chinese sentence
 * reads those only, since a longer text must share its rarer pairs to be worded like it.
 * Entries with Chinese (or other CJK) texts also have shards of their own, read whole when the pairs cannot tell or
 * cost more (a text without two CJK characters in a row, pairs that leave too many entries, a long Chinese sentence
 * at a small catalogue): their matches compare characters anywhere. Those shards hold only the folded CJK texts
 * (CjkEntry), which the reader ranks as the lookup does, then fetches the top's records.
 */
import { fromCompact, type CompactItem } from './lookup-compact.ts';
import { cjkEdgePairs, cjkPairs, LIMITS, longestNonCjkRun, nameWordsOf, tablesOf, type LookupIndex, type LookupVendor } from './lookup/index.ts';
import { cutRanges, shardIndex, shortest, type KeyShard, type RecordRanges, type ShardedIndex, type ShardItem } from './lookup-shards.ts';
import { SENTENCE_WORDS } from './lookup-words-read.ts';
import { similarNeed } from './lookup-words-rank.ts';
import { cjkPairKey, decodeGroups, encodeGroups, encodePlaces, nameKey, namesByWordKey, PAIR_KEY_SHARE, pairFewestOf, pairKey, pairPartKey, pairRank, wordRank, type CjkEntry, type CjkManifest, type Groups, type LexEntry, type PairManifest, type WordManifest } from './lookup-words-format.ts';

export type { CjkEntry, CjkManifest, LexEntry, PairManifest, WordManifest } from './lookup-words-format.ts';

export interface WordShards {
  manifest: WordManifest;
  /** The record shards (in api/lookup/manifest.json: a name's places are read from them too). */
  rec: RecordRanges;
  /** The CJK pair index's manifest (in api/lookup/cjk.json); null when no entry has a CJK text. */
  pairs: PairManifest | null;
  shards: (ShardItem[] | CjkEntry[] | LexEntry[])[];
}

function addRank(map: Map<string, Map<number, number>>, key: string, place: number, rank: number): void {
  let places = map.get(key);
  if (!places) map.set(key, (places = new Map()));
  const old = places.get(place);
  if (old === undefined || rank < old) places.set(place, rank);
}

function grouped(places: Map<number, number> | undefined): Groups | undefined {
  if (!places) return undefined;
  const byRank = new Map<number, number[]>();
  for (const [place, rank] of places) {
    const list = byRank.get(rank);
    if (list) list.push(place);
    else byRank.set(rank, [place]);
  }
  return encodeGroups(byRank);
}

/**
 * The CJK pair index's entries (`c:` keys, cjkPairKey): entries by the pairs of neighbouring CJK characters of their
 * CJK texts (cjkPairs, as the lookup compares Chinese). A text that holds a CJK text holds each of its pairs, and one
 * worded like it shares many (cjkSimilar). Also by the pairs of a CJK character and another beside it (cjkEdgePairs,
 * `g无` of `usersig无效`), which only holding reads: a log line's `errmsg=UserSig无效` is held by the few texts with
 * `g无`, not by every one with `无效`. Ranked by pairRank, on the scale `lengths` (PairManifest).
 */
export function cjkPairEntries(index: LookupIndex, lengths: number): Map<string, LexEntry[]> {
  const tables = tablesOf(index);
  const shortest = new Map<string, Map<number, number>>();
  const fewest = new Map<string, Map<number, number>>();
  index.codes.forEach((item, i) => {
    for (const text of tables.cjkTexts.get(item)!) {
      const pairs = cjkPairs(text);
      for (const pair of [...pairs, ...cjkEdgePairs(text)]) {
        addRank(shortest, cjkPairKey(pair), i, text.length);
        addRank(fewest, cjkPairKey(pair), i, pairs.size);
      }
    }
  });
  const out = new Map<string, LexEntry[]>();
  for (const k of [...shortest.keys()].sort()) {
    out.set(k, [{ k, p: grouped(new Map([...shortest.get(k)!].map(([place, length]) => [place, pairRank(fewest.get(k)!.get(place)!, length, lengths)])))! }]);
  }
  return out;
}

/** The word index's entries, built from the lookup's own tables so they read words exactly as it does. */
export function lexEntries(index: LookupIndex): Map<string, LexEntry[]> {
  const tables = tablesOf(index);
  const words = new Map<string, Map<number, number>>();
  const phrases = new Map<string, Map<number, number>>();
  const fewest = new Map<string, Map<number, number>>();
  index.codes.forEach((item, i) => {
    for (const set of tables.wordSets.get(item)!) for (const w of set) addRank(fewest, `w:${w}`, i, set.size);
    const own = tables.words.get(item)!;
    for (const w of new Set(own)) addRank(words, `w:${w}`, i, own.length);
    for (const p of tables.phrases.get(item)!) {
      const ws = p.trim().split(' ').filter(Boolean);
      ws.forEach((w, k) => {
        addRank(phrases, `w:${w}`, i, p.length);
        if (k) addRank(phrases, pairKey(ws[k - 1]!, w), i, p.length);
      });
    }
  });
  const out = new Map<string, LexEntry[]>();
  for (const k of new Set([...words.keys(), ...phrases.keys()])) {
    const w = grouped(words.get(k));
    // A word's own key ranks by wordRank (its texts' length and fewest words); a pair's by length alone.
    const texts = phrases.get(k);
    const p = grouped(texts && k.startsWith('w:') ? new Map([...texts].map(([place, length]) => [place, wordRank(length, fewest.get(k)?.get(place) ?? Infinity)])) : texts);
    out.set(k, [{ k, ...(w ? { w } : {}), ...(p ? { p } : {}) }]);
  }
  const place = new Map(index.codes.map((item, i) => [item, i]));
  const byWord = new Map<string, Map<string, number[]>>();
  for (const [name, named] of tables.byName) {
    if (name.length < LIMITS.nearMinChars) continue;
    const places = named.map((item) => place.get(item)!);
    out.set(nameKey(name), [{ k: nameKey(name), n: encodePlaces(places) }]);
    for (const item of named) {
      for (const [word, at] of nameWordsOf(item, name)) {
        const key = namesByWordKey(word, at, name.length);
        const names = byWord.get(key) ?? byWord.set(key, new Map()).get(key)!;
        if (!names.get(name)?.includes(place.get(item)!)) names.set(name, [...(names.get(name) ?? []), place.get(item)!]);
      }
    }
  }
  for (const [k, names] of byWord) out.set(k, [{ k, m: [...names].map(([name, places]) => [name, encodePlaces(places.sort((a, b) => a - b))]) }]);
  // Every word of a long name says so in its own entry (made if the word is in no text): a reader that has the
  // word's postings reads the names under it only then.
  for (const k of byWord.keys()) {
    const word = `w:${k.slice(2, k.indexOf('\u0002'))}`;
    const entry: LexEntry = out.get(word)?.[0] ?? { k: word };
    out.set(word, [{ ...entry, x: 1 }]);
  }
  return out;
}

/**
 * An entry over the budget (`synthetic`, in every generated entry) is cut into parts that keep its `k`, keyed
 * `<key>\u0001<n>`: they sort right after it and before any longer key, so the reader takes the range of a key.
 */
function splitHeavy(entries: Map<string, LexEntry[]>, budget: number, size: (json: string) => number): Map<string, LexEntry[]> {
  const out = new Map<string, LexEntry[]>();
  for (const [key, [entry]] of entries) {
    const parts = split(entry!, budget, size);
    parts.forEach((part, n) => out.set(n ? `${key}\u0001${n}` : key, [part]));
  }
  return out;
}

/**
 * Part sizes of a CJK pair's postings, as shares of the budget: the first ones small, since a Chinese sentence reads
 * only the entries whose texts have few pairs (the first parts, pairRank), the rest whole (when read at all, they are
 * read whole: fewer files).
 */
export const PAIR_PART_SHARES = [PAIR_KEY_SHARE, 1 / 2, 1];

/**
 * A CJK pair's postings over the first part's size cut in their order (fewest pairs first, pairRank) into parts of
 * PAIR_PART_SHARES of the budget, each keyed by its first entry's fewest pairs (pairPartKey), so a reader takes the
 * parts of the entries with texts of at most so many pairs as a range of keys.
 */
function pairParts(entries: Map<string, LexEntry[]>, lengths: number, budget: number, size: (json: string) => number): Map<string, LexEntry[]> {
  const out = new Map<string, LexEntry[]>();
  for (const [key, [entry]] of entries) {
    const partOf = (list: [number, number][]): LexEntry => ({ k: key, p: grouped(new Map(list))! });
    const fits = (list: [number, number][], share: number) => {
      const json = JSON.stringify([partOf(list)]);
      return json.length <= share * budget - 32 || size(json) <= share * budget;
    };
    const postings = [...decodeGroups(entry!.p)];
    if (fits(postings, 1)) {
      out.set(key, [entry!]);
      continue;
    }
    let [again, before] = [0, ''];
    for (let at = 0, n = 0; at < postings.length; n++) {
      const share = PAIR_PART_SHARES[Math.min(n, PAIR_PART_SHARES.length - 1)]!;
      // The longest run from `at` that fits (one entry at least): runs twice as long while they fit, then halving.
      let [fit, step] = [at + 1, 32];
      while (fit < postings.length && fits(postings.slice(at, Math.min(postings.length, fit + step)), share)) [fit, step] = [Math.min(postings.length, fit + step), step * 2];
      let over = Math.min(postings.length + 1, fit + step);
      while (over - fit > 1) {
        const mid = (fit + over) >> 1;
        if (mid <= postings.length && fits(postings.slice(at, mid), share)) fit = mid;
        else over = mid;
      }
      // A part that starts with as few pairs as the one before it (a count of many entries, cut) is keyed after it.
      const fewest = pairFewestOf(postings[at]![1], lengths);
      const start = pairPartKey(key.slice(2), fewest);
      again = start === before ? again + 1 : 0;
      before = start;
      out.set(n ? pairPartKey(key.slice(2), fewest, again) : key, [partOf(postings.slice(at, fit))]);
      at = fit;
    }
  }
  return out;
}

function split(entry: LexEntry, budget: number, size: (json: string) => number): LexEntry[] {
  const json = JSON.stringify([entry]);
  // Gzip adds about 20 bytes to what it cannot shrink: a short entry is within the budget unmeasured.
  if (json.length <= budget - 32 || size(json) <= budget) return [entry];
  if (entry.m) {
    if (entry.m.length < 2) return [entry];
    const half = entry.m.length >> 1;
    return [...split({ k: entry.k, m: entry.m.slice(0, half) }, budget, size), ...split({ k: entry.k, m: entry.m.slice(half) }, budget, size)];
  }
  const places = (groups?: Groups) => [...decodeGroups(groups)];
  const w = places(entry.w);
  const p = places(entry.p);
  if (w.length + p.length < 2) return [entry];
  const half = (list: [number, number][], second: boolean) => list.slice(second ? list.length >> 1 : 0, second ? list.length : list.length >> 1);
  const part = (second: boolean): LexEntry => {
    const ws = grouped(new Map(half(w, second)));
    const ps = grouped(new Map(half(p, second)));
    return { k: entry.k, ...(ws?.length ? { w: ws } : {}), ...(ps?.length ? { p: ps } : {}), ...(entry.x ? { x: entry.x } : {}) };
  };
  return [...split(part(false), budget, size), ...split(part(true), budget, size)];
}

/**
 * Share of the shard budget a record shard takes: a word query fetches the records of about ten winners,
 * each in a shard of its own at worst, so smaller shards fetch fewer records it does not need. At 20,000
 * codes a third (about 8 records a shard) took three words' records from 4.5 to 2.8 KB, and a category page
 * (50 codes, src/utils/browse-page.ts) from 11 files and 11.3 KB to 19 files and 12.9 KB. A quarter (about 3
 * records a shard, 5,933 record files): a category page 32 files and 15.0 KB, and every one of the 1,504 typed
 * texts within 20 KB (at a third, two were over: 19 records of 0.44 KB each); a sixth is a record or two a
 * shard, 17,000 files (tests/bench/README.md, "Scale, seventh pass" and "ninth pass").
 */
export const RECORD_SHARE = 1 / 4;

/**
 * Records cut in catalogue order into shards within the budget: filled by raw length over the ratio last
 * measured, then measured once and shortened until they fit (one gzip or two per shard, not one per record).
 */
function cutInOrder<T>(records: T[], budget: number, size: (json: string) => number, place: (r: T) => number): { first: number[]; shards: T[][] } {
  const first: number[] = [];
  const shards: T[][] = [];
  let ratio = 4;
  for (let at = 0; at < records.length; ) {
    let end = at;
    let raw = 0;
    while (end < records.length && (end === at || raw + JSON.stringify(records[end]).length <= budget * ratio)) raw += JSON.stringify(records[end++]).length;
    let shard = records.slice(at, end);
    let measured = size(JSON.stringify(shard));
    while (measured > budget && shard.length > 1) {
      shard = shard.slice(0, Math.max(1, Math.floor((shard.length * budget) / measured)));
      measured = size(JSON.stringify(shard));
    }
    ratio = Math.max(1, JSON.stringify(shard).length / measured);
    first.push(place(records[at]!));
    shards.push(shard);
    at += shard.length;
  }
  return { first, shards };
}

/**
 * Share of the shard budget a range of the word index's words (`w:` keys that start with a letter) takes. Each word
 * of a text reads its shard, and a word's own postings are mostly a small part of it: smaller shards cost each word
 * less, for a longer manifest (`api/lookup/words.json`). Words that start with a digit keep the whole budget: they
 * are many (every `synthetic 12345` of the generated catalogue is one) and rarely typed, and at a small share they
 * took most of the manifest. A heavy word's postings keep parts of the whole budget (splitHeavy): all of them are
 * read, and fewer files carry them. Pairs and names (`x:`, `l:`) keep the whole budget: cut smaller, they lengthened
 * the manifest more than they saved. At 20,000 codes, every `w:` key at a third: words.json 2.5 KB gz, 184 of 238
 * real sentences within 20 KB; digits back at the whole budget: 2.1 KB, 190; letters at a sixth: 2.2 KB, 202 (a
 * tenth: 2.5 KB, 206). tests/bench/README.md, "Scale, eighth pass".
 */
export const WORD_KEY_SHARE = 1 / 6;

/** The fewest words a text shares with a sentence of SENTENCE_WORDS + 1 distinct words to read like it (similarNeed). */
export const LONG_TEXT_WORDS = similarNeed(SENTENCE_WORDS + 1);

/** The word index, record and CJK shards, numbered from `from` (after the key and wording shards). */
export function wordShards(items: readonly CompactItem[], from: number, budget: number, size: (json: string) => number): WordShards {
  const records = items.map((item, i): ShardItem => ({ ...item, i }));
  const rec = cutInOrder(records, RECORD_SHARE * budget, size, (r) => r.i);
  const index = fromCompact({ vendors: [], codes: [...items] });
  const { cjkTexts, wordSets } = tablesOf(index);
  // Absolute places to cut by; each shard then gives them as gaps (shorter, so still within the budget).
  const withCjk = index.codes.map((item, i): CjkEntry => [i, ...cjkTexts.get(item)!]).filter((e) => e.length > 1);
  const cjkFolded = withCjk.flatMap(([, ...texts]) => texts);
  const cjk = withCjk.length ? cutInOrder(withCjk, budget, size, (e) => e[0]).shards.map(asGaps) : [];
  const lex = cutRanges(splitHeavy(lexEntries(index), budget, size), (first) => (/^w:[a-z]/.test(first) ? budget * WORD_KEY_SHARE : budget), size);
  // A common word (a range of words that start with a digit keeps the whole budget, and is many words).
  const heavy = heavyShards(lex.shards, budget * WORD_KEY_SHARE, size);
  const named = heavy.filter((n) => lex.shards[n]!.some((e) => e.x));
  // Texts a sentence of more than SENTENCE_WORDS distinct words may read like: they share at least LONG_TEXT_WORDS.
  const long = index.codes.flatMap((item, place): [number, number][] => {
    const most = Math.max(0, ...wordSets.get(item)!.map((set) => set.size));
    return most >= LONG_TEXT_WORDS ? [[place, most]] : [];
  });
  const runs: [number, string][] = [];
  items.forEach((item, i) => {
    if (runs.at(-1)?.[1] !== item.v) runs.push([i, item.v]);
  });
  const lengths = Math.max(0, ...cjkFolded.map((t) => t.length)) + 1;
  const pairEntries = cjkPairEntries(index, lengths);
  // A common pair's parts after the first have shards of their own (a range never holds them and other pairs' keys):
  // a text that reads a rare pair beside a common one's last part does not fetch that part.
  const pairs = pairEntries.size ? cutRanges(pairParts(pairEntries, lengths, budget, size), (first) => (first.includes('\u0001') ? budget : budget * PAIR_KEY_SHARE), size) : undefined;
  const heavyPairs = pairs ? heavyShards(pairs.shards, budget * PAIR_KEY_SHARE, size) : [];
  const lexFrom = from + rec.shards.length + cjk.length;
  return {
    rec: { from, first: encodePlaces(rec.first) },
    manifest: {
      cjk: { from: from + rec.shards.length, count: cjk.length, longest: Math.max(0, ...cjkFolded.map((t) => t.length)), run: Math.max(0, ...cjkFolded.map(longestNonCjkRun)) },
      lex: { from: lexFrom, first: heavyWhole(shortest(lex.first, lex.keys), lex.first, heavy), heavy: encodePlaces(heavy), named: encodePlaces(named) },
      ...(pairs ? { pairs: pairs.shards.length } : {}),
      runs,
      long,
    },
    // A part's key is written whole too: cut short (`c:推送\u00010`), it would sort before the end of the range of the
    // parts before it (pairPartsUpTo), which would then read it.
    pairs: pairs ? { from: lexFrom + lex.shards.length, lengths, first: heavyWhole(shortest(pairs.first, pairs.keys), pairs.first, [...heavyPairs, ...partShards(pairs.first)]), heavy: encodePlaces(heavyPairs) } : null,
    shards: [...rec.shards, ...cjk, ...lex.shards, ...(pairs?.shards ?? [])],
  };
}

/** The shards that hold one key's postings (or a part of them) over `share`: a common word's or CJK pair's. */
function heavyShards(shards: LexEntry[][], share: number, size: (json: string) => number): number[] {
  return shards.flatMap((shard, n) => (new Set(shard.map((e) => e.k)).size === 1 && size(JSON.stringify(shard)) > share ? [n] : []));
}

/**
 * First keys (cut by shortest()) with a heavy shard's written whole: a key that is not in the index but sorts
 * between the cut and the whole (`c:推x` after a cut `c:推`, before `c:推送`) then falls in the light shard before,
 * not in a common key's postings (about 1.5 KB) that cannot hold it.
 */
function heavyWhole(cut: string[], whole: string[], heavy: number[]): string[] {
  const set = new Set(heavy);
  return cut.map((key, n) => (set.has(n) ? whole[n]! : key));
}

/** The shards that open with a part of a pair's postings (pairPartKey). */
function partShards(first: string[]): number[] {
  return first.flatMap((key, n) => (key.includes('\u0001') ? [n] : []));
}

/** CJK entries with absolute places, as a shard gives them: each place a gap from the one before. */
function asGaps(entries: CjkEntry[]): CjkEntry[] {
  return entries.map(([place, ...texts], k): CjkEntry => [k ? place - entries[k - 1]![0] : place, ...texts]);
}

/**
 * Key, wording, record, CJK, word-index and CJK pair shards of a catalogue, numbered in that order; `cjk` is
 * api/lookup/cjk.json (null when no entry has a CJK text).
 */
export function shardAll(vendors: LookupVendor[], items: readonly CompactItem[], budget: number, size: (json: string) => number): ShardedIndex & { words: WordManifest; pairs: PairManifest | null; cjk: CjkManifest | null } {
  const keyed = shardIndex(vendors, items, budget, size);
  const words = wordShards(items, keyed.shards.length, budget, size);
  // Both come from the entries' CJK texts: there are CJK wordings exactly when there are CJK pairs.
  if (Boolean(keyed.cjkWorded) !== Boolean(words.pairs)) throw new Error('lookup shards: CJK wordings and CJK pairs disagree on whether the catalogue has CJK texts');
  const cjk = keyed.cjkWorded && words.pairs ? { worded: keyed.cjkWorded, pairs: words.pairs } : null;
  return { ...keyed, manifest: { ...keyed.manifest, rec: words.rec }, words: words.manifest, pairs: words.pairs, cjk, shards: [...keyed.shards, ...(words.shards as KeyShard[])] };
}
