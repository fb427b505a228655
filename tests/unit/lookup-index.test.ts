import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/schema.ts';
import { buildLookupIndex } from '../../src/utils/lookup-index.ts';
import { matchesFilters, parseFilters } from '../../src/utils/lookup-filters.ts';

const vendors = [{ id: 'fcm', data: { shortName: 'FCM', aliases: ['firebase'] } }];
const entry = (data: Record<string, unknown>) => ({ data: codeSchema.parse({ vendor: 'fcm', descriptions: [{ text: 'Gone.', from: 'document', line: 1 }], sourceLines: [1], ...data }) });

describe('buildLookupIndex', () => {
  it('keeps each code compact: no name equal to the code, no absent fields', () => {
    const index = buildLookupIndex(vendors, [entry({ code: 'UNREGISTERED', name: 'UNREGISTERED', httpStatus: 404 })]);
    expect(index).toEqual({ vendors: [{ slug: 'fcm', name: 'FCM', aliases: ['firebase'] }], codes: [{ v: 'fcm', c: 'UNREGISTERED', h: 404, d: 'Gone.' }] });
  });

  it('carries the classification when an entry has one, so filters can use it', () => {
    const [item] = buildLookupIndex(vendors, [entry({ code: 'UNREGISTERED', category: 'token-invalid', action: 'remove-token', retryable: false })]).codes;
    expect(item).toMatchObject({ k: 'token-invalid', a: 'remove-token', r: 0 });
  });
});

describe('search filters', () => {
  const item = { v: 'fcm', c: 'UNREGISTERED', d: 'Gone.', k: 'token-invalid', a: 'remove-token', r: 0 as const };
  const bare = { v: 'fcm', c: 'INTERNAL', d: 'Oops.' };

  it('reads the filters from the URL and ignores unknown values', () => {
    expect(parseFilters(new URLSearchParams('q=x&vendor=fcm&category=token-invalid&action=remove-token&retryable=no'))).toEqual({ vendor: 'fcm', category: 'token-invalid', action: 'remove-token', retryable: false });
    expect(parseFilters(new URLSearchParams('retryable=maybe&vendor='))).toEqual({});
  });

  it('keeps an item only when it passes every filter', () => {
    expect(matchesFilters(item, { vendor: 'fcm', category: 'token-invalid', retryable: false })).toBe(true);
    expect(matchesFilters(item, { retryable: true })).toBe(false);
    expect(matchesFilters(item, { action: 'retry-backoff' })).toBe(false);
    expect(matchesFilters(item, { vendor: 'apns' })).toBe(false);
  });

  it('leaves out unclassified items when a classification filter is set', () => {
    expect(matchesFilters(bare, {})).toBe(true);
    expect(matchesFilters(bare, { category: 'server-fault' })).toBe(false);
    expect(matchesFilters(bare, { retryable: true })).toBe(false);
    expect(matchesFilters(bare, { retryable: false })).toBe(false);
  });
});
