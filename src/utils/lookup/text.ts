/** Text folding shared by the lookup's modules: names, words and phrases compared without case or spacing. */

/** Folds an error name for comparison: case, spaces, underscores and hyphens between words do not matter. */
export function foldName(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Lowercase ASCII words and numbers of a text. */
export function textWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Whether a word of textWords starts with a digit: a number, or part of a date, a time or an id, not a vendor's wording. */
export function isNumberWord(word: string): boolean {
  return /^[0-9]/.test(word);
}

/** Split the way Pagefind's search terms split names (one copy, in utils/name-words.ts). */
export { nameWords } from '../name-words.ts';

/** Lowercase words joined by single spaces and padded with one, for whole-word phrase comparison. */
export function phraseText(text: string): string {
  return ` ${textWords(text).join(' ')} `;
}

/**
 * A whole number with commas between thousands ("20,000"), as toLocaleString('en') writes it. Not Intl: its
 * first call in a browser loads locale data, which blocked the search page for a few hundred ms at load.
 */
export function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every way a code is written that names it: its code, name and aliases, and the last part of a namespaced
 * alias written as an identifier (`messaging/message-rate-exceeded` → `message-rate-exceeded`): the Admin SDKs
 * for Go and Java report the same code without the namespace.
 */
export function spellingsOf(item: { code: string; name?: string; aliases?: string[] }): string[] {
  const aliases = item.aliases ?? [];
  const tails = aliases.filter((a) => a.includes('/')).map((a) => a.slice(a.lastIndexOf('/') + 1)).filter((t) => /[a-z]/i.test(t) && /[-_]/.test(t));
  return [item.code, ...(item.name ? [item.name] : []), ...aliases, ...tails];
}
