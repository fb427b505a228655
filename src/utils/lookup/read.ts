/**
 * Reads every code a text names: numbers (by code, or as an HTTP status of a
 * named error) and error names (one token or a few words). Each found code
 * becomes a candidate with a strength (STRENGTH) for the ranking.
 */
import type { Candidates } from './candidates.ts';
import type { Compiled } from './tables.ts';
import { foldName } from './text.ts';
import { contextOf, keyBefore, type Context, type Token } from './tokens.ts';
import type { LookupItem } from './types.ts';
import { LIMITS, STRENGTH } from './weights.ts';

export interface Reading {
  text: string;
  tokens: Token[];
  /** A few typed words rather than a paste. */
  typed: boolean;
  tables: Compiled;
  candidates: Candidates;
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
  for (let i = 0; i < tokens.length && distinct < LIMITS.codes; i++) {
    const token = tokens[i]!;
    const key = keyBefore(text, token.start);
    const context = contextOf(key);
    if (token.numeric) {
      if (readNumber(reading, token, key, context) && !seen.has(token.text)) {
        seen.add(token.text);
        distinct++;
      }
      continue;
    }
    const name = readName(reading, i, key, context);
    if (!name) continue;
    if (!seen.has(name.folded)) {
      seen.add(name.folded);
      distinct++;
    }
    i += name.words - 1;
  }
}

/** A number: a code, or an HTTP status of named errors. True when it named something. */
function readNumber({ text, typed, tables, candidates }: Reading, token: Token, key: string, context: Context): boolean {
  if (context === 'noise' && !typed) return false;
  const digits = token.text.replace('-', '').length;
  // In a paste, a bare number is a code only if it is long enough not to be a count.
  if (!typed && context === 'plain' && (digits < LIMITS.minPlainDigits || digits > LIMITS.maxPlainDigits)) return false;
  const strength = typed ? STRENGTH.typedCode : context === 'code' ? STRENGTH.codeKey : context === 'http' ? STRENGTH.httpKey : STRENGTH.plain;
  const before = candidates.size;
  // `ErrorCode` written in the push server's case is the server's own key.
  const ownKey = key === 'errorcode' && /ErrorCode/.test(text.slice(Math.max(0, token.start - 14), token.start)) ? 'server' : undefined;
  for (const item of tables.byCode.get(token.text) ?? []) candidates.add(item, 'code', token.text, strength, token.start, ownKey);
  // An HTTP status names FCM and APNs errors: when typed alone, or written as an HTTP status.
  if (typed || context === 'http') {
    for (const item of tables.byHttp.get(Number(token.text)) ?? []) candidates.add(item, 'http', token.text, strength - STRENGTH.httpReadingPenalty, token.start);
  }
  return candidates.size > before;
}

/** Names: one token ("UNREGISTERED", "BadDeviceToken") or a few words ("Bad Device Token"), longest first. */
function readName({ text, tokens, typed, tables, candidates }: Reading, i: number, key: string, context: Context): { folded: string; words: number } | undefined {
  for (let n = Math.min(LIMITS.nameWords, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t) => t.numeric)) continue;
    let joined = true;
    for (let j = 1; j < n; j++) if (!/^[\s_-]{1,2}$/.test(text.slice(span[j - 1]!.end, span[j]!.start))) joined = false;
    if (!joined) continue;
    const written = text.slice(span[0]!.start, span[n - 1]!.end);
    let items = tables.byName.get(foldName(written));
    if (!items) continue;
    const asWritten = (item: LookupItem) => item.code === written || item.name === written;
    // In a paste the case is as the vendor wrote it: "Unregistered" is APNs', "UNREGISTERED" FCM's.
    const exactCase = items.filter(asWritten);
    if (!typed && exactCase.length) items = exactCase;
    // A plain word in a paste ("internal", "forbidden") names a code only when written as the vendor writes it or under a code key.
    if (!typed && n === 1 && context !== 'code' && !items.some(asWritten)) continue;
    const strength = typed ? STRENGTH.typedName : context === 'code' ? STRENGTH.codeKey : n > 1 || /[A-Z].*[A-Z]|_/.test(written) ? STRENGTH.styledName : STRENGTH.plain;
    const ownKey = key === 'reason' ? 'apns' : key === 'status' || key === 'errorcode' ? 'fcm' : undefined;
    for (const item of items) candidates.add(item, 'name', written, strength + (asWritten(item) ? STRENGTH.exactCase : 0), span[0]!.start, ownKey);
    return { folded: foldName(written), words: n };
  }
  return undefined;
}
