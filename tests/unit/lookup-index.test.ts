import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/schema.ts';
import { buildLookupIndex, fromCompact, toCompact } from '../../src/utils/lookup-index.ts';

const vendors = [{ id: 'fcm', data: { shortName: 'FCM', aliases: ['firebase'] } }];
const classified = { category: 'token-invalid', action: 'remove-token', retryable: false, guidance: { from: 'site' } };
const entry = (data: Record<string, unknown>) => ({ data: codeSchema.parse({ vendor: 'fcm', descriptions: [{ text: 'Gone.', from: 'document', line: 1 }], sourceLines: [1], ...classified, ...data }) });

describe('buildLookupIndex', () => {
  it('keeps each code compact in JSON, with its classification for the filters', () => {
    const index = toCompact(buildLookupIndex(vendors, [entry({ code: 'UNREGISTERED', name: 'UNREGISTERED', httpStatus: 404 })]));
    expect(index).toEqual({
      vendors: [{ slug: 'fcm', name: 'FCM', aliases: ['firebase'] }],
      codes: [{ v: 'fcm', c: 'UNREGISTERED', h: 404, d: 'Gone.', k: 'token-invalid', a: 'remove-token', r: 0 }],
    });
  });

  it('writes retryable as 1 or 0 and leaves out a name that repeats the code', () => {
    const [item] = toCompact(buildLookupIndex(vendors, [entry({ code: 'UNAVAILABLE', name: 'UNAVAILABLE', category: 'server-fault', action: 'retry-backoff', retryable: true })])).codes;
    expect(item).toEqual({ v: 'fcm', c: 'UNAVAILABLE', d: 'Gone.', k: 'server-fault', a: 'retry-backoff', r: 1 });
  });

  it('gives the engine full field names, and reads back what it wrote', () => {
    const index = buildLookupIndex(vendors, [entry({ code: '400', name: 'INVALID_ARGUMENT', httpStatus: 400 })]);
    expect(index.codes[0]).toEqual({ vendor: 'fcm', code: '400', name: 'INVALID_ARGUMENT', httpStatus: 400, meaning: 'Gone.', category: 'token-invalid', action: 'remove-token', retryable: false });
    expect(fromCompact(JSON.parse(JSON.stringify(toCompact(index))))).toEqual(index);
  });
});
