/**
 * Exact lookup: what a query names exactly (a code, an error name, an HTTP
 * status of FCM/APNs). Pure, runs in the browser and in tests, fed by the
 * compact index that src/pages/api/lookup.json.ts generates.
 */

/** One code in the compact lookup index. */
export interface LookupItem {
  /** Vendor slug. */
  v: string;
  /** Code as the vendor returns it. */
  c: string;
  /** Symbolic name, when it differs from the code. */
  n?: string;
  /** HTTP status, where the vendor reports one. */
  h?: number;
  /** One-line meaning. */
  d: string;
}

export interface LookupIndex {
  vendors: { slug: string; name: string; aliases: string[] }[];
  codes: LookupItem[];
}

/** Folds an error name for comparison: case, spaces, underscores and hyphens between words do not matter. */
export function foldName(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

export interface ExactMatch {
  item: LookupItem;
  /** Why it matched: the code itself, its name, or its HTTP status. */
  via: 'code' | 'name' | 'http';
}

/**
 * Codes the query names exactly, in catalogue order: code matches first
 * (every vendor that has the code), then names, then HTTP statuses.
 */
export function exactMatches(index: LookupIndex, query: string): ExactMatch[] {
  const q = query.trim();
  if (!q) return [];
  const folded = foldName(q);
  const isNumber = /^-?\d+$/.test(q);
  const byCode: ExactMatch[] = [];
  const byName: ExactMatch[] = [];
  const byHttp: ExactMatch[] = [];
  for (const item of index.codes) {
    if (isNumber ? item.c === q : foldName(item.c) === folded) byCode.push({ item, via: 'code' });
    else if (item.n && foldName(item.n) === folded) byName.push({ item, via: 'name' });
    else if (isNumber && item.h !== undefined && String(item.h) === q && isNaN(Number(item.c))) byHttp.push({ item, via: 'http' });
  }
  return [...byCode, ...byName, ...byHttp];
}
