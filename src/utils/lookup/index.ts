/**
 * The lookup engine's front door: the rest of the site imports from here and
 * never from the files beside it.
 *
 * - types.ts: the index the engine reads (full field names) and the result.
 * - weights.ts: every ranking weight and cap, each with why it has its value.
 * - text.ts: folding names, words and phrases.
 * - tokens.ts: reading tokens and the key before each value.
 * - tables.ts: lookup tables built once per index.
 * - vendor-guess.ts: vendor words and the keys that say which vendor wrote a body.
 * - read.ts, candidates.ts: codes and names found in the text, with strengths.
 * - rank.ts: ordering candidates into answers.
 * - wording.ts: messages and CJK text compared as copied (case, punctuation, full-width forms).
 * - suggest.ts: CJK, prefix, phrase and word suggestions while typing.
 * - near.ts: names a letter or two off what was typed ("Did you mean").
 * - topics.ts: topic words ("quota", "oauth") that name a category.
 * - enter.ts: what Enter opens in a lookup box.
 * - lookup.ts: lookup() itself.
 */
export type { Answer, LookupIndex, LookupItem, LookupOptions, LookupResult, LookupVendor, Via } from './types.ts';
export { didYouMean, exactAnswers, isTyped, lookup, mayBeMeaning, MAX_SCAN_CHARS, MAX_TOKENS, TRUNCATED_NOTE, withoutVendorWords } from './lookup.ts';
export { enterAnswer } from './enter.ts';
export { allowedEdits, editDistance, nameWordsOf, sharedWordRule, sharesWord, type PlacedWords } from './near.ts';
// What the word index (utils/lookup-words.ts) reads words, names and vendor words with, so it reads them alike.
export { tablesOf } from './tables.ts';
export { tokenize } from './tokens.ts';
export { readableNumbers } from './read.ts';
export { findVendors } from './vendor-guess.ts';
export { topicsOf } from './topics.ts';
export { cjkMatches, cjkMatchText, cjkSimilar, isCjkSentence, mayMatchPhrases, phraseMatches, sentenceWords } from './suggest.ts';
export { cjkEdgePairs, cjkLength, cjkPairs, foldWording, hasCjk, longestNonCjkRun } from './wording.ts';
export { foldName, isNumberWord, phraseText, spellingsOf, textWords, withCommas } from './text.ts';
export { KEY_WEIGHT, LIMITS, STRENGTH, TIER, VENDOR_WEIGHT } from './weights.ts';
