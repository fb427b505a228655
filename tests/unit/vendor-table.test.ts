import { describe, expect, it } from 'vitest';
import { facetCounts, filtersFromQuery, filtersToQuery, foldText, hasFilters, passesFilters, textMatches, type Facets, type Filters } from '../../src/utils/filters.ts';
import { PART_BUDGET, partOfSlug, rowWeight, tableParts } from '../../src/utils/vendor-table.ts';
import { vendorPartPath } from '../../src/utils/urls.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const none: Filters = {};

describe('tableParts(): rows while their weight fits PART_BUDGET', () => {
  const weighs = (w: number) => () => w;
  it.each([
    [1, 100, [1]],
    [70, 100, [70]],
    [71, 100, [70, 1]],
    [2000, 100, Array(28).fill(70).concat([40])],
    [3, PART_BUDGET + 1, [1, 1, 1]],
  ])('%i codes of weight %i → parts of %j', (n, weight, sizes) => {
    const parts = tableParts(range(n), weighs(weight));
    expect(parts.map((p) => p.length)).toEqual(sizes);
    expect(parts.flat()).toEqual(range(n));
  });

  it('cuts by weight, not by count: heavy rows make shorter parts', () => {
    const parts = tableParts(range(300), (i) => (i < 100 ? 20 : 140));
    expect(parts.map((p) => p.length)).toEqual([100 + 35, 50, 50, 50, 15]);
    for (const part of parts) expect(part.reduce((n, i) => n + (i < 100 ? 20 : 140), 0)).toBeLessThanOrEqual(PART_BUDGET);
  });

  it('rowWeight() counts UTF-8 bytes: a Chinese description weighs three times its characters', () => {
    expect(rowWeight(['10001', 'Invalid token.'])).toBe(20 + (5 + 14) / 2);
    expect(rowWeight(['10001', '参数错误'])).toBe(20 + (5 + 12) / 2);
  });
});

describe('partOfSlug() and vendorPartPath()', () => {
  it('finds the part that holds a code, or none', () => {
    const index = [['0', '-1'], ['80300007'], ['badtoken']];
    expect(partOfSlug(index, '-1')).toBe(1);
    expect(partOfSlug(index, 'badtoken')).toBe(3);
    expect(partOfSlug(index, 'nope')).toBeUndefined();
  });

  it('part 1 is the vendor page itself', () => {
    expect(vendorPartPath('server', 1)).toBe('/server/');
    expect(vendorPartPath('server', 3)).toBe('/server/codes/3/');
  });
});

describe('textMatches(): the type-to-filter box', () => {
  const text = foldText('80300007  HTTP 400 Specified Token is invalid. Bad token Drop token');
  it.each([
    ['token', true],
    ['TOKEN invalid', true],
    ['invalid   token', true],
    ['8030', true],
    ['', true],
    ['expired', false],
    ['token expired', false],
  ])('%j → %s', (typed, expected) => expect(textMatches(text, typed)).toBe(expected));

  it('ignores accents and case', () => expect(textMatches(foldText('Paramètre invalide'), 'parametre INVALIDE')).toBe(true));
});

const rows: Facets[] = [
  { category: 'rate-limit', action: 'retry-after-wait', fromVendorDocs: false, text: 'limit exceeded' },
  { category: 'rate-limit', action: 'wait-for-quota', fromVendorDocs: true, text: 'daily quota exceeded' },
  { category: 'token-invalid', action: 'remove-token', fromVendorDocs: false, text: 'token is invalid' },
  { category: 'token-invalid', action: 'remove-token', fromVendorDocs: true, text: 'token expired' },
];

describe('facetCounts(): what each option would leave given the other filters', () => {
  it('counts every row with no filter', () => {
    const { category, action } = facetCounts(rows, none);
    expect(Object.fromEntries(category)).toEqual({ 'rate-limit': 2, 'token-invalid': 2 });
    expect(Object.fromEntries(action)).toEqual({ 'retry-after-wait': 1, 'wait-for-quota': 1, 'remove-token': 2 });
  });

  it('category counts follow the chosen action, not the chosen category', () => {
    const { category, action } = facetCounts(rows, { ...none, category: 'rate-limit', action: 'remove-token' });
    expect(Object.fromEntries(category)).toEqual({ 'token-invalid': 2 });
    expect(Object.fromEntries(action)).toEqual({ 'retry-after-wait': 1, 'wait-for-quota': 1 });
  });

  it('follows the typed words and the vendor-docs switch', () => {
    expect(Object.fromEntries(facetCounts(rows, { ...none, text: 'exceeded' }).category)).toEqual({ 'rate-limit': 2 });
    expect(Object.fromEntries(facetCounts(rows, { ...none, hideVendorDocs: true }).category)).toEqual({ 'rate-limit': 1, 'token-invalid': 1 });
  });

  it('passesFilters() agrees with the counts', () => {
    const filter = { ...none, category: 'token-invalid', text: 'token' };
    expect(rows.filter((r) => passesFilters(r, filter))).toHaveLength(facetCounts(rows, filter).category.get('token-invalid')!);
  });
});

describe('the filter in the query string', () => {
  const known = { categories: ['rate-limit', 'token-invalid'], actions: ['remove-token'], text: true };
  it('round-trips the typed words with the other filters', () => {
    const filter: Filters = { category: 'rate-limit', hideVendorDocs: true, text: 'quota exceeded' };
    expect(filtersToQuery(filter)).toBe('?category=rate-limit&vendorDocs=hide&q=quota+exceeded');
    expect(filtersFromQuery(filtersToQuery(filter), known)).toEqual(filter);
    expect(filtersToQuery({ ...none, text: 'token' })).toBe('?q=token');
    expect(filtersToQuery(none)).toBe('');
  });

  it('hasFilters() ignores spaces typed alone', () => {
    expect(hasFilters({ ...none, text: '   ' })).toBe(false);
    expect(hasFilters({ ...none, text: 'x' })).toBe(true);
    expect(hasFilters({ ...none, hideVendorDocs: true })).toBe(true);
  });

  it('reads `q` only on a list with a filter box (on the search page it is the query)', () => {
    expect(filtersFromQuery('?q=token', known)).toEqual({ text: 'token' });
    expect(filtersFromQuery('?q=token', { ...known, text: false })).toEqual({});
  });
});
