/**
 * Extra words indexed for a code, so a person finds it the way they type it:
 * an error name split into words and joined ("INVALID_ARGUMENT" → "invalid
 * argument", "invalidargument"; "BadDeviceToken" → "bad device token"),
 * and so is each alias.
 *
 * Chinese gets no extra words here. Pagefind reads a run of CJK characters on
 * an English page as one word, found by its start; the lookup finds a CJK
 * message or description by any of its characters (cjkMatches, cjkSimilar),
 * and the search page lists those first. Each pair of neighbouring characters
 * given to Pagefind as a word, as this module once did, cost its indexing
 * about 190 MB at 20,000 entries with Chinese meanings for results the lookup
 * already gave (tests/bench/README.md, "Scale, sixteenth pass").
 */
import { nameWords } from './name-words.ts';

export function nameVariants(name: string): string[] {
  const words = nameWords(name);
  return [...new Set([words.join(' '), words.join(''), words.join('_')])];
}

export function searchTerms(data: { code: string; name?: string; httpStatus?: number; aliases?: readonly { text: string }[] }): string[] {
  const terms = new Set<string>();
  for (const n of [data.code, data.name, ...(data.aliases ?? []).map((a) => a.text)]) if (n && /[A-Za-z]/.test(n)) for (const v of nameVariants(n)) terms.add(v);
  if (data.httpStatus !== undefined) terms.add(`http ${data.httpStatus}`);
  return [...terms];
}
