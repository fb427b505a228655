/**
 * How the word index's postings rank what a text with no exact answer may be
 * shown, as the lookup ranks it (suggest.ts): the entries holding a phrase's
 * pairs, those holding every word, and those that may read like a sentence.
 * The reader (lookup-words-read.ts) keeps the top of each, or all that may be.
 */
import { LIMITS } from './lookup/index.ts';
import { decodeGroups, type LexEntry } from './lookup-words-format.ts';

/** A sentence whose words leave more entries than this that might read like it reads the whole index. */
export const SIMILAR_CANDIDATES = 40;
/**
 * A phrase of three words or more whose words are all in the texts of more entries than this reads its pairs; if
 * its pairs are all in more entries than this too, it reads the whole index.
 */
export const PHRASE_CANDIDATES = 40;

/**
 * The entries that may have a text worded like a sentence (wordSimilar: at least LIMITS.wordOverlap of the distinct
 * words of both shared, Dice). A text that shares s of the sentence's a words has at least s words, so Dice is at
 * most 2s / (a + s): reaching the overlap takes s ≥ overlap · a / (2 − overlap). The postings of each word's texts
 * (`p`) count, for every entry, the sentence's words in any of its texts, which is at least what its best text
 * shares: the entries under that need are not worded like it. `whole` when too many are left.
 *
 * `unread`: words of it whose postings are not counted (common words left unread, lookup-words-read.ts): an entry
 * may hold each of those, so it needs that many fewer of the rest, and the entries left are a superset.
 */
export function similarCandidates(byKey: Map<string, LexEntry[]>, asked: string[], unread: string[] = []): number[] | 'whole' {
  const need = similarNeed(asked.length) - unread.length;
  // An entry holding none of the words read would count too: not a bound.
  if (need < 1) return 'whole';
  const left = [...textCounts(byKey, asked.filter((w) => !unread.includes(w)))].filter(([, n]) => n >= need).map(([p]) => p);
  return left.length > SIMILAR_CANDIDATES ? 'whole' : left;
}

/** How many of a sentence's `distinct` words a text must share to read like it (see similarCandidates). */
export function similarNeed(distinct: number): number {
  const overlap = LIMITS.wordOverlap;
  return Math.ceil((overlap * distinct) / (2 - overlap) - 1e-9);
}

/** Places of the entries whose texts (their `p` postings) hold every one of these words, in catalogue order. */
export function textsHolding(byKey: Map<string, LexEntry[]>, words: string[]): number[] {
  const distinct = [...new Set(words)];
  return [...textCounts(byKey, distinct)].filter(([, n]) => n === distinct.length).map(([p]) => p).sort((a, b) => a - b);
}

/** For every entry whose texts hold any of these distinct words (their `p` postings), how many of them. */
function textCounts(byKey: Map<string, LexEntry[]>, words: string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const w of words) for (const p of postings(byKey, `w:${w}`, 'p').keys()) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

/** Places by the shortest text holding the phrase, shortest first (catalogue order among equals), as phraseMatches ranks. */
export function phraseRanks(byKey: Map<string, LexEntry[]>, phraseWords: string[], pairs: string[]): [number, number][] | 'whole' {
  let ranks: Map<number, number>;
  if (phraseWords.length === 1) ranks = postings(byKey, `w:${phraseWords[0]}`, 'p');
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
