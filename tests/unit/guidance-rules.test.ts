/**
 * The catalogue's guidance rules (src/utils/guidance-rules.ts): what is credited
 * to a vendor links to its own documentation, and a body names only fields its
 * vendor returns.
 */
import { describe, expect, it } from 'vitest';
import { backtickedWords, guidanceProblems, onDocsHost, relatedAdviceProblems, vendorDocsHosts, type EntryFacts, type VendorFacts } from '../../src/utils/guidance-rules.ts';
import { CatalogError, validateCatalog, type CodeRecord } from '../../src/utils/catalog-rules.ts';
import { codeSchema } from '../../src/schema.ts';

const vendors = new Map<string, VendorFacts>([
  ['huawei', { shortName: 'Huawei', kind: 'manufacturer-channel', docsUrl: 'https://developer.huawei.com/consumer/en/doc/x', responseFields: ['code', 'msg', 'requestId'] }],
  ['xiaomi', { shortName: 'Xiaomi', kind: 'manufacturer-channel', docsUrl: 'https://dev.mi.com/doc', responseFields: ['code', 'description', 'reason'] }],
  ['meizu', { shortName: 'Meizu', kind: 'manufacturer-channel', docsUrl: 'https://open.flyme.cn/docs?id=129', docsHosts: ['open.flyme.cn', 'github.com/MEIZUPUSH'], responseFields: ['code', 'message'] }],
  ['client', { shortName: 'Push client', kind: 'push-client', docsUrl: 'https://www.tencentcloud.com/document/product/1047/74196', responseFields: ['errCode', 'errMsg'] }],
]);
const entry = (vendor: string, over: Partial<EntryFacts['data']> = {}, body?: string): EntryFacts => ({
  filePath: `content/codes/${vendor}/1.md`,
  data: { vendor, category: 'invalid-request', guidance: { from: 'site' }, descriptions: [{ text: 'x', from: 'document', line: 1 }], ...over },
  body,
});

describe('vendorDocsHosts() and onDocsHost()', () => {
  it('defaults to the host of docsUrl', () => {
    expect(vendorDocsHosts(vendors.get('huawei')!)).toEqual(['developer.huawei.com']);
    expect(vendorDocsHosts(vendors.get('meizu')!)).toEqual(['open.flyme.cn', 'github.com/MEIZUPUSH']);
  });
  it.each([
    ['https://developer.huawei.com/consumer/en/doc/y', ['developer.huawei.com'], true],
    ['https://huawei.example.com/doc', ['developer.huawei.com'], false],
    ['https://developer.huawei.com.evil.test/doc', ['developer.huawei.com'], false],
    ['https://github.com/MEIZUPUSH/PushAPI', ['github.com/MEIZUPUSH'], true],
    ['https://github.com/someone/PushAPI', ['github.com/MEIZUPUSH'], false],
    ['https://github.com/MEIZUPUSHX/PushAPI', ['github.com/MEIZUPUSH'], false],
  ])('%s on %j → %s', (url, hosts, expected) => expect(onDocsHost(url, hosts)).toBe(expected));
});

describe('guidanceProblems(): credit to a vendor links to its own documentation', () => {
  it('accepts vendor guidance on the vendor host, and site guidance anywhere', () => {
    expect(guidanceProblems(vendors, [entry('huawei', { guidance: { from: 'vendor', url: 'https://developer.huawei.com/consumer/en/doc/z' } }), entry('xiaomi')])).toEqual([]);
  });
  it('names the file and guidance.url when vendor guidance links elsewhere', () => {
    const problems = guidanceProblems(vendors, [entry('huawei', { guidance: { from: 'vendor', url: 'https://stackoverflow.com/q/1' } })]);
    expect(problems).toEqual([expect.stringMatching(/^content\/codes\/huawei\/1\.md: guidance\.url: https:\/\/stackoverflow\.com\/q\/1 is not on Huawei's documentation \(developer\.huawei\.com\)/)]);
  });
  it('names descriptions.N.url when a vendor description links to another vendor', () => {
    const problems = guidanceProblems(vendors, [entry('meizu', { descriptions: [{ text: 'a', from: 'document', line: 1 }, { text: 'b', from: 'vendor', url: 'https://developer.huawei.com/x' }] })]);
    expect(problems).toEqual([expect.stringMatching(/^content\/codes\/meizu\/1\.md: descriptions\.1\.url: .* is not on Meizu's documentation/)]);
  });
});

describe('guidanceProblems(): a body names fields its vendor returns', () => {
  it('backtickedWords() reads sentences about the response, skipping fenced example responses', () => {
    expect(backtickedWords('Read `code` in the response.\n\n```json\n{"msg": "`x`"}\n```\nThe response also has `reason`.')).toEqual(['code', 'reason']);
    expect(backtickedWords('Spell the request\'s `message` field right. Then send again.')).toEqual([]);
  });
  it('accepts the vendor\'s own fields and words that are no vendor\'s field', () => {
    expect(guidanceProblems(vendors, [entry('xiaomi', {}, 'Keep `code` and `description` of the response; `restricted_package_name` is returned too.')])).toEqual([]);
  });
  it('does not count a request field that shares a name with another vendor\'s response field', () => {
    expect(guidanceProblems(vendors, [entry('huawei', {}, 'The `message` field of the request is misspelt. Fix it.')])).toEqual([]);
  });
  it('names the file and body when a body names another vendor\'s field', () => {
    expect(guidanceProblems(vendors, [entry('xiaomi', {}, 'Keep `code` and `msg` of the response for a ticket.')])).toEqual([
      expect.stringMatching(/^content\/codes\/xiaomi\/1\.md: body: names `msg`, which Xiaomi does not return \(its fields: code, description, reason\)/),
    ]);
  });
  it('refuses a device-side code at a server vendor whose body points at the server response', () => {
    const problems = guidanceProblems(vendors, [entry('huawei', { category: 'client-state' }, 'Keep `code` and `msg` from the response body.')]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/codes\/huawei\/1\.md: body: names `code` of Huawei's server response, but a client-state code reaches the app through the SDK/);
  });
  it('lets an SDK vendor name its callback parameters, and a device-side code name the SDK\'s own API', () => {
    expect(guidanceProblems(vendors, [entry('client', { category: 'client-state' }, 'Log `errCode` and `errMsg` of the callback.'), entry('huawei', { category: 'client-state' }, 'Read `ApiException.getStatusCode()` it returns.')])).toEqual([]);
  });
});

describe('relatedAdviceProblems(): related codes of two vendors with different advice say why', () => {
  const pair = (meizuBody: string, vivoBody: string, vivoAction: 'nothing' | 'remove-token' = 'nothing'): EntryFacts[] => [
    { filePath: 'content/codes/meizu/110002.md', data: { ...entry('meizu').data, code: '110002', action: 'remove-token', related: ['vivo/10311'] }, body: meizuBody },
    { filePath: 'content/codes/vivo/10311.md', data: { ...entry('vivo').data, code: '10311', action: vivoAction, related: ['meizu/110002'] }, body: vivoBody },
  ];
  const withVivo = new Map([...vendors, ['vivo', { shortName: 'vivo', docsUrl: 'https://dev.vivo.com.cn/' }]]);
  it('accepts a pair whose bodies name each other', () => {
    expect(relatedAdviceProblems(withVivo, pair('Unlike vivo `10311`, remove it.', 'Keep it; Meizu `110002` differs.'))).toEqual([]);
  });
  it('accepts a pair that gives the same advice without naming each other', () => {
    expect(relatedAdviceProblems(withVivo, pair('Remove it.', 'Remove it too.', 'remove-token'))).toEqual([]);
  });
  it('names the file, the body and the code to name when one side is silent', () => {
    expect(relatedAdviceProblems(withVivo, pair('Unlike vivo `10311`, remove it.', 'Keep the token.'))).toEqual([
      'content/codes/vivo/10311.md: body: relates to Meizu `110002` (action remove-token) but advises nothing; say why the advice differs, naming `110002` in the body',
    ]);
  });
  it('asks for the other vendor\'s name when both codes are spelt the same', () => {
    const same: EntryFacts[] = [
      { filePath: 'content/codes/huawei/503.md', data: { ...entry('huawei').data, code: '503', action: 'retry-backoff', related: ['xiaomi/503'] }, body: 'Retry `503` with back-off.' },
      { filePath: 'content/codes/xiaomi/503.md', data: { ...entry('xiaomi').data, code: '503', action: 'fix-request', related: ['huawei/503'] }, body: 'Unlike Huawei, fix the request.' },
    ];
    expect(relatedAdviceProblems(vendors, same)).toEqual([expect.stringMatching(/^content\/codes\/huawei\/503\.md: body: relates to Xiaomi `503` .* naming Xiaomi in the body$/)]);
  });
});

describe('validateCatalog() runs the guidance rules', () => {
  it('throws a CatalogError naming the file and field', () => {
    const data = codeSchema.parse({ code: '1', vendor: 'huawei', descriptions: [{ text: 'x', from: 'document', line: 1 }], sourceLines: [1], category: 'server-fault', action: 'retry-backoff', retryable: true, guidance: { from: 'vendor', url: 'https://example.com/' } });
    const record: CodeRecord = { id: 'huawei/1', filePath: 'content/codes/huawei/1.md', data, body: 'Retry.' };
    const run = () => validateCatalog([{ id: 'huawei', data: { ...vendors.get('huawei')!, order: 4, name: 'Huawei' } }], [record]);
    expect(run).toThrow(CatalogError);
    expect(run).toThrow(/content\/codes\/huawei\/1\.md: guidance\.url: https:\/\/example\.com\/ is not on Huawei's documentation/);
  });
});
