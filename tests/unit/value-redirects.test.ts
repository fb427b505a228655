import { describe, expect, it } from 'vitest';
import { isLoneCode, loneCodeRedirects, redirectPage } from '../../src/utils/value-redirects.ts';

const vendors = [
  { slug: 'xiaomi', name: 'Xiaomi' },
  { slug: 'fcm', name: 'Firebase Cloud Messaging' },
  { slug: 'apns', name: 'Apple Push Notification service' },
];
const code = (vendor: string, c: string, httpStatus: number | null = null) => ({ vendor, code: c, httpStatus, url: `/docs/${vendor}/${c.toLowerCase()}/` });

describe('loneCodeRedirects', () => {
  it('sends on only values one entry has as its code and none as its HTTP status', () => {
    const published = {
      vendors,
      codes: [
        code('xiaomi', '10001'),
        code('xiaomi', '503'),
        code('fcm', 'UNAVAILABLE', 503),
        code('xiaomi', '-1'),
        code('apns', '-1'),
        code('apns', 'BadDeviceToken', 400),
        code('fcm', 'INVALID_ARGUMENT', 400),
      ],
    };
    const redirects = loneCodeRedirects(published);
    // 503 is a code and another entry's status; -1 is two vendors' code; 400 is only statuses: all keep their page.
    expect(redirects.map((r) => r.slug).sort()).toEqual(['10001', 'baddevicetoken', 'invalid_argument', 'unavailable']);
    expect(redirects.find((r) => r.slug === 'baddevicetoken')).toEqual({ slug: 'baddevicetoken', code: 'BadDeviceToken', vendorName: 'Apple Push Notification service', to: '/docs/apns/baddevicetoken/' });
  });

  it('agrees with the rule the value pages use', () => {
    expect(isLoneCode({ byCode: [1], byHttp: [] })).toBe(true);
    expect(isLoneCode({ byCode: [1], byHttp: [2] })).toBe(false);
    expect(isLoneCode({ byCode: [], byHttp: [2] })).toBe(false);
    expect(isLoneCode({ byCode: [1, 2], byHttp: [] })).toBe(false);
  });

  it('fails naming the file and the field on a malformed entry or an unknown vendor', () => {
    expect(() => loneCodeRedirects({ vendors, codes: [{ ...code('xiaomi', '1'), url: '' }] }, 'dist/api/codes.json')).toThrow('dist/api/codes.json: codes[0].url should be a non-empty string');
    expect(() => loneCodeRedirects({ vendors, codes: [code('huawei', '1')] }, 'x.json')).toThrow('x.json: codes[0].vendor "huawei" is not in vendors');
  });
});

describe('redirectPage', () => {
  it('moves on with a meta refresh and keeps a link for anyone it does not move, escaped', () => {
    const html = redirectPage({ slug: 'a<b', code: 'A<B', vendorName: 'X & Y', to: '/x/a%3Cb/' });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/x/a%3Cb/">');
    expect(html).toContain('<a href="/x/a%3Cb/">X &amp; Y A&lt;B</a>');
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('<script');
  });
});
