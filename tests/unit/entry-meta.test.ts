import { describe, expect, it } from 'vitest';
import { editUrl, lastChanged } from '../../src/utils/entry-meta.ts';

describe('editUrl()', () => {
  it('is nothing without an edit URL', () => expect(editUrl(undefined, 'content/codes/xiaomi/-1.md')).toBeUndefined());

  it.each([
    ['https://github.com/org/repo/edit/main/', 'https://github.com/org/repo/edit/main/content/codes/xiaomi/-1.md'],
    ['https://git.example.com/org/repo/-/edit/main', 'https://git.example.com/org/repo/-/edit/main/content/codes/xiaomi/-1.md'],
  ])('joins %s and the file path', (base, url) => expect(editUrl(base, 'content/codes/xiaomi/-1.md')).toBe(url));

  it('escapes what a path segment may not hold', () => {
    expect(editUrl('https://h.test/e/', 'content/codes/x/a b#c.md')).toBe('https://h.test/e/content/codes/x/a%20b%23c.md');
  });

  it.each(['github.com/org/repo/edit/main/', 'javascript:alert(1)//', 'not a url'])('refuses %j, naming the variable', (base) => {
    expect(() => editUrl(base, 'content/codes/xiaomi/-1.md')).toThrow(/^EDIT_URL: .* is not an http\(s\) URL; expected/);
  });
});

describe('lastChanged()', () => {
  it('takes the newest commit that names each file', () => {
    const log = '\0' + '2026-11-27T18:00:00+00:00\n\ncontent/codes/xiaomi/-1.md\n' + '\0' + '2026-11-20T09:00:00+00:00\n\ncontent/codes/xiaomi/-1.md\ncontent/codes/honor/1.md\n';
    expect(Object.fromEntries(lastChanged(log))).toEqual({
      'content/codes/xiaomi/-1.md': '2026-11-27T18:00:00+00:00',
      'content/codes/honor/1.md': '2026-11-20T09:00:00+00:00',
    });
  });

  it('reads nothing from an empty log (no git, no history)', () => expect(lastChanged('').size).toBe(0));
});
