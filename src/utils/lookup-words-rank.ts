/**
 * How the word index's postings rank what a text with no exact answer may be
 * shown, as the lookup ranks it (suggest.ts): the entries holding a phrase's
 * pairs, those holding every word, and those that may read like a sentence.
 * The reader (lookup-words-read.ts) keeps the top of each, or all that may be.
 */
import { LIMITS } from './lookup/index.ts';
import { cjkPairKey, decodeGroups, fewestWordsOf, pairFewestOf, pairLengthOf, textLengthOf, type LexEntry } from './lookup-words-format.ts';

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
  return alikeBound(byKey, asked, (w) => `w:${w}`, (w) => (unread.includes(w) ? 0 : Infinity), LIMITS.wordOverlap, SIMILAR_CANDIDATES, fewestWordsOf);
}

/**
 * The bound similarCandidates and cjkAlike share: of the distinct words or pairs `asked` (their postings under `key`),
 * the entries that may share at least `overlap` of them, Dice. Each key's postings were read for the entries whose
 * texts have at most `readUpTo(key)` words or pairs holding it (Infinity: all; 0: none, a common word left unread):
 * an entry they do not show may hold it in a longer text. `whole` when more than `most` are left, or when a text the
 * postings read do not show could pass (they bound nothing: alikeComplete).
 */
function alikeBound(byKey: Map<string, LexEntry[]>, asked: string[], key: (asked: string) => string, readUpTo: (asked: string) => number, overlap: number, most: number, fewestOf: (rank: number) => number): number[] | 'whole' {
  const limits = asked.map(readUpTo);
  if (!alikeComplete(limits, overlap)) return 'whole';
  const seen = new Map<number, { count: number; fewest: number; limits: number[] }>();
  asked.forEach((k, n) => {
    if (!limits[n]) return;
    for (const [p, rank] of postings(byKey, key(k), 'p')) {
      const entry = seen.get(p) ?? seen.set(p, { count: 0, fewest: Infinity, limits: [] }).get(p)!;
      entry.count++;
      entry.fewest = Math.min(entry.fewest, fewestOf(rank));
      entry.limits.push(limits[n]!);
    }
  });
  const left = [...seen].filter(([, { count, fewest, limits: shown }]) => mayReadAlike(asked.length, overlap, count, fewest, without(limits, shown))).map(([p]) => p);
  return left.length > most ? 'whole' : left;
}

/**
 * Whether the postings read up to these limits (alikeBound's readUpTo, one a key asked) show every entry with a text
 * that may read like the text asked: one they do not show shares only keys read up to fewer words or pairs than its
 * text has, and must still share enough. Leaving common keys unread (0) keeps this while fewer than similarNeed are;
 * reading them up to a length, while the rarer ones read whole are enough for longer texts.
 */
export function alikeComplete(limits: number[], overlap: number): boolean {
  return !mayReadAlike(limits.length, overlap, 0, 1, limits);
}

/**
 * Whether a text of at least `fewest` words or pairs may share `overlap` (Dice) of `asked` of them: `count` are
 * shown shared, and each key it is not shown to hold (`unseen`: the length up to which that key was read) it may
 * hold in a text longer than that. At each length the most it may share is known; the best length in each run
 * of lengths where that does not change is the nearest to it (Dice rises with the text's length up to the shared
 * count, then falls).
 */
function mayReadAlike(asked: number, overlap: number, count: number, fewest: number, unseen: number[]): boolean {
  // A text of more words or pairs than this cannot share enough, sharing them all.
  const longest = Math.floor((asked * (2 - overlap)) / overlap + 1e-9);
  let from = Math.max(1, fewest);
  const ends = [...new Set([...unseen.filter((u) => u >= from && u < longest), longest])].sort((a, b) => a - b);
  for (const to of ends) {
    if (to < from) continue;
    const shared = count + unseen.filter((u) => u < from).length;
    const t = Math.min(to, Math.max(from, shared));
    if ((2 * Math.min(shared, t)) / (asked + t) >= overlap) return true;
    from = to + 1;
  }
  return false;
}

/** `all` without one of each of `some` (a multiset difference). */
function without(all: number[], some: number[]): number[] {
  const left = [...all];
  for (const x of some) left.splice(left.indexOf(x), 1);
  return left;
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
export function cjkHolding(byKey: Map<string, LexEntry[]>, pairs: string[], lengths: number): Map<number, number> {
  let held: Map<number, number> | undefined;
  for (const pair of new Set(pairs)) {
    const here = postings(byKey, cjkPairKey(pair), 'p');
    held = new Map([...(held ?? here)].filter(([p]) => here.has(p)).map(([p, rank]) => [p, Math.max(held ? rank : 0, pairLengthOf(here.get(p)!, lengths))]));
  }
  return held ?? new Map();
}

/**
 * The entries that may have a CJK text worded like a CJK sentence with these distinct pairs (cjkSimilar: at least
 * LIMITS.cjkOverlap of both texts' pairs shared, Dice), as similarCandidates bounds English ones: an entry's CJK
 * texts hold c of the pairs, and one holding any has at least f pairs (the `c:` postings' pairRank), so none scores
 * more than 2c / (a + max(c, f)). A common pair's postings may be read only for the entries whose texts have at most
 * `readUpTo` pairs (0: not at all): an entry they do not show may hold it in a longer text, and c counts it there.
 * `whole` when more than `most` are left, or when a text the postings read do not show could read like it.
 */
export function cjkAlike(byKey: Map<string, LexEntry[]>, pairs: string[], lengths: number, most = SIMILAR_CANDIDATES, readUpTo: ReadonlyMap<string, number> = new Map()): number[] | 'whole' {
  return alikeBound(byKey, pairs, cjkPairKey, (p) => readUpTo.get(p) ?? Infinity, LIMITS.cjkOverlap, most, (rank) => pairFewestOf(rank, lengths));
}

/** Places of the entries whose texts (their `p` postings) hold every one of these words, in catalogue order. */
export function textsHolding(byKey: Map<string, LexEntry[]>, words: string[]): number[] {
  const distinct = [...new Set(words)];
  const counts = new Map<number, number>();
  for (const w of distinct) for (const p of postings(byKey, `w:${w}`, 'p').keys()) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].filter(([, n]) => n === distinct.length).map(([p]) => p).sort((a, b) => a - b);
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
