/** "Did you mean": a bounded edit distance and the names a letter or two off what was typed. */
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, lookup, sharedWordRule, sharesWord, type LookupIndex } from '../../src/utils/lookup/index.ts';
import { contentIndex } from '../helpers/content-index.ts';

const index = contentIndex();

describe('editDistance(): insert, delete, substitute and swap, bounded', () => {
  it.each([
    ['baddevicetoken', 'baddevicetoken', 2, 0],
    ['baddevicetokn', 'baddevicetoken', 2, 1],
    ['baddevicetoekn', 'baddevicetoken', 2, 1], // two letters swapped: one edit
    ['bsddevicetokem', 'baddevicetoken', 2, 2],
    ['abc', 'xyz', 2, 3], // more than the bound: bound + 1
    ['short', 'muchlongername', 2, 3],
    ['', 'ab', 2, 2],
  ])('%s → %s (at most %i) = %i', (a, b, max, d) => {
    expect(editDistance(a, b, max)).toBe(d);
    expect(editDistance(b, a, max)).toBe(d);
  });
});

describe('lookup(): a long name a letter or two off is offered as "Did you mean"', () => {
  const near = (q: string) => lookup(index, q).answers.filter((a) => a.via === 'near').map((a) => `${a.item.vendor}/${a.item.code}`);
  it.each([
    ['BadDeviceTokn', 'apns/BadDeviceToken'],
    ['DeviceTokenNotForTopc', 'apns/DeviceTokenNotForTopic'],
    ['bad device tokne', 'apns/BadDeviceToken'],
    ['apns BadDeviceTokn', 'apns/BadDeviceToken'],
    ['INVALID_ARGUMNT', 'fcm/INVALID_ARGUMENT'],
  ])('%s → %s', (q, id) => expect(near(q)[0]).toBe(id));

  it('offers nothing for an exact name, a short word or a number', () => {
    expect(near('BadDeviceToken')).toEqual([]);
    expect(near('Shutdwn')).toEqual([]); // under 8 letters: too short to correct
    expect(near('80300070')).toEqual([]);
  });

  it('allows one letter off from 8 letters, two from 12', () => {
    expect(near('Forbiden')).toContain('apns/Forbidden');
    expect(near('Forbbiden')).toEqual([]);
    expect(near('DeviceTokenNotForTpc')).toContain('apns/DeviceTokenNotForTopic');
  });

  it('is not exact and is labelled with the name as the vendor spells it', () => {
    const [first] = lookup(index, 'DeviceTokenNotForTopc').answers;
    expect(first).toMatchObject({ via: 'near', match: 'DeviceTokenNotForTopic', exact: false });
  });

  it('didYouMean() gives the same names for the search page', () => {
    expect(didYouMean(index, 'BadDeviceTokn').map((a) => a.item.code)).toEqual(['BadDeviceToken']);
    expect(didYouMean(index, 'BadDeviceToken')).toEqual([]);
  });
});

describe('"Did you mean" for two typed words or more: names that share one of them, in about its place', () => {
  const item = (code: string, name: string) => ({ vendor: 'fcm', code, name, meaning: 'x', category: 'invalid-request', action: 'fix-request', retryable: false });
  const small: LookupIndex = { vendors: [{ slug: 'fcm', name: 'FCM', aliases: [] }], codes: [item('1', 'TOKEN_QUOTA_EXCEEDED'), item('2', 'TOKENQUOTAEXCEEDED')] };
  const near = (q: string) => lookup(small, q).answers.filter((a) => a.via === 'near').map((a) => a.item.code);

  it('places each typed word in the folded text', () => {
    expect(sharedWordRule('bad device tokne')).toEqual([['bad', 0], ['device', 3], ['tokne', 9]]);
    expect(sharedWordRule('BadDeviceTokn')).toEqual([['bad', 0], ['device', 3], ['tokn', 9]]);
    expect(sharedWordRule('baddevicetokn')).toBeUndefined();
  });

  it('offers a name with a typed word left whole where it was typed, and not one that has no such word', () => {
    // Both names are one letter off "tokenquotaexceded"; only the first has "token" (or "quota") as a word of its own.
    expect(near('token quota exceded')).toEqual(['1']);
    // Typed as one word, every name within reach is offered.
    expect(near('tokenquotaexceded')).toEqual(['1', '2']);
    // Split where the names are not ("tokenquota" is no word of either), nothing: the price of reading names by word.
    expect(near('tokenquota exceded')).toEqual([]);
  });

  it('counts a shared word only within the edits allowed of where it was typed', () => {
    // The word index reads a typed word's names at those places only (lookup-words-read.ts).
    expect(sharesWord([['token', 6]], [['synthetic', 0], ['token', 9]], 2)).toBe(false);
    expect(sharesWord([['token', 6]], [['error', 0], ['token', 5]], 2)).toBe(true);
    expect(sharesWord([['token', 6]], [['tokens', 6]], 2)).toBe(false);
  });
});

describe('lookup(): a name a letter or two off inside a sentence or a body', () => {
  const near = (q: string) => lookup(index, q).answers.filter((a) => a.via === 'near').map((a) => `${a.item.vendor}/${a.item.code}`);
  it.each([
    ['Getting SenderIdMissmatch error when trying to send notification via FCM', 'fcm/SENDER_ID_MISMATCH'],
    ['{"reason": "BadDeviceTokn", "timestamp": 1500000000}', 'apns/BadDeviceToken'],
    ['request failed with DeviceTokenNotForTopc, retrying', 'apns/DeviceTokenNotForTopic'],
  ])('%s → %s', (q, id) => expect(near(q)[0]).toBe(id));

  it('compares only words written as names, never prose, and nothing once a text has an exact answer', () => {
    expect(near('the notificaton was not deliverd to the devcie')).toEqual([]);
    expect(near('BadDeviceTokn and then BadDeviceToken')).toEqual([]);
  });

  it('stays cheap on a long paste of name-like words', () => {
    const paste = Array.from({ length: 3000 }, (_, i) => `SomeLongName${i}X`).join(' ');
    const start = performance.now();
    lookup(index, paste);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
