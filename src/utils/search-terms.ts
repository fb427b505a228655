/**
 * Extra words indexed for a code, so a person finds it the way they type it:
 * an error name split into words and joined ("INVALID_ARGUMENT" → "invalid
 * argument", "invalidargument"; "BadDeviceToken" → "bad device token").
 */
import { nameWords } from './name-words.ts';

export function nameVariants(name: string): string[] {
  const words = nameWords(name);
  return [...new Set([words.join(' '), words.join(''), words.join('_')])];
}

export function searchTerms(data: { code: string; name?: string; httpStatus?: number }): string[] {
  const terms = new Set<string>();
  for (const n of [data.code, data.name]) if (n && /[A-Za-z]/.test(n)) for (const v of nameVariants(n)) terms.add(v);
  if (data.httpStatus !== undefined) terms.add(`http ${data.httpStatus}`);
  return [...terms];
}
