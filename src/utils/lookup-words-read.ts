/**
 * Which records a text with no exact answer needs (or, for the search page,
 * one with exact answers: its phrase matches, `answered`), read from the word
 * index (lookup-words.ts) instead of the whole catalogue. Every answer lookup()
 * can give such a text is either in a ranked list the postings rank exactly
 * (word suggestions, phrases of one or two words, CJK matches ranked from
 * the entries' CJK texts: the top of each is taken) or in a small set taken
 * whole ("Did you mean" names, a longer phrase's candidates: the entries whose
 * texts hold all its words, or when those are many, all its pairs; the key
 * shards of a typed prefix). lookup() then
 * runs on those records and answers as on the whole index: a record outside
 * a list's top never enters it, and every set it reads whole is there.
 * A sentence of six words or more is also compared with every text by its
 * words (wordSimilar): the postings of its words say which entries may read
 * like it (also from the fewest words of their texts, wordRank), and those
 * are read whole; of more than SENTENCE_WORDS words, the few entries with a
 * text as long (WordManifest `long`). A common word's postings (the word
 * index's heavy shards) wait until the text's other words leave too many
 * entries: those left are few, and read whole; so do a CJK text's common
 * character pairs (the pair index's heavy shards), but a Chinese sentence's,
 * whose first parts (the entries with texts of few pairs) it reads first.
 * What is not indexed says `whole`: a prefix, a phrase or a sentence that
 * needs too much.
 */
import { allowedEdits, cjkEdgePairs, cjkMatches, cjkMatchText, cjkPairs, cjkSimilar, editDistance, findVendors, foldName, foldWording, isCjkSentence, isNumberWord, LIMITS, longestNonCjkRun, phraseText, sentenceWords, sharedWordRule, sharesWord, tablesOf, textWords, tokenize, withoutVendorWords, type LookupIndex, type LookupVendor, type PlacedWords } from './lookup/index.ts';
import { lastNotAfter, shardOf, type ShardManifest } from './lookup-shards.ts';
import { alikeComplete, byKeyOf, cjkAlike, cjkHolding, PHRASE_CANDIDATES, phraseRanks, scoredWords, SIMILAR_CANDIDATES, similarCandidates, similarNeed, textsHolding } from './lookup-words-rank.ts';
import { decodePlaces, lengthRange, longerWords, nameOf, namesByWordKey, namesByWordOf, PAIR_KEY_SHARE, pairKey, pairPartsUpTo, type CjkEntry, type PairManifest, type LexEntry, type WordManifest } from './lookup-words-format.ts';

/**
 * A typed prefix whose keys span more key shards than this (`70` at 20,000 codes) reads the whole index. Names' key
 * shards hold places, at a fifth of the budget (NAME_KEY_SHARE): twelve are about 3.6 KB, and the names the prefix
 * starts fetch their records. At four, `server error` (`error` once the vendor word is left out) read the whole index
 * at 20,000 codes, 196 KB; at twelve, 16.2 KB (when names' shards held records, at a third of the budget).
 */
export const PREFIX_SHARDS = 12;
/**
 * A sentence of more distinct words than this (in the 300 characters wordSimilar reads) reads no postings: each word
 * would be a key's postings to read. A text like it must share at least similarNeed(41) = 18 of its words, so has
 * that many: the few entries with so long a text are listed in the manifest (WordManifest `long`, LONG_TEXT_WORDS).
 */
export const SENTENCE_WORDS = 40;
/** The phrase matches the search page lists (phraseMatches' default). */
const PHRASES_SHOWN = 10;
/**
 * A CJK text whose pairs' postings leave more entries than this that may hold it (or read like it) reads the CJK
 * texts whole instead, and ranks them (cjkTop): each entry left is a record to fetch, scattered (about 0.3 KB each),
 * where the ranked top is at most PHRASES_SHOWN and each named vendor's few. Two CJK characters alone are ranked
 * from their postings at any count.
 */
export const CJK_CANDIDATES = 12;

export interface WordPlan {
  /** Shards of the word index to fetch. */
  lex: number[];
  /**
   * The key shards of a typed prefix: a code shard's records are kept whole, a name shard's (NameShard) entries whose
   * key starts with `prefix` are read.
   */
  records: number[];
  /** The typed prefix, folded as keys are (foldName); undefined when `records` is empty. */
  prefix?: string;
  /**
   * Shards of CJK texts to fetch once the word index's shards are in (`entries`): every entry with one, when the
   * postings of the text's CJK pairs cannot tell which the lookup may show (no two CJK characters in a row, or too
   * many entries left); else none.
   */
  cjk(entries: LexEntry[]): number[];
  /**
   * Shards of the word index to fetch after those fetched so far (`entries`, from `lex` and every call before), as
   * their entries tell: the postings of a named vendor's words, which lookup() reads only when the words without them
   * find nothing; common words left unread, when the other words leave too many entries; then a phrase's pairs, when
   * too many entries hold all its words; a Chinese sentence's common pairs, further, when the parts read leave too
   * many entries. Called until it returns none (for words, three times at most: numbers left unread, then common
   * words, then a phrase's pairs or a named vendor's words; for pairs, a round each time they are read further).
   */
  later(entries: LexEntry[]): number[];
  /** The places whose records the answers may need, from the fetched entries and CJK texts; `whole` when they cannot tell. */
  places(entries: LexEntry[], cjkTexts: CjkEntry[][]): number[] | 'whole';
  /**
   * The places of the entries that may read like a sentence (wordSimilar), once the records of `places` are in
   * `part()` (built only for a sentence): none when the lookup never compares it (a short text whose phrase a text
   * of the part holds); `whole` when too many may.
   */
  similar(entries: LexEntry[], part: () => LookupIndex): number[] | 'whole';
}

/**
 * A sentence whose unread common words leave more entries than this that may read like it reads those words too: each
 * entry left is a record to fetch (about 0.4 KB at 20,000 codes, scattered), a common word's postings 1 to 3 KB. At
 * 20,000 codes, 10 (or 5) left 20 of the 238 real sentences reworded over 20 KB; 40 left 29.
 */
export const SIMILAR_LEFT = 10;

/** The range of a word's own postings: a heavy one's parts are keyed right after it (lookup-words.ts, splitHeavy). */
const wordRange = (w: string): [string, string] => [`w:${w}`, `w:${w}\u0001\uffff`];

const between = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

/** What planWords knows of a text besides its words. */
export interface PlanOptions {
  /** The text has exact answers: only the search page's phrase matches are asked. */
  answered?: boolean;
  /** The CJK pair index's manifest (cjk.json); null when not fetched or absent. */
  pairIndex?: PairManifest | null;
  /**
   * With `answered`: a record already read has a CJK text that holds the whole text (cjkMatches), so the phrase matches
   * are those and never the CJK texts worded like it (cjkSimilar): a CJK sentence reads no pairs for that.
   */
  cjkMatched?: boolean;
}

/** What a text with no exact answer needs, or (`answered`) the phrase matches of one with exact answers; see the module comment. */
export function planWords(text: string, vendors: LookupVendor[], keys: Pick<ShardManifest, 'first' | 'longest'>, words: WordManifest, { answered = false, pairIndex = null, cjkMatched = false }: PlanOptions = {}): WordPlan | 'whole' {
  const trimmed = text.trim();
  // A CJK sentence is compared with the CJK texts only, past its exact answers and CJK matches: by lookup()'s last
  // tier and phraseMatches (cjkSimilar). Its English words are read only for suggestions.
  const cjkSentence = isCjkSentence(text);
  // A sentence's last tier compares its distinct words with every text (wordSimilar): read as the text and trimmed.
  const allSentences = cjkSentence ? [] : [...new Set([text, trimmed].map((t) => sentenceWords(t).join(' ')))].map((t) => t.split(' ')).filter((asked) => asked.length >= LIMITS.similarWords);
  // Of more words than that (a paste), only entries with a text of as many words as it must share may read like it:
  // the manifest lists those (WordManifest `long`), and no postings are read.
  const sentences = allSentences.filter((asked) => asked.length <= SENTENCE_WORDS);
  const pastes = allSentences.filter((asked) => asked.length > SENTENCE_WORDS);
  const need = Math.min(...pastes.map((asked) => similarNeed(asked.length)));
  const longAlike = pastes.length ? words.long.filter(([, most]) => most >= need).map(([place]) => place) : [];
  if (longAlike.length > SIMILAR_CANDIDATES) return 'whole';
  const tables = tablesOf({ vendors, codes: [] });
  const { tokens } = tokenize(text);
  const mentions = findVendors(tables, tokens);
  const named = [...new Set(mentions.map((m) => m.slug))];
  // A text with exact answers gets no suggestions and no "Did you mean": only the search page's phrase matches.
  const short = !answered && trimmed.length <= 120 && !/[{}"=:]/.test(trimmed);
  const lexKeys = new Set<string>();
  const ranges: [string, string][] = [];
  const records = new Set<number>();
  let prefix: string | undefined;
  /** The word index's shards that hold these key ranges. */
  const shardsIn = (list: [string, string][]) => {
    const found = new Set<number>();
    for (const [lo, hi] of list) for (const n of between(shardOf(words.lex, lo), shardOf(words.lex, hi))) found.add(n);
    return [...found].sort((a, b) => a - b).map((n) => words.lex.from + n);
  };

  // "Did you mean": the text without vendor words, and name-like tokens. Of two words or more (near.ts,
  // sharedWordRule) the names are read under each word near its place; of fewer, by length within the edits allowed.
  const targets = short ? [withoutVendorWords(tokens, mentions)] : [];
  if (!answered) for (const t of tokens) if (!t.numeric && /[A-Z].*[A-Z]|_/.test(t.text) && foldName(t.text).length >= LIMITS.nearMinChars) targets.push(t.text);
  const near: string[] = [];
  const byWords: { target: string; words: PlacedWords; edits: number }[] = [];
  const nameTargets: { target: string; edits: number; byLength: [string, string][]; placed?: [string, number, [string, string][]][] }[] = [];
  for (const typed of new Set(targets)) {
    const target = foldName(typed);
    const edits = allowedEdits(target.length);
    if (!edits || !/^[a-z0-9]+$/.test(target) || !/[a-z]/.test(target)) continue;
    // No name is that long (every name is a key, and `longest` the longest key): a sentence reads no names.
    if (target.length - edits > keys.longest) continue;
    const byLength: [string, string][] = [[lengthRange(target.length - edits), `${lengthRange(target.length + edits)}\uffff`]];
    const placed = sharedWordRule(typed);
    // A word left whole moved by the letters added or dropped before it, and the name's length by those and the ones
    // after: at a shift of d the length is off by d, give or take the edits left (`edits - |d|`).
    const underWord = ([w, from]: [string, number]) =>
      Array.from({ length: Math.min(from, edits) + edits + 1 }, (_, k): [string, string] => {
        const at = Math.max(0, from - edits) + k;
        const [shift, left] = [at - from, edits - Math.abs(at - from)];
        return [namesByWordKey(w, at, target.length + shift - left), `${namesByWordKey(w, at, target.length + shift + left)}\uffff`];
      });
    nameTargets.push({ target, edits, byLength, placed: placed?.map((p): [string, number, [string, string][]] => [...p, underWord(p)]) });
  }

  // Phrase matches: one word, or each pair of words in a row.
  const phrase = phraseText(text.slice(0, 200));
  const phraseWords = phrase.trim().split(' ').filter(Boolean);
  const phrasing = !cjkSentence && phrase.trim().length >= 3 && /[a-z]/.test(phrase) && phrase.length <= 120;
  const pairs = phraseWords.slice(1).map((w, k) => pairKey(phraseWords[k]!, w));
  // A phrase of three words or more is held only by entries whose texts hold each word (its words' `p` postings):
  // they are few, most often, and are all taken; its pairs are read only when they are not (WordPlan.later).
  const byPairs = pairs.length <= 1;
  // The lookup suggests for a short text (suggestions), with phrases before wordSimilar; read as the text and
  // trimmed, the same phrase. (CJK matches come before phrases, but also before wordSimilar.)
  // With exact answers, lookup() never compares it; phraseMatches only when no text holds its phrase.
  const phraseFirst = phrasing && (answered || (short && phraseText(trimmed.slice(0, 200)) === phrase));

  // Word suggestions, with the vendor words left out when they name vendors, and without.
  const all = textWords(trimmed);
  const variants = short ? [{ q: all, only: undefined as string[] | undefined }] : [];
  if (short && named.length) variants.push({ q: all.filter((w) => !tables.vendorWordSet.has(w)), only: named });
  // The vendor words of a text that names vendors and has other words wait for the second round (WordPlan.later).
  const waiting = new Set(variants[1]?.q.length ? all.filter((w) => tables.vendorWordSet.has(w)) : []);
  const laterRanges: [string, string][] = [];
  // The words whose postings the first round reads: a phrase's entries are those holding all of these.
  const heldBy = phraseWords.filter((w) => !waiting.has(w));
  const byHolders = phrasing && !byPairs;
  if (phrasing && byPairs) for (const k of phraseWords.length === 1 ? [`w:${phraseWords[0]}`] : pairs) lexKeys.add(k);
  for (const { q } of variants) for (const w of q) if (waiting.has(w)) laterRanges.push(wordRange(w), ...(w.length >= 3 ? [longerWords(w)] : []));

  // The postings of common words (the word index's heavy shards) are read only when the other words leave too many
  // entries (WordPlan.later): each reading below is then of every entry the words read leave, a superset.
  // `unreadWords`: words whose own postings wait; `unreadLonger`: words whose longer words (suggestions) wait.
  const heavy = new Set(decodePlaces(words.lex.heavy).map((n) => words.lex.from + n));
  const heavyIn = (range: [string, string]) => shardsIn([range]).filter((n) => heavy.has(n)).length;
  const unreadWords = new Set<string>();
  const unreadLonger = new Set<string>();
  const read = (w: string) => !unreadWords.has(w) && !unreadLonger.has(w);
  const ownWords = [...new Set([...(byHolders ? heldBy : []), ...variants.flatMap(({ q }) => q.filter((w) => !waiting.has(w))), ...sentences.flat()])];
  const longer = [...new Set(variants.flatMap(({ q }) => q.filter((w) => !waiting.has(w) && w.length >= 3)))];
  const weight = new Map(ownWords.map((w) => [w, heavyIn(wordRange(w))]));
  const longerWeight = new Map(longer.map((w) => [w, heavyIn(longerWords(w))]));
  // A reading leaves its common words unread only when it has a word that is not (whose postings, few, bound the
  // entries left): a suggestion list, a word and its longer words; a phrase's holders, two words (or its one).
  // A sentence keeps two of the words it must share (similarNeed) read, so each entry left shares at least two.
  const light = (w: string) => weight.get(w) === 0 && !longerWeight.get(w);
  const lightHeld = heldBy.filter((w) => weight.get(w) === 0);
  const bounded = () =>
    variants.every(({ q }) => q.some((w) => !waiting.has(w) && light(w) && read(w)) || q.every((w) => waiting.has(w) || read(w))) &&
    // A phrase's holders: bounded by two light words read (or its one); with no light word, by every word.
    (!byHolders || (lightHeld.length > 0 && lightHeld.filter((w) => !unreadWords.has(w)).length >= Math.min(2, lightHeld.length)) || heldBy.every((w) => !unreadWords.has(w))) &&
    sentences.every((asked) => asked.filter((w) => unreadWords.has(w)).length <= similarNeed(asked.length) - 2);
  const pinned = phrasing && byPairs && phraseWords.length === 1 ? phraseWords[0] : undefined;
  const waitable = [
    ...ownWords.filter((w) => w !== pinned && !waiting.has(w)).map((w) => ({ w, into: unreadWords, weight: weight.get(w)! })),
    ...longer.map((w) => ({ w, into: unreadLonger, weight: longerWeight.get(w)! })),
  ];
  for (const { w, into } of waitable.filter((o) => o.weight > 0).sort((a, b) => b.weight - a.weight)) {
    into.add(w);
    if (!bounded()) into.delete(w);
  }
  // A phrase's numbers may wait too, as far as the bound above allows (an entry that holds the phrase holds two of
  // its words read). A log line's date, time and ids are words of its phrase (not of its sentence: sentenceWords),
  // and a word that starts with a digit has a shard of the whole budget (lookup-words.ts, WORD_KEY_SHARE), about
  // 1.5 KB: up to 10 KB of a log line. (Words that start with a letter, six times smaller, are read: leaving them
  // unread left more entries to fetch, which cost more than their shards saved.) Only numbers no other reading needs
  // (suggestions, a name's place), and only whole shards, since a shard is fetched if any word in it is read: the
  // fewest numbers per shard saved first. When the words read leave too many entries, WordPlan.later reads these
  // first, then the common words.
  const otherNeeds = new Set([...variants.flatMap(({ q }) => q), ...waiting, ...nameTargets.flatMap((t) => t.placed?.map(([w]) => w) ?? [])]);
  const spare = [...new Set(byHolders ? heldBy : [])].filter((w) => isNumberWord(w) && !otherNeeds.has(w) && weight.get(w) === 0);
  const neededShards = new Set(
    shardsIn([
      ...ownWords.filter((w) => !spare.includes(w) && !unreadWords.has(w)).map(wordRange),
      ...longer.filter((w) => !unreadLonger.has(w)).map(longerWords),
    ]),
  );
  const byShards = new Map<string, { words: string[]; shards: number }>();
  for (const w of spare) {
    const own = shardsIn([wordRange(w)]);
    if (own.some((n) => neededShards.has(n))) continue;
    const key = own.join(',');
    byShards.set(key, { words: [...(byShards.get(key)?.words ?? []), w], shards: own.length });
  }
  const numbersUnread = new Set<string>();
  for (const { words: group } of [...byShards.values()].sort((a, b) => b.shards / b.words.length - a.shards / a.words.length)) {
    for (const w of group) unreadWords.add(w);
    if (bounded()) for (const w of group) numbersUnread.add(w);
    else for (const w of group) unreadWords.delete(w);
  }
  /** Of unread words to read now, the numbers while any are left: their postings are few, and may be enough. */
  const numbersFirst = (unread: string[]) => (unread.some((w) => numbersUnread.has(w)) ? unread.filter((w) => numbersUnread.has(w)) : unread);
  for (const w of ownWords) if (!unreadWords.has(w)) ranges.push(wordRange(w));
  for (const w of longer) if (!unreadLonger.has(w)) ranges.push(longerWords(w));
  // "Did you mean": names under each word, or every name of about the target's length when those are fewer shards (a
  // long text: few names are that long). Either holds every name the lookup may offer; it checks the shared word
  // itself, and names are read only under the words long names may have: a word's postings say so (LexEntry `x`),
  // and prose words rarely are. A target with a word whose postings the first round reads is decided then.
  // A common word left unread is known from the manifest (lex.named): its heavy shards hold a word of long names.
  const namedHeavy = new Set(decodePlaces(words.lex.named).map((n) => words.lex.from + n));
  const readFirst = (w: string) => ownWords.includes(w) && !unreadWords.has(w);
  const mayName = (w: string) => !unreadWords.has(w) || shardsIn([wordRange(w)]).some((n) => namedHeavy.has(n));
  const undecided: typeof nameTargets = [];
  const chooseNames = ({ target, edits, byLength, placed }: (typeof nameTargets)[number], under: [string, string][]) => {
    if (!placed || shardsIn(byLength).length <= shardsIn(under).length) {
      near.push(target);
      return byLength;
    }
    byWords.push({ target, edits, words: placed.map(([w, at]): [string, number] => [w, at]) });
    return under;
  };
  for (const t of nameTargets) {
    if (t.placed?.some(([w]) => readFirst(w))) undecided.push(t);
    else ranges.push(...chooseNames(t, t.placed?.flatMap(([w, , list]) => (mayName(w) ? list : [])) ?? []));
  }
  const pairRanges = byPairs ? [] : pairs.map((k): [string, string] => [k, `${k}\u0001\uffff`]);
  /** Entries whose texts hold every word of a phrase of three words or more, or undefined when too many do (its pairs are read). */
  const holders = (byKey: Map<string, LexEntry[]>) => {
    const readHeld = heldBy.filter((w) => !unreadWords.has(w));
    // None of its words read, nothing bounds them (textsHolding of no word is none).
    if (!readHeld.length) return undefined;
    const held = textsHolding(byKey, readHeld);
    return held.length > PHRASE_CANDIDATES ? undefined : held;
  };
  // A single word is also a prefix of codes and names: the key shards of every key it starts.
  const last = trimmed.split(/\s+/).pop()!;
  if (variants.some(({ q }) => q.length === 1) && /^-?\w{2,}$/.test(last) && foldName(last).length >= 2) {
    const [from, to] = [shardOf(keys, foldName(last)), shardOf(keys, `${foldName(last)}\uffff`)];
    if (to - from + 1 > PREFIX_SHARDS) return 'whole';
    for (const n of between(from, to)) records.add(n);
    prefix = foldName(last);
  }
  // CJK matches are CJK texts that hold the whole text folded (cjkMatches): none when it is longer than every one, or
  // holds a longer run of other characters (`invalid application key valueof … appkey` before `不合法`).
  const cjkMatchable = [...new Set([text, trimmed].map(cjkMatchText))].filter(
    (folded): folded is string => folded !== undefined && folded.length <= (words.cjk.longest ?? Infinity) && longestNonCjkRun(folded) <= (words.cjk.run ?? Infinity),
  );
  const cjk = cjkMatchable.length > 0 || cjkSentence;
  // What cjkTop ranks, read from the postings of CJK pairs (cjkPairKey): for each text folded that a CJK text may
  // hold, its pairs (a match holds them all); for a CJK sentence, the pairs a text worded like it shares.
  // (Its pairs of a CJK character and another, cjkEdgePairs, too: a Latin word beside `无效` is rarer than `无效`.)
  const cjkHeld = cjkMatchable.map((folded) => {
    const edges = [...cjkEdgePairs(folded)];
    return { folded, pairs: [...cjkPairs(folded), ...edges], edges };
  });
  const edges = new Set(cjkHeld.flatMap((held) => held.edges));
  const cjkLike = cjkSentence && !(answered && cjkMatched) ? [...new Set([text, trimmed])].map((t) => [...cjkPairs(foldWording(t.slice(0, 200)))]).filter((pairs) => pairs.length >= 2) : [];
  const askedPairs = [...new Set([...cjkHeld.flatMap((h) => h.pairs), ...cjkLike.flat()])];
  /** The CJK pair index's shards that hold these pairs' postings, each for the entries with texts of at most so many pairs (pairPartsUpTo). */
  const pairShards = (pairs: [string, number][]) =>
    pairIndex ? [...new Set(pairs.map(([pair, most]) => pairPartsUpTo(pair, most)).flatMap(([lo, hi]) => between(shardOf(pairIndex, lo), shardOf(pairIndex, hi))))].sort((a, b) => a - b).map((n) => pairIndex.from + n) : [];
  const pairHeavy = new Set(pairIndex ? decodePlaces(pairIndex.heavy).map((n) => pairIndex.from + n) : []);
  // A common pair's postings have shards of their own (heavy), or are cut into parts, fewest pairs first (lookup-words.ts,
  // pairParts): one shard or more. A pair in one shard is read whole or not at all.
  const ownShards = new Map(askedPairs.map((pair) => [pair, pairShards([[pair, Infinity]])]));
  const pairWeight = new Map([...ownShards].map(([pair, shards]) => [pair, shards.length]));
  const inParts = (pair: string) => pairWeight.get(pair)! > 1;
  const common = (pair: string) => inParts(pair) || ownShards.get(pair)!.some((n) => pairHeavy.has(n));
  const upToIn = (pair: string, most: number) => (inParts(pair) || !most ? most : Infinity);
  /** How far each pair's postings are read: the entries whose texts holding it have at most so many pairs (0: none; absent: all). */
  const readUpTo = new Map<string, number>();
  const whole = (pair: string) => (readUpTo.get(pair) ?? Infinity) === Infinity;
  // A Chinese sentence (cjkLike) reads its common pairs only for texts of at most T pairs, the least T that leaves
  // no text unshown that may read like it (alikeComplete): a longer text must share more pairs than the common ones
  // are, so it holds a rarer pair, read whole. Those of up to T pairs are then shown with every pair they share, and
  // the entries left are few (a common pair's first part, about 0.4 KB, where its whole postings are 3 to 4 KB). A
  // sentence with few common pairs has T = 0: they are not read, as a common word is not.
  for (const pairs of cjkLike) {
    const limits = (most: number) => pairs.map((p) => (common(p) ? upToIn(p, most) : Infinity));
    let most = 0;
    while (!alikeComplete(limits(most), LIMITS.cjkOverlap)) most++;
    for (const p of pairs.filter((p) => common(p) && upToIn(p, most) < Infinity)) readUpTo.set(p, Math.max(readUpTo.get(p) ?? 0, most));
  }
  // A text a CJK text may hold (cjkHeld) is bounded by a pair read whole (its only one, for two characters, which is
  // ranked from it): the rarest of its pairs, when the sentence reads every one in part.
  for (const { folded, pairs } of cjkHeld) {
    if (folded.length === 2) for (const p of pairs) readUpTo.delete(p);
    else if (pairs.length && !pairs.some(whole)) readUpTo.delete([...pairs].sort((a, b) => pairWeight.get(a)! - pairWeight.get(b)!)[0]!);
  }
  const heldBounded = () => cjkHeld.every(({ folded, pairs }) => (folded.length === 2 ? pairs.every(whole) : !pairs.length || pairs.some(whole)));
  // Its other common pairs wait, as a common word's do, while each such text keeps a pair read whole (the entries
  // holding it hold that one); then its edge pairs, which only narrow what its CJK pairs bound already (when every
  // CJK pair of a text is common, its edges are what bounds it, and stay read). When those leave too many entries,
  // WordPlan.later reads them, and the sentence's common pairs whole.
  const alike = new Set(cjkLike.flat());
  const waitingPairs = [
    ...askedPairs.filter((p) => common(p) && !alike.has(p)).sort((a, b) => pairWeight.get(b)! - pairWeight.get(a)!),
    ...askedPairs.filter((p) => edges.has(p) && !common(p) && !alike.has(p)),
  ];
  for (const pair of waitingPairs) {
    readUpTo.set(pair, 0);
    if (!heldBounded()) readUpTo.delete(pair);
  }
  const cjkPairShards = pairShards(askedPairs.map((p): [string, number] => [p, readUpTo.get(p) ?? Infinity]).filter(([, most]) => most > 0));
  // The pairs' postings only when they cost less than the CJK texts whole (shards of a whole budget each): their
  // shards (a light one PAIR_KEY_SHARE of a budget, a heavy one a whole budget), and the records of up to
  // CJK_CANDIDATES entries (about a quarter of a shard each, RECORD_SHARE). A long Chinese sentence has many pairs.
  // (Counted as shards alike, six real pastes at 3,000 entries with Chinese read all 17 CJK shards, 20 KB, and fetched
  // 27.2–30.4 KB; weighed, the largest fetches 15.8 KB: tests/bench/README.md, "Scale, seventeenth pass".)
  const pairCost = cjkPairShards.reduce((sum, n) => sum + (pairHeavy.has(n) ? 1 : PAIR_KEY_SHARE), 0);
  const byPairsCjk = cjk && pairIndex !== null && askedPairs.length > 0 && pairCost + CJK_CANDIDATES / 4 < words.cjk.count;
  /** The places cjkTop would keep, from the pairs' postings; undefined when they cannot tell (the CJK shards can). */
  const cjkFromPairs = (entries: LexEntry[]): Set<number> | undefined => {
    if (!byPairsCjk) return undefined;
    // cjk() then places() ask with the same entries, read by then: the answer is kept for them.
    if (pairsRead?.entries !== entries || pairsRead.length !== entries.length) pairsRead = { entries, length: entries.length, found: fromPairs(byKeyOf(entries)) };
    return pairsRead.found;
  };
  let pairsRead: { entries: LexEntry[]; length: number; found: Set<number> | undefined } | undefined;
  const fromPairs = (byKey: Map<string, LexEntry[]>): Set<number> | undefined => {
    const found = new Set<number>();
    for (const { folded, pairs } of cjkHeld) {
      if (!pairs.length) return undefined;
      // Every entry holding the text holds its pairs read: a superset, which the lookup ranks once its records are in.
      const held = cjkHolding(byKey, pairs.filter(whole), pairIndex!.lengths);
      if (held.size <= CJK_CANDIDATES) {
        for (const p of held.keys()) found.add(p);
        continue;
      }
      // Many hold it: ranked from the postings only when holding the pair is holding the text (two CJK characters).
      if (folded.length !== 2) return undefined;
      const ranked = [...held].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([p]) => p);
      for (const slug of [undefined, ...named]) for (const p of ranked.filter((p) => !slug || vendorAt(words.runs, p) === slug).slice(0, slug ? LIMITS.suggestions : PHRASES_SHOWN)) found.add(p);
    }
    for (const pairs of cjkLike) {
      const like = cjkAlike(byKey, pairs, pairIndex!.lengths, CJK_CANDIDATES, readUpTo);
      if (like === 'whole') return undefined;
      for (const p of like) found.add(p);
    }
    return found;
  };

  // A key's postings may be cut into parts keyed right after it (lookup-words.ts, splitHeavy).
  for (const k of lexKeys) ranges.push([k, `${k}\u0001\uffff`]);
  const lex = [...shardsIn(ranges), ...(byPairsCjk ? cjkPairShards : [])];
  /** The word index's shards asked for so far; whether the named vendors' words are read or never needed. */
  const fetched = new Set(lex);
  let vendorsDecided = false;
  return {
    lex,
    later(entries) {
      const byKey = byKeyOf(entries);
      const wanted: [string, string][] = [];
      // Words whose postings to read now, and (for suggestions) whose longer words.
      const readNow = new Set<string>();
      const readLonger = new Set<string>();
      const inNames = (w: string) => (readFirst(w) ? byKey.get(`w:${w}`)?.some((e) => e.x) : mayName(w));
      for (const t of undecided.splice(0)) wanted.push(...chooseNames(t, t.placed!.flatMap(([w, , list]) => (inNames(w) ? list : []))));
      // lookup() asks without the vendors only when the named vendors have no suggestion (see places()). With words of
      // the text unread, the entries the others leave are all read (few): those holding the vendor words are among them.
      if (waiting.size && !vendorsDecided) {
        const { q } = variants[1]!;
        if (q.every(read)) {
          vendorsDecided = true;
          if (!scoredWords(byKey, entries, q).some((p) => named.includes(vendorAt(words.runs, p)))) wanted.push(...laterRanges);
        } else if (scoredWords(byKey, entries, q.filter(read)).length <= LIMITS.suggestions) vendorsDecided = true;
      }
      if (byHolders && !holders(byKey)) {
        // Too many entries hold the words read: its unread numbers, then its common words, then its pairs.
        const unreadHeld = heldBy.filter((w) => unreadWords.has(w));
        for (const w of numbersFirst(unreadHeld)) readNow.add(w);
        if (!unreadHeld.length) wanted.push(...pairRanges);
      }
      for (const { q } of variants) {
        const known = q.filter(read);
        if (known.length < q.length && scoredWords(byKey, entries, known).length > LIMITS.suggestions) {
          for (const w of q) {
            readNow.add(w);
            readLonger.add(w);
          }
        }
      }
      for (const asked of sentences) {
        const unread = asked.filter((w) => unreadWords.has(w));
        const like = unread.length ? similarCandidates(byKey, asked, unread) : [];
        if (like === 'whole' || like.length > SIMILAR_LEFT) for (const w of asked) readNow.add(w);
      }
      for (const w of readNow) if (unreadWords.delete(w)) wanted.push(wordRange(w));
      for (const w of readLonger) if (unreadLonger.delete(w)) wanted.push(longerWords(w));
      // The pairs read leave too many entries that may hold the text or read like it. The common pairs a sentence read
      // in part, further: up to texts long enough that a longer one must share one more of its rarer pairs (fewer
      // do), whole once that is all their parts, until new parts are to be read or the entries left are few; those
      // left unread, whole.
      const morePairs: [string, number][] = [];
      while (byPairsCjk && readUpTo.size && !cjkFromPairs(entries)) {
        for (const [pair, most] of readUpTo) {
          const further = most > 0 ? most + Math.ceil(2 / LIMITS.cjkOverlap) : Infinity;
          if (pairShards([[pair, further]]).length < pairWeight.get(pair)!) readUpTo.set(pair, further);
          else readUpTo.delete(pair);
          morePairs.push([pair, further]);
        }
        pairsRead = undefined;
        if (pairShards(morePairs).some((n) => !fetched.has(n))) break;
      }
      const more = [...shardsIn(wanted), ...pairShards(morePairs)].filter((n) => !fetched.has(n));
      for (const n of more) fetched.add(n);
      return more;
    },
    records: [...records].sort((a, b) => a - b),
    prefix,
    cjk(entries) {
      return cjk && !cjkFromPairs(entries) ? between(words.cjk.from, words.cjk.from + words.cjk.count - 1) : [];
    },
    places(entries, cjkTexts) {
      const found = new Set<number>();
      const nearOne = (t: string, name: string) => {
        const max = allowedEdits(t.length);
        const edits = editDistance(t, name, Math.min(max, allowedEdits(name.length)));
        return edits <= max && edits <= allowedEdits(name.length);
      };
      for (const e of entries) {
        const name = nameOf(e.k);
        if (e.n && name !== undefined && near.some((t) => nearOne(t, name))) for (const p of decodePlaces(e.n)) found.add(p);
        // Names under a typed word in about its place, for the targets of two words or more.
        const placed = namesByWordOf(e.k);
        if (!e.m || !placed) continue;
        const targets = byWords.filter((t) => sharesWord(t.words, [placed], t.edits));
        for (const [named, gaps] of e.m) if (targets.some((t) => nearOne(t.target, named))) for (const p of decodePlaces(gaps)) found.add(p);
      }
      const byKey = byKeyOf(entries);
      if (cjk) for (const p of cjkFromPairs(entries) ?? cjkTop(cjkTexts, text, named, words.runs)) found.add(p);
      let phrased: number[] | undefined;
      const held = phrasing && !byPairs ? holders(byKey) : undefined;
      if (held) for (const p of held) found.add(p);
      else if (phrasing) {
        const ranked = phraseRanks(byKey, phraseWords, pairs);
        if (ranked === 'whole') return 'whole';
        const exact = pairs.length <= 1;
        // The top of an exact list, and every entry with a description that is the phrase itself (lookup's byMeaning);
        // a longer phrase's candidates all.
        ranked.forEach(([place, length], at) => {
          if (!exact || at < PHRASES_SHOWN || length === phrase.length) found.add(place);
        });
        if (exact) phrased = ranked.slice(0, LIMITS.suggestions).map(([place]) => place);
      }
      const exactPhrases = phrased && !cjk ? phrased : undefined;
      // The named vendors' suggestions first: when they have any, lookup() never asks without the vendors.
      for (const { q, only } of [...variants].reverse()) {
        // Words of it unread: every entry the others leave (a few, WordPlan.later), ranked by lookup() itself. Those
        // hold every entry with the vendor words too: asked without the vendors, the same.
        if (!q.every(read)) {
          for (const p of scoredWords(byKey, entries, q.filter((w) => read(w) && !waiting.has(w)))) found.add(p);
          continue;
        }
        const ofVendors = scoredWords(byKey, entries, q).filter((p) => !only || only.includes(vendorAt(words.runs, p)));
        // suggestions() lists its phrases (of the named vendors), then the best of the rest, eight in all: whichever
        // of these eight are phrases, the rest it lists are among them, so eight are enough when the phrases are not
        // known here, and eight less the phrases when they are.
        const top = ofVendors.filter((p) => !exactPhrases?.includes(p));
        const listed = exactPhrases?.filter((p) => !only || only.includes(vendorAt(words.runs, p))).length ?? 0;
        for (const p of top.slice(0, Math.max(0, LIMITS.suggestions - listed))) found.add(p);
        if (only && ofVendors.length) break;
      }
      return [...found].sort((a, b) => a - b);
    },
    similar(entries, part) {
      // A short text's phrase held by a text: the lookup lists it (suggestions) and phraseMatches returns it, so
      // neither reaches wordSimilar. Every entry that may hold the phrase is among `places` (above).
      if (!allSentences.length || (phraseFirst && holdsPhrase(part(), phrase))) return [];
      const byKey = byKeyOf(entries);
      const found = new Set<number>(longAlike);
      for (const asked of sentences) {
        const like = similarCandidates(byKey, asked, asked.filter((w) => unreadWords.has(w)));
        if (like === 'whole') return 'whole';
        for (const p of like) found.add(p);
      }
      return [...found].sort((a, b) => a - b);
    },
  };
}

/** Whether a text of the index holds the phrase (phraseText: whole words, spaced), as phraseMatches finds it. */
function holdsPhrase(index: LookupIndex, phrase: string): boolean {
  const { phrases } = tablesOf(index);
  return index.codes.some((item) => phrases.get(item)!.some((p) => p.includes(phrase)));
}

/**
 * The places of the CJK matches and similar CJK texts the lookup may show, ranked by the engine itself over the
 * entries' CJK texts (an entry that holds them as messages has exactly those cjkTexts: folding twice changes
 * nothing): the top ten of each list (the search page's phrase tier), and the top of each named vendor's
 * (suggestions narrowed to the vendors a text names), for the text as given and trimmed.
 */
function cjkTop(shards: CjkEntry[][], text: string, named: string[], runs: [number, string][]): Set<number> {
  const index: LookupIndex = { vendors: [], codes: [] };
  for (const shard of shards) {
    let place = 0;
    for (const [gap, ...messages] of shard) {
      place += gap;
      index.codes.push({ vendor: vendorAt(runs, place), code: String(place), meaning: '', category: '', action: '', retryable: false, messages });
    }
  }
  const top = new Set<number>();
  for (const asked of new Set([text, text.trim()])) {
    for (const list of [cjkMatches(index, asked), cjkSimilar(index, asked)]) {
      for (const slug of [undefined, ...named]) {
        const shown = list.filter((item) => !slug || item.vendor === slug).slice(0, slug ? LIMITS.suggestions : PHRASES_SHOWN);
        for (const item of shown) top.add(Number(item.code));
      }
    }
  }
  return top;
}

/** The vendor of a place, from the catalogue's runs by vendor. */
export function vendorAt(runs: [number, string][], place: number): string {
  return runs[lastNotAfter(runs.length, (n) => runs[n]![0] <= place)]?.[1] ?? '';
}
