import { describe, expect, it } from 'vitest';
import { exactAnswers, TRUNCATED_NOTE } from '../../src/utils/lookup/index.ts';
import { SearchRows } from '../../src/utils/search-rows.ts';
import { contentIndex } from '../helpers/content-index.ts';

const index = contentIndex();
const rowsFor = (query: string, filters = {}, base = '/') => new SearchRows(index, base, filters).lookupRows(query);

describe('the search page rows from the lookup', () => {
  it('lists exact answers first, marked, with the vendor in the title and the count', () => {
    const r = rowsFor('10001');
    expect(r.exactCount).toBeGreaterThan(0);
    const exact = r.rows.filter((row) => row.found === 'exact');
    expect(exact).toHaveLength(r.exactCount);
    expect(r.rows.slice(0, r.exactCount)).toEqual(exact);
    expect(exact.map((row) => row.url)).toContain('/xiaomi/10001/');
    expect(exact.find((row) => row.url === '/xiaomi/10001/')!.title).toBe('10001 · Xiaomi');
    expect(r.near).toEqual([]);
  });

  it('puts the base path in every URL', () => {
    expect(rowsFor('10001', {}, '/docs/push/').rows.every((row) => row.url.startsWith('/docs/push/'))).toBe(true);
  });

  it('uses the exact answers the loader already read instead of reading them again', () => {
    const loaded = exactAnswers(index, 'BadDeviceToken');
    const fromLoader = new SearchRows(index, '/', {}).lookupRows('BadDeviceToken', { ...loaded, answers: loaded.answers.slice(0, 1) });
    expect(fromLoader.rows.filter((row) => row.found === 'exact')).toHaveLength(1);
  });

  it('says "Did you mean" for a name a letter or two off, and lists its page', () => {
    const r = rowsFor('BadDeviceTokn');
    expect(r.exactCount).toBe(0);
    expect(r.near.map((n) => n.text)).toContain('BadDeviceToken at APNs');
    const near = r.rows.filter((row) => row.found === 'near');
    expect(near.map((row) => row.url)).toEqual(r.near.map((n) => n.url));
    expect(near[0]!.note).toBe('A letter or two off what you typed');
  });

  it('lists a code once even when it is found more than one way, and phrase matches after the answers', () => {
    // FCM's QUOTA_EXCEEDED is both the exact answer and a meaning that holds the words.
    const r = rowsFor('quota exceeded');
    expect(r.rows.map((row) => [row.url, row.found])).toEqual([['/fcm/quota_exceeded/', 'exact']]);
    const urls = rowsFor('unregistered').rows.map((row) => row.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(rowsFor('invalid token').rows.map((row) => row.found)).toEqual(['phrase', 'phrase', 'phrase']);
  });

  it('answers a paste that names codes and leaves full text out; says when the text was cut', () => {
    const r = rowsFor('{"code":"80300007","msg":"success"}');
    expect(r.pasteAnswered).toBe(true);
    expect(r.truncatedNote).toBe('');
    expect(rowsFor(`{"ErrorCode":90018} ${'x '.repeat(30_000)}`).truncatedNote).toBe(TRUNCATED_NOTE);
  });

  it('with filters alone lists every code that passes them, in catalogue order', () => {
    const r = rowsFor('', { vendor: 'xiaomi', category: 'authentication' });
    const expected = index.codes.filter((c) => c.vendor === 'xiaomi' && c.category === 'authentication');
    expect(expected.length).toBeGreaterThan(0);
    expect(r.rows.map((row) => row.title)).toEqual(expected.map((c) => `${c.code} · Xiaomi`));
    expect(r.vendorName).toBe('Xiaomi');
  });

  it('names topic words as categories to browse', () => {
    expect(rowsFor('quota').topics).toContain('rate-limit');
  });
});

describe('the search page rows from full text', () => {
  const page = (url: string, title = url) => ({ url, excerpt: 'a <mark>token</mark>', meta: { title } });

  it('skips pages already listed, shows a known code by its meaning and an unknown page by its excerpt', () => {
    const rows = new SearchRows(index, '/', {});
    rows.lookupRows('10001');
    const item = index.codes.find((c) => c.vendor === 'apns' && c.code === 'BadDeviceToken')!;
    const found = rows.fullTextRows([page('/xiaomi/10001/'), page('/apns/baddevicetoken/', 'BadDeviceToken'), page('/guide/')], 0, 30);
    expect(found).toEqual([
      { url: '/apns/baddevicetoken/', title: 'BadDeviceToken', text: item.meaning, action: item.action },
      { url: '/guide/', title: '/guide/', excerpt: 'a <mark>token</mark>' },
    ]);
    expect(rows.fullTextRows([page('/apns/baddevicetoken/')], 2, 30)).toEqual([]);
  });

  it('keeps only pages whose code passes the filters, and stops at the limit', () => {
    const rows = new SearchRows(index, '/', { vendor: 'apns' });
    const pages = index.codes.slice(0, 80).map((c) => page(`/${c.vendor}/${c.code.toLowerCase()}/`));
    const found = rows.fullTextRows([...pages, page('/guide/')], 0, 1000);
    expect(found.length).toBe(index.codes.slice(0, 80).filter((c) => c.vendor === 'apns').length);
    expect(found.every((row) => row.url.startsWith('/apns/'))).toBe(true);
    expect(new SearchRows(index, '/', {}).fullTextRows(pages, 25, 30)).toHaveLength(5);
  });
});
