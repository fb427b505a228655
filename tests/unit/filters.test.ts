import { describe, expect, it } from 'vitest';
import { ACTIONS, CATEGORIES } from '../../src/schema.ts';
import { facetOptions, filterStatus, filtersFromQuery, filtersToQuery, hasFilters, passesFilters, type Filters } from '../../src/utils/filters.ts';

const known = { vendors: ['fcm', 'apns', 'fcm-legacy'], categories: Object.keys(CATEGORIES), actions: Object.keys(ACTIONS) };

describe('filtersFromQuery(): reads the filters a list offers', () => {
  it('reads every filter from the URL', () => {
    expect(filtersFromQuery('?q=x&vendor=fcm-legacy&category=token-invalid&action=remove-token&retryable=no&vendorDocs=hide', known)).toEqual({
      vendor: 'fcm-legacy', category: 'token-invalid', action: 'remove-token', retryable: false, hideVendorDocs: true,
    });
    expect(filtersFromQuery(new URLSearchParams('retryable=yes'), known)).toEqual({ retryable: true });
  });

  // One rule for every filter: a value the list does not offer reads as "any".
  it.each([
    ['vendor=nokia', 'an unknown vendor'],
    ['category=weather', 'an unknown category'],
    ['action=panic', 'an unknown action'],
    ['retryable=maybe', 'retryable other than yes or no'],
    ['vendorDocs=show', 'vendorDocs other than hide'],
    ['vendor=&category=&action=', 'empty values'],
    ['vendor=FCM&category=Rate-Limit', 'another letter case'],
  ])('ignores %s (%s)', (query) => {
    expect(filtersFromQuery(query, known)).toEqual({});
  });

  it('keeps the known values next to an unknown one', () => {
    expect(filtersFromQuery('vendor=nokia&category=rate-limit', known)).toEqual({ category: 'rate-limit' });
  });

  it('ignores a filter the list does not offer at all (vendor tables have no vendor filter)', () => {
    expect(filtersFromQuery('vendor=fcm&category=rate-limit', { categories: known.categories })).toEqual({ category: 'rate-limit' });
  });
});

describe('filtersToQuery()', () => {
  it.each<[Filters, string]>([
    [{}, ''],
    [{ category: 'rate-limit', action: 'retry-backoff', hideVendorDocs: true }, '?category=rate-limit&action=retry-backoff&vendorDocs=hide'],
    [{ vendor: 'apns', retryable: false }, '?vendor=apns&retryable=no'],
  ])('%j → %s, and back', (filters, query) => {
    expect(filtersToQuery(filters)).toBe(query);
    expect(filtersFromQuery(query, known)).toEqual(filters);
  });
});

describe('passesFilters()', () => {
  const code = { vendor: 'fcm', category: 'token-invalid', action: 'remove-token', retryable: false, fromVendorDocs: false };
  it.each<[Filters, boolean]>([
    [{}, true],
    [{ vendor: 'fcm', category: 'token-invalid', action: 'remove-token', retryable: false }, true],
    [{ vendor: 'apns' }, false],
    [{ category: 'rate-limit' }, false],
    [{ action: 'retry-backoff' }, false],
    [{ retryable: true }, false],
    [{ hideVendorDocs: true }, true],
  ])('%j → %s', (filters, passes) => expect(passesFilters(code, filters)).toBe(passes));

  it('hides codes from vendor docs only when asked', () => {
    expect(passesFilters({ ...code, fromVendorDocs: true }, {})).toBe(true);
    expect(passesFilters({ ...code, fromVendorDocs: true }, { hideVendorDocs: true })).toBe(false);
  });
});

describe('hasFilters()', () => {
  it.each<[Filters, boolean]>([
    [{}, false],
    [{ retryable: false }, true],
    [{ hideVendorDocs: true }, true],
    [{ category: 'rate-limit' }, true],
  ])('%j → %s', (filters, has) => expect(hasFilters(filters)).toBe(has));
});

describe('filterStatus()', () => {
  it.each([
    [91, 91, 'Showing all 91 codes'],
    [4, 91, 'Showing 4 of 91 codes'],
    [0, 91, 'No code matches (of 91); change the filters to see more'],
  ])('%i of %i → %s', (shown, total, text) => expect(filterStatus(shown, total)).toBe(text));
});

describe('facetOptions()', () => {
  it('lists present values in schema order with counts', () => {
    expect(facetOptions(['server-fault', 'rate-limit', 'server-fault'], CATEGORIES)).toEqual([
      { value: 'rate-limit', label: CATEGORIES['rate-limit'], count: 1 },
      { value: 'server-fault', label: CATEGORIES['server-fault'], count: 2 },
    ]);
  });
});
