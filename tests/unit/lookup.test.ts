import { describe, expect, it } from 'vitest';
import { lookup, exactAnswers, foldName, phraseMatches, LIMITS, MAX_SCAN_CHARS, MAX_TOKENS, sentenceWords, TRUNCATED_NOTE, withCommas, type LookupIndex } from '../../src/utils/lookup/index.ts';
import { contentIndex } from '../helpers/content-index.ts';

/** The real content's index: what the site ships. */
const index: LookupIndex = contentIndex();

/** "vendor/code" of each answer, in order. */
const ids = (query: string, options = {}) => lookup(index, query, options).answers.map((a) => `${a.item.vendor}/${a.item.code}`);

describe('typed codes', () => {
  it('finds a unique code, a negative code and zero exactly', () => {
    expect(ids('90001')).toEqual(['server/90001']);
    expect(ids('907135000')[0]).toBe('huawei/907135000');
    expect(ids('-1').sort()).toEqual(['meizu/-1', 'oppo/-1', 'xiaomi/-1']);
    expect(ids('0').sort()).toEqual(['apns-binary/0', 'oppo/0', 'vivo/0', 'xiaomi/0']);
    expect(ids(' 90001 ')).toEqual(['server/90001']);
  });

  it('does not confuse -1 with 1, nor 1003 with 10030', () => {
    expect(ids('1')).not.toContain('xiaomi/-1');
    expect(ids('1003')).toEqual(['meizu/1003']);
  });

  it('lists every vendor of a shared code, in catalogue order', () => {
    expect(ids('10001')).toEqual(['xiaomi/10001', 'honor/10001']);
    expect(ids('80300007')).toEqual(['huawei/80300007', 'honor/80300007']);
  });

  it('puts the vendor named in the query first, by name or alias', () => {
    expect(ids('honor 80300007')).toEqual(['honor/80300007', 'huawei/80300007']);
    expect(ids('huawei 80300007')).toEqual(['huawei/80300007', 'honor/80300007']);
    expect(ids('80300007 hihonor')[0]).toBe('honor/80300007');
    expect(ids('hms 80300007')[0]).toBe('huawei/80300007');
    expect(ids('oppo -1')[0]).toBe('oppo/-1');
    expect(ids('mipush 10001')[0]).toBe('xiaomi/10001');
    expect(ids('flyme 200')[0]).toBe('meizu/200');
    expect(ids('apple 200')[0]).toBe('apns/200');
    expect(ids('ios 410')[0]).toBe('apns/ExpiredToken');
    expect(ids('fcm 404')[0]).toBe('fcm/UNREGISTERED');
    expect(ids('honor 404')[0]).toBe('honor/404');
    expect(lookup(index, 'hms 80300007').vendors).toEqual(['huawei']);
    expect(lookup(index, 'hms 80300007').vendorsOnly).toBe(false);
    expect(lookup(index, 'flyme push')).toMatchObject({ vendors: ['meizu'], vendorsOnly: true });
    expect(lookup(index, 'server busy').vendorsOnly).toBe(false);
    expect(lookup(index, 'huawei 80300007').answers[0]!.likely).toBe(true);
  });

  it('narrows to one vendor when asked', () => {
    expect(ids('10001', { vendor: 'honor' })).toEqual(['honor/10001']);
  });
});

describe('typed names and HTTP statuses', () => {
  it('matches error names in any case and spacing', () => {
    for (const q of ['BadDeviceToken', 'bad device token', 'BAD_DEVICE_TOKEN', 'baddevicetoken', 'Bad-Device-Token']) expect(ids(q), q).toEqual(['apns/BadDeviceToken']);
    expect(ids('quota_exceeded')).toEqual(['fcm/QUOTA_EXCEEDED']);
    expect(ids('quota exceeded')).toEqual(['fcm/QUOTA_EXCEEDED']);
    expect(ids('invalid argument')).toEqual(['fcm/INVALID_ARGUMENT']);
    // One name at two vendors: both, the one written in that vendor's case first.
    expect(ids('Unregistered')).toEqual(['apns/Unregistered', 'fcm/UNREGISTERED']);
    expect(ids('UNREGISTERED')).toEqual(['fcm/UNREGISTERED', 'apns/Unregistered']);
    expect(foldName('Bad Device_Token')).toBe('baddevicetoken');
  });

  it('answers an HTTP status with the FCM and APNs errors that carry it, after codes with that number', () => {
    const found = ids('410');
    expect(found).toContain('apns/ExpiredToken');
    expect(found).toContain('apns/Unregistered');
    const fcm = lookup(index, '404').answers;
    expect(fcm.map((a) => `${a.item.vendor}/${a.item.code}`)).toContain('fcm/UNREGISTERED');
    expect(fcm.findIndex((a) => a.via === 'http')).toBeGreaterThan(fcm.findLastIndex((a) => a.via === 'code'));
  });
});

describe('pasted text', () => {
  it('tells a paste from typed words', () => {
    expect(lookup(index, '{"code":"80300007","msg":"x"}').pasted).toBe(true);
    expect(lookup(index, 'push failed ErrorCode 90047 for user 12 at 10:02').pasted).toBe(true);
    expect(lookup(index, '90001').pasted).toBe(false);
    expect(lookup(index, 'bad device token').pasted).toBe(false);
  });

  it('reads the push server body and keeps the server first', () => {
    const r = lookup(index, '{"ActionStatus":"FAIL","ErrorCode":90018,"ErrorInfo":"Number of requested accounts exceeds the limit"}');
    expect(r.answers.map((a) => `${a.item.vendor}/${a.item.code}`)).toEqual(['server/90018']);
  });

  it('guesses Huawei from a Huawei body and Honor from words around', () => {
    const huawei = lookup(index, '{"code":"80300007","msg":"All the tokens are invalid","requestId":"157440955549500001002006"}').answers;
    expect(huawei[0]).toMatchObject({ item: { vendor: 'huawei', code: '80300007' }, likely: true });
    expect(huawei.map((a) => a.item.vendor)).toEqual(['huawei', 'honor']);
    const honor = lookup(index, 'honor push returned {"code":"80300007","message":"all tokens invalid"}').answers;
    expect(honor[0]!.item.vendor).toBe('honor');
  });

  it('reads an APNs reason and an FCM status', () => {
    expect(ids('{"reason":"BadDeviceToken"}')).toEqual(['apns/BadDeviceToken']);
    expect(ids('{"reason":"Unregistered","timestamp":1700000000000}')).toEqual(['apns/Unregistered']);
    const fcm = '{\n  "error": {\n    "code": 404,\n    "message": "Requested entity was not found.",\n    "status": "UNREGISTERED",\n    "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED"}]\n  }\n}';
    const answers = ids(fcm);
    expect(answers[0]).toBe('fcm/UNREGISTERED');
    expect(ids('"status": "UNREGISTERED"')).toEqual(['fcm/UNREGISTERED']);
  });

  it('reads key=value and plain log lines', () => {
    expect(ids('code=80300008')).toEqual(['huawei/80300008', 'honor/80300008']);
    expect(ids('push failed ErrorCode 90047')).toEqual(['server/90047']);
    expect(ids('2026-03-10 12:30:45.123 [push-worker-3] ERROR send to xiaomi failed, code=10017, count=3, request_id=8f14e45fceea167a5a36dedd4bea2543 elapsed=55ms')[0]).toBe('xiaomi/10017');
  });

  it('does not let timestamps, counts, ids or times drown the answer', () => {
    const line = '2026-03-10T12:11:13Z pid=20 seq=13 ts=1700000000 took 11ms total:55 ip=10.0.0.1 {"ErrorCode":90018,"ErrorInfo":"x"}';
    expect(ids(line)).toEqual(['server/90018']);
  });

  it('explains every code in the text, in reading order, each with its vendor', () => {
    const text = 'first try: {"ErrorCode":90018} then {"ErrorCode":90047}; apns said {"reason":"BadDeviceToken"}';
    const answers = lookup(index, text).answers;
    expect(answers.map((a) => `${a.item.vendor}/${a.item.code}`)).toEqual(['server/90018', 'server/90047', 'apns/BadDeviceToken']);
    expect(answers.map((a) => a.match)).toEqual(['90018', '90047', 'BadDeviceToken']);
  });

  it('does not read plain English words in a paste as error names', () => {
    expect(ids('the internal service was unavailable for a while, we retried 3 times')).toEqual([]);
    expect(ids('{"status":"INTERNAL"}')).toEqual(['fcm/INTERNAL']);
  });
});

describe('suggestions while typing', () => {
  it('offers codes that start with what was typed when nothing matches exactly', () => {
    const r = lookup(index, '9000');
    expect(r.answers.length).toBeGreaterThan(0);
    expect(r.answers.every((a) => a.via === 'prefix' && a.item.code.startsWith('9000'))).toBe(true);
    expect(lookup(index, 'BadDevice').answers[0]).toMatchObject({ via: 'prefix', item: { code: 'BadDeviceToken' } });
  });

  it('offers codes whose meaning has the words typed', () => {
    const r = lookup(index, 'sensitive words');
    expect(r.answers.map((a) => `${a.item.vendor}/${a.item.code}`)).toContain('huawei/80100016');
    expect(r.answers.every((a) => a.via === 'words')).toBe(true);
  });

  it('leaves suggestions out of the exact answers', () => {
    expect(exactAnswers(index, '9000').answers).toEqual([]);
    expect(exactAnswers(index, 'sensitive words').answers).toEqual([]);
  });
});

describe('bounded work', () => {
  it('reads only the start of a 1 MB paste and still finds its codes', () => {
    const noise = 'INFO 2026-03-10 12:00:00 heartbeat ok count=12345 id=998877665544 '.repeat(16_000);
    const text = `{"ErrorCode":90018,"ErrorInfo":"x"} ${noise}`.slice(0, 1_000_000) + ' {"ErrorCode":90047}';
    expect(text.length).toBeGreaterThan(999_000);
    const r = lookup(index, text);
    expect(r.truncated).toBe(true);
    expect(r.answers.map((a) => `${a.item.vendor}/${a.item.code}`)).toEqual(['server/90018']);
  });

  it('says the text was cut when a paste under the character cap has more words than are read', () => {
    const text = `${'a '.repeat(MAX_TOKENS + 10)}{"ErrorCode":90047}`;
    expect(text.length).toBeLessThan(MAX_SCAN_CHARS);
    const r = lookup(index, text);
    expect(r.truncated).toBe(true);
    expect(r.answers).toEqual([]);
    expect(lookup(index, `${'a '.repeat(100)}{"ErrorCode":90047}`).truncated).toBe(false);
  });

  it('says the limits with commas, as English writes them, without Intl', () => {
    expect(TRUNCATED_NOTE).toBe(`Only the first ${MAX_SCAN_CHARS.toLocaleString('en')} characters or ${MAX_TOKENS.toLocaleString('en')} words of the text were read.`);
    for (const n of [0, 7, 999, 1_000, 20_000, 123_456, 1_234_567]) expect(withCommas(n)).toBe(n.toLocaleString('en'));
  });

  it('bounds the codes explained from a paste full of codes', () => {
    const text = index.codes.map((c) => `code=${c.code}`).join(' ').repeat(50);
    expect(text.length).toBeGreaterThan(MAX_SCAN_CHARS);
    const r = lookup(index, text, { limit: 1000 });
    // Exactly the cap: the paste names far more codes, so fewer (none included) would mean codes were lost.
    expect(new Set(index.codes.map((c) => c.code)).size).toBeGreaterThan(LIMITS.codes);
    expect(new Set(r.answers.map((a) => a.match)).size).toBe(LIMITS.codes);
  });
});

describe('phrase matches', () => {
  it('finds meanings that contain the words in order, the shortest first', () => {
    expect(phraseMatches(index, 'traffic control').map((i) => `${i.vendor}/${i.code}`)).toEqual(['huawei/503', 'oppo/-2']);
    expect(phraseMatches(index, 'Push token is empty').map((i) => `${i.vendor}/${i.code}`)).toEqual(['client/800009']);
    expect(phraseMatches(index, 'failed to push message').map((i) => `${i.vendor}/${i.code}`)[0]).toBe('meizu/513');
  });

  it('ranks by the description that holds the phrase, not the whole meaning', () => {
    const item = (vendor: string, meaning: string) => ({ vendor, code: '1', meaning, category: 'other', action: 'contact-support', retryable: false });
    const two: LookupIndex = {
      vendors: [],
      codes: [item('a', 'Invalid topic name given by the caller.'), item('b', 'Invalid topic. / 不合法的主题,请检查主题是否已创建并且名称正确')],
    };
    expect(phraseMatches(two, 'invalid topic').map((i) => i.vendor)).toEqual(['b', 'a']);
    // A phrase spread over two descriptions is in neither.
    const split: LookupIndex = { vendors: [], codes: [item('c', 'Invalid topic. / Check the name.')] };
    expect(phraseMatches(split, 'topic check')).toEqual([]);
  });

  it('matches whole words only, and ignores numbers alone', () => {
    expect(phraseMatches(index, 'raffic contro')).toEqual([]);
    expect(phraseMatches(index, '90001')).toEqual([]);
  });

  it("finds a description a log line quotes behind its timestamp: the date's, time's and ids' numbers are not its words", () => {
    const line = '2020-04-10 22:51:48,802 [13121] W/Push: Invalid regId, indicating the regId format is incorrect.';
    expect(sentenceWords(line)).toEqual(['w', 'push', 'invalid', 'regid', 'indicating', 'the', 'format', 'is', 'incorrect']);
    expect(phraseMatches(index, line).map((i) => `${i.vendor}/${i.code}`)).toEqual(['xiaomi/66007']);
    expect(lookup(index, line).answers.map((a) => `${a.item.vendor}/${a.item.code}`)).toEqual(['xiaomi/66007']);
    // A UUID's and a hex id's parts start with a digit too.
    expect(sentenceWords('id 3af8357b-0673-497e-9546-384953672a1b 0x1f status 400')).toEqual(['id', 'status']);
  });
});
