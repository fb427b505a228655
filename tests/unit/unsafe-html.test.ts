import { describe, expect, it } from 'vitest';
import { unsafeHtml } from '../../src/utils/unsafe-html.ts';

const file = (body: string) => `---\ncode: "1"\nvendor: xiaomi\n---\n${body}`;
// The frontmatter takes lines 1-4, so the body starts on line 5.

describe('unsafeHtml(): what would run code in a reader\'s browser', () => {
  it.each([
    ['<script>alert(1)</script>', 5, 'a raw <script> element'],
    ['Text.\n\n<SCRIPT src="https://x.test/a.js"></SCRIPT>', 7, 'a raw <script> element'],
    ['<img src=x onerror="alert(1)">', 5, 'an on…= event attribute'],
    ['<a href="#"\n   onclick=alert(1)>x</a>', 6, 'an on…= event attribute'],
    ['<div/onmouseover=alert(1)>', 5, 'an on…= event attribute'],
    ['[click](javascript:alert(1))', 5, 'a javascript: link'],
    ['[click]( <JavaScript:alert(1)> )', 5, 'a javascript: link'],
    ['[click][x]\n\n[x]: javascript:alert(1)', 7, 'a javascript: link'],
    ['<a href="javascript:alert(1)">x</a>', 5, 'a javascript: link'],
  ])('finds %j on line %i', (body, line, what) => {
    expect(unsafeHtml(file(body))).toEqual([{ line, what }]);
  });

  it.each([
    ['Show `<script>` and `onerror=` as code.'],
    ['```html\n<script>alert(1)</script>\n<img onerror=x>\n```'],
    ['~~~\n[x](javascript:alert(1))\n~~~'],
    ['Call `onload` when ready; the word javascript: alone is prose.'],
    ['<kbd>Ctrl</kbd> and <details><summary>More</summary>online = yes</details>'],
    ['[docs](https://example.com/javascript:guide)'],
  ])('leaves %j alone', (body) => {
    expect(unsafeHtml(file(body))).toEqual([]);
  });

  it('reads the frontmatter as not body: a field may hold any text', () => {
    expect(unsafeHtml('---\nname: "<script>"\n---\nFine.\n')).toEqual([]);
  });

  it('finds code after a fence closes', () => {
    expect(unsafeHtml(file('```\nsafe <script>\n```\n<script>x</script>'))).toEqual([{ line: 8, what: 'a raw <script> element' }]);
  });

  it('reports each finding, in line order', () => {
    expect(unsafeHtml(file('<a href="javascript:x" onclick="y">z</a>\n<script>')).map((f) => f.line)).toEqual([5, 5, 6]);
  });
});
