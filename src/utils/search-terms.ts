/**
 * Extra words indexed for a code, so a person finds it the way they type it:
 * an error name split into words and joined ("INVALID_ARGUMENT" → "invalid
 * argument", "invalidargument"; "BadDeviceToken" → "bad device token"),
 * and so is each alias.
 */
export function nameVariants(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  return [...new Set([words.join(' '), words.join(''), words.join('_')])];
}

export function searchTerms(data: { code: string; name?: string; httpStatus?: number; aliases?: readonly { text: string }[] }): string[] {
  const terms = new Set<string>();
  for (const n of [data.code, data.name, ...(data.aliases ?? []).map((a) => a.text)]) if (n && /[A-Za-z]/.test(n)) for (const v of nameVariants(n)) terms.add(v);
  if (data.httpStatus !== undefined) terms.add(`http ${data.httpStatus}`);
  return [...terms];
}
