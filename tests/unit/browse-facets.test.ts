/** The facets file of category browsing (utils/browse-facets.ts): written and read back, and refused when it does not fit. */
import { describe, expect, it } from 'vitest';
import { contentIndex } from '../helpers/content-index.ts';
import { toCompact, type CompactItem } from '../../src/utils/lookup-compact.ts';
import { buildFacets, facetsOf, readFacets } from '../../src/utils/browse-facets.ts';
import { ACTIONS, CATEGORIES } from '../../src/labels.ts';

/** Runs of vendors as the word index manifest gives them. */
const runsOf = (items: readonly CompactItem[]) => {
  const runs: [number, string][] = [];
  items.forEach((item, i) => {
    if (runs.at(-1)?.[1] !== item.v) runs.push([i, item.v]);
  });
  return runs;
};

describe('buildFacets() and readFacets()', () => {
  it('read back every code of the real catalogue as its record says, one character a code', () => {
    const items = toCompact(contentIndex()).codes;
    const file = buildFacets(items);
    expect(file.width).toBe(1);
    expect(file.places).toHaveLength(items.length);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    expect(readFacets(file, runsOf(items))).toEqual(facetsOf(items));
  });

  it('take two characters a code when the combinations outgrow one', () => {
    const items: CompactItem[] = Object.keys(CATEGORIES).flatMap((k) =>
      Object.keys(ACTIONS).flatMap((a) => ([0, 1] as const).map((r) => ({ v: r ? 'apns' : 'fcm', c: '1', d: '', k, a, r }))),
    );
    const file = buildFacets(items);
    expect(file.combos).toHaveLength(144);
    expect(file.width).toBe(2);
    expect(JSON.stringify(file.places)).toHaveLength(2 * items.length + 2);
    expect(readFacets(file, runsOf(items))).toEqual(facetsOf(items));
  });

  it('refuse a file that does not match the runs of vendors', () => {
    const items = toCompact(contentIndex()).codes.slice(0, 20);
    const file = buildFacets(items);
    expect(() => readFacets(file, [[0, 'apns'], [20, 'fcm']])).toThrow(/facets\.json/);
    expect(() => readFacets({ ...file, places: `${file.places}~` }, runsOf(items))).toThrow(/combination/);
  });
});
