import { describe, expect, it } from 'vitest';
import { codeSlug, codeValuePath, permalinkPath, rowAnchor, safeDecode, withBase } from '../../src/utils/urls.ts';
import { nameWords } from '../../src/utils/name-words.ts';
import { nameVariants, searchTerms } from '../../src/utils/search-terms.ts';
import { ticketAdvice, ticketLabel, ticketMarkdown } from '../../src/utils/ticket.ts';
import { ACTIONS } from '../../src/schema.ts';

describe('urls', () => {
  it('builds lowercase permalinks that keep "-"', () => {
    expect(permalinkPath('xiaomi', '-1')).toBe('/xiaomi/-1/');
    expect(permalinkPath('apns', 'ExpiredToken')).toBe('/apns/expiredtoken/');
    expect(codeValuePath('10001')).toBe('/code/10001/');
    expect(codeSlug('INVALID_ARGUMENT')).toBe('invalid_argument');
    expect(rowAnchor('-1')).toBe('code--1');
  });

  it('joins a base path whether or not it ends in a slash', () => {
    expect(withBase('/', '/xiaomi/')).toBe('/xiaomi/');
    expect(withBase('/docs/push/', '/xiaomi/')).toBe('/docs/push/xiaomi/');
    expect(withBase('/docs/push', 'xiaomi/')).toBe('/docs/push/xiaomi/');
  });

  it.each([
    ['%20', ' '],
    ['1%20', '1 '],
    ['%E2%80%93', '\u2013'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['100%', '100%'],
  ])('safeDecode(%j) is %j', (input, output) => expect(safeDecode(input)).toBe(output));
});

describe('nameWords', () => {
  it.each([
    ['BadDeviceToken', ['bad', 'device', 'token']],
    ['QUOTA_EXCEEDED', ['quota', 'exceeded']],
    ['expired-token', ['expired', 'token']],
    ['APNsError', ['apns', 'error']],
    ['Error500Code', ['error500', 'code']],
  ])('%s → %j', (name, words) => expect(nameWords(name)).toEqual(words));
});

describe('search terms', () => {
  it('splits error names into the words people type', () => {
    expect(nameVariants('INVALID_ARGUMENT')).toEqual(['invalid argument', 'invalidargument', 'invalid_argument']);
    expect(nameVariants('BadDeviceToken')).toEqual(['bad device token', 'baddevicetoken', 'bad_device_token']);
  });

  it('adds nothing for plain numeric codes but the HTTP status', () => {
    expect(searchTerms({ code: '90001' })).toEqual([]);
    expect(searchTerms({ code: 'UNREGISTERED', name: 'UNREGISTERED', httpStatus: 404 })).toEqual(['unregistered', 'http 404']);
  });
});

describe('ticket text', () => {
  it('makes a Markdown link with code, vendor and meaning', () => {
    const label = ticketLabel('FCM', 'UNREGISTERED', 'UNREGISTERED', 'The token is unregistered.');
    expect(label).toBe('FCM UNREGISTERED: The token is unregistered.');
    expect(ticketMarkdown(label, 'https://h/fcm/unregistered/')).toBe('[FCM UNREGISTERED: The token is unregistered.](https://h/fcm/unregistered/)');
  });

  it('says what to do and whether a retry helps, in the schema label of the action', () => {
    expect(ticketLabel('Huawei', '80300007', undefined, 'Specified Token is invalid.', { action: 'remove-token', retryable: false }))
      .toBe('Huawei 80300007: Specified Token is invalid. Remove the token; retry will not help');
    expect(ticketLabel('FCM', 'UNAVAILABLE', 'UNAVAILABLE', 'The server is overloaded', { action: 'retry-backoff', retryable: true }))
      .toBe('FCM UNAVAILABLE: The server is overloaded. Retry with back-off; a retry can help');
  });

  it('gives every action its own label, the one the ticket text uses', () => {
    const labels = Object.values(ACTIONS);
    expect(new Set(labels).size).toBe(labels.length);
    expect(ticketAdvice('renew-credential', true)).toBe(`${ACTIONS['renew-credential']}; a retry can help`);
  });

  it('escapes brackets in the label and parentheses in the URL', () => {
    expect(ticketMarkdown('a [b] c', 'https://h/x(1)/')).toBe('[a \\[b\\] c](https://h/x%281%29/)');
  });
});
