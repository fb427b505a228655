/**
 * What a missing path probably meant. A person types URLs by hand: other
 * letter case, a missing trailing slash, a bare code after the site's root.
 * Pure; the 404 page runs it in the browser against the lookup index, or at
 * scale against the key shards of the path's segments (lookup-part.ts).
 */
import { foldName, type LookupIndex } from './lookup/index.ts';
import { codeValuePath, permalinkPath, safeDecode, vendorPath } from './urls.ts';

export interface PathGuess {
  /** Root-relative path (without the base) to go to at once, when the guess is certain. */
  redirect?: string;
  /** Codes and vendors the path may name, as [label, path]. */
  suggestions: [string, string][];
}

/** The segments of a path that are read, decoded. */
export function pathSegments(path: string): string[] {
  // Spaces around a segment come from copying a URL out of a sentence ("/xiaomi/1%20/"): drop them.
  return path.split('/').map((s) => safeDecode(s).trim()).filter(Boolean).slice(0, 3);
}

/** `path` is the part after the base path, e.g. "/Xiaomi/10001" or "/90001". */
export function guessPath(index: LookupIndex, path: string): PathGuess {
  const segments = pathSegments(path);
  const vendor = (s: string | undefined) => index.vendors.find((v) => s !== undefined && v.slug === s.toLowerCase());
  // Numbers compare exactly, on either side: folding drops the "-", and "1" is not "-1".
  // Names fold case, spaces, "_" and "-" ("expired-token" is ExpiredToken).
  const numeric = (s: string) => /^-?\d+$/.test(s);
  const same = (a: string, b: string) => (numeric(a) || numeric(b) ? a === b : foldName(a) === foldName(b));
  const codesOf = (value: string) => index.codes.filter((c) => same(c.code, value) || (c.name !== undefined && same(c.name, value)));
  const suggestions: [string, string][] = [];

  const [first, second] = segments;
  const v = vendor(first);
  if (v && second !== undefined) {
    const match = codesOf(second).find((c) => c.vendor === v.slug);
    if (match) return { redirect: permalinkPath(match.vendor, match.code), suggestions: [] };
  }
  if (v && second === undefined) return { redirect: vendorPath(v.slug), suggestions: [] };
  // /CODE/10001 → /code/10001/: the every-vendor page, typed in another case or without the slash.
  if (first?.toLowerCase() === 'code' && second !== undefined && segments.length === 2) {
    const matches = codesOf(second);
    if (matches.length) return { redirect: codeValuePath(matches[0]!.code), suggestions: [] };
  }
  if (!v && segments.length === 1 && first !== undefined) {
    const matches = codesOf(first);
    if (matches.length === 1) return { redirect: permalinkPath(matches[0]!.vendor, matches[0]!.code), suggestions: [] };
    if (matches.length > 1) return { redirect: codeValuePath(matches[0]!.code), suggestions: [] };
  }
  if (v) suggestions.push([`${v.name} error codes`, vendorPath(v.slug)]);
  for (const segment of segments) {
    for (const c of codesOf(segment)) {
      const name = index.vendors.find((x) => x.slug === c.vendor)?.name ?? c.vendor;
      suggestions.push([`${name} ${c.code}: ${c.meaning}`, permalinkPath(c.vendor, c.code)]);
    }
  }
  return { suggestions };
}
