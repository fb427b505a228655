/**
 * The lookup tables built once per index (and kept while the index lives):
 * codes, names and HTTP statuses by key, vendor words, and the folded words
 * and phrases that suggestions compare against.
 */
import { foldName, nameWords, phraseText, push, spellingsOf, textWords } from './text.ts';
import type { LookupIndex, LookupItem } from './types.ts';
import { addWording, cjkPairs, foldWording, hasCjk, type WordingTable } from './wording.ts';

export interface Compiled {
  byCode: Map<string, LookupItem[]>;
  /** Names, symbolic codes and aliases, folded (foldName). */
  byName: Map<string, LookupItem[]>;
  byHttp: Map<number, LookupItem[]>;
  /** Vendor words and phrases (lowercase, single-spaced) → slug. */
  vendorWords: Map<string, string>;
  /** Longest vendor phrase, in words. */
  vendorPhraseWords: number;
  vendorOrder: Map<string, number>;
  /** Lowercase words of each item's meaning and name, for `words` suggestions. */
  words: Map<LookupItem, string[]>;
  /** Each item's descriptions (one by one) and messages as phraseText(), for phrase matches. */
  phrases: Map<LookupItem, string[]>;
  /** Each item's CJK meanings and messages, folded (foldWording), for CJK substring matches. */
  cjkTexts: Map<LookupItem, string[]>;
  /** Each description of a meaning (two words or more) as phraseText() → items: a typed query that is a whole description. */
  byMeaning: Map<string, LookupItem[]>;
  /** Each item's CJK texts as sets of neighbouring character pairs, for similar CJK sentences. */
  cjkPairSets: Map<LookupItem, Set<string>[]>;
  /** Each item's English descriptions and messages as sets of words, for similar English sentences. */
  wordSets: Map<LookupItem, Set<string>[]>;
  /** Each item's messages and CJK descriptions, folded, even one word long: checked beside the item's own code. */
  ownTexts: Map<LookupItem, string[]>;
  /** Messages, and descriptions written in CJK, to find in a paste. */
  wordings: WordingTable<LookupItem>;
  /** Each item's code and name folded (foldName), for prefix suggestions. */
  folded: Map<LookupItem, string[]>;
  /** Every single word of every vendor phrase. */
  vendorWordSet: Set<string>;
  /** A layer's parent vendor (`fcm-legacy` → `fcm`, `apns-binary` → `apns`): a slug whose first part is another vendor's slug. */
  family: Map<string, string>;
}

const compiled = new WeakMap<LookupIndex, Compiled>();

/** The tables of an index, built on first use. */
export function tablesOf(index: LookupIndex): Compiled {
  let c = compiled.get(index);
  if (c) return c;
  const byCode = new Map<string, LookupItem[]>();
  const byName = new Map<string, LookupItem[]>();
  const byHttp = new Map<number, LookupItem[]>();
  const words = new Map<LookupItem, string[]>();
  const phrases = new Map<LookupItem, string[]>();
  const cjkTexts = new Map<LookupItem, string[]>();
  const folded = new Map<LookupItem, string[]>();
  const ownTexts = new Map<LookupItem, string[]>();
  const cjkPairSets = new Map<LookupItem, Set<string>[]>();
  const byMeaning = new Map<string, LookupItem[]>();
  const wordSets = new Map<LookupItem, Set<string>[]>();
  const wordings: WordingTable<LookupItem> = new Map();
  for (const item of index.codes) {
    const symbolic = /[A-Za-z]/.test(item.code);
    const messages = item.messages ?? [];
    const aliases = item.aliases ?? [];
    // A meaning joins several descriptions with " / " (catalog.ts summary()); a CJK one is findable alone.
    const descriptions = item.meaning.split(' / ');
    const cjkMeanings = descriptions.filter(hasCjk);
    const descriptionPhrases = descriptions.map(phraseText);
    phrases.set(item, [...descriptionPhrases, ...messages.map(phraseText)]);
    cjkTexts.set(item, [...cjkMeanings, ...messages.filter(hasCjk)].map(foldWording));
    for (const text of [...messages, ...cjkMeanings]) addWording(wordings, item, text);
    for (const said of new Set(descriptionPhrases)) if (said.trim().includes(' ')) push(byMeaning, said, item);
    cjkPairSets.set(item, cjkTexts.get(item)!.map(cjkPairs));
    wordSets.set(item, [...descriptions, ...messages].filter((t) => !hasCjk(t)).map((t) => new Set(textWords(t))));
    ownTexts.set(item, [...new Set([...messages, ...cjkMeanings].map(foldWording).filter(Boolean))]);
    folded.set(item, [item.code, item.name, ...aliases].filter((x): x is string => !!x).map(foldName));
    push(byCode, item.code.toLowerCase(), item);
    const names = spellingsOf(item).filter((n) => n !== item.code || symbolic);
    for (const name of new Set(names.map(foldName))) push(byName, name, item);
    if (item.httpStatus !== undefined && symbolic) push(byHttp, item.httpStatus, item);
    words.set(item, [...textWords(`${item.name ?? ''} ${item.meaning}`), ...(item.name ? nameWords(item.name) : [])]);
  }
  const vendorWords = new Map<string, string>();
  let vendorPhraseWords = 1;
  for (const v of index.vendors) {
    for (const word of [v.slug, v.name, ...v.aliases]) {
      const phrase = textWords(word).join(' ');
      if (!phrase) continue;
      // A vendor's own name wins over another vendor's alias ("ios sdk" is the client's, "ios" APNs').
      if (!vendorWords.has(phrase) || word === v.slug) vendorWords.set(phrase, v.slug);
      vendorPhraseWords = Math.max(vendorPhraseWords, phrase.split(' ').length);
    }
  }
  c = {
    byCode,
    byName,
    byHttp,
    vendorWords,
    vendorPhraseWords,
    vendorOrder: new Map(index.vendors.map((v, i) => [v.slug, i])),
    words,
    phrases,
    cjkTexts,
    byMeaning,
    cjkPairSets,
    wordSets,
    ownTexts,
    wordings,
    folded,
    vendorWordSet: new Set([...vendorWords.keys()].flatMap((p) => p.split(' '))),
    family: familyOf(index.vendors.map((v) => v.slug)),
  };
  compiled.set(index, c);
  return c;
}

function familyOf(slugs: string[]): Map<string, string> {
  const known = new Set(slugs);
  const family = new Map<string, string>();
  for (const slug of slugs) {
    const parent = slug.split('-')[0]!;
    if (parent !== slug && known.has(parent)) family.set(slug, parent);
  }
  return family;
}
