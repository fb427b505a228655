import { describe, expect, it } from 'vitest';
import { NOT_PERMALINK_FOLDERS, permalinkGlob } from '../../src/utils/search-index.ts';

describe('permalinkGlob', () => {
  it('lists every top-level folder but the value pages, sorted', () => {
    expect(NOT_PERMALINK_FOLDERS).toEqual(['code']);
    expect(permalinkGlob(['xiaomi', 'code', 'apns-binary', '_astro', 'search'])).toBe('{_astro,apns-binary,search,xiaomi}/*/index.html');
  });

  it('keeps a lone folder in braces (Pagefind accepts a one-name list)', () => {
    expect(permalinkGlob(['code', 'fcm'])).toBe('{fcm}/*/index.html');
  });

  it('fails, naming the folder, on a name that glob syntax would change', () => {
    expect(() => permalinkGlob(['xiaomi', 'a,b'])).toThrow(/folder "a,b"/);
    expect(() => permalinkGlob(['{x}'])).toThrow(/folder "\{x\}"/);
  });

  it('fails when there is nothing to index', () => {
    expect(() => permalinkGlob(['code'])).toThrow(/no folders/);
  });
});
