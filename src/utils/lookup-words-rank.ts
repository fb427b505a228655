/**
 * How the word index's postings rank what a text with no exact answer may be
 * shown, as the lookup ranks it (suggest.ts): the entries holding a phrase's
 * pairs, those holding every word, and those that may read like a sentence.
 * The reader (lookup-words-read.ts) keeps the top of each, or all that may be.
 */
import { LIMITS } from './lookup/index.ts';
import { cjkPairKey, decodeGroups, fewestWordsOf, textLengthOf, type LexEntry } from './lookup-words-format.ts';

/** A sentence whose words leave more entries than this that might read like it reads the whole index. */
export const SIMILAR_CANDIDATES = 40;
/**
 * A phrase of three words or more whose words are all in the texts of more entries than this reads its pairs; if
 * its pairs are all in more entries than this too, it reads the whole index.
 */
export const PHRASE_CANDIDATES = 40;

/**
 * The entries that may have a text worded like a sentence (wordSimilar: at least LIMITS.wordOverlap of the distinct
 * words of both shared, Dice). A text that shares s of the sentence's a words and has t distinct words scores
 * 2s / (a + t). The postings of each word's texts (`p`) count, for every entry, the sentence's words in any of its
 * texts (c, at least what its best text shares), and give the fewest distinct words of its English texts that hold
 * each word (wordRank): a text sharing any of them has at least the fewest (f). So no text of the entry scores
 * more than 2c / (a + max(c, f)): the entries under the overlap are not worded like it. `whole` when too many are left.
 *
 * `unread`: words of it whose postings are not counted (common words left unread, lookup-words-read.ts): an entry
 * may hold each of those, so it may share that many more, and the entries left are a superset.
 */
export function similarCandidates(byKey: Map<string, LexEntry[]>, asked: string[], unread: string[] = []): number[] | 'whole' {
  return alikeBound(byKey, asked, (w) => `w:${w}`, (w) => unread.includes(w), LIMITS.wordOverlap, SIMILAR_CANDIDATES);
}

/**
 * The bound similarCandidates and cjkAlike share: of the distinct words or pairs `asked` (their postings under `key`),
 * the entries that may share at least `overlap` of them, Dice, every `unread` one counted as shared. `whole` when
 * more than `most` are left, or when a text sharing only unread ones could pass (the postings read bound nothing).
 */
function alikeBound(byKey: Map<string, LexEntry[]>, asked: string[], key: (asked: string) => string, unread: (asked: string) => boolean, overlap: number, most: number): number[] | 'whole' {
  const a = asked.length;
  const u = asked.filter(unread).length;
  if (similarNeed(a, overlap) - u < 1) return 'whole';
  const left = [...textCounts(byKey, asked.filter((k) => !unread(k)).map(key))]
    .filter(([, [read, fewest]]) => {
      const c = read + u;
      return (2 * c) / (a + Math.max(c, fewest)) >= overlap;
    })
    .map(([p]) => p);
  return left.length > most ? 'whole' : left;
}

/** How many of a sentence's `distinct` words (or CJK pairs, at LIMITS.cjkOverlap) a text must share to read like it (see similarCandidates). */
export function similarNeed(distinct: number, overlap: number = LIMITS.wordOverlap): number {
  return Math.ceil((overlap * distinct) / (2 - overlap) - 1e-9);
}

/**
 * Entries whose CJK texts hold every one of these CJK pairs (their `c:` postings): a superset of those with a CJK
 * text holding a text with these pairs (cjkMatches). Each with the longest of the pairs' ranks' lengths: a lower
 * bound on the length of its text holding them all, and for one pair that length.
 */
export function cjkHolding(byKey: Map<string, LexEntry[]>, pairs: string[]): Map<number, number> {
  let held: Map<number, number> | undefined;
  for (const pair of new Set(pairs)) {
    const here = postings(byKey, cjkPairKey(pair), 'p');
    held = new Map([...(held ?? here)].filter(([p]) => here.has(p)).map(([p, rank]) => [p, Math.max(held ? rank : 0, textLengthOf(here.get(p)!))]));
  }
  return held ?? new Map();
}

/**
 * The entries that may have a CJK text worded like a CJK sentence with these distinct pairs (cjkSimilar: at least
 * LIMITS.cjkOverlap of both texts' pairs shared, Dice), as similarCandidates bounds English ones: an entry's CJK
 * texts hold c of the pairs, and one holding any has at least f pairs (the `c:` postings' wordRank), so none scores
 * more than 2c / (a + max(c, f)). Of `unread` pairs (common ones whose postings were not read) an entry may hold
 * all: c counts them. `whole` when more than `most` are left, or when a text sharing only unread pairs could read
 * like it.
 */
export function cjkAlike(byKey: Map<string, LexEntry[]>, pairs: string[], most = SIMILAR_CANDIDATES, unread: ReadonlySet<string> = new Set()): number[] | 'whole' {
  return alikeBound(byKey, pairs, cjkPairKey, (p) => unread.has(p), LIMITS.cjkOverlap, most);
}

/** Places of the entries whose texts (their `p` postings) hold every one of these words, in catalogue order. */
export function textsHolding(byKey: Map<string, LexEntry[]>, words: string[]): number[] {
  const distinct = [...new Set(words)];
  return [...textCounts(byKey, distinct.map((w) => `w:${w}`))].filter(([, [n]]) => n === distinct.length).map(([p]) => p).sort((a, b) => a - b);
}

/**
 * For every entry whose texts hold any of these distinct keys' words (their `p` postings: `w:` words, `c:` CJK pairs):
 * how many of them, and the fewest distinct words (or pairs) of a text of the entry that holds one of them (wordRank).
 */
function textCounts(byKey: Map<string, LexEntry[]>, keys: string[]): Map<number, [number, number]> {
  const counts = new Map<number, [number, number]>();
  for (const key of keys) {
    for (const [p, rank] of postings(byKey, key, 'p')) {
      const [n, fewest] = counts.get(p) ?? [0, Infinity];
      counts.set(p, [n + 1, Math.min(fewest, fewestWordsOf(rank))]);
    }
  }
  return counts;
}

/** Places by the shortest text holding the phrase, shortest first (catalogue order among equals), as phraseMatches ranks. */
export function phraseRanks(byKey: Map<string, LexEntry[]>, phraseWords: string[], pairs: string[]): [number, number][] | 'whole' {
  let ranks: Map<number, number>;
  if (phraseWords.length === 1) ranks = new Map([...postings(byKey, `w:${phraseWords[0]}`, 'p')].map(([p, rank]) => [p, textLengthOf(rank)]));
  else {
    // Each pair holds the phrase's text at least as long as its own: the longest is a lower bound, and for two words exact.
    ranks = postings(byKey, pairs[0]!, 'p');
    for (const pair of pairs.slice(1)) {
      const next = postings(byKey, pair, 'p');
      ranks = new Map([...ranks].filter(([p]) => next.has(p)).map(([p, r]) => [p, Math.max(r, next.get(p)!)]));
    }
    // Holding every pair is not holding the phrase: beyond two words all candidates are kept, so they must be few.
    if (pairs.length > 1 && ranks.size > PHRASE_CANDIDATES) return 'whole';
  }
  return [...ranks].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/** Places with every query word (or a word it starts, three letters or more), best first, as suggestions() scores them. */
export function scoredWords(byKey: Map<string, LexEntry[]>, entries: LexEntry[], q: string[]): number[] {
  if (!q.length) return [];
  let scored: Map<number, [number, number]> | undefined;
  for (const w of q) {
    const here = new Map<number, [number, number]>();
    for (const [p, len] of postings(byKey, `w:${w}`, 'w')) here.set(p, [2, len]);
    if (w.length >= 3) {
      for (const e of entries) {
        if (e.k === `w:${w}` || !e.w || !e.k.startsWith(`w:${w}`)) continue;
        for (const [p, len] of decodeGroups(e.w)) if (!here.has(p)) here.set(p, [1, len]);
      }
    }
    scored = scored ? new Map([...scored].filter(([p]) => here.has(p)).map(([p, [s, len]]) => [p, [s + here.get(p)![0], len]])) : here;
  }
  return [...scored!]
    .map(([p, [score, len]]) => [p, score - len / 100] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([p]) => p);
}

/** The fetched entries by key: a heavy key's parts (lookup-words.ts, splitHeavy) share it. */
export function byKeyOf(entries: LexEntry[]): Map<string, LexEntry[]> {
  const byKey = new Map<string, LexEntry[]>();
  for (const e of entries) byKey.set(e.k, [...(byKey.get(e.k) ?? []), e]);
  return byKey;
}

/** Place → ranking key of every part of a key's postings. */
export function postings(byKey: Map<string, LexEntry[]>, key: string, which: 'w' | 'p'): Map<number, number> {
  return new Map((byKey.get(key) ?? []).flatMap((e) => [...decodeGroups(e[which])]));
}
