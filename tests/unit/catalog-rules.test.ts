import { describe, expect, it } from 'vitest';
import { CatalogError, compareCodes, fromVendorDocs, groupVendors, relatedKey, groupByCodeValue, headline, neighbours, summary, validateCatalog, vendorFromDocument, type CodeRecord } from '../../src/utils/catalog-rules.ts';
import { codeSchema } from '../../src/schema.ts';

const vendors = [
  { id: 'xiaomi', data: { order: 30, name: 'Xiaomi (MiPush)', shortName: 'Xiaomi' } },
  { id: 'honor', data: { order: 80, name: 'Honor', shortName: 'Honor' } },
];
/** The classification every entry needs; the tests here are about other fields. */
const classified = { category: 'invalid-request', action: 'fix-request', retryable: false, guidance: { from: 'site' } };
const record = (id: string, data: Record<string, unknown>): CodeRecord => ({
  id,
  filePath: `content/codes/${id}.md`,
  data: codeSchema.parse({ ...classified, descriptions: [{ text: 'x', from: 'document', line: 1 }], sourceLines: [1], ...data }),
});

describe('validateCatalog', () => {
  it('accepts a consistent catalogue', () => {
    expect(() => validateCatalog(vendors, [record('xiaomi/10001', { code: '10001', vendor: 'xiaomi' }), record('honor/10001', { code: '10001', vendor: 'honor', related: ['xiaomi/10001'] })])).not.toThrow();
  });

  it('names the file and field of an unknown vendor', () => {
    expect(() => validateCatalog(vendors, [record('nokia/1', { code: '1', vendor: 'nokia' })])).toThrow(/content\/codes\/nokia\/1\.md: vendor: unknown vendor "nokia"; expected one of honor, xiaomi/);
  });

  it('names both files of a duplicate vendor and code', () => {
    const run = () => validateCatalog(vendors, [record('xiaomi/10001', { code: '10001', vendor: 'xiaomi' }), record('xiaomi/10001-copy', { code: '10001', vendor: 'xiaomi' })]);
    expect(run).toThrow(CatalogError);
    expect(run).toThrow(/content\/codes\/xiaomi\/10001-copy\.md: code: xiaomi code "10001" is already defined in content\/codes\/xiaomi\/10001\.md/);
  });

  // Codes that differ only in letter case share a URL (/honor/badtoken/), so they are duplicates.
  it.each([
    ['BadToken', 'badtoken'],
    ['BadToken', 'BADTOKEN'],
    ['bad_token', 'BAD_TOKEN'],
  ])('names both files of a duplicate that differs only in case: %s and %s', (first, second) => {
    const run = () => validateCatalog(vendors, [record(`honor/${first}`, { code: first, vendor: 'honor' }), record(`honor/${second}`, { code: second, vendor: 'honor' })]);
    expect(run).toThrow(new RegExp(`content/codes/honor/${second}\\.md: code: honor code "${second}" is already defined in content/codes/honor/${first}\\.md`));
  });

  it('accepts the same code at two vendors, and two codes of one vendor that differ by more than case', () => {
    expect(() => validateCatalog(vendors, [record('honor/BadToken', { code: 'BadToken', vendor: 'honor' }), record('xiaomi/BadToken', { code: 'BadToken', vendor: 'xiaomi' }), record('honor/BadTokens', { code: 'BadTokens', vendor: 'honor' })])).not.toThrow();
  });

  it('accepts hyphenated vendor slugs in files and related links', () => {
    const layered = [...vendors, { id: 'fcm-legacy', data: { order: 91, name: 'FCM legacy HTTP API', shortName: 'FCM legacy' } }];
    expect(() => validateCatalog(layered, [record('fcm-legacy/NotRegistered', { code: 'NotRegistered', vendor: 'fcm-legacy' }), record('honor/1', { code: '1', vendor: 'honor', related: ['fcm-legacy/NotRegistered'] })])).not.toThrow();
  });

  it('names the file of a vendor whose slug is not lower-case words joined by hyphens', () => {
    expect(() => validateCatalog([...vendors, { id: 'FCM_Legacy', data: { order: 91, name: 'x', shortName: 'x' } }], [])).toThrow(/content\/vendors\/FCM_Legacy\.md: file name: "FCM_Legacy" is not a vendor slug/);
  });

  it('names both vendors that share an order', () => {
    expect(() => validateCatalog([...vendors, { id: 'vivo', data: { order: 30, name: 'vivo', shortName: 'vivo' } }], [])).toThrow(/content\/vendors\/vivo\.md: order: 30 is already the order of content\/vendors\/xiaomi\.md/);
  });

  it('rejects an entry filed in another vendor\'s folder', () => {
    expect(() => validateCatalog(vendors, [record('honor/1', { code: '1', vendor: 'xiaomi' })])).toThrow(/honor\/1\.md: vendor: "xiaomi" but the file is in content\/codes\/honor\//);
  });

  it('rejects a related link to a code that does not exist', () => {
    expect(() => validateCatalog(vendors, [record('xiaomi/1', { code: '1', vendor: 'xiaomi', related: ['honor/999'] })])).toThrow(/xiaomi\/1\.md: related: "honor\/999" is not a code of this site/);
  });

  it('rejects an alias or a message that two entries of one vendor carry, as the lookup compares them', () => {
    const alias = (text: string) => ({ text, kind: 'sdk-constant', source: 'SDK', url: 'https://example.com/' });
    const message = (text: string) => ({ text, lang: 'zh', url: 'https://example.com/' });
    const run = () =>
      validateCatalog(vendors, [
        record('xiaomi/1', { code: '1', vendor: 'xiaomi', aliases: [alias('BAD_TOKEN')], messages: [message('regId 不合法。')] }),
        record('xiaomi/2', { code: '2', vendor: 'xiaomi', aliases: [alias('other'), alias('bad-token')], messages: [message('regId不合法')] }),
      ]);
    expect(run).toThrow(/content\/codes\/xiaomi\/2\.md: aliases\.1\.text: "bad-token" is also an alias of xiaomi 1 \(content\/codes\/xiaomi\/1\.md\)/);
    expect(run).toThrow(/content\/codes\/xiaomi\/2\.md: messages\.0\.text: "regId不合法" is also a message of xiaomi 1/);
    // The same text at two vendors is fine: a vendor word or key tells them apart.
    expect(() =>
      validateCatalog(vendors, [record('xiaomi/1', { code: '1', vendor: 'xiaomi', messages: [message('Invalid token')] }), record('honor/1', { code: '1', vendor: 'honor', messages: [message('Invalid token')] })]),
    ).not.toThrow();
  });

  it('refuses a body that would run code in the browser, naming the file and its line', () => {
    const unsafe = { ...record('xiaomi/10001', { code: '10001', vendor: 'xiaomi' }), source: '---\ncode: "10001"\n---\nSee <img src=x onerror=alert(1)>.\n' };
    expect(() => validateCatalog(vendors, [unsafe])).toThrow(/content\/codes\/xiaomi\/10001\.md:4: body: an on…= event attribute/);
    const vendor = { ...vendors[0]!, filePath: 'content/vendors/xiaomi.md', source: '---\nname: X\n---\n[docs](javascript:void(0))\n' };
    expect(() => validateCatalog([vendor, vendors[1]!], [])).toThrow(/content\/vendors\/xiaomi\.md:4: body: a javascript: link/);
  });

  it('lists every problem at once', () => {
    try {
      validateCatalog(vendors, [record('a/1', { code: '1', vendor: 'a' }), record('b/2', { code: '2', vendor: 'b' })]);
      expect.unreachable();
    } catch (error) {
      expect((error as CatalogError).problems.filter((p) => p.includes('unknown vendor'))).toHaveLength(2);
    }
  });
});

describe('codeSchema', () => {
  it('rejects an entry with no description that is not marked incomplete', () => {
    const result = codeSchema.safeParse({ ...classified, code: '1', vendor: 'xiaomi', descriptions: [], sourceLines: [1] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['descriptions'], message: expect.stringMatching(/incomplete/) });
  });

  it('rejects a code that is neither a number nor a name', () => {
    expect(codeSchema.safeParse({ ...classified, code: '10 01', vendor: 'x', descriptions: [{ text: 'a', from: 'document', line: 1 }], sourceLines: [1] }).success).toBe(false);
  });

  it('needs docsUrl for an entry that did not come from the source', () => {
    const result = codeSchema.safeParse({ ...classified, code: 'BadTopic', vendor: 'apns', descriptions: [{ text: 'a', from: 'vendor', url: 'https://developer.apple.com/' }] });
    expect(result.error!.issues[0]!.path).toEqual(['docsUrl']);
  });

  it('requires a category, an action, retryable and where the classification comes from', () => {
    const bare = { code: '1', vendor: 'xiaomi', descriptions: [{ text: 'a', from: 'document', line: 1 }], sourceLines: [1] };
    const result = codeSchema.safeParse(bare);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['action', 'category', 'guidance', 'retryable']);
    expect(codeSchema.safeParse({ ...bare, ...classified }).success).toBe(true);
  });

  it('rejects an unknown category or action, and vendor guidance without its link', () => {
    const ok = { ...classified, code: '1', vendor: 'xiaomi', descriptions: [{ text: 'a', from: 'document', line: 1 }], sourceLines: [1] };
    expect(codeSchema.safeParse({ ...ok, category: 'weather' }).error!.issues[0]!.path).toEqual(['category']);
    expect(codeSchema.safeParse({ ...ok, action: 'panic' }).error!.issues[0]!.path).toEqual(['action']);
    expect(codeSchema.safeParse({ ...ok, guidance: { from: 'vendor' } }).error!.issues[0]!.path).toEqual(['guidance', 'url']);
    expect(codeSchema.safeParse({ ...ok, guidance: { from: 'vendor', url: 'https://developer.apple.com/' } }).success).toBe(true);
  });

  const withRelated = (related: string) => codeSchema.safeParse({ ...classified, code: '1', vendor: 'xiaomi', descriptions: [{ text: 'a', from: 'document', line: 1 }], sourceLines: [1], related: [related] });
  it.each(['server/90051', 'xiaomi/-1', 'apns/ExpiredToken', 'fcm-legacy/NotRegistered', 'apns-binary/8'])('accepts the related link %s', (link) => {
    expect(withRelated(link).success).toBe(true);
  });
  it.each(['server', 'server/', 'Server/1', 'fcm_legacy/1', 'fcm-/1', 'xiaomi/10 01', 'xiaomi/1/2'])('rejects the related link %s', (link) => {
    expect(withRelated(link).error!.issues[0]!.path).toEqual(['related', 0]);
  });
});

describe('codeSchema: the classification does not contradict itself', () => {
  const ok = { ...classified, code: '1', vendor: 'honor', descriptions: [{ text: 'a', from: 'document', line: 1 }], sourceLines: [1] };
  it.each([
    ['a success with an action', { category: 'success', action: 'remove-token' }, 'action'],
    ['a token to remove said to be retryable', { action: 'remove-token', retryable: true }, 'retryable'],
    ['a retry said not to be retryable', { action: 'retry-after-wait', retryable: false, guidance: { from: 'vendor', url: 'https://developer.apple.com/' } }, 'retryable'],
    ['a fixed wait the vendor does not give', { category: 'rate-limit', action: 'retry-after-wait', retryable: true }, 'action'],
  ])('rejects %s', (_case, over, field) => {
    expect(codeSchema.safeParse({ ...ok, ...over }).error!.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
  it('accepts a success with nothing to do, a retry that is retryable, a token to remove that is not, and a wait the vendor gives', () => {
    for (const over of [{ category: 'success', action: 'nothing' }, { action: 'retry-backoff', retryable: true }, { category: 'token-invalid', action: 'remove-token' }, { action: 'retry-after-wait', retryable: true, guidance: { from: 'vendor', url: 'https://developer.apple.com/' } }]) {
      expect(codeSchema.safeParse({ ...ok, ...over }).success).toBe(true);
    }
  });
});

describe('queries', () => {
  it('orders codes as the source does, then added codes by HTTP status and name', () => {
    const a = codeSchema.parse({ ...classified, code: 'B', vendor: 'apns', httpStatus: 400, docsUrl: 'https://example.com/', descriptions: [{ text: 'a', from: 'vendor', url: 'https://example.com/' }] });
    const b = codeSchema.parse({ ...classified, code: 'A', vendor: 'apns', httpStatus: 400, docsUrl: 'https://example.com/', descriptions: [{ text: 'a', from: 'vendor', url: 'https://example.com/' }] });
    const c = codeSchema.parse({ ...classified, code: 'Z', vendor: 'apns', httpStatus: 410, sourceLines: [336], descriptions: [{ text: 'a', from: 'document', line: 336 }] });
    expect([a, b, c].sort(compareCodes).map((x) => x.code)).toEqual(['Z', 'A', 'B']);
  });

  it('groups codes by value across vendors, ignoring case', () => {
    const groups = groupByCodeValue([{ data: { code: '10001' } }, { data: { code: 'ExpiredToken' } }, { data: { code: '10001' } }]);
    expect(groups.get('10001')).toHaveLength(2);
    expect(groups.get('expiredtoken')).toHaveLength(1);
  });

  it('finds neighbours at the ends of a list', () => {
    expect(neighbours([1, 2, 3], 0)).toEqual({ previous: undefined, next: 2 });
    expect(neighbours([1, 2, 3], 2)).toEqual({ previous: 2, next: undefined });
  });

  it('summarises several descriptions and says plainly when there is none', () => {
    expect(summary({ descriptions: [{ text: 'A.', from: 'document', line: 1 }, { text: 'B.', from: 'document', line: 2 }] })).toBe('A. / B.');
    expect(summary({ descriptions: [] })).toMatch(/without a description/);
    // A wording that differs only in case, articles and punctuation is said once.
    expect(summary({ descriptions: [{ text: 'Specified Token is invalid.', from: 'document', line: 1 }, { text: 'The specified token is invalid.', from: 'vendor', url: 'https://example.com/' }] })).toBe('Specified Token is invalid.');
  });

  it('refuses a catalogue with no vendor: content that was not read must not build an empty site', () => {
    expect(() => validateCatalog([], [])).toThrow(/content\/vendors\/: no vendor was loaded/);
  });

  it('gives a headline in English for titles and tickets, keeping a Chinese-only entry its text', () => {
    const zh = { text: '指定的Token无效。', from: 'vendor' as const, url: 'https://example.com/' };
    const en = { text: 'Specified Token is invalid.', from: 'document' as const, line: 1 };
    expect(summary({ descriptions: [en, zh] })).toBe('Specified Token is invalid. / 指定的Token无效。');
    expect(headline({ descriptions: [en, zh] })).toBe('Specified Token is invalid.');
    // Bilingual vendor text (English — Chinese) counts as Chinese; the document's English leads.
    expect(headline({ descriptions: [en, { ...zh, text: 'Invalid Token — 指定的Token无效' }] })).toBe('Specified Token is invalid.');
    expect(headline({ descriptions: [zh] })).toBe('指定的Token无效。');
    expect(headline({ descriptions: [] })).toMatch(/without a description/);
  });
});

describe('related links and added codes', () => {
  it('reads a related link as the key of the code it names, whatever its case', () => {
    expect(relatedKey('apns/BadDeviceToken')).toBe('apns/baddevicetoken');
    expect(relatedKey('xiaomi/-1')).toBe('xiaomi/-1');
  });

  it('reads a related link to a layer with a hyphenated slug', () => {
    expect(relatedKey('fcm-legacy/NotRegistered')).toBe('fcm-legacy/notregistered');
    const ok = codeSchema.safeParse({ ...classified, code: 'UNREGISTERED', vendor: 'fcm', descriptions: [{ text: 'x', from: 'document', line: 1 }], sourceLines: [1], related: ['fcm-legacy/NotRegistered'] });
    expect(ok.success).toBe(true);
    for (const bad of ['fcm-/NotRegistered', 'FCM/UNREGISTERED', 'fcm/a/b', 'fcm/']) {
      const r = codeSchema.safeParse({ ...classified, code: '1', vendor: 'fcm', descriptions: [{ text: 'x', from: 'document', line: 1 }], sourceLines: [1], related: [bad] });
      expect(r.success, bad).toBe(false);
    }
  });

  it('tells a code added from vendor docs by its missing source lines', () => {
    expect(fromVendorDocs({ sourceLines: [] })).toBe(true);
    expect(fromVendorDocs({ sourceLines: [336] })).toBe(false);
  });
});

describe('vendors from the source document and added layers', () => {
  it('knows the ten document tables by slug and nothing else', () => {
    expect(vendorFromDocument('fcm')).toBe(true);
    expect(vendorFromDocument('server')).toBe(true);
    expect(vendorFromDocument('fcm-legacy')).toBe(false);
    expect(vendorFromDocument('chat-sdk')).toBe(false);
  });

  it('puts the document tables first, then the added layers, each in their own order', () => {
    const v = (id: string, order: number) => ({ id, data: { order, name: id, shortName: id } });
    const { document, added } = groupVendors([v('apns-binary', 14), v('apns', 10), v('fcm-legacy', 11), v('server', 1), v('chat-sdk', 13)]);
    expect(document.map((x) => x.id)).toEqual(['server', 'apns']);
    expect(added.map((x) => x.id)).toEqual(['fcm-legacy', 'chat-sdk', 'apns-binary']);
  });
});
