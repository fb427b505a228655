/**
 * The word index's formats, shared by the build (lookup-words.ts) and the
 * browser's reader (lookup-words-read.ts), so the browser does not bundle the
 * build's code: postings, entries, the manifest and the keys of names.
 */

/** Places grouped by a ranking key: [key, places as gaps from the previous place, comma-separated]. */
export type Groups = [number, string][];

/** One key of the word index. `w`: by the entry's word count; `p`: by its shortest text holding the key; `n`: places. */
export interface LexEntry {
  k: string;
  w?: Groups;
  p?: Groups;
  n?: string;
}

/**
 * An entry with CJK texts, as the CJK shards hold it: its place (a gap from the shard's previous entry, the first
 * from 0) and its CJK texts folded as the lookup compares them (tables' cjkTexts). The reader ranks these and
 * fetches the records of the top only: the texts are a third of the records' size.
 */
export type CjkEntry = [number, ...string[]];

/** Where the word index, the records and the CJK records are, for the loader (api/lookup/words.json). */
export interface WordManifest {
  /** Record shards, in catalogue order from shard number `from`: the first place of each, as gaps (see decodePlaces). */
  rec: { from: number; first: string };
  /** Shards holding every entry with a CJK text (CjkEntry). */
  cjk: { from: number; count: number };
  /** The word index: first key of each shard. */
  lex: { from: number; first: string[] };
  /** Runs of the catalogue by vendor: [first place, vendor slug], so a place's vendor is known without its record. */
  runs: [number, string][];
}

/**
 * A long name is kept under its length, and under each of its first three characters (`n:0s:17:synthetictoken12`):
 * a name within two edits of a text has one of those copied from the text's first five characters
 * (two edits make at most two new characters), so a text may fetch only the names that start somewhat like it.
 */
export const nameKeys = (name: string) => [`l:${pad(name.length)}:${name}`, ...[0, 1, 2].map((i) => `${nameRange(i, name[i]!, name.length)}${name}`)];
export const nameRange = (at: number, char: string, length: number) => `n:${at}${char}:${pad(length)}:`;
/** The name in a name key, or undefined. */
export const nameOf = (key: string) => (key.startsWith('l:') ? key.slice(5) : key.startsWith('n:') ? key.slice(8) : undefined);
const pad = (n: number) => String(n).padStart(2, '0');

export function encodeGroups(byRank: Map<number, number[]>): Groups {
  return [...byRank].sort((a, b) => a[0] - b[0]).map(([rank, places]) => [rank, places.map((p, k) => (k ? p - places[k - 1]! : p)).join(',')]);
}

export function decodePlaces(gaps: string): number[] {
  let at = 0;
  return gaps ? gaps.split(',').map((g) => (at += Number(g))) : [];
}

/** place → ranking key of a group list. */
export function decodeGroups(groups: Groups | undefined): Map<number, number> {
  const out = new Map<number, number>();
  for (const [rank, gaps] of groups ?? []) for (const p of decodePlaces(gaps)) out.set(p, rank);
  return out;
}
