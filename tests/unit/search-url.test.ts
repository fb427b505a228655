import { describe, expect, it } from 'vitest';
import { pageFromQuery, searchQueryString, searchTitle } from '../../src/utils/search-url.ts';
import { filtersFromQuery } from '../../src/utils/filters.ts';

describe('searchQueryString()', () => {
  it('writes the query and the set filters, and reads back the same', () => {
    const qs = searchQueryString(' 503 ', { vendor: 'fcm', retryable: true });
    expect(qs).toBe('?q=503&vendor=fcm&retryable=yes');
    expect(filtersFromQuery(qs, { vendors: ['fcm'] })).toEqual({ vendor: 'fcm', retryable: true });
  });

  it('browses a category with no query', () => {
    expect(searchQueryString('', { category: 'rate-limit' })).toBe('?category=rate-limit');
  });

  it('is empty with nothing set', () => {
    expect(searchQueryString('  ', {})).toBe('');
  });
});

describe('the page of a list with no query', () => {
  it('is written after the filters, never for page 1 or beside a query', () => {
    expect(searchQueryString('', { category: 'rate-limit' }, 3)).toBe('?category=rate-limit&page=3');
    expect(searchQueryString('', { category: 'rate-limit' }, 1)).toBe('?category=rate-limit');
    expect(searchQueryString('token', { category: 'rate-limit' }, 3)).toBe('?q=token&category=rate-limit');
  });

  it.each([['page=3', 3], ['', 1], ['page=1', 1], ['page=0', 1], ['page=-2', 1], ['page=2.5', 1], ['page=two', 1]])('reads "%s" as page %s', (qs, page) => {
    expect(pageFromQuery(new URLSearchParams(qs))).toBe(page);
  });
});

describe('searchTitle()', () => {
  it('puts the query first', () => {
    expect(searchTitle('BadDeviceToken', [], 'Push Error Codes')).toBe('“BadDeviceToken” · Search · Push Error Codes');
  });

  it('names filters, and cuts a long paste', () => {
    expect(searchTitle('', ['rate limit or quota'], 'S')).toBe('rate limit or quota · Search · S');
    expect(searchTitle('x'.repeat(200), [], 'S').length).toBeLessThan(80);
  });

  it('is plain "Search" with nothing', () => {
    expect(searchTitle('', [], 'S')).toBe('Search · S');
  });
});
