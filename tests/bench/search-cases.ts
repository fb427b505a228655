/**
 * The two query sets of `npm run bench:search` in one shape: the hand-written
 * set (search-queries.ts) and the real-text set (real-pastes.ts, copied from
 * public sources). Both are reported per vendor and per kind of text.
 */
import { QUERIES, type Kind as HandKind } from './search-queries.ts';
import { REAL_PASTES, type PasteKind } from './real-pastes.ts';

export type SetName = 'hand' | 'real';
export const KINDS: PasteKind[] = ['log-line', 'json-body', 'phrase', 'name', 'code'];

export interface BenchCase {
  set: SetName;
  q: string;
  /** "vendor/code" permalinks; expect[0] is the answer (shared codes: all of them). */
  expect: string[];
  kind: PasteKind;
  /** The hand-written set's own kind (unique code, shared code, …), kept for --kind. */
  handKind?: HandKind;
  /** Shared codes: every expected entry must come first; ordered: expect[0] first of all. */
  shared?: boolean;
  ordered?: boolean;
  /** Inserted as one paste into the lookup box (else typed key by key). */
  paste: boolean;
  /** The expected page arrives with later work; until it is built the case is counted apart. */
  needs?: string;
  source?: string;
}

/** The hand-written kinds read as the real set's kinds, so both sets share one table. */
function kindOf(kind: HandKind, q: string): PasteKind {
  if (kind === 'unique code' || kind === 'shared code') return 'code';
  if (kind === 'error name') return 'name';
  if (kind === 'phrase') return 'phrase';
  return q.trimStart().startsWith('{') ? 'json-body' : 'log-line';
}

export function handCases(): BenchCase[] {
  return QUERIES.map((h) => ({
    set: 'hand',
    q: h.q,
    expect: h.expect,
    kind: kindOf(h.kind, h.q),
    handKind: h.kind,
    paste: h.kind === 'paste',
    ...(h.kind === 'shared code' ? { shared: true } : {}),
    ...(h.ordered ? { ordered: true } : {}),
  }));
}

export function realCases(): BenchCase[] {
  return REAL_PASTES.map((r) => ({
    set: 'real',
    q: r.q,
    expect: [r.expect],
    kind: r.kind,
    // Real text arrives by copy and paste.
    paste: true,
    source: r.source,
    ...(r.needs ? { needs: r.needs } : {}),
  }));
}

/** The vendor a case is reported under: the expected answer's, or "shared" for a code several vendors have. */
export function vendorOf(c: BenchCase): string {
  return c.shared ? 'shared' : c.expect[0]!.split('/')[0]!;
}

/** Permalink path of a "vendor/code" id, as the site writes it. */
export function pathOf(id: string): string {
  const [vendor, ...code] = id.split('/');
  return `/${vendor}/${encodeURIComponent(code.join('/').toLowerCase())}/`;
}

/**
 * Rank (1-based, 0 = absent) of the expected answer in a list of result paths.
 * Shared codes: rank of the first expected entry (of expect[0] when ordered),
 * and whether all of them come before any other result.
 */
export function rankIn(c: BenchCase, links: string[]): { rank: number; complete?: boolean } {
  const wanted = c.expect.map(pathOf);
  if (!c.shared) return { rank: links.indexOf(wanted[0]!) + 1 };
  const complete = wanted.every((w) => links.slice(0, wanted.length).includes(w));
  const first = c.ordered ? links.indexOf(wanted[0]!) : links.findIndex((l) => wanted.includes(l));
  return { rank: first + 1, complete };
}
