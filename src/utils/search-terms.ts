/**
 * Extra words indexed for a code, so a person finds it the way they type it:
 * an error name split into words and joined ("INVALID_ARGUMENT" → "invalid
 * argument", "invalidargument"; "BadDeviceToken" → "bad device token"),
 * and so is each alias. CJK messages and descriptions are indexed as pairs
 * of characters (cjkBigrams).
 */
import { nameWords } from './name-words.ts';

export function nameVariants(name: string): string[] {
  const words = nameWords(name);
  return [...new Set([words.join(' '), words.join(''), words.join('_')])];
}

/** Runs of Chinese, Japanese or Korean characters. */
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/g;

/**
 * Overlapping pairs of the CJK characters of a text. Pagefind splits words at
 * spaces and punctuation, and Chinese has none, so on an English page
 * "令牌已过期" would be one word that "令牌" cannot find; indexed as 令牌 牌已
 * 已过 过期, any two characters find it (and one character, by prefix).
 */
export function cjkBigrams(text: string): string[] {
  const pairs = new Set<string>();
  for (const run of text.normalize('NFKC').match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) pairs.add(run);
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  }
  return [...pairs];
}

/** A query as Pagefind can match it against cjkBigrams(): each CJK run becomes its pairs, other words stay. */
export function pagefindQuery(query: string): string {
  return query
    .normalize('NFKC')
    .replace(CJK_RUN, (run) => ` ${cjkBigrams(run).join(' ')} `)
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchTerms(data: { code: string; name?: string; httpStatus?: number; aliases?: readonly { text: string }[]; messages?: readonly { text: string }[]; descriptions?: readonly { text: string }[] }): string[] {
  const terms = new Set<string>();
  for (const n of [data.code, data.name, ...(data.aliases ?? []).map((a) => a.text)]) if (n && /[A-Za-z]/.test(n)) for (const v of nameVariants(n)) terms.add(v);
  for (const t of [...(data.messages ?? []), ...(data.descriptions ?? [])]) for (const pair of cjkBigrams(t.text)) terms.add(pair);
  if (data.httpStatus !== undefined) terms.add(`http ${data.httpStatus}`);
  return [...terms];
}
