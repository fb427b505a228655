/** Text folding shared by the lookup's modules: names, words and phrases compared without case or spacing. */

/** Folds an error name for comparison: case, spaces, underscores and hyphens between words do not matter. */
export function foldName(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Lowercase ASCII words and numbers of a text. */
export function textWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Split the way Pagefind's search terms split names (one copy, in utils/name-words.ts). */
export { nameWords } from '../name-words.ts';

/** Lowercase words joined by single spaces and padded with one, for whole-word phrase comparison. */
export function phraseText(text: string): string {
  return ` ${textWords(text).join(' ')} `;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
