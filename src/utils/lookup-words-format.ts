/**
 * The word index's formats, shared by the build (lookup-words.ts) and the
 * browser's reader (lookup-words-read.ts), so the browser does not bundle the
 * build's code: postings, entries, the manifest and the keys of names.
 */
import { decodePlaces, encodePlaces, frontCode, frontDecode, readWorded, wordedFile, type WordedFile, type WordedRanges } from './lookup-shards.ts';

/** Places grouped by a ranking key: [key, places as gaps from the previous place, comma-separated]. */
export type Groups = [number, string][];

/**
 * One key of the word index. `w`: by the entry's word count; `p`: by its shortest text holding the key (on a word's
 * own key, wordRank: with the fewest distinct words of its English texts holding the word); `n`: places
 * (of the name in a name key); `m`: long names that have the key's word, each with its places (namesByWord); `x`: on
 * a word's own key, 1 when long names have the word (namesByWordKey keys under it).
 */
export interface LexEntry {
  k: string;
  w?: Groups;
  p?: Groups;
  n?: string;
  m?: [string, string][];
  x?: 1;
}

/**
 * A word's `p` ranking key: the length of the entry's shortest text holding the word (phraseText, as phrase matches
 * rank), times WORD_RANK_SCALE, plus the fewest distinct words of its English texts holding the word (wordSimilar's
 * sets), capped: a sentence reads which entries cannot be worded like it from the postings alone
 * (lookup-words-rank.ts, similarCandidates). An entry with no English text holding the word gets the cap.
 */
export function wordRank(length: number, fewestWords: number): number {
  return length * WORD_RANK_SCALE + Math.min(WORD_RANK_SCALE - 1, fewestWords);
}
/** 64: a text of 63 distinct words or more counts as 63, still a lower bound; a key's postings grew by 4 % at 20,000 codes. */
export const WORD_RANK_SCALE = 64;
export const textLengthOf = (rank: number) => Math.floor(rank / WORD_RANK_SCALE);
export const fewestWordsOf = (rank: number) => rank % WORD_RANK_SCALE;

/**
 * Two neighbouring CJK characters of the entries' CJK texts (cjkPairs). Its `p` postings rank by pairRank: the
 * fewest pairs of the entry's CJK texts holding the pair, then the length of the shortest, so a CJK text reads
 * which entries hold it, or may be worded like it, from the postings alone (lookup-words-read.ts).
 */
export const cjkPairKey = (pair: string) => `c:${pair}`;

/**
 * A CJK pair's `p` ranking key: the fewest distinct pairs of the entry's CJK texts holding the pair (cjkSimilar's
 * sets) first, then the length of its shortest CJK text holding it, below `lengths` (PairManifest `lengths`: one
 * more than the longest CJK text's). Fewest first, so a common pair's postings, cut in that order (pairPartKey),
 * give the entries whose texts have few pairs apart: a Chinese sentence reads only those (lookup-words-rank.ts,
 * alikeComplete). The scale is the catalogue's own, so a rank has as few digits as a length-first one had.
 */
export const pairRank = (fewestPairs: number, length: number, lengths: number) => fewestPairs * lengths + length;
export const pairLengthOf = (rank: number, lengths: number) => rank % lengths;
export const pairFewestOf = (rank: number, lengths: number) => Math.floor(rank / lengths);

/**
 * The key of a part after the first of a pair's postings, whose first entry's texts have `fewest` pairs (`c:推送`,
 * then `c:推送\u000107`, …): parts sort in the order of their entries (fewest pairs first), right after the pair's
 * own key (the first part), so the parts that may hold entries with texts of at most so many pairs are a range
 * (pairPartsUpTo). Two digits of base 36; a part whose first entry's count is the part's before it (`again`: its
 * parts with that count before it) adds how many. Short, since the CJK manifest lists the first key of each shard.
 */
export const pairPartKey = (pair: string, fewest: number, again = 0) => `${cjkPairKey(pair)}\u0001${base36(fewest)}${again ? `\u0001${base36(again)}` : ''}`;

/** The range of a pair's keys whose postings hold every entry with a text of at most `fewest` pairs holding it; all of them at Infinity. */
export function pairPartsUpTo(pair: string, fewest: number): [string, string] {
  const key = cjkPairKey(pair);
  return [key, fewest === Infinity ? `${key}\u0001\uffff` : `${key}\u0001${base36(Math.max(0, fewest))}\uffff`];
}
/** Two base-36 digits, which sort as the numbers do: up to 1,295 (a text of more pairs counts as that many, still in order). */
const base36 = (n: number) => Math.min(n, 36 * 36 - 1).toString(36).padStart(2, '0');

/**
 * Share of the shard budget a range of CJK pairs takes: a CJK text reads a pair's shard for each of its pairs, a
 * Chinese sentence a dozen or more. A common pair's postings are cut into parts, the first of this share and the
 * rest larger (lookup-words.ts, pairParts): the pair index lists the shards of one pair over it as heavy (PairManifest).
 */
export const PAIR_KEY_SHARE = 1 / 4;

/**
 * Two words in a row, under the first word (`x:` keys sort apart from the words themselves, which a typed prefix
 * reads as a range): a word's pairs and its names (namesByWordKey) sit together, so a phrase of typed words reads
 * its pairs and "Did you mean" names from one or two shards per word.
 */
export const pairKey = (first: string, second: string) => `x:${first} ${second}`;

/**
 * Long names with this word at this place of the folded name, of this length, right before the word's pairs:
 * "Did you mean" for typed words (near.ts, sharedWordRule) reads, under each word, the names that have it within
 * two places of where it was typed and are within two letters of the text's length.
 */
export const namesByWordKey = (word: string, at: number, length: number) => `x:${word}\u0002${pad(at)}${pad(length)}`;

/** The word and its place in a namesByWordKey (also in a part of one, lookup-words.ts), or undefined. */
export function namesByWordOf(key: string): [string, number] | undefined {
  const cut = key.indexOf('\u0002');
  return key.startsWith('x:') && cut > 0 ? [key.slice(2, cut), Number(key.slice(cut + 1, cut + 3))] : undefined;
}

/** The range of a word's keys that are other words it starts (`w:token` → `w:tokens`): a letter or digit follows. */
export const longerWords = (word: string): [string, string] => [`w:${word}0`, `w:${word}\uffff`];

/**
 * An entry with CJK texts, as the CJK shards hold it: its place (a gap from the shard's previous entry, the first
 * from 0) and its CJK texts folded as the lookup compares them (tables' cjkTexts). The reader ranks these and
 * fetches the records of the top only: the texts are a third of the records' size.
 */
export type CjkEntry = [number, ...string[]];

/** Where the word index, the records and the CJK records are, for the loader (api/lookup/words.json). */
export interface WordManifest {
  /**
   * Shards holding every entry with a CJK text (CjkEntry). Of those texts (folded): `longest`, the length of the
   * longest; `run`, the longest run of characters in one that are not CJK (longestNonCjkRun). A text folded longer,
   * or with a longer run, is in none. (Either absent, in a manifest written before it: read them.)
   */
  cjk: { from: number; count: number; longest?: number; run?: number };
  /**
   * The word index: first key of each shard; (as places: gaps, comma-separated) the shards of one key over the
   * words' share of the budget (WORD_KEY_SHARE): a common word's postings, or parts of them. A text reads those last,
   * and only when its other words leave too many entries (lookup-words-read.ts, planWords). `named`: those of them
   * whose word long names have (LexEntry `x`), so a text knows it without reading them.
   */
  lex: { from: number; first: string[]; heavy: string; named: string };
  /** Shards of the CJK pair index (PairManifest, in api/lookup/cjk.json): none when no entry has a CJK text. */
  pairs?: number;
  /** Runs of the catalogue by vendor: [first place, vendor slug], so a place's vendor is known without its record. */
  runs: [number, string][];
  /**
   * [place, distinct words] of every entry with an English text of LONG_TEXT_WORDS distinct words or more (the most of
   * its texts): the only entries a sentence of more than SENTENCE_WORDS words may read like (lookup-words-read.ts).
   */
  long: [number, number][];
}

/**
 * A long name is kept under its length (`l:17:synthetictoken12`): the "Did you mean" of a text of one word reads
 * the names within the edits allowed of its length. (Two words or more read names under each word:
 * namesByWordKey.)
 */
export const nameKey = (name: string) => `${lengthRange(name.length)}${name}`;
export const lengthRange = (length: number) => `l:${pad(length)}:`;
/** The name in a name key, or undefined. */
export const nameOf = (key: string) => (key.startsWith('l:') ? key.slice(5) : undefined);
const pad = (n: number) => String(n).padStart(2, '0');


export function encodeGroups(byRank: Map<number, number[]>): Groups {
  return [...byRank].sort((a, b) => a[0] - b[0]).map(([rank, places]) => [rank, encodePlaces(places)]);
}

export { decodePlaces, encodePlaces } from './lookup-shards.ts';

/** place → ranking key of a group list. */
export function decodeGroups(groups: Groups | undefined): Map<number, number> {
  const out = new Map<number, number>();
  for (const [rank, gaps] of groups ?? []) for (const p of decodePlaces(gaps)) out.set(p, rank);
  return out;
}

/**
 * The CJK pair index (`c:` keys, cjkPairKey): its shards from `from`, the first key of each. In api/lookup/cjk.json
 * (CjkManifest); in the word index's manifest, every text with no exact answer would pay for it.
 */
export interface PairManifest {
  from: number;
  first: string[];
  /** One more than the length of the longest CJK text: postings rank by pairRank on this scale. */
  lengths: number;
  /**
   * (As places: gaps, comma-separated) the shards of one pair's postings over the pairs' share of the budget
   * (PAIR_KEY_SHARE): a common pair, or parts of one after the first (pairPartKey). A text reads those only when its
   * other pairs leave too many entries, a Chinese sentence the parts it needs (lookup-words-read.ts).
   */
  heavy: string;
}

/**
 * api/lookup/cjk.json: what only a text with a CJK character needs, fetched only for one (lookup-part.ts). The
 * ranges of the wording shards whose wordings hold CJK characters (lookup-shards.ts, shardIndex), and the CJK pair
 * index's manifest. Null while no entry has a CJK text.
 */
export interface CjkManifest {
  worded: WordedRanges;
  pairs: PairManifest;
}

/** api/lookup/cjk.json as written: the wording ranges as wordedFile() writes them, the pairs' first keys front-coded. */
export interface CjkFile {
  worded: WordedFile;
  pairs: PairManifest;
}

export function cjkFile(cjk: CjkManifest): CjkFile {
  return { worded: wordedFile(cjk.worded), pairs: { ...cjk.pairs, first: frontCode(cjk.pairs.first) } };
}

/** api/lookup/cjk.json as the lookup reads it. */
export function readCjk(file: CjkFile | null): CjkManifest | null {
  return file && { worded: readWorded(file.worded), pairs: { ...file.pairs, first: frontDecode(file.pairs.first) } };
}

/** The word index's manifest as api/lookup/words.json holds it (its first keys front-coded, lookup-shards.ts). */
export function wordsFile(words: WordManifest): WordManifest {
  return { ...words, lex: { ...words.lex, first: frontCode(words.lex.first) } };
}

/** api/lookup/words.json as the lookup reads it (null while the index is served whole). */
export function readWords(file: WordManifest | null): WordManifest | null {
  return file && { ...file, lex: { ...file.lex, first: frontDecode(file.lex.first) } };
}
