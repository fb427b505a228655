/**
 * What to offer while a person types and nothing matches exactly: codes and
 * Chinese characters found in a message or description (cjkMatches); codes and
 * names that start with what was typed; then meanings or messages that contain
 * the words in order (phraseMatches), then meanings that have every word.
 */
import { tablesOf, type Compiled } from './tables.ts';
import { foldName, isNumberWord, phraseText, textWords } from './text.ts';
import type { Answer, LookupIndex, LookupItem } from './types.ts';
import { LIMITS } from './weights.ts';
import { cjkLength, cjkPairs, foldWording } from './wording.ts';

/** Suggestions for a short typed text; `named` vendors narrow them. */
export function suggestions(index: LookupIndex, c: Compiled, query: string, named: string[], vendor?: string): Answer[] {
  const allowed = (item: LookupItem) => (!vendor || item.vendor === vendor) && (!named.length || named.includes(item.vendor));
  // Chinese (and Japanese, Korean) words have no spaces: part of a message or a description, as characters.
  const cjk = cjkMatches(index, query).filter(allowed);
  if (cjk.length) return cjk.slice(0, LIMITS.suggestions).map((item) => ({ item, via: 'words', match: query, likely: false, exact: false }));
  // A Chinese sentence that reads like a Chinese text, before the Latin words in it (`appKey`, `JSON`) are tried.
  const similar = isCjkSentence(query) ? cjkSimilar(index, query).filter(allowed) : [];
  if (similar.length) return similar.slice(0, LIMITS.suggestions).map((item) => ({ item, via: 'words', match: query, likely: false, exact: false }));
  const queryWords = textWords(query).filter((w) => !c.vendorWordSet.has(w) || !named.length);
  if (!queryWords.length) return [];
  const out: Answer[] = [];
  const single = query.trim();
  const last = single.split(/\s+/).pop()!;
  if (queryWords.length === 1 && /^-?\w{2,}$/.test(last)) {
    const prefix = foldName(last);
    if (prefix.length >= 2) {
      for (const item of index.codes) {
        if (!allowed(item)) continue;
        if (c.folded.get(item)!.some((n) => n.startsWith(prefix) && n !== prefix)) out.push({ item, via: 'prefix', match: single, likely: false, exact: false });
        if (out.length >= LIMITS.suggestions) return out;
      }
      if (out.length) return out;
    }
  }
  // Meanings with the words in order come first, shortest first; then meanings with every word.
  const phrased = phraseMatches(index, query, LIMITS.suggestions).filter(allowed);
  const scored: [Answer, number][] = [];
  for (const item of index.codes) {
    if (!allowed(item) || phrased.includes(item)) continue;
    const words = c.words.get(item)!;
    let score = 0;
    let all = true;
    for (const q of queryWords) {
      if (words.includes(q)) score += 2;
      else if (q.length >= 3 && words.some((w) => w.startsWith(q))) score += 1;
      else {
        all = false;
        break;
      }
    }
    // Fewer words in the meaning break ties: the more of it the query covers, the likelier.
    if (all) scored.push([{ item, via: 'words', match: query, likely: false, exact: false }, score - words.length / 100]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return [...phrased.map((item): Answer => ({ item, via: 'words', match: query, likely: false, exact: false })), ...scored.map(([a]) => a)].slice(0, LIMITS.suggestions);
}

/**
 * Codes whose meaning contains the query as a phrase, word for word
 * ("traffic control", "push token is empty"), the shortest meaning first:
 * a meaning that says exactly the phrase is the likeliest answer. Full-text
 * search scores words one by one and is swayed by the rest of each page; the
 * search page puts these right after the exact answers (see the README's
 * "Search quality" for the measurements). A sentence no meaning holds gets
 * the meanings worded much like it (cjkSimilar, wordSimilar).
 */
export function phraseMatches(index: LookupIndex, query: string, limit = 10): LookupItem[] {
  if (!mayMatchPhrases(query)) return [];
  const cjk = cjkMatches(index, query);
  if (cjk.length) return cjk.slice(0, limit);
  if (isCjkSentence(query)) return cjkSimilar(index, query).slice(0, limit);
  const phrase = phraseText(query.slice(0, 200));
  if (phrase.trim().length < 3 || !/[a-z]/.test(phrase)) return [];
  // A sentence no meaning holds word for word (too long, or reworded): meanings worded much like it.
  if (phrase.length > 120) return wordSimilar(index, query).slice(0, limit);
  const { phrases } = tablesOf(index);
  // Ranked by the shortest text that holds the phrase, not the whole meaning: a description in a second language must not push an entry down.
  const found: [LookupItem, number][] = [];
  for (const item of index.codes) {
    const lengths = phrases.get(item)!.filter((p) => p.includes(phrase)).map((p) => p.length);
    if (lengths.length) found.push([item, Math.min(...lengths)]);
  }
  if (!found.length) return wordSimilar(index, query).slice(0, limit);
  return found.sort((a, b) => a[1] - b[1]).slice(0, limit).map(([item]) => item);
}

/**
 * Whether phraseMatches can list anything for a query, from the query alone: two CJK characters (cjkMatches), a CJK
 * sentence (cjkSimilar), or a phrase of three characters or more with a letter. The lookup shards read the word
 * index for the search page's phrase matches only then (lookup-part.ts).
 */
export function mayMatchPhrases(query: string): boolean {
  const phrase = phraseText(query.slice(0, 200)).trim();
  return cjkMatchText(query) !== undefined || isCjkSentence(query) || (phrase.length >= 3 && /[a-z]/.test(phrase));
}

/** What cjkMatches looks for inside CJK texts: the query's first 200 characters folded, if they hold two CJK characters. */
export function cjkMatchText(query: string): string | undefined {
  const folded = foldWording(query.slice(0, 200));
  return cjkLength(folded) >= 2 ? folded : undefined;
}

/**
 * Whether a text holds as many CJK characters as nothing typed does (LIMITS.typedCjkChars): such a text is compared
 * with the CJK texts (cjkSimilar), never by its English words (wordSimilar, the English phrase), wherever the
 * lookup compares sentences.
 */
export function isCjkSentence(text: string): boolean {
  return cjkLength(text) >= LIMITS.typedCjkChars;
}

/**
 * Codes whose CJK message or description contains the query's characters
 * (folded: full-width forms, punctuation and spaces do not matter), the
 * shortest text first. Needs two CJK characters: one matches too much.
 */
export function cjkMatches(index: LookupIndex, query: string): LookupItem[] {
  const folded = cjkMatchText(query);
  if (folded === undefined) return [];
  const { cjkTexts } = tablesOf(index);
  const found: [LookupItem, number][] = [];
  for (const item of index.codes) {
    const texts = cjkTexts.get(item)!.filter((t) => t.includes(folded));
    if (texts.length) found.push([item, Math.min(...texts.map((t) => t.length))]);
  }
  return found.sort((a, b) => a[1] - b[1]).map(([item]) => item);
}

/** Shared share of two sets (Dice: twice the shared over both sizes), 0 to 1. */
function dice(asked: Set<string>, text: Set<string>): number {
  let shared = 0;
  for (const p of asked) if (text.has(p)) shared++;
  return (2 * shared) / (asked.size + text.size);
}

/** Items whose best text shares at least `min` of the asked set (Dice), most first. Linear in the index. */
function similar(index: LookupIndex, sets: Map<LookupItem, Set<string>[]>, asked: Set<string>, min: number): LookupItem[] {
  const found: [LookupItem, number][] = [];
  for (const item of index.codes) {
    const best = Math.max(0, ...sets.get(item)!.map((text) => dice(asked, text)));
    if (best >= min) found.push([item, best]);
  }
  return found.sort((a, b) => b[1] - a[1]).map(([item]) => item);
}

/**
 * Codes whose CJK message or description reads much like a CJK sentence that
 * is not found whole (a longer or reworded copy of the vendor's text): they
 * share at least LIMITS.cjkOverlap of their character pairs (Dice), most first.
 */
export function cjkSimilar(index: LookupIndex, query: string): LookupItem[] {
  const asked = cjkPairs(foldWording(query.slice(0, 200)));
  if (asked.size < 2) return [];
  return similar(index, tablesOf(index).cjkPairSets, asked, LIMITS.cjkOverlap);
}

/**
 * Codes with an English description or message worded much like an English sentence that matches nothing
 * exactly (`The specified device token was bad. Verify that …` for APNs' "… is invalid. Verify that …"):
 * at least LIMITS.wordOverlap of their distinct words shared (Dice), with LIMITS.similarWords words or more
 * asked, since a few common words ("push", "token") are shared by many texts.
 */
export function wordSimilar(index: LookupIndex, query: string): LookupItem[] {
  const asked = new Set(sentenceWords(query));
  if (asked.size < LIMITS.similarWords) return [];
  return similar(index, tablesOf(index).wordSets, asked, LIMITS.wordOverlap);
}

/**
 * The distinct words of a sentence that wordSimilar compares with the catalogue's texts: those of its first 300
 * characters but the ones that start with a digit. A log line's date, time, process id and UUID are words to
 * textWords, and no vendor's wording: counted, eight of them kept a line that quotes a seven-word description under
 * the overlap (`2020-04-10 22:51:48,802 [13121] W/Push: Invalid regId, indicating the regId format is incorrect.`).
 */
export function sentenceWords(query: string): string[] {
  return [...new Set(textWords(query.slice(0, 300)))].filter((w) => !isNumberWord(w));
}
