/**
 * "Did you mean": error names one or two letters off what was typed
 * (`BadDeviceTokn` → `BadDeviceToken`). Only long names (LIMITS.nearMinChars):
 * on a short one a letter off is as likely another name or an English word.
 */
import type { Compiled } from './tables.ts';
import { foldName, nameWords } from './text.ts';
import type { Token } from './tokens.ts';
import type { LookupItem } from './types.ts';
import { LIMITS } from './weights.ts';

/**
 * Edits (insert, delete, substitute, swap two neighbours: optimal string
 * alignment) from `a` to `b`, or `max + 1` as soon as it must be more than
 * `max`. Bounded, so comparing a typed word with every name stays cheap:
 * only a band of `2 * max + 1` cells per row is filled.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const far = max + 1;
  let before = new Array<number>(b.length + 1).fill(far); // row i - 2
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : far)); // row i - 1
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(far);
    let best = i <= max ? i : far;
    row[0] = best;
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      d = Math.min(d, far);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return far;
    before = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, far);
}

/** How many letters may be off for a folded name of this length: none below LIMITS.nearMinChars. */
export function allowedEdits(length: number): number {
  if (length < LIMITS.nearMinChars) return 0;
  return length < LIMITS.nearTwoEditChars ? 1 : 2;
}

/**
 * Items whose name, symbolic code or alias is within allowedEdits() of the
 * typed text (folded: case, spaces and underscores do not count), nearest
 * first; of two typed words or more, only names that share one in place
 * (sharedWordRule). Empty when the text is itself a name, or too short to correct.
 */
export function nearNames(tables: Compiled, typed: string): { item: LookupItem; name: string; edits: number }[] {
  const folded = foldName(typed);
  const max = allowedEdits(folded.length);
  if (!max || !/^[a-z0-9]+$/.test(folded) || !/[a-z]/.test(folded) || tables.byName.has(folded)) return [];
  const shared = sharedWordRule(typed);
  const found = new Map<LookupItem, { item: LookupItem; name: string; edits: number }>();
  for (const [name, items] of tables.byName) {
    if (name.length < LIMITS.nearMinChars) continue;
    const edits = editDistance(folded, name, Math.min(max, allowedEdits(name.length)));
    if (edits > max || edits > allowedEdits(name.length)) continue;
    for (const item of items) {
      if (shared && !sharesWord(shared, nameWordsOf(item, name), max)) continue;
      const old = found.get(item);
      if (!old || edits < old.edits) found.set(item, { item, name: spelled(item, name), edits });
    }
  }
  return [...found.values()].sort((a, b) => a.edits - b.edits).slice(0, LIMITS.suggestions);
}

/** Words of a folded text and where each starts in it: ["bad", 0], ["device", 3], ["token", 9]. */
export type PlacedWords = [string, number][];

/** The words of `words` placed one after another in `folded`, where each is found from the end of the one before. */
export function placeWords(words: string[], folded: string): PlacedWords {
  const placed: PlacedWords = [];
  let from = 0;
  for (const word of words) {
    const at = folded.indexOf(word, from);
    if (at < 0) continue;
    placed.push([word, at]);
    from = at + word.length;
  }
  return placed;
}

/**
 * Typed words, LIMITS.nearSharedWords or more (`bad device tokne`, or one token written as a name of that many:
 * `DeviceTokenNotForTopc`), are offered only names that have one of them as a word of their own (BadDeviceToken:
 * bad, device, token) at about the same place in the folded text (no
 * further apart than the edits allowed). A typo is one or two letters: a word is left whole and where it was
 * (of three words always; of two unless both have a letter off, which then offers nothing). The word index
 * keeps long names under each of their words and its place (lookup-words.ts) for this. The typed words and
 * their places, or undefined under that count.
 */
export function sharedWordRule(typed: string): PlacedWords | undefined {
  const words = nameWords(typed);
  return words.length >= LIMITS.nearSharedWords ? placeWords(words, foldName(typed)) : undefined;
}

/** Whether a name's placed words meet a typed text's (sharedWordRule) within `edits` places. */
export function sharesWord(typed: PlacedWords, named: PlacedWords, edits: number): boolean {
  return named.some(([word, at]) => typed.some(([w, from]) => w === word && Math.abs(from - at) <= edits));
}

/** The words of a name an item is found by (folded), as the vendor spells it, and their places in the folded name. */
export function nameWordsOf(item: LookupItem, folded: string): PlacedWords {
  return placeWords(nameWords(spelled(item, folded)), folded);
}

/** The name as the vendor spells it, for "Did you mean BadDeviceToken". */
function spelled(item: LookupItem, folded: string): string {
  return [item.name, item.code, ...(item.aliases ?? [])].find((n) => n !== undefined && foldName(n) === folded) ?? item.code;
}

/**
 * Names a letter or two off a token of a longer text ("Getting SenderIdMissmatch error …"), for the tokens written
 * as vendors write names (CamelCase, UPPER_CASE, snake_case), which prose words are not; at most
 * LIMITS.nearTokens distinct tokens are compared, so a long paste stays cheap. Nearest first.
 */
export function nearNamesIn(tables: Compiled, tokens: Token[]): { item: LookupItem; name: string; edits: number }[] {
  const tried = new Set<string>();
  const found: { item: LookupItem; name: string; edits: number }[] = [];
  for (const token of tokens) {
    if (tried.size >= LIMITS.nearTokens) break;
    if (token.numeric || !/[A-Z].*[A-Z]|_/.test(token.text) || foldName(token.text).length < LIMITS.nearMinChars) continue;
    if (tried.has(token.text)) continue;
    tried.add(token.text);
    for (const near of nearNames(tables, token.text)) if (!found.some((f) => f.item === near.item)) found.push(near);
  }
  return found.sort((a, b) => a.edits - b.edits).slice(0, LIMITS.suggestions);
}
