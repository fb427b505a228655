/** Hand-typed URLs: what the 404 page makes of a path (src/utils/resolve-path.ts). */
import { describe, expect, it } from 'vitest';
import { guessPath } from '../../src/utils/resolve-path.ts';
import type { LookupIndex, LookupItem } from '../../src/utils/lookup/index.ts';

/** A code with a classification that does not matter to paths. */
const code = (item: Pick<LookupItem, 'vendor' | 'code' | 'meaning'> & Partial<LookupItem>): LookupItem => ({ category: 'invalid-request', action: 'fix-request', retryable: false, ...item });

const index: LookupIndex = {
  vendors: [
    { slug: 'server', name: 'Push server', aliases: [] },
    { slug: 'xiaomi', name: 'Xiaomi', aliases: ['mi'] },
    { slug: 'honor', name: 'Honor', aliases: [] },
    { slug: 'apns', name: 'APNs', aliases: [] },
    { slug: 'fcm', name: 'FCM', aliases: [] },
  ],
  codes: [
    code({ vendor: 'server', code: '90001', meaning: 'Invalid parameter.' }),
    code({ vendor: 'xiaomi', code: '-1', meaning: 'Unknown error.' }),
    code({ vendor: 'xiaomi', code: '1', meaning: 'One.' }),
    code({ vendor: 'xiaomi', code: '10001', meaning: 'System error.' }),
    code({ vendor: 'xiaomi', code: '100010', meaning: 'Longer code.' }),
    code({ vendor: 'honor', code: '10001', meaning: 'The timestamp is empty.' }),
    code({ vendor: 'apns', code: 'ExpiredToken', httpStatus: 410, meaning: 'The token is no longer valid.' }),
    code({ vendor: 'fcm', code: 'INVALID_ARGUMENT', httpStatus: 400, meaning: 'Bad request.' }),
  ],
};

describe('guessPath', () => {
  it('sends a permalink typed in another case to the canonical one', () => {
    expect(guessPath(index, '/XIAOMI/10001/').redirect).toBe('/xiaomi/10001/');
    expect(guessPath(index, '/apns/ExpiredToken/').redirect).toBe('/apns/expiredtoken/');
    expect(guessPath(index, '/Apns/EXPIREDTOKEN').redirect).toBe('/apns/expiredtoken/');
  });

  it('folds spaces, "_" and "-" in names, but not in numbers', () => {
    expect(guessPath(index, '/apns/expired-token/').redirect).toBe('/apns/expiredtoken/');
    expect(guessPath(index, '/fcm/invalid%20argument').redirect).toBe('/fcm/invalid_argument/');
    expect(guessPath(index, '/xiaomi/-1').redirect).toBe('/xiaomi/-1/');
    expect(guessPath(index, '/xiaomi/1').redirect).toBe('/xiaomi/1/');
    expect(guessPath(index, '/xiaomi/-1-').redirect).toBeUndefined();
  });

  it('drops spaces around a segment, and never folds a number into another', () => {
    expect(guessPath(index, '/xiaomi/1%20/').redirect).toBe('/xiaomi/1/');
    expect(guessPath(index, '/xiaomi/%20-1/').redirect).toBe('/xiaomi/-1/');
    expect(guessPath(index, '/%20xiaomi%20/').redirect).toBe('/xiaomi/');
    expect(guessPath(index, '/xiaomi/1-/').redirect).toBeUndefined();
  });

  it('sends a vendor in another case or without the slash to its table', () => {
    expect(guessPath(index, '/Xiaomi').redirect).toBe('/xiaomi/');
  });

  it('sends a code alone to its permalink when one vendor has it, else to the code page', () => {
    expect(guessPath(index, '/90001/').redirect).toBe('/server/90001/');
    expect(guessPath(index, '/90001').redirect).toBe('/server/90001/');
    expect(guessPath(index, '/10001/').redirect).toBe('/code/10001/');
    expect(guessPath(index, '/expiredtoken/').redirect).toBe('/apns/expiredtoken/');
  });

  it('sends /CODE/<code> to the code page', () => {
    expect(guessPath(index, '/CODE/10001').redirect).toBe('/code/10001/');
    expect(guessPath(index, '/code/424242/').redirect).toBeUndefined();
  });

  it('does not treat a prefix as the code (100010 is not 10001)', () => {
    expect(guessPath(index, '/100010/').redirect).toBe('/xiaomi/100010/');
    expect(guessPath(index, '/1000/')).toEqual({ suggestions: [] });
  });

  it('suggests, without redirecting, when the path only contains a code or vendor', () => {
    const guess = guessPath(index, '/nothing/90001/here/');
    expect(guess.redirect).toBeUndefined();
    expect(guess.suggestions).toEqual([['Push server 90001: Invalid parameter.', '/server/90001/']]);
    const wrongVendor = guessPath(index, '/xiaomi/90001/');
    expect(wrongVendor.redirect).toBeUndefined();
    expect(wrongVendor.suggestions.map(([, path]) => path)).toEqual(['/xiaomi/', '/server/90001/']);
  });

  it('survives malformed escapes', () => {
    expect(guessPath(index, '/%E0%A4%A/')).toEqual({ suggestions: [] });
  });
});
