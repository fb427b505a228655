/**
 * Reads every code a text names: numbers (by code, or as an HTTP status of a
 * named error) and error names (one token or a few words). Each found code
 * becomes a candidate with a strength (STRENGTH) for the ranking.
 */
import type { Candidates } from './candidates.ts';
import type { Compiled } from './tables.ts';
import { foldName, nameWords, spellingsOf } from './text.ts';
import { keyBefore, type Key, type Token } from './tokens.ts';
import type { LookupItem } from './types.ts';
import { kinship, type VendorMention } from './vendor-guess.ts';
import { cjkLength, findWordings, foldWording, hasCjk } from './wording.ts';
import { LIMITS, STRENGTH } from './weights.ts';

export interface Reading {
  text: string;
  tokens: Token[];
  /** A few typed words rather than a paste. */
  typed: boolean;
  tables: Compiled;
  candidates: Candidates;
  mentions: VendorMention[];
}

/** The whole typed query as one name: "bad device token", "Quota exceeded". */
export function readWholeName({ tables, candidates, typed }: Reading, trimmed: string): void {
  const whole = foldName(trimmed);
  if (!typed || !/[a-z]/.test(whole)) return;
  for (const item of tables.byName.get(whole) ?? []) {
    candidates.add(item, 'name', trimmed, item.code === trimmed || item.name === trimmed ? STRENGTH.wholeNameExact : STRENGTH.wholeName, 0);
  }
}

/** Every code and name in the tokens, at most LIMITS.codes distinct ones. */
export function readTokens(reading: Reading): void {
  const { tokens, text } = reading;
  let distinct = 0;
  const seen = new Set<string>();
  /** The last token a name read took in: the tokens up to it are not read again. */
  let readUpTo = -1;
  for (const { token, at, key } of keyedTokens(text, tokens)) {
    if (distinct >= LIMITS.codes) break;
    if (at <= readUpTo) continue;
    if (token.numeric) {
      if (readNumber(reading, token, key) && !seen.has(token.text)) {
        seen.add(token.text);
        distinct++;
      }
      continue;
    }
    const name = readName(reading, at, key);
    if (!name) continue;
    if (!seen.has(name.folded)) {
      seen.add(name.folded);
      distinct++;
    }
    readUpTo = at + name.words - 1;
  }
}

/**
 * Each token with the key it is written under, but the numbers that label the number after them: a label's key is
 * handed to that number (`code 2: 80300007`). A name never takes in a number (readName), so a label is never inside one.
 */
function* keyedTokens(text: string, tokens: Token[]): Generator<{ token: Token; at: number; key: Key }> {
  let labelKey: Key | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const key = labelKey ?? keyBefore(text, token.start);
    labelKey = undefined;
    if (token.numeric && isLabel(text, token, tokens[at + 1])) {
      labelKey = key;
      continue;
    }
    yield { token, at, key };
  }
}

/**
 * A number written as the label of the number after it, `2: 80300007` or
 * `[2]: 80300007` (an index or a line number, as in `Error code 2: 80300007`):
 * a colon and nothing else between them. `907135000: arguments invalid` is a
 * code followed by its message, not a label.
 */
function isLabel(text: string, token: Token, next: Token | undefined): boolean {
  return !!next?.numeric && /^[\]"']?\s*:\s*["']?$/.test(text.slice(token.end, next.start));
}

/**
 * Whether a number token may name a code, from the text alone (no table): false when not; else the vendors whose
 * codes it may be (undefined: any vendor's).
 */
function numberVendors({ typed, mentions }: Pick<Reading, 'typed' | 'mentions'>, token: Token, key: Key): Set<string> | undefined | false {
  const { context } = key;
  if (context === 'noise' && !typed) return false;
  const digits = token.text.replace('-', '').length;
  if (!typed && context === 'plain') {
    // In a paste, a bare number is a code only if it is long enough not to be a count and short enough not to be an id…
    if (digits > LIMITS.maxPlainDigits) return false;
    // …or, shorter, when a vendor word stands near it ("oppo push failed with -1"): then only that vendor's codes.
    if (digits < LIMITS.minPlainDigits) {
      const vendors = new Set(mentions.filter((m) => Math.abs(m.position - token.start) <= LIMITS.shortCodeReach).map((m) => m.slug));
      return vendors.size ? vendors : false;
    }
  }
  return undefined;
}

/**
 * The numbers of a text the lookup may read as codes or HTTP statuses (readTokens' numbers, by numberVendors),
 * folded as keys are (foldName: `-1` is `1`), with and without leading zeros: the lookup shards read the key
 * shards of these numbers only (lookup-shards.ts, shardsForText). The LIMITS.codes cap is not applied: a superset.
 */
export function readableNumbers(text: string, tokens: Token[], typed: boolean, mentions: VendorMention[]): Set<string> {
  const numbers = new Set<string>();
  for (const { token, key } of keyedTokens(text, tokens)) {
    if (token.numeric && numberVendors({ typed, mentions }, token, key) !== false) numbers.add(foldName(token.text)).add(foldName(withoutLeadingZeros(token.text)));
  }
  return numbers;
}

/** `08` → `8`, `-007` → `-7`: a status written with leading zeros is the same number. */
const withoutLeadingZeros = (number: string) => number.replace(/^(-?)0+(?=\d)/, '$1');

/** A number: a code, or an HTTP status of named errors. True when it named something. */
function readNumber({ text, typed, tables, candidates, mentions }: Reading, token: Token, key: Key): boolean {
  const { context } = key;
  const vendors = numberVendors({ typed, mentions }, token, key);
  if (vendors === false) return false;
  const strength = typed ? STRENGTH.typedCode : context === 'code' ? STRENGTH.codeKey : context === 'http' ? STRENGTH.httpKey : STRENGTH.plain;
  const before = candidates.size;
  // `ErrorCode` written in the push server's case is the server's own key.
  const ownKey = key.name === 'errorcode' && /ErrorCode/.test(text.slice(Math.max(0, token.start - 14), token.start)) ? 'server' : undefined;
  const near = (vendor: string) => !vendors || [...vendors].some((named) => kinship(tables.family, named, vendor) > 0);
  // A status written with a leading zero under a code key (`Status: 08`) is the same number as the code.
  const keyed = context === 'code' || context === 'http';
  const written = tables.byCode.has(token.text) || !keyed ? token.text : withoutLeadingZeros(token.text);
  for (const item of tables.byCode.get(written) ?? []) {
    if (!near(item.vendor)) continue;
    // The code's own message beside it (`put(80000000, "Success")`) says the number is that code.
    // That message is the vendor's wording: it also says who wrote the text.
    const own = !typed && besideOwnText(text, token, tables.ownTexts.get(item)!);
    candidates.add(item, 'code', token.text, own ? Math.max(strength, STRENGTH.ownTextBeside) : strength, token.start, ownKey, own);
  }
  // An HTTP status names FCM and APNs errors: when typed alone, or written as an HTTP status.
  if (typed || context === 'http') {
    for (const item of tables.byHttp.get(Number(token.text)) ?? []) candidates.add(item, 'http', token.text, strength - STRENGTH.httpReadingPenalty, token.start);
  }
  return candidates.size > before;
}

/**
 * One of the item's own texts (messages, CJK descriptions; folded) stands within LIMITS.ownTextReach characters
 * of the number: as whole words, or anywhere for CJK. Only a window is folded, so this stays cheap per code.
 */
function besideOwnText(text: string, token: Token, own: string[]): boolean {
  if (!own.length) return false;
  const reach = LIMITS.ownTextReach;
  const window = foldWording(text.slice(Math.max(0, token.start - reach), token.end + reach));
  return own.some((t) => {
    // English as whole words; CJK anywhere, but a one-word CJK text not inside a longer run (as readWordings).
    const cjk = hasCjk(t);
    const edge = cjk ? (cjkLength(t) <= LIMITS.cjkWordChars ? hasCjk : () => false) : (ch: string) => /[a-z0-9]/.test(ch);
    for (let at = window.indexOf(t); at >= 0; at = window.indexOf(t, at + 1)) {
      if (!edge(window[at - 1] ?? ' ') && !edge(window[at + t.length] ?? ' ')) return true;
    }
    return false;
  });
}

/** Names: one token ("UNREGISTERED", "BadDeviceToken") or a few words ("Bad Device Token"), longest first. */
function readName({ text, tokens, typed, tables, candidates }: Reading, i: number, { name: key, context }: Key): { folded: string; words: number } | undefined {
  for (let n = Math.min(LIMITS.nameWords, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t) => t.numeric)) continue;
    let joined = true;
    // Words joined by spaces, `_`, `-`, or `/` as the Admin SDK's codes are (`messaging/internal-error`).
    for (let j = 1; j < n; j++) if (!/^[\s_/-]{1,2}$/.test(text.slice(span[j - 1]!.end, span[j]!.start))) joined = false;
    if (!joined) continue;
    const written = text.slice(span[0]!.start, span[n - 1]!.end);
    let items = tables.byName.get(foldName(written));
    if (!items) continue;
    const asWritten = (item: LookupItem) => spellingsOf(item).includes(written);
    // In a paste the case is as the vendor wrote it: "Unregistered" is APNs', "UNREGISTERED" FCM's.
    const exactCase = items.filter(asWritten);
    if (!typed && exactCase.length) items = exactCase;
    // A plain word in a paste ("internal", "forbidden") names a code only when written as the vendor writes it,
    // under a code key, or joined from several words as identifiers are (`too_many_provider_token_updates`).
    // A lowercase single word is prose even when a library spells a name that way (apns2's `forbidden`).
    const prose = n === 1 && !/[A-Z]/.test(written) && nameWords(written).length < 2;
    if (!typed && n === 1 && context !== 'code' && (prose || !items.some(asWritten)) && nameWords(written).length < 2) continue;
    const strength = typed ? STRENGTH.typedName : context === 'code' ? STRENGTH.codeKey : n > 1 || /[A-Z].*[A-Z]|_/.test(written) ? STRENGTH.styledName : STRENGTH.plain;
    const ownKey = key === 'reason' ? 'apns' : key === 'status' || key === 'errorcode' ? 'fcm' : undefined;
    for (const item of items) candidates.add(item, 'name', written, strength + (asWritten(item) ? STRENGTH.exactCase : 0), span[0]!.start, ownKey);
    return { folded: foldName(written), words: n };
  }
  return undefined;
}

/**
 * The vendor's messages, and descriptions written in CJK, found whole in the
 * text (wording.ts). A whole typed query that is a message counts as a name.
 */
export function readWordings({ text, typed, tables, candidates }: Reading, trimmed: string): void {
  const found = findWordings(tables.wordings, text);
  const inside = insideLonger(found.map(({ wording, position }) => [position, position + wording.folded.length]));
  for (const [i, { wording, position, embedded }] of found.entries()) {
    const whole = typed && wording.folded.length >= foldWording(trimmed).length;
    // A one-word CJK wording inside a longer run is part of another word (成功 in 部分Token发送成功), and a message
    // inside a longer message found in the same place is part of it (本机通道注册推送失败 in …失败后,尝试 fcm 通道注册失败):
    // a plain word, not the vendor's message.
    const partOfWord = (embedded && cjkLength(wording.folded) <= LIMITS.cjkWordChars) || inside.has(i);
    candidates.add(wording.item, 'message', wording.text, partOfWord ? STRENGTH.plain : whole ? STRENGTH.wholeName : STRENGTH.message, position);
  }
}

/** Indexes of the spans ([start, end)) that lie inside a longer one. One sort and one sweep. */
function insideLonger(spans: [number, number][]): Set<number> {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]![0] - spans[b]![0] || spans[b]![1] - spans[a]![1]);
  const inside = new Set<number>();
  let reach: [number, number] = [-1, -1];
  for (const i of order) {
    const [start, end] = spans[i]!;
    if (end <= reach[1] && end - start < reach[1] - reach[0]) inside.add(i);
    else if (end > reach[1]) reach = [start, end];
  }
  return inside;
}
