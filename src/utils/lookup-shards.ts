/**
 * api/lookup.json cut into shards, so an exact lookup (a code, an error
 * name, an HTTP status, a pasted body) fetches a small manifest and the one
 * or two shards its words need, not every code of the catalogue.
 *
 * Every code, error name, alias and (for named errors) HTTP status is a key,
 * folded as the lookup folds names (foldName). The sorted keys are cut into
 * ranges whose records stay under a byte budget; the manifest lists the
 * first key of each range, so uneven keys (thousands of codes starting
 * `70`) simply make more, narrower ranges. A code's record is stored in the
 * shard of each of its keys; a name's shard holds the name and the places of
 * its entries (NameShard), whose records a text that holds the name then
 * fetches from the record shards (rec, cut in catalogue order by
 * lookup-words.ts). The records found by their wording anywhere inside a
 * text (vendors' messages, CJK descriptions) are cut the same way into shards
 * of their own, keyed by each wording's first two words (for CJK, which has no
 * spaces, two characters from its first CJK one): a text needs those its words and characters name.
 * The CJK wordings' ranges are listed apart (cjkWorded, in api/lookup/cjk.json):
 * only a text with a CJK character can hold one, and at 20,000 entries with
 * Chinese meanings their keys were half the manifest every lookup fetches.
 *
 * Pure: the build (src/pages/api/lookup/) and the browser loader
 * (src/scripts/lookup-index-loader.ts) both use it.
 */
import type { CompactItem } from './lookup-compact.ts';
import type { LookupVendor } from './lookup/index.ts';
import { findVendors, foldName, foldWording, hasCjk, isTyped, MAX_SCAN_CHARS, readableNumbers, spellingsOf, tablesOf, tokenize } from './lookup/index.ts';

/**
 * Gzipped bytes a shard may hold. A code needs one shard, an error name a
 * few (each word of it may start a key), a log line with a JSON body about
 * ten: at 20,000 entries 1.5 KB keeps that line at 17 KB with the manifest
 * (2.8 KB), where 2 KB shards took it to 19.8 KB (tests/bench/lookup-shards.ts).
 */
export const SHARD_BUDGET = 1536;

/**
 * Share of the shard budget a range of wordings takes (the records found by a message or a CJK description inside a
 * text). Every word of a typed text is looked up as a wording before its words are, and a word is rarely one: the
 * shard it reads is mostly other records, so smaller ones cost those words less, for a longer manifest. With Chinese
 * meanings as often as real ones, records are larger: at 20,000 entries two fifths (with names' shards of records at
 * the same share) took typed texts over 20 KB from 10 of 1,504 to 3 where a third had made a manifest of 4.9 KB, and
 * a half left two English texts over (tests/bench/README.md, "Scale, sixteenth pass").
 */
export const WORDING_SHARE = 2 / 5;

/**
 * Share of the shard budget a range of names takes (keys that are not codes: error names, aliases; NameShard). Each
 * span of a text that may start a name reads its range's shard, and is rarely a name. Names' shards hold places, not
 * records, so there are few (53 at 20,000 entries at two fifths, 122 at a fifth): a fifth costs the manifest 0.2 KB
 * and each span read half as much. At 20,000 entries with Chinese, from two fifths to a fifth: the largest of 1,504
 * typed texts 19.5 → 19.1 KB, of 238 sentences 18.0 → 17.5 KB, real pastes over 20 KB on the search page 3 → 2; a
 * tenth made the manifest 3.6 KB and no text lighter ("Scale, seventeenth pass"). Codes (digits) keep the whole
 * budget: a code reads its one shard, and it is that shard's records it wants.
 */
export const NAME_KEY_SHARE = 1 / 5;

/** A record of a shard: the compact item and its place in the catalogue, so a subset keeps catalogue order. */
export type ShardItem = CompactItem & { i: number };

/** A name key (an error name, an alias, folded) and the places of the entries it finds. */
export type NameEntry = [key: string, ...places: number[]];

/**
 * A key shard of names: each key with the places of its entries, whose records are in the record shards (RecordRanges).
 * A text is read for a name at every place a word starts, and each span that may start a name reads its range's
 * shard, though it rarely is one: holding records, those shards were many and small (at 20,000 entries with Chinese,
 * about 1,000 of them, whose first keys were most of the manifest every lookup fetches). A span that is a key then
 * fetches its records, one round trip later.
 */
export interface NameShard {
  names: NameEntry[];
}

/** A key shard: the records of a range of codes, or the places of a range of names (NameShard). */
export type KeyShard = ShardItem[] | NameShard;

export const isNameShard = (shard: unknown): shard is NameShard => typeof shard === 'object' && shard !== null && 'names' in shard;

/** The record shards, in catalogue order from shard number `from`: the first place of each, as gaps (see decodePlaces). */
export interface RecordRanges {
  from: number;
  first: string;
}

/** Gzipped bytes one lookup may fetch: while the whole index fits, it is served whole (see wholeManifest). */
export const LOOKUP_BUDGET = 20 * 1024;

export interface ShardManifest {
  /** The whole index is within LOOKUP_BUDGET: fetch api/lookup.json itself, there are no shards. */
  whole?: true;
  vendors: LookupVendor[];
  /**
   * First key of each key shard, sorted: shard n holds the keys from first[n] up to first[n + 1], the records of its
   * codes or the places of its names (KeyShard).
   */
  first: string[];
  /** The record shards, which a name's places (NameShard) and the word index's answers are read from. */
  rec?: RecordRanges;
  /** Longest key, in characters: a span of text that folds longer names nothing. */
  longest: number;
  /** Gzipped bytes of the whole index (api/lookup.json): a text whose shards would weigh more reads it instead. */
  wholeBytes?: number;
  /**
   * The first `chars` characters of every key that does not start with a digit (names, aliases; a shorter one
   * whole), sorted: a span of text whose key does not start with one of them is no key, and its shard is not read
   * (see nameStarts). Absent when the list would weigh more than NAME_STARTS_BYTES.
   */
  nameStarts?: { chars: number; starts: string[] };
  /** Shards of the records found by their wording anywhere in a text: the wordings without CJK characters. */
  worded: WordedRanges;
  /**
   * Some wordings hold CJK characters: their shards' ranges (cjkWorded) are in api/lookup/cjk.json, which a text
   * with a CJK character fetches (lookup-words-format.ts, CjkManifest).
   */
  cjk?: true;
}

/**
 * Shards of the records found by their wording anywhere in a text (messages, CJK descriptions): numbered from
 * `from`, the first wording key of each in `first`, and every wording key in `keys` (a text fetches a wording shard
 * only for a key it holds).
 */
export interface WordedRanges {
  from: number;
  first: string[];
  keys: string[];
}

/**
 * Wording ranges as a file holds them (wordedFile): the keys front-coded, and each shard's first key as its place
 * among them (`starts`, as gaps): a first key is always a key, so it is not written twice (at 20,000 entries with
 * Chinese, 762 first keys took 2.1 KB gz as strings, about 0.3 KB as places).
 */
export interface WordedFile {
  from: number;
  keys: string[];
  starts: string;
}

export interface ShardedIndex {
  manifest: ShardManifest;
  /** The wording shards of the wordings with CJK characters, after the others; null when there are none. */
  cjkWorded: WordedRanges | null;
  /** Key shards, then wording shards (records). */
  shards: KeyShard[];
}

/** The manifest of a catalogue small enough to fetch whole: one request, and every answer as before. */
export function wholeManifest(): ShardedIndex {
  return { manifest: { whole: true, vendors: [], first: [''], longest: 0, worded: noWordings(0) }, cjkWorded: null, shards: [] };
}

const noWordings = (from: number): WordedRanges => ({ from, first: [], keys: [] });

/** The keys that find a record: what the lookup looks up by code, by name and by HTTP status, folded alike. */
export function itemKeys(item: CompactItem): string[] {
  const keys = spellingsOf({ code: item.c, name: item.n, aliases: item.al }).map(foldName);
  // A named error is also found by its HTTP status ("429" → QUOTA_EXCEEDED).
  if (item.h !== undefined && /[A-Za-z]/.test(item.c)) keys.push(String(item.h));
  return [...new Set(keys.filter((k) => k.length > 0))];
}

/**
 * A CJK wording's key: `length` characters from its first CJK character (`不合` of `appkey不合法`; fewer when the
 * wording ends sooner). Wherever a text holds the wording, it holds that key at a CJK character. Keyed from its start
 * instead (`ap`), the Latin letters of a paste around Chinese (`APP_REQUEST_PUSH_LIMIT = valueOf(…, "超过该应用…")`)
 * read eight wording shards for nothing. Two characters, longer only where two leave too many records under one key
 * (cjkKeyLengths): three for every key made the manifest longer for every text (tests/bench/README.md, "Scale,
 * twelfth pass").
 */
function cjkWordingKey(folded: string, length = 2): string {
  for (let i = 0; i < folded.length; i++) if (hasCjk(folded[i]!)) return folded.slice(i, i + length);
  return folded.slice(0, length);
}

const utf8 = new TextEncoder();

/** The longest CJK wording key (cjkKeyLengths): a text is scanned for keys of one to this many characters. */
export const CJK_KEY_MAX = 8;

/** The texts the lookup may find inside a text (messages, the CJK parts of a meaning), as written. */
export function wordingTexts(item: CompactItem): string[] {
  return [...(item.m ?? []), ...item.d.split(' / ').filter(hasCjk)];
}

/**
 * The keys of the texts the lookup may find inside a text (wordingTexts),
 * folded as it folds them: the first two words of a wording (an English one
 * is found only as whole words, so a text holds them in a row), or, when it
 * holds CJK (found anywhere), its first characters from the first CJK one
 * (cjkWordingKey; two, or as many as `cjkLength` gives the folded text).
 * Two words, not one: a text's common word (`invalid`, `token`) then reads
 * only the messages that go on as the text does. Looser than the lookup's own
 * rule on what is findable, so a change there loses nothing.
 */
export function wordingKeys(item: CompactItem, cjkLength: (folded: string) => number = () => 2): string[] {
  const keys = wordingTexts(item)
    .map(foldWording)
    .filter(Boolean)
    .map((folded) => (hasCjk(folded) ? cjkWordingKey(folded, cjkLength(folded)) : folded.split(' ').slice(0, 2).join(' ')));
  return [...new Set(keys)];
}

/**
 * Longer keys for the CJK wordings under a key whose records weigh more than `limit` (as `size` measures them): a
 * character more at a time, up to CJK_KEY_MAX, while such keys are left. Chinese texts of one product share their
 * first words (`应用` "app" starts 18 of the 213 real ones): keyed by two characters, one key held every record
 * that starts so, a shard over its budget that every text with those two characters read.
 */
function cjkKeyLengths(records: ShardItem[], limit: number, size: (json: string) => number): (folded: string) => number {
  const lengths = new Map<string, number>();
  const lengthOf = (folded: string) => lengths.get(folded) ?? 2;
  for (let round = 2; round < CJK_KEY_MAX; round++) {
    let grown = false;
    for (const [key, held] of byKeys(records, (r) => wordingKeys(r, lengthOf))) {
      if (!hasCjk(key) || key.length !== round || held.length < 2) continue;
      // Gzip adds about 20 bytes to what it cannot shrink: a group this short is within the limit unmeasured.
      const json = JSON.stringify(held);
      if (utf8.encode(json).length + 32 <= limit || size(json) <= limit) continue;
      for (const r of held) {
        for (const folded of wordingTexts(r).map(foldWording).filter(hasCjk)) {
          if (cjkWordingKey(folded, lengthOf(folded)) !== key || cjkWordingKey(folded, round + 1).length === key.length) continue;
          lengths.set(folded, round + 1);
          grown = true;
        }
      }
    }
    if (!grown) break;
  }
  return lengthOf;
}

/** Records by each of their keys. */
function byKeys(records: ShardItem[], keysOf: (r: ShardItem) => string[]): Map<string, ShardItem[]> {
  const byKey = new Map<string, ShardItem[]>();
  for (const r of records) {
    for (const k of keysOf(r)) {
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
  }
  return byKey;
}

/**
 * Cuts the records into shards of at most `budget` (as `size` measures a
 * shard's JSON; the build passes its gzipped length). A single key holding
 * more than the budget keeps one shard of its own, over the budget: its
 * records cannot be told apart by key.
 */
export function shardIndex(vendors: LookupVendor[], items: readonly CompactItem[], budget: number, size: (json: string) => number): ShardedIndex {
  const records = items.map((item, i): ShardItem => ({ ...item, i }));
  // A code's key holds its records; a name's, its name and places (NameShard). A range holds keys of one share only.
  const keyed = new Map<string, (ShardItem | NameEntry)[]>(
    [...byKeys(records, itemKeys)].map(([key, held]) => [key, isCodeKey(key) ? held : [[key, ...held.map((r) => r.i)]]]),
  );
  const byKey = cutRanges(keyed, (first) => (isCodeKey(first) ? budget : budget * NAME_KEY_SHARE), size);
  const keyShards = byKey.shards.map((shard): KeyShard => (shard.some(Array.isArray) ? { names: shard as NameEntry[] } : (shard as ShardItem[])));
  // A CJK key's records are keyed longer only past the whole budget: one key within it keeps a shard of its own,
  // and each longer key is one more in the manifest every lookup fetches.
  const cjkLength = cjkKeyLengths(records, budget, size);
  const wordings = byKeys(records, (r) => wordingKeys(r, cjkLength));
  const wordingLimit = budget * WORDING_SHARE;
  // Wordings without CJK characters, then those with (listed apart, for texts with CJK characters only).
  const cut = (cjk: boolean) => {
    const held = new Map([...wordings].filter(([key]) => hasCjk(key) === cjk));
    return held.size ? cutRanges(held, wordingLimit, size) : { first: [], shards: [], keys: [] };
  };
  const [latin, cjk] = [cut(false), cut(true)];
  // First keys whole (not cut short as the key shards' are): each is a key, and a file writes it as its place among them.
  const ranges = (from: number, { first, keys }: ReturnType<typeof cut>): WordedRanges => ({ from, first, keys });
  const cjkFrom = byKey.shards.length + latin.shards.length;
  const longest = byKey.keys.reduce((n, k) => Math.max(n, k.length), 0);
  return {
    manifest: {
      vendors,
      first: shortest(byKey.first, byKey.keys),
      longest,
      ...nameStarts(byKey.keys, size),
      worded: ranges(byKey.shards.length, latin),
      ...(cjk.keys.length ? { cjk: true as const } : {}),
    },
    cjkWorded: cjk.keys.length ? ranges(cjkFrom, cjk) : null,
    shards: [...keyShards, ...latin.shards, ...cjk.shards],
  };
}

/**
 * A key of digits only (a code, an HTTP status; `-1` too): codes keep the whole shard budget. A key that starts with
 * a digit but holds letters (`10k`) is a name: in nameStarts, at the names' share.
 */
const isCodeKey = (key: string) => /^-?\d+$/.test(key);

/** Gzipped bytes the manifest's nameStarts may take: every lookup fetches the manifest first. */
export const NAME_STARTS_BYTES = 256;

/**
 * The starts of the keys that are not codes, as long as the list stays within NAME_STARTS_BYTES (at least three
 * characters; none when even those weigh more). Every place a word starts in a text is looked up as a key (a name of
 * several words, `device token invalid`): a sentence of twenty words read a key shard for nearly each, about 10 KB
 * at 20,000 codes, though prose words rarely start a name. Longer starts tell more spans apart; the list grows with
 * them. At 20,000 codes (about 5,200 such keys): 104 starts of four characters weigh 332 bytes, of six 548.
 */
function nameStarts(keys: string[], size: (json: string) => number): Pick<ShardManifest, 'nameStarts'> {
  const names = keys.filter((k) => !isCodeKey(k));
  let best: Pick<ShardManifest, 'nameStarts'> = {};
  for (let chars = 3; chars <= 12; chars++) {
    const starts = [...new Set(names.map((k) => k.slice(0, chars)))].sort(compareKeys);
    if (size(JSON.stringify(frontCode(starts))) > NAME_STARTS_BYTES) break;
    best = { nameStarts: { chars, starts } };
  }
  return best;
}

/**
 * Sorted keys cut into ranges of records within the budget: the first key of each range, and its records.
 * Also cuts the word index (lookup-words.ts), whose records are postings.
 */
export function cutRanges<T>(byKey: Map<string, T[]>, budget: number | ((first: string) => number), size: (json: string) => number): { first: string[]; shards: T[][]; keys: string[] } {
  const keys = [...byKey.keys()].sort(compareKeys);
  const share = (key: string) => (typeof budget === 'number' ? budget : budget(key));
  const first: string[] = [];
  const shards: T[][] = [];
  // Gzip is the cost here (tens of thousands of candidate shards at 20,000 entries), so a range is measured as
  // little as it can be: keys are added unmeasured while raw bytes over the least ratio measured so far (raw to
  // gzipped; 1 before any) stay under three quarters of the budget; then a run of keys that the range's own ratio
  // says will about fill it is measured at once, and when it does not fit, the longest start of it that does is
  // found by halving (a few measurements, not one a key).
  let ratio = 1;
  let at = 0;
  while (at < keys.length) {
    // A range holds every record of its first key (also those the range before held), and keys of its share only.
    const opener = keys[at++]!;
    const limit = share(opener);
    const current: T[] = [...byKey.get(opener)!];
    const held = new Set(current);
    let raw = JSON.stringify(current).length;
    let measured: number | undefined;
    first.push(opener);
    /** The records each next key adds (those the range does not hold yet), from `at` on, while of the range's share. */
    const run: { adding: T[]; raw: number }[] = [];
    const next = (seen: Set<T>) => {
      const key = keys[at + run.length];
      if (key === undefined || share(key) !== limit) return undefined;
      const adding = byKey.get(key)!.filter((r) => !seen.has(r));
      return { adding, raw: JSON.stringify(adding).length };
    };
    const commit = (count: number) => {
      for (const { adding } of run.slice(0, count)) for (const r of adding) (current.push(r), held.add(r));
      raw += run.slice(0, count).reduce((sum, k) => sum + k.raw, 0);
      at += count;
      run.length = 0;
    };
    const sizeWith = (count: number) => size(JSON.stringify([...current, ...run.slice(0, count).flatMap((k) => k.adding)]));
    for (;;) {
      const one = next(held);
      if (!one) break;
      if ((raw + one.raw) / ratio <= limit * 0.75) {
        run.push(one);
        commit(1);
        continue;
      }
      // A run of keys the range's own ratio (or, unmeasured, the least) says will about fill it.
      const own = measured ? raw / measured : ratio;
      const seen = new Set(held);
      let runRaw = 0;
      for (let key: typeof one | undefined = one; key; key = next(seen)) {
        if (run.length && (raw + runRaw + key.raw) / own > limit) break;
        run.push(key);
        runRaw += key.raw;
        for (const r of key.adding) seen.add(r);
      }
      const whole = sizeWith(run.length);
      ratio = ratio === 1 ? Math.max(1, (raw + runRaw) / whole) : Math.min(ratio, Math.max(1, (raw + runRaw) / whole));
      if (whole <= limit) {
        measured = whole;
        commit(run.length);
        continue;
      }
      // The longest start of the run that fits (none may), then the range closes.
      let [fits, fails] = [0, run.length];
      while (fails - fits > 1) {
        const mid = (fits + fails) >> 1;
        if (sizeWith(mid) <= limit) fits = mid;
        else fails = mid;
      }
      commit(fits);
      break;
    }
    shards.push(current);
  }
  if (!first.length) first.push('');
  return { first, shards: shards.length ? shards : [[]], keys };
}

/**
 * Each range's first key cut to the shortest start that still sorts after every key of the range before
 * (`l:17:errornotinservice` → `l:17:e`, `7005336` → `70053`): shardOf() then finds every key where it was, and
 * the manifests, which every lookup fetches first, are shorter. `keys` are all the keys, sorted.
 */
export function shortest(first: string[], keys: string[]): string[] {
  let at = 0;
  return first.map((key, n) => {
    if (!n) return key;
    while (keys[at] !== key) at++;
    const before = keys[at - 1]!;
    let cut = 1;
    while (key.slice(0, cut) <= before) cut++;
    return key.slice(0, cut);
  });
}

/**
 * Sorted keys as written to a manifest file: each as how many characters it shares with the key before (one
 * base-36 digit, at most 35) and the rest (`7005336`, `7005398` → `07005336`, `5398`). Every lookup fetches a
 * manifest first: this takes about a quarter off it (at 20,000 codes, 1.8 → 1.4 KB gz for the keys' first keys).
 */
export function frontCode(keys: string[]): string[] {
  return keys.map((key, n) => {
    const before = keys[n - 1] ?? '';
    let shared = 0;
    while (shared < 35 && shared < key.length && key[shared] === before[shared]) shared++;
    return shared.toString(36) + key.slice(shared);
  });
}

/** The keys frontCode() wrote. */
export function frontDecode(coded: string[]): string[] {
  const keys: string[] = [];
  for (const entry of coded) keys.push((keys.at(-1) ?? '').slice(0, parseInt(entry[0]!, 36)) + entry.slice(1));
  return keys;
}

/** api/lookup/manifest.json: the manifest with its key lists front-coded and its wording ranges as wordedFile() writes them. */
export type ShardManifestFile = Omit<ShardManifest, 'worded'> & { worded: WordedFile };

/** The manifest as api/lookup/manifest.json holds it; readManifest() reads it back. */
export function manifestFile(manifest: ShardManifest): ShardManifestFile {
  const { first, worded, nameStarts } = manifest;
  return { ...manifest, first: frontCode(first), ...(nameStarts ? { nameStarts: { ...nameStarts, starts: frontCode(nameStarts.starts) } } : {}), worded: wordedFile(worded) };
}

/** api/lookup/manifest.json as the lookup reads it. */
export function readManifest(file: ShardManifestFile): ShardManifest {
  const { first, worded, nameStarts } = file;
  return { ...file, first: frontDecode(first), ...(nameStarts ? { nameStarts: { ...nameStarts, starts: frontDecode(nameStarts.starts) } } : {}), worded: readWorded(worded) };
}

/** Wording ranges as a file holds them (WordedFile). */
export function wordedFile(worded: WordedRanges): WordedFile {
  const at = new Map(worded.keys.map((k, n) => [k, n]));
  const starts = worded.first.map((k) => {
    const n = at.get(k);
    if (n === undefined) throw new Error(`lookup shards: the wording shard's first key "${k}" is not one of its keys`);
    return n;
  });
  return { from: worded.from, keys: frontCode(worded.keys), starts: encodePlaces(starts) };
}

/** Wording ranges as wordedFile() wrote them. */
export function readWorded(file: WordedFile): WordedRanges {
  const keys = frontDecode(file.keys);
  return { from: file.from, first: decodePlaces(file.starts).map((n) => keys[n]!), keys };
}

/** Ascending places as gaps from the previous place, comma-separated (decodePlaces reads them). */
export function encodePlaces(places: number[]): string {
  return places.map((p, k) => (k ? p - places[k - 1]! : p)).join(',');
}

export function decodePlaces(gaps: string): number[] {
  let at = 0;
  return gaps ? gaps.split(',').map((g) => (at += Number(g))) : [];
}

/** Keys compare by UTF-16 code unit, the same in the build and in every browser. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The shard whose range holds `key` (the last whose first key is not after it). */
export function shardOf(manifest: Pick<ShardManifest, 'first'>, key: string): number {
  return lastNotAfter(manifest.first.length, (n) => compareKeys(manifest.first[n]!, key) <= 0);
}

/**
 * Of `count` sorted items, the last whose start is not after what is sought (`notAfter(n)`: true up to some n, false
 * past it); 0 when none is. Finds a key's shard, a place's record shard and a place's run of vendors.
 */
export function lastNotAfter(count: number, notAfter: (n: number) => boolean): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (notAfter(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The record shards that hold these places. */
export function recordShards(rec: RecordRanges, places: number[]): number[] {
  const first = decodePlaces(rec.first);
  return [...new Set(places.map((p) => rec.from + lastNotAfter(first.length, (n) => first[n]! <= p)))].sort((a, b) => a - b);
}

/**
 * The records at these places, from the record shards that hold them (`shard(n)` fetches shard n): those alone, in
 * no particular order. A name's places (NameShard), the word index's answers and a page of browsing read them.
 */
export async function recordsAt(rec: RecordRanges, places: Iterable<number>, shard: (n: number) => Promise<unknown>): Promise<ShardItem[]> {
  const wanted = new Set(places);
  if (!wanted.size) return [];
  const shards = await Promise.all(recordShards(rec, [...wanted]).map((n) => shard(n) as Promise<ShardItem[]>));
  return shards.flat().filter((r) => wanted.has(r.i));
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
/** A token of the text may start or end between a letter and a digit, and before a capital after a small letter (camelCase). */
function boundary(text: string, at: number): boolean {
  const a = text[at - 1];
  const b = text[at];
  if (!isWord(a) || !isWord(b)) return true;
  return /\d/.test(a!) !== /\d/.test(b!) || (/\p{Ll}/u.test(a!) && /\p{Lu}/u.test(b!));
}

/** What a text reads of the key and wording shards: their numbers, and the names it may be (a name shard's keys to take). */
export interface TextShards {
  shards: number[];
  /** Every span of the text that may be a name, folded as keys are: a name shard's entries under these keys are read. */
  names: Set<string>;
}

/**
 * The shards a text needs: for every place a word may start, every span up to
 * a place a word may end, folded as keys are. Looser than the lookup's own
 * reading of names (so a change there does not lose an answer): a span that
 * names nothing only costs a look in the manifest, and one that starts no name
 * the manifest lists (nameStarts) not even its shard. Numbers are the lookup's
 * own (readableNumbers): a date, an id or a count in a log line is never a
 * code to it, and each would read a shard of codes. `cjkWorded`: the CJK
 * wordings' ranges, for a text with a CJK character (none, and those are not read).
 */
export function shardsForText(manifest: Pick<ShardManifest, 'first' | 'longest' | 'worded' | 'nameStarts' | 'vendors'>, text: string, cjkWorded: WordedRanges | null = null): TextShards {
  const read = text.slice(0, MAX_SCAN_CHARS);
  const needed = new Set<number>([...wordingShards(manifest.worded, read), ...(cjkWorded ? wordingShards(cjkWorded, read) : [])]);
  const names = new Set<string>();
  const sorted = () => [...needed].sort((a, b) => a - b);
  // One key shard holds every key (partFor reads all of it).
  if (manifest.first.length === 1) return { shards: [0, ...sorted().filter((n) => n !== 0)], names };
  const { tokens } = tokenize(read);
  const mentions = findVendors(tablesOf({ vendors: manifest.vendors, codes: [] }), tokens);
  for (const number of readableNumbers(read, tokens, isTyped(read.trim(), tokens), mentions)) needed.add(shardOf(manifest, number));
  const starts = manifest.nameStarts && { chars: manifest.nameStarts.chars, set: new Set(manifest.nameStarts.starts) };
  /** Whether the key may be a name: not a number (those are read above), and one whose start the manifest lists. */
  const mayBeKey = (key: string) => !isCodeKey(key) && (!starts || starts.set.has(key.slice(0, starts.chars)));
  for (let start = 0; start < read.length; start++) {
    if (!isWord(read[start]) || !boundary(read, start)) continue;
    // The key grows a character at a time, folded as foldName() folds: lower case, no spaces, underscores or hyphens.
    let key = '';
    for (let end = start + 1; end <= read.length; end++) {
      const ch = read[end - 1]!;
      if (!/[\s_-]/.test(ch)) key += ch.toLowerCase();
      if (key.length > manifest.longest) break;
      if (end < read.length && isWord(read[end]) && !boundary(read, end)) continue;
      if (key && mayBeKey(key)) {
        needed.add(shardOf(manifest, key));
        names.add(key);
      }
    }
  }
  return { shards: sorted(), names };
}

/**
 * The places a name shard gives for these keys (`wanted`: a key, or a test of one, as a typed prefix reads every key
 * it starts).
 */
export function namePlaces(shard: NameShard, wanted: Set<string> | ((key: string) => boolean)): number[] {
  const takes = typeof wanted === 'function' ? wanted : (key: string) => wanted.has(key);
  return shard.names.flatMap(([key, ...places]) => (takes(key) ? places : []));
}

/**
 * The wording shards a text needs: those of its folded words and pairs of words
 * in a row, and of every one to CJK_KEY_MAX characters that start with a CJK one
 * (a CJK wording may sit anywhere, and its key starts at its first CJK character),
 * as far as the manifest has the key.
 */
function wordingShards(worded: WordedRanges, read: string): number[] {
  if (!worded.first.length) return [];
  const folded = foldWording(read);
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  const keys = new Set([...words, ...words.slice(1).map((w, n) => `${words[n]} ${w}`)]);
  for (let i = 0; i < folded.length; i++) if (hasCjk(folded[i]!)) for (let n = 1; n <= CJK_KEY_MAX && i + n <= folded.length; n++) keys.add(folded.slice(i, i + n));
  const known = new Set(worded.keys);
  return [...new Set([...keys].filter((k) => known.has(k)).map((k) => worded.from + shardOf(worded, k)))];
}
