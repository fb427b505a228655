/**
 * Ranking rules of lookup() on a small index made for them, so each rule is
 * tested apart from what the content holds today: vendor words in a paste,
 * one-word CJK messages inside longer runs, a code's own message beside it.
 */
import { describe, expect, it } from 'vitest';
import { lookup, phraseMatches, spellingsOf, type LookupIndex, type LookupItem } from '../../src/utils/lookup/index.ts';

const item = (vendor: string, code: string, more: Partial<LookupItem> = {}): LookupItem => ({
  vendor,
  code,
  meaning: `${vendor} ${code}`,
  category: 'other',
  action: 'none',
  retryable: false,
  ...more,
});

const index: LookupIndex = {
  vendors: [
    { slug: 'apns', name: 'APNs', aliases: ['ios', 'apple'] },
    { slug: 'fcm', name: 'FCM', aliases: ['firebase'] },
    { slug: 'fcm-legacy', name: 'FCM legacy', aliases: [] },
    { slug: 'xiaomi', name: 'Xiaomi', aliases: ['mipush'] },
    { slug: 'huawei', name: 'Huawei', aliases: ['hms'] },
    { slug: 'vivo', name: 'vivo', aliases: [] },
  ],
  codes: [
    item('apns', 'InternalServerError', { httpStatus: 500 }),
    item('fcm-legacy', 'InternalServerError'),
    item('xiaomi', '0', { aliases: ['Success'], messages: ['成功'] }),
    item('vivo', '0'),
    item('huawei', '80000000', { messages: ['Success'] }),
    item('huawei', '80100000', { messages: ['Check Parameter Partial Success.'] }),
    item('xiaomi', '10001', { messages: ['系统错误'] }),
    item('fcm', 'QUOTA_EXCEEDED', { httpStatus: 429, aliases: ['messaging/message-rate-exceeded', 'messaging/unknown'] }),
    item('fcm-legacy', 'DeviceMessageRateExceeded', { aliases: ['messageRateExceeded'] }),
    item('meizu', '1003', { name: 'SYSTEM_BUSY', meaning: 'Server busy.' }),
    item('xiaomi', '10002', { meaning: 'System busy.' }),
    item('server', '90047', { meaning: 'Push times exceed the daily limit (default: 100). / 推送次数超过当天限额（默认为100次）。' }),
    item('apns', 'BadDeviceToken', { meaning: 'The specified device token is invalid. Verify that the request contains a valid token and that the token matches the environment.' }),
    item('client', '800005', { meaning: 'Push failure on local machine channel. / 本机通道注册推送失败。' }),
    item('client', '800006', { meaning: 'Push failure on local machine channel, attempt FCM channel registration failed. / 本机通道注册推送失败后,尝试 fcm 通道注册失败。' }),
  ],
};
const ids = (query: string) => lookup(index, query).answers.map((a) => `${a.item.vendor}/${a.item.code}`);

describe('lookup(): in a paste, vendor words count by distance, not by which is named first', () => {
  it.each([
    ['today iOS FCM push was "error": "InternalServerError",why?', 'fcm-legacy/InternalServerError'],
    ['on ios, the fcm response was {"error": "InternalServerError"}', 'fcm-legacy/InternalServerError'],
    ['fcm said nothing; apple said "reason": "InternalServerError"', 'apns/InternalServerError'],
  ])('%s → %s', (query, first) => expect(ids(query)[0]).toBe(first));

  it('keeps the order of typed vendor words', () => {
    expect(ids('apns fcm InternalServerError')[0]).toBe('apns/InternalServerError');
  });
});

describe('lookup(): a one-word CJK message inside a longer run of CJK is a plain word', () => {
  it('lets an exact long code come before it', () => {
    expect(ids('80100000 部分Token发送成功')[0]).toBe('huawei/80100000');
  });

  it('does not say who wrote the body', () => {
    expect(ids('{ "result": 0, "desc": "请求成功", "taskId": "12139732" }')[0]).toBe('vivo/0');
  });

  it('still finds it standing alone, and a longer CJK message inside a run', () => {
    const alone = lookup(index, 'status: 成功, trace 123456789012345678').answers[0]!;
    expect([`${alone.item.vendor}/${alone.item.code}`, alone.via]).toEqual(['xiaomi/0', 'message']);
    expect(ids('服务端返回系统错误了')[0]).toBe('xiaomi/10001');
  });
});

describe("lookup(): a number with its code's own message beside it is that code", () => {
  it.each([
    ['put(80000000, "Success");', 'huawei/80000000'],
    ['case 80000000: return "Success";', 'huawei/80000000'],
  ])('%s → %s', (query, first) => {
    const answers = lookup(index, query).answers;
    expect(`${answers[0]!.item.vendor}/${answers[0]!.item.code}`).toBe(first);
    expect(answers[0]!.exact).toBe(true);
  });

  it('needs the message near the number', () => {
    expect(ids(`put(80000000, ${'x'.repeat(100)} "Success");`)[0]).toBe('xiaomi/0');
  });
});

describe('lookup(): a namespaced alias also names its code by its last part, as the Go and Java Admin SDKs write it', () => {
  it('finds it as written, before a name that only folds alike', () => {
    const query = 'http error status: 429; reason: messaging service quota exceeded; code: message-rate-exceeded';
    expect(ids(query)[0]).toBe('fcm/QUOTA_EXCEEDED');
    expect(ids(query)).not.toContain('fcm-legacy/DeviceMessageRateExceeded');
    expect(ids('error: messageRateExceeded')[0]).toBe('fcm-legacy/DeviceMessageRateExceeded');
  });

  it('only for a last part written as an identifier, not a lone word', () => {
    expect(ids('the error was unknown to us')).toEqual([]);
    expect(spellingsOf({ code: 'X', aliases: ['messaging/unknown', 'messaging/invalid-argument'] })).toEqual(['X', 'messaging/unknown', 'messaging/invalid-argument', 'invalid-argument']);
  });
});

describe('lookup(): a sentence that names nothing finds descriptions worded much like it, after any exact answer', () => {
  const first = (query: string) => lookup(index, query).answers[0];
  it.each([
    ['The specified device token was bad. Verify that the request contains a valid token and that the token matches the environment.', 'apns/BadDeviceToken'],
    ['推送次数超过了当天的限额', 'server/90047'],
  ])('%s → %s', (query, id) => {
    const answer = first(query)!;
    expect(`${answer.item.vendor}/${answer.item.code}`).toBe(id);
    expect([answer.via, answer.exact]).toEqual(['words', false]);
  });

  it('leaves exact answers alone, and needs enough words', () => {
    const answers = lookup(index, '80000000: the specified device token was bad, verify that the request contains a valid token').answers;
    expect(answers.map((a) => `${a.item.vendor}/${a.item.code}`)).toEqual(['huawei/80000000']);
    expect(lookup(index, 'the device token was bad').answers).toEqual([]);
    expect(lookup(index, '今天天气很好，我们去公园散步吧').answers).toEqual([]);
  });
});

describe('lookup(): a message inside a longer message found at the same place is part of it', () => {
  it('puts the longer one first', () => {
    expect(ids('本机通道注册推送失败后,尝试 fcm 通道注册失败。')[0]).toBe('client/800006');
    expect(ids('本机通道注册推送失败。')[0]).toBe('client/800005');
  });
});

describe('lookup(): typed words that are a whole description are suggested beside an exact answer that reads the same', () => {
  it('lists the code after the exact name', () => {
    const answers = lookup(index, 'system busy').answers;
    expect(answers.map((a) => [`${a.item.vendor}/${a.item.code}`, a.via, a.exact])).toEqual([
      ['meizu/1003', 'name', true],
      ['xiaomi/10002', 'words', false],
    ]);
  });

  it('not in a paste', () => {
    expect(ids('{"error": "SYSTEM_BUSY", "message": "system busy"}')).toEqual(['meizu/1003']);
  });
});

describe('lookup(): vendorsOnly is for vendor words alone', () => {
  it('not for a Chinese sentence that names a vendor once (CJK words are not tokens)', () => {
    expect(lookup(index, 'firebase').vendorsOnly).toBe(true);
    expect(lookup(index, '本机通道注册推送失败后,尝试 fcm 通道注册失败。').vendorsOnly).toBe(false);
  });
});

describe('phraseMatches(): a sentence no meaning holds word for word gets meanings worded much like it', () => {
  it('for the search page, as the box suggests them', () => {
    const query = 'The specified device token was bad. Verify that the request contains a valid token and that the token matches the environment.';
    expect(phraseMatches(index, query).map((item) => `${item.vendor}/${item.code}`)).toEqual(['apns/BadDeviceToken']);
    expect(phraseMatches(index, 'token was bad')).toEqual([]);
  });
});
