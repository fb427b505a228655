/**
 * Ranking rules of lookup() on a small index made for them, so each rule is
 * tested apart from what the content holds today: vendor words in a paste,
 * one-word CJK messages inside longer runs, a code's own message beside it.
 */
import { describe, expect, it } from 'vitest';
import { lookup, type LookupIndex, type LookupItem } from '../../src/utils/lookup/index.ts';

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
