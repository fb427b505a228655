/**
 * lookup() on text copied from real tickets: vendor messages, SDK constants,
 * Chinese, codes at the end of a sentence, short codes beside a vendor word.
 * Aliases and messages the content does not carry yet are added here as
 * fixtures, on a copy of the real index.
 */
import { describe, expect, it } from 'vitest';
import { cjkMatches, foldWording, lookup, MAX_SCAN_CHARS, phraseMatches, type LookupIndex, type LookupItem } from '../../src/utils/lookup/index.ts';
import { contentIndex } from '../helpers/content-index.ts';

/** The real index with extra aliases, messages or meanings on some codes ("vendor/code" → fields). */
function withFixtures(extra: Record<string, Partial<LookupItem>>): LookupIndex {
  const index = contentIndex();
  const found = new Set<string>();
  const codes = index.codes.map((item) => {
    const key = `${item.vendor}/${item.code}`;
    const add = extra[key];
    if (!add) return item;
    found.add(key);
    return { ...item, ...add, aliases: [...(item.aliases ?? []), ...(add.aliases ?? [])], messages: [...(item.messages ?? []), ...(add.messages ?? [])] };
  });
  expect([...found].sort()).toEqual(Object.keys(extra).sort());
  return { ...index, codes };
}

const index = withFixtures({
  'oppo/11': { aliases: ['INVALID_AUTH_TOKEN'] },
  'vivo/10302': { messages: ['regId 不合法'] },
  'huawei/80300007': { messages: ['All the tokens are invalid'] },
  'xiaomi/20301': { meaning: '消息发送失败 / Message sending failed.' },
});
const ids = (query: string) => lookup(index, query).answers.map((a) => `${a.item.vendor}/${a.item.code}`);

describe('lookup(): the misses seen in real tickets', () => {
  it.each([
    ['publishing the message failed. code = "400"; error = "DeviceTokenNotForTopic"', 'apns/DeviceTokenNotForTopic'],
    ['Requested entity was not found.', 'fcm/UNREGISTERED'],
    ['INVALID_AUTH_TOKEN(11, "Invalid Auth Token")', 'oppo/11'],
    ['Vivo推送提示：regId 不合法', 'vivo/10302'],
    ['push failed with ErrorCode 90047.', 'server/90047'],
    ['oppo push failed with -1', 'oppo/-1'],
  ])('%s → %s', (query, first) => expect(ids(query)[0]).toBe(first));

  it('leaves the bare number after the name it sits beside', () => {
    const found = ids('publishing the message failed. code = "400"; error = "DeviceTokenNotForTopic"');
    expect(found.indexOf('honor/400')).toBeGreaterThan(found.indexOf('apns/DeviceTokenNotForTopic'));
  });
});

describe('lookup(): a vendor message is found whatever copying did to it', () => {
  it.each([
    'FirebaseMessagingError: Requested entity was not found.',
    'com.google.firebase.messaging.FirebaseMessagingException: requested entity was NOT found',
    'error: “Requested entity was not found”',
    'Requested entity\nwas not\r\n   found.',
    '"message": "Requested entity was not found."',
  ])('%s', (query) => {
    const first = lookup(index, query).answers[0]!;
    expect(`${first.item.vendor}/${first.item.code}`).toBe('fcm/UNREGISTERED');
    expect(first.via).toBe('message');
    expect(first.match).toBe('Requested entity was not found.');
  });

  it('reads an exception class in front of a Huawei message', () => {
    expect(ids('com.huawei.hms.common.ApiException: All the tokens are invalid')[0]).toBe('huawei/80300007');
  });

  it('needs the message whole, between word boundaries', () => {
    const messages = (query: string) => lookup(index, query).answers.filter((a) => a.via === 'message');
    expect(messages('send failed: Requested entity was')).toEqual([]);
    expect(messages('xRequested entity was not foundx')).toEqual([]);
  });
});

describe('lookup(): aliases match as names do', () => {
  it.each([['INVALID_AUTH_TOKEN'], ['invalid auth token'], ['{"error":"INVALID_AUTH_TOKEN"}']])('%s → oppo/11', (query) => expect(ids(query)[0]).toBe('oppo/11'));

  it('a lowercase one-word alias in a sentence is prose, not a name (apns2 spells Forbidden "forbidden")', () => {
    expect(ids('put(80300002, "APP is forbidden to send");')[0]).toBe('huawei/80300002');
    expect(ids('{"reason":"forbidden"}')[0]).toBe('apns/Forbidden');
  });
});

describe('lookup(): the vendor whose own wording appears wins', () => {
  it('a Huawei message puts Huawei first for a code Honor shares', () => {
    expect(ids('send failed 80300007 All the tokens are invalid')).toEqual(['huawei/80300007', 'honor/80300007']);
    expect(ids('{"code":"80300007","message":"All the tokens are invalid"}')[0]).toBe('huawei/80300007');
  });
});

describe('Chinese text', () => {
  it('folds full-width forms, punctuation and the spaces beside CJK', () => {
    expect(foldWording('Vivo推送提示：regId 不合法。')).toBe('vivo推送提示regid不合法');
    expect(foldWording('ＲＥＧＩＤ  不合法')).toBe('regid不合法');
  });

  it.each([
    ['regId不合法', 'vivo/10302'],
    ['推送失败：消息发送失败。', 'xiaomi/20301'],
    ['消息发送失败', 'xiaomi/20301'],
  ])('a message or description found whole: %s → %s', (query, first) => {
    expect(ids(query)[0]).toBe(first);
    expect(lookup(index, query).answers[0]!.via).toBe('message');
  });

  it('part of a Chinese message or description is suggested, and matched on the search page', () => {
    expect(ids('不合法')).toContain('vivo/10302');
    expect(cjkMatches(index, '发送失败').map((i) => `${i.vendor}/${i.code}`)).toEqual(['xiaomi/20301']);
    expect(phraseMatches(index, '发送失败').map((i) => `${i.vendor}/${i.code}`)).toEqual(['xiaomi/20301']);
    expect(cjkMatches(index, '失')).toEqual([]);
  });

  it('a longer or reworded Chinese sentence is suggested by the character pairs it shares', () => {
    expect(ids('推送的消息发送已经失败')[0]).toBe('xiaomi/20301');
    expect(phraseMatches(index, '推送的消息发送已经失败').map((i) => `${i.vendor}/${i.code}`)[0]).toBe('xiaomi/20301');
  });
});

describe('tokens', () => {
  it.each(['90047.', '90047,', '90047;', '(90047)', '90047:'])('a code followed by punctuation: "failed %s"', (tail) => {
    expect(ids(`send failed ErrorCode ${tail} retry later`)[0]).toBe('server/90047');
  });

  it('does not read a number inside a dotted word', () => {
    expect(ids('see push-90047.log for details sent today')).toEqual([]);
  });

  it('reads a short code only beside a vendor word, and then only for that vendor', () => {
    expect(ids('push failed with -1 after a while')).toEqual([]);
    expect(ids('oppo push failed with -1')).toEqual(['oppo/-1']);
  });

  it.each([
    ['support', true],
    ['android', true],
    ['chat', true],
    ['retry_count', false],
    ['requestId', false],
    ['created_at', false],
    ['timestamp', false],
  ])('a number after the key %s is a code: %s', (key, read) => {
    expect(ids(`push result ${key}=90047 from the server`).includes('server/90047')).toBe(read);
  });
});

describe('bounded work on a 20,000-character paste', () => {
  const inputs: [string, string][] = [
    ['dotted digits', '1.'.repeat(10_000)],
    ['one long word', 'a'.repeat(20_000)],
    ['one long number', '9'.repeat(20_000)],
    ['spaces then a code', `${' '.repeat(19_990)}90047`],
    ['repeated message keys', 'message: '.repeat(2_222)],
    ['an unclosed status', `"status": "${'A'.repeat(20_000)}`],
    ['repeated code keys', '"code":'.repeat(2_857)],
    ['hyphens and letters', 'a-'.repeat(10_000)],
    ['CJK', '推送'.repeat(10_000)],
    ['almost a message', 'requested entity was not '.repeat(800)],
    ['hex and dashes', '0a-'.repeat(6_666)],
  ];
  it.each(inputs)('%s', (_, text) => {
    expect(text.length).toBeGreaterThanOrEqual(MAX_SCAN_CHARS - 10);
    const start = performance.now();
    lookup(index, text);
    phraseMatches(index, text);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('lookup(): "exact" means exact', () => {
  const FCM_BODY = '{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND","details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"UNREGISTERED"}]}}';
  it('a code of a vendor the body rules out is not exact and comes after the exact answers', () => {
    const answers = lookup(index, FCM_BODY).answers;
    const honor = answers.findIndex((a) => a.item.vendor === 'honor');
    expect(honor).toBeGreaterThan(0);
    expect(answers[honor]!.exact).toBe(false);
    expect(answers.slice(0, honor).every((a) => a.exact)).toBe(true);
  });

  it('a code the body does not rule out stays exact (a key only some vendors use is no proof)', () => {
    expect(lookup(index, '{"msg": "x", "code": 10302}').answers.every((a) => a.exact)).toBe(true);
    expect(lookup(index, '80300007').answers.every((a) => a.exact)).toBe(true);
  });
});

describe('lookup(): numbers and keys read as real logs write them', () => {
  it('a number that labels another number is not the code (`Error code 2: 80300007`)', () => {
    expect(ids('Error code 2: 80300007, "Token invalid error"')[0]).toBe('huawei/80300007');
    expect(ids('Error code 2: 80300007')).not.toContain('apns-binary/2');
    expect(ids('getting "907135000: arguments invalid" error on')[0]).toBe('huawei/907135000');
  });

  it('a key that ends in "status" holds an HTTP status (`apnsErrorStatus=410`)', () => {
    const answers = lookup(index, 'APNS token should be removed from the db when apnsErrorStatus=410').answers;
    expect(answers.map((a) => `${a.item.vendor}/${a.item.code}`)).toContain('apns/Unregistered');
    expect(answers.every((a) => a.via === 'http')).toBe(true);
  });

  it('a key that ends in "code" holds a code', () => expect(ids('push_error_code=90047 sent')[0]).toBe('server/90047'));
});

describe('lookup(): a vendor word names its layers too', () => {
  it.each([
    ['fcm InternalServerError', 'fcm-legacy/InternalServerError'],
    ['apns 8', 'apns-binary/8'],
    ['Works, but always get APNS NotificationFailureException 8 : Invalid token (Linux/Mono)', 'apns-binary/8'],
  ])('%s → %s', (query, first) => expect(ids(query)[0]).toBe(first));

  it('the named vendor itself still wins where it has the code', () => expect(ids('fcm 404')[0]).toBe('fcm/UNREGISTERED'));
});

describe('lookup(): names and numbers as SDKs write them', () => {
  it.each([
    ['messaging/internal-error only IOS', 'fcm/INTERNAL'],
    ["code: 'messaging/registration-token-not-registered'", 'fcm/UNREGISTERED'],
    ['2014-04-30 17:27:32,336 WARNING Invalid token found. Status: 08', 'apns-binary/8'],
  ])('%s → %s', (query, first) => expect(ids(query)[0]).toBe(first));

  it('reads a leading zero only under a code key', () => expect(ids('push 007 failed')).toEqual([]));
});
