import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentIndex } from '../helpers/content-index.ts';
import { fromCompact, toCompact, type CompactItem } from '../../src/utils/lookup-compact.ts';
import { exactAnswers, spellingsOf, type LookupIndex } from '../../src/utils/lookup/index.ts';
import { cutRanges, frontCode, frontDecode, isNameShard, itemKeys, manifestFile, NAME_STARTS_BYTES, namePlaces, readManifest, readWorded, SHARD_BUDGET, shardIndex, shardOf, shardsForText as textShards, shortest, wordedFile, wordingKeys, wordingTexts, type KeyShard, type ShardedIndex, type ShardItem } from '../../src/utils/lookup-shards.ts';

const gz = (json: string) => gzipSync(json).length;

/** The shards a text reads. */
const shardsForText = (...args: Parameters<typeof textShards>) => textShards(...args).shards;

/**
 * The records a key or wording shard gives: a code's, or a name's (of the `names` wanted; every one without), from the
 * catalogue's `items` by place, as the loader reads them from the record shards.
 */
function recordsOf(shard: KeyShard, items: readonly CompactItem[], names?: Set<string>): ShardItem[] {
  if (!isNameShard(shard)) return shard;
  return namePlaces(shard, names ?? (() => true)).map((i) => ({ ...items[i]!, i }));
}

/** What the browser loader builds for a text: the records of the shards the text names (a name shard's, by place). */
function partFor({ manifest, cjkWorded, shards }: ShardedIndex, items: readonly CompactItem[], text: string): LookupIndex {
  const read = textShards(manifest, text, cjkWorded);
  const byPlace = new Map(read.shards.flatMap((n) => recordsOf(shards[n]!, items, read.names)).map((r) => [r.i, r]));
  return fromCompact({ vendors: manifest.vendors, codes: [...byPlace.values()].sort((a, b) => a.i - b.i) });
}

/** A generated catalogue shaped like the benchmark's: numeric codes from 7000000, a quarter with a name. */
function generated(count: number): CompactItem[] {
  const words = 'token device message quota push channel request server client certificate invalid expired missing limit'.split(' ');
  return Array.from({ length: count }, (_, i) => ({
    v: ['server', 'client', 'xiaomi', 'huawei', 'oppo', 'vivo', 'meizu', 'honor', 'fcm', 'apns'][i % 10]!,
    c: String(7_000_000 + i),
    ...(i % 4 === 0 ? { n: `SYNTHETIC_${words[i % words.length]!.toUpperCase()}_${i}`, h: 400 } : {}),
    d: `${Array.from({ length: 6 + (i % 9) }, (_, k) => words[(i * 7 + k * 13) % words.length]).join(' ')} (synthetic ${i}).`,
    k: 'invalid-request',
    a: 'fix-request',
    r: 0,
  }));
}

describe('the manifests\' keys, written short', () => {
  it('front-codes sorted keys and reads them back, a long shared start capped at 35 characters', () => {
    const keys = ['', '7005336', '7005398', '7006', 'baddevicetoken', 'baddevicetokenx', `${'a'.repeat(40)}b`, `${'a'.repeat(40)}c`];
    expect(frontCode(keys).slice(0, 6)).toEqual(['0', '07005336', '598', '36', '0baddevicetoken', 'ex']);
    expect(frontCode(keys).at(-1)).toBe(`z${'a'.repeat(5)}c`);
    expect(frontDecode(frontCode(keys))).toEqual(keys);
  });

  it('writes each wording shard\'s first key as its place among the keys, and refuses one that is not a key', () => {
    const worded = { from: 40, first: ['不合', '应用不存在', '设备'], keys: ['不合', '不存', '应用不存在', '应用已禁用', '设备'] };
    const file = wordedFile(worded);
    expect(file.starts).toBe('0,2,2');
    expect(readWorded(file)).toEqual(worded);
    expect(() => wordedFile({ ...worded, first: ['不合', '应'] })).toThrow('first key "应" is not one of its keys');
  });

  it('cuts ranges of one share each: the first key that takes another share opens a range', () => {
    const byKey = new Map([...['1', '2', '3', 'a', 'b', 'c']].map((k) => [k, [k]]));
    // Codes (digits) may fill a whole budget, names a tenth of it: never together.
    const { first, shards } = cutRanges(byKey, (key) => (/^\d/.test(key) ? 10_000 : 1_000), (json) => json.length);
    expect(first).toEqual(['1', 'a']);
    expect(shards).toEqual([['1', '2', '3'], ['a', 'b', 'c']]);
  });

  it('cuts each first key to the shortest start that still sorts after the range before', () => {
    const keys = ['7005300', '7005335', '7005336', '7005398', 'ab', 'abc'];
    const cut = shortest(['7005300', '7005336', 'ab'], keys);
    expect(cut).toEqual(['7005300', '7005336', 'a']);
    // Every key is still found in its own range.
    for (const [n, range] of [[0, ['7005300', '7005335']], [1, ['7005336', '7005398']], [2, ['ab', 'abc']]] as const) for (const key of range) expect(shardOf({ first: cut }, key)).toBe(n);
  });
});

describe('shardIndex() on a generated catalogue of 20,000 codes', () => {
  const items = generated(20_000);
  const sharded = shardIndex([], items, SHARD_BUDGET, gz);

  it('cuts it into shards, each within the budget gzipped', () => {
    expect(sharded.shards.length).toBeGreaterThan(10);
    for (const [n, shard] of sharded.shards.entries()) expect(gz(JSON.stringify(shard)), `shard ${n}`).toBeLessThanOrEqual(SHARD_BUDGET);
    expect(gz(JSON.stringify(sharded.manifest))).toBeLessThan(4 * 1024);
  });

  it('reaches every code by each of its keys, through the shard the manifest names', () => {
    for (const [i, item] of items.entries()) {
      for (const key of itemKeys(item).filter((k) => /^[a-z]/.test(k))) expect(recordsOf(sharded.shards[shardOf(sharded.manifest, key)]!, items, new Set([key])).some((r) => r.i === i), `${item.c} by ${key}`).toBe(true);
    }
  });

  it('needs one shard for a typed code, and a few for a name', () => {
    expect(shardsForText(sharded.manifest, '7012345')).toHaveLength(1);
    expect(shardsForText(sharded.manifest, 'SYNTHETIC_TOKEN_0').length).toBeLessThanOrEqual(4);
  });

  it('lists the starts of its names within NAME_STARTS_BYTES, and a text reads the shard of every name in it', () => {
    const { nameStarts } = sharded.manifest;
    expect(nameStarts?.chars).toBeGreaterThanOrEqual(3);
    expect(gz(JSON.stringify(frontCode(nameStarts!.starts)))).toBeLessThanOrEqual(NAME_STARTS_BYTES);
    expect(readManifest(manifestFile(sharded.manifest)).nameStarts).toEqual(nameStarts);
    for (const [i, item] of items.entries()) {
      if (!item.n) continue;
      const text = `push failed: ${item.n.toLowerCase().replace(/_/g, ' ')} (retry later)`;
      for (const key of itemKeys(item).filter((k) => /^[a-z]/.test(k))) expect(shardsForText(sharded.manifest, text), `${item.n} by ${key}`).toContain(shardOf(sharded.manifest, key));
      if (i > 2000) break;
    }
  });
});

describe('the starts of names, when they weigh too much', () => {
  it('are left out of the manifest, and every word start reads its shard', () => {
    // Names whose first three letters are all different: their list is far over NAME_STARTS_BYTES.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const items = generated(3000).map((item, i) => ({ ...item, n: `${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}_error` }));
    const { manifest } = shardIndex([], items, SHARD_BUDGET, gz);
    expect(manifest.nameStarts).toBeUndefined();
    expect(shardsForText(manifest, 'the phone ran out').length).toBeGreaterThan(1);
  });
});

describe('the real catalogue cut into small shards', () => {
  const whole = contentIndex();
  // A tiny budget, so the real catalogue is cut into many shards and every answer crosses them.
  const sharded = shardIndex(whole.vendors, toCompact(whole).codes, 600, gz);
  const answers = (index: LookupIndex, text: string) => exactAnswers(index, text).answers.map((a) => `${a.item.vendor}/${a.item.code} ${a.via}`);

  it('is cut into many shards', () => {
    expect(sharded.shards.length).toBeGreaterThan(10);
    expect(sharded.manifest.worded.first.length).toBeGreaterThan(1);
  });

  it('reads no key shard for a word of prose that starts no name', () => {
    const prose = 'the notification was not delivered to the phone because the account ran out of its daily allowance';
    const unlisted = textShards({ ...sharded.manifest, nameStarts: undefined }, prose);
    const listed = textShards(sharded.manifest, prose);
    // Without the list, nearly every word start is looked up as a name; with it, only the words that start one.
    expect(unlisted.names.size).toBeGreaterThan(8);
    expect(listed.names.size).toBeLessThan(unlisted.names.size / 2);
    expect(listed.shards.length).toBeLessThan(unlisted.shards.length);
    for (const key of listed.names) expect(sharded.manifest.nameStarts!.starts, key).toContain(key.slice(0, sharded.manifest.nameStarts!.chars));
    // A code in the prose still reads its shard.
    expect(shardsForText(sharded.manifest, `${prose}: 10001`)).toEqual([...new Set([...listed.shards, shardOf(sharded.manifest, '10001')])].sort((a, b) => a - b));
  });

  it('reads the key shards of the numbers the lookup may read as codes, not of a log line\'s dates, times and ids', () => {
    const line = 'Status of notification 3af8357b-0673-497e-9546-384953d4b5d8 is 400 (BadDeviceToken)';
    const logged = `2020-04-10 22:51:48,802 ERROR aioapns ${line} retry_count=12345`;
    expect(shardsForText(sharded.manifest, logged)).toEqual(shardsForText(sharded.manifest, `ERROR aioapns ${line}`));
    // The same numbers as codes: typed, under a code key, or beside a vendor word when short.
    expect(shardsForText(sharded.manifest, '13121')).toContain(shardOf(sharded.manifest, '13121'));
    expect(shardsForText(sharded.manifest, 'request failed, errno: 12345 retry_count=1')).toContain(shardOf(sharded.manifest, '12345'));
    expect(shardsForText(sharded.manifest, 'oppo push failed with -1 after 3 tries')).toContain(shardOf(sharded.manifest, '1'));
    expect(shardsForText(sharded.manifest, 'push failed after 3 tries, then 98765432101 more')).not.toContain(shardOf(sharded.manifest, '98765432101'));
  });

  it('holds every record found by wording in a wording shard that a text holding the wording reads', () => {
    const { worded } = sharded.manifest;
    const records = toCompact(whole).codes;
    const withWordings = records.filter((r) => wordingTexts(r).length > 0);
    expect(withWordings.length).toBeGreaterThan(50);
    for (const r of withWordings) {
      const i = records.indexOf(r);
      for (const text of wordingTexts(r)) {
        const read = shardsForText(sharded.manifest, text, sharded.cjkWorded).filter((n) => n >= worded.from);
        expect(read.some((n) => recordsOf(sharded.shards[n]!, records).some((x) => x.i === i)), `${r.v}/${r.c} by ${text}`).toBe(true);
      }
    }
  });

  it('keys CJK wordings that share their first two characters by more of them, so no wording shard outgrows its budget', () => {
    // 60 messages that all start 应用 ("app"), as real ones often do: under one two-character key they weighed several
    // times a wording shard's budget, and every text with 应用 read them all.
    const vendors = [{ slug: 'xiaomi', name: 'Xiaomi', aliases: [] }];
    const verbs = ['不存在', '已禁用', '未授权', '被封禁', '签名错误', '证书过期', '包名错误', '次数超限', '频率过高', '配置缺失'];
    const items = Array.from({ length: 60 }, (_, i): CompactItem => ({ v: 'xiaomi', c: String(20000 + i), d: `App problem ${i}`, m: [`应用${verbs[i % 10]}（${i}）`], k: 'internal', a: 'retry', r: 1 }));
    const sharded = shardIndex(vendors, items, 600, gz);
    // Listed apart from the manifest every lookup fetches (api/lookup/cjk.json), for texts with CJK characters.
    expect(sharded.manifest.worded.keys).toEqual([]);
    expect(sharded.manifest.cjk).toBe(true);
    const worded = sharded.cjkWorded!;
    expect(worded.from).toBe(sharded.manifest.worded.from);
    expect(worded.keys.some((k) => k.length > 2)).toBe(true);
    expect(worded.keys).not.toContain('应用');
    for (let n = worded.from; n < sharded.shards.length; n++) expect(gz(JSON.stringify(sharded.shards[n])), `shard ${n}`).toBeLessThanOrEqual(600);
    items.forEach((item, i) => {
      const read = shardsForText(sharded.manifest, `E/Push: ${item.m![0]} (code ${item.c})`, worded).filter((n) => n >= worded.from);
      // Without the CJK ranges (a text the loader took for one without CJK characters), none is read.
      expect(shardsForText(sharded.manifest, `E/Push: ${item.m![0]} (code ${item.c})`).filter((n) => n >= worded.from)).toEqual([]);
      expect(read.some((n) => recordsOf(sharded.shards[n]!, items).some((x) => x.i === i)), item.m![0]).toBe(true);
    });
  });

  it('reads a CJK wording\'s shard by its first CJK characters, not by the Latin letters around them', () => {
    const wordingShardsOf = (text: string) => shardsForText(sharded.manifest, text, sharded.cjkWorded).filter((n) => n >= sharded.manifest.worded.from);
    // A real Java enum row (tests/bench/real-pastes.ts): its Latin letters start no English wording, and the
    // Chinese reads the same wording shards alone as inside the row.
    const chinese = '超过该应用每天推送次数限制';
    const row = `APP_REQUEST_PUSH_LIMIT = valueOf(Integer.valueOf(110019), "${chinese}")`;
    expect(wordingShardsOf(chinese).length).toBeGreaterThan(0);
    expect(wordingShardsOf(row)).toEqual(wordingShardsOf(chinese));
    // A wording that starts with Latin letters is keyed from its first CJK character, and still read.
    expect(wordingKeys({ v: 'x', c: '1', d: 'x', m: ['appKey不合法'] } as CompactItem)).toEqual(['不合']);
  });

  it('gives every exact answer the whole index gives: codes (leading zeros too), names, aliases, HTTP statuses, messages and pastes', () => {
    const texts = whole.codes.flatMap((item) => [
      item.code,
      `${item.vendor} ${item.code}`,
      ...(item.name ? [item.name, item.name.replace(/_/g, ' ').toLowerCase()] : []),
      // Every spelling: aliases and the last part of a namespaced one (`code: message-rate-exceeded`).
      ...spellingsOf(item).map((s) => `code: ${s}`),
      ...(item.aliases ?? []),
      ...(item.httpStatus !== undefined ? [String(item.httpStatus), `HTTP/2 ${item.httpStatus}`] : []),
      ...(item.messages ?? []),
      ...(item.messages ?? []).map((m) => `W/Push: ${m.toUpperCase()} (retrying)`),
      ...item.meaning.split(' / ').filter((part) => /[\u4e00-\u9fff]/.test(part)),
      // Chinese inside Latin text, as an SDK's enum row gives it.
      ...[...(item.messages ?? []), ...item.meaning.split(' / ')].filter((t) => /[\u4e00-\u9fff]/.test(t)).map((t) => `PUSH_ERROR = valueOf(Integer.valueOf(7), "${t}")`),
      `E/Push: send failed {"code": ${JSON.stringify(item.code)}, "msg": ${JSON.stringify(item.meaning.slice(0, 40))}}`,
      // A number with leading zeros under a code key is the code (`Status: 08`): its key shard is the code's.
      ...(/^\d+$/.test(item.code) ? [`WARNING Invalid token found. Status: 0${item.code}`, `{"code": 00${item.code}}`] : []),
    ]);
    const items = toCompact(whole).codes;
    for (const text of texts) expect(answers(partFor(sharded, items, text), text), text).toEqual(answers(whole, text));
  });
});
