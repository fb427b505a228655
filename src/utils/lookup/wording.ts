/**
 * Copied text compared as it reads, not as it was typed: a vendor's message
 * (`Requested entity was not found.`, `regId 不合法`) or a Chinese description
 * found in a paste, whatever copying did to it — letter case, punctuation,
 * curly quotes, full-width forms, line breaks, a trailing full stop, an
 * exception class in front.
 */

/** Chinese, Japanese and Korean characters: compared as a run of characters, since they have no spaces between words. */
const CJK_CLASS = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af';
const CJK = new RegExp(`[${CJK_CLASS}]`);
const CJK_RUN = new RegExp(`[${CJK_CLASS}]`, 'g');
const NOT_TEXT = new RegExp(`[^a-z0-9${CJK_CLASS}]+`, 'g');
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK_CLASS}]) | (?=[${CJK_CLASS}])`, 'g');

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** How many CJK characters a text holds. */
export function cjkLength(text: string): number {
  return text.match(CJK_RUN)?.length ?? 0;
}

/** The length of the longest run of characters in folded text that are not CJK (`appkey` in `appkey不合法`). */
export function longestNonCjkRun(folded: string): number {
  return Math.max(0, ...folded.split(CJK_RUN).map((run) => run.length));
}

/** The pairs of neighbouring CJK characters in folded text: how Chinese is compared without word breaks. */
export function cjkPairs(folded: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) if (hasCjk(folded[i]!) && hasCjk(folded[i + 1]!)) pairs.add(folded.slice(i, i + 2));
  return pairs;
}

/**
 * The pairs of neighbouring characters in folded text of which one is CJK and the other not (`g无` of `usersig无效`):
 * a text that holds `usersig无效` holds it too. Not compared (cjkPairs are): only a superset's bound, in the CJK pair
 * index (lookup-words.ts), for a text with other characters beside its CJK ones.
 */
export function cjkEdgePairs(folded: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) if (hasCjk(folded[i]!) !== hasCjk(folded[i + 1]!)) pairs.add(folded.slice(i, i + 2));
  return pairs;
}

/**
 * Folds text for comparison: NFKC (full-width letters and punctuation), lower
 * case, every run of punctuation, quotes or whitespace one space, and no space
 * next to a CJK character ("regId 不合法" and "regId不合法" fold alike).
 * Every step is a single linear pass.
 */
export function foldWording(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_TEXT, ' ').replace(SPACE_BY_CJK, '').trim();
}

/** A message or description that can be found in a text, folded. */
export interface Wording<T> {
  item: T;
  /** As the vendor writes it. */
  text: string;
  /** foldWording(text). */
  folded: string;
  /** Holds CJK characters: found anywhere, not only between word boundaries. */
  cjk: boolean;
}

/** Wordings by their first two folded characters, so a text is scanned once. */
export type WordingTable<T> = Map<string, Wording<T>[]>;

/**
 * Folded text long enough to stand for one error when found in a paste:
 * two words or more (one word is a name, matched as names are), or two CJK
 * characters or more, and at least 6 characters.
 */
export function findable(folded: string): boolean {
  if (folded.length < 6 && cjkLength(folded) < 2) return false;
  return folded.includes(' ') || cjkLength(folded) >= 2;
}

export function addWording<T>(table: WordingTable<T>, item: T, text: string): void {
  const folded = foldWording(text);
  if (!findable(folded)) return;
  const key = folded.slice(0, 2);
  const list = table.get(key) ?? [];
  if (!list.some((w) => w.item === item && w.folded === folded)) list.push({ item, text, folded, cjk: hasCjk(folded) });
  table.set(key, list);
}

const boundary = (text: string, at: number) => at < 0 || at >= text.length || !/[a-z0-9]/.test(text[at]!);

/**
 * Every wording found in the text, with its position in the folded text.
 * One pass over the text; each position looks only at wordings that start
 * with its two characters.
 */
export function findWordings<T>(table: WordingTable<T>, text: string): { wording: Wording<T>; position: number; embedded: boolean }[] {
  const folded = foldWording(text);
  const found: { wording: Wording<T>; position: number; embedded: boolean }[] = [];
  for (let i = 0; i + 1 < folded.length; i++) {
    const list = table.get(folded.slice(i, i + 2));
    if (!list) continue;
    for (const w of list) {
      if (!folded.startsWith(w.folded, i)) continue;
      // An English message must stand as whole words; a CJK one may sit inside other characters.
      if (!w.cjk && !(boundary(folded, i - 1) && boundary(folded, i + w.folded.length))) continue;
      // A CJK wording with more CJK right before or after it is part of a longer run (成功 in 发送成功).
      const end = i + w.folded.length;
      const embedded = w.cjk && ((i > 0 && hasCjk(folded[i - 1]!)) || (end < folded.length && hasCjk(folded[end]!)));
      found.push({ wording: w, position: i, embedded });
    }
  }
  return found;
}
