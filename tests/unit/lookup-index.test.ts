import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/schema.ts';
import { buildLookupIndex } from '../../src/utils/lookup-index.ts';

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
