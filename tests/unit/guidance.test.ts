import { describe, expect, it } from 'vitest';
import { facetOptions, filterFromQuery, filterStatus, filterToQuery, NO_FILTER, rowVisible } from '../../src/utils/guidance.ts';
import { ACTIONS, CATEGORIES } from '../../src/schema.ts';

const row = { category: 'rate-limit', action: 'retry-after-wait', fromVendorDocs: false };

describe('rowVisible', () => {
  it('shows every row with no filter', () => {
    expect(rowVisible(row, NO_FILTER)).toBe(true);
    expect(rowVisible({ ...row, fromVendorDocs: true }, NO_FILTER)).toBe(true);
  });

  it('filters by category and action, both at once', () => {
    expect(rowVisible(row, { ...NO_FILTER, category: 'rate-limit' })).toBe(true);
    expect(rowVisible(row, { ...NO_FILTER, category: 'token-invalid' })).toBe(false);
    expect(rowVisible(row, { ...NO_FILTER, action: 'retry-after-wait' })).toBe(true);
    expect(rowVisible(row, { ...NO_FILTER, category: 'rate-limit', action: 'remove-token' })).toBe(false);
  });

  it('hides codes from vendor docs only when asked', () => {
    expect(rowVisible({ ...row, fromVendorDocs: true }, { ...NO_FILTER, showVendorDocs: false })).toBe(false);
    expect(rowVisible(row, { ...NO_FILTER, showVendorDocs: false })).toBe(true);
  });
});

describe('filterStatus', () => {
  it('says how many rows are shown', () => {
    expect(filterStatus(91, 91)).toBe('Showing all 91 codes');
    expect(filterStatus(4, 91)).toBe('Showing 4 of 91 codes');
    expect(filterStatus(0, 91)).toMatch(/No code matches/);
  });
});

describe('facetOptions', () => {
  it('lists present values in schema order with counts', () => {
    const options = facetOptions(['server-fault', 'rate-limit', 'server-fault'], CATEGORIES);
    expect(options).toEqual([
      { value: 'rate-limit', label: CATEGORIES['rate-limit'], count: 1 },
      { value: 'server-fault', label: CATEGORIES['server-fault'], count: 2 },
    ]);
  });
});

describe('filter in the query string', () => {
  const known = { categories: Object.keys(CATEGORIES), actions: Object.keys(ACTIONS) };
  it('round-trips', () => {
    const filter = { category: 'rate-limit', action: 'retry-backoff', showVendorDocs: false };
    expect(filterFromQuery(filterToQuery(filter), known)).toEqual(filter);
    expect(filterToQuery(NO_FILTER)).toBe('');
  });
  it('ignores unknown values', () => {
    expect(filterFromQuery('?category=weather&action=panic', known)).toEqual(NO_FILTER);
  });
});
