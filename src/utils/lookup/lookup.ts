/**
 * The lookup: what a query or a pasted ticket names, answered from the index
 * without a server. Pure: no DOM; runs in the browser (header box, search
 * page, 404 page) and in unit tests, over the whole index or any subset.
 *
 * A query is read in one of two ways:
 * - typed: a code (`90001`, `-1`), an error name in any case or spacing
 *   (`bad device token`), an HTTP status of FCM/APNs (`410`), with vendor
 *   words (`huawei 80300007`) that put that vendor first;
 * - pasted: a log line or a response body. Every code in it is found; keys
 *   around it (`ErrorCode`, `reason`, `status`, `msg`) and vendor words guess
 *   the vendor; timestamps, counts and ids are left out.
 * The text read is capped (LIMITS) so a huge paste stays cheap.
 */
import { Candidates } from './candidates.ts';
import { namedFirst, rank } from './rank.ts';
import { readTokens, readWholeName, readWordings } from './read.ts';
import { cjkSimilar, isCjkSentence, suggestions, wordSimilar } from './suggest.ts';
import { tablesOf } from './tables.ts';
import { phraseText, withCommas } from './text.ts';
import { nearNames, nearNamesIn } from './near.ts';
import { tokenize, type Token } from './tokens.ts';
import { topicsOf } from './topics.ts';
import type { Answer, LookupIndex, LookupItem, LookupOptions, LookupResult } from './types.ts';
import { findVendors, keyScores, kinship, type VendorMention } from './vendor-guess.ts';
import { LIMITS } from './weights.ts';
import { cjkLength } from './wording.ts';

/** Characters of a paste that are read. */
export const MAX_SCAN_CHARS = LIMITS.scanChars;
/** Tokens of a paste that are looked at. */
export const MAX_TOKENS = LIMITS.tokens;

/** What a person is told when a paste was longer than what is read. */
export const TRUNCATED_NOTE = `Only the first ${withCommas(MAX_SCAN_CHARS)} characters or ${withCommas(MAX_TOKENS)} words of the text were read.`;

/** Everything the query names. Answers come best first; see the module comment. */
export function lookup(index: LookupIndex, query: string, options: LookupOptions = {}): LookupResult {
  const { vendor, suggest = true, limit = 50 } = options;
  const text = query.length > MAX_SCAN_CHARS ? query.slice(0, MAX_SCAN_CHARS) : query;
  const trimmed = text.trim();
  if (!trimmed) return { answers: [], vendors: [], vendorsOnly: false, truncated: false, pasted: false, topics: [] };
  const tables = tablesOf(index);
  const { tokens, cut } = tokenize(text);
  const truncated = query.length > MAX_SCAN_CHARS || cut;
  const mentions = findVendors(tables, tokens);
  const named = [...new Set(mentions.map((m) => m.slug))];
  // A typed query is a few words; anything longer is a paste and is read with suspicion.
  // Chinese (or Japanese, Korean) words are not tokens: a few of them make a sentence, not a typed code.
  const typed = isTyped(trimmed, tokens);
  const keys = typed ? new Map<string, number>() : keyScores(text);

  const candidates = new Candidates({ vendor, typed, keyScores: keys, mentions, family: tables.family });
  const reading = { text, tokens, typed, tables, candidates, mentions };
  readWholeName(reading, trimmed);
  readTokens(reading);
  readWordings(reading, trimmed);
  const worded = candidates.addWordingEvidence();
  let answers = rank(tables, candidates.byItem.values(), { typed, recognised: keys.size > 0 || mentions.length > 0 || worded.size > 0 });

  // Suggestions for what was typed, not for a paste: a short text with no keys.
  const short = trimmed.length <= 120 && !/[{}"=:]/.test(trimmed);
  if (!answers.length && suggest) {
    const rest = short ? withoutVendorWords(tokens, mentions) : '';
    const allowed = (item: LookupItem) => (!vendor || item.vendor === vendor) && (!named.length || named.some((n) => kinship(tables.family, n, item.vendor) > 0));
    // A name a letter or two off ("Did you mean"), the whole text or a name-like word in it, among the named vendors' names if any.
    let near = rest ? nearNames(tables, rest) : [];
    if (!near.length) near = nearNamesIn(tables, tokens);
    near = near.filter((n) => !vendor || n.item.vendor === vendor);
    if (near.some((n) => allowed(n.item))) near = near.filter((n) => allowed(n.item));
    answers.push(...near.map(({ item, name }): Answer => ({ item, via: 'near', match: name, likely: false, exact: false })));
    // Vendor words narrow the suggestions; if nothing is left, they were part of the words ("server busy").
    let found = !short ? [] : named.length ? suggestions(index, tables, trimmed, named, vendor) : [];
    if (short && !found.length) found = suggestions(index, tables, trimmed, [], vendor);
    answers.push(...found.filter((a) => !answers.some((b) => b.item === a.item)));
  }
  // Typed words that are a code's whole description ("system busy", Xiaomi 10002) beside an exact answer that
  // reads the same (Meizu's SYSTEM_BUSY): that code is suggested right after, not hidden by the exact answer.
  if (answers.length && suggest && mayBeMeaning(text, tokens)) {
    const said = (tables.byMeaning.get(phraseText(trimmed)) ?? []).filter((item) => (!vendor || item.vendor === vendor) && !answers.some((a) => a.item === item));
    answers.push(...said.map((item): Answer => ({ item, via: 'words', match: trimmed, likely: false, exact: false })));
  }
  // Last, for a sentence that named nothing: descriptions worded much like it (a reworded or partial copy).
  if (!answers.length && suggest) {
    const like = isCjkSentence(text) ? cjkSimilar(index, text) : wordSimilar(index, text);
    answers.push(...like.filter((item) => !vendor || item.vendor === vendor).slice(0, LIMITS.suggestions).map((item): Answer => ({ item, via: 'words', match: trimmed, likely: false, exact: false })));
  }
  answers = namedFirst(answers, named, tables.family, typed);
  // CJK words are not tokens: a Chinese sentence that names "fcm" once is not a vendor's name alone.
  const vendorsOnly = named.length > 0 && mentions.reduce((n, m) => n + m.words, 0) === tokens.length && !cjkLength(trimmed);
  const topics = typed ? topicsOf(trimmed, withoutVendorWords(tokens, mentions)) : [];
  return { answers: answers.slice(0, limit), vendors: named, vendorsOnly, truncated, pasted: !typed, topics };
}

/**
 * Whether lookup() may list, beside exact answers, the codes whose whole description a text is (tables' byMeaning,
 * descriptions of two words or more): typed words, two or more. The lookup shards read the word index for such a
 * text even when it has exact answers (lookup-part.ts).
 */
export function mayBeMeaning(text: string, tokens?: Token[]): boolean {
  const read = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const trimmed = read.trim();
  return isTyped(trimmed, tokens ?? tokenize(read).tokens) && phraseText(trimmed).trim().includes(' ');
}

/** Whether a (trimmed) text reads as typed, a few words, not a paste: a typed query is read with less suspicion. */
export function isTyped(trimmed: string, tokens: Token[]): boolean {
  return tokens.length <= 4 && trimmed.length <= 60 && !/[{}"=:]/.test(trimmed) && !isCjkSentence(trimmed);
}

/** The text's tokens that are not vendor words, joined by spaces ("apns BadDeviceTokn" → "BadDeviceTokn"). */
export function withoutVendorWords(tokens: Token[], mentions: VendorMention[]): string {
  const skip = new Set<number>();
  for (const m of mentions) {
    const at = tokens.findIndex((t) => t.start === m.position);
    for (let i = 0; i < m.words; i++) skip.add(at + i);
  }
  return tokens
    .filter((_, i) => !skip.has(i))
    .map((t) => t.text)
    .join(' ');
}

/** Names a letter or two off what was typed, when nothing matches exactly ("Did you mean"), for the search page. */
export function didYouMean(index: LookupIndex, query: string, vendor?: string): Answer[] {
  return lookup(index, query, { vendor }).answers.filter((a) => a.via === 'near');
}

/** Exact answers only (codes, names, HTTP statuses, pasted text), for the search page. */
export function exactAnswers(index: LookupIndex, query: string, vendor?: string): LookupResult {
  return lookup(index, query, { vendor, suggest: false });
}
