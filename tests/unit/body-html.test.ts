import { describe, expect, it } from 'vitest';
import { addCodeCopyButtons, addHeadingAnchors } from '../../src/utils/body-html.ts';

describe('addHeadingAnchors()', () => {
  it('links each h2 and h3 with an id to itself, named after its text', () => {
    expect(addHeadingAnchors('<h3 id="how-to-fix">How to <code>fix</code></h3><p>x</p>')).toBe(
      '<h3 id="how-to-fix">How to <code>fix</code><a class="heading-anchor" href="#how-to-fix" aria-label="Link to this section: How to fix">#</a></h3><p>x</p>',
    );
    expect(addHeadingAnchors('<h2 class="a" id="causes" data-x="1">Causes</h2>')).toContain('href="#causes"');
  });

  it('leaves headings without an id, and other levels, alone', () => {
    const html = '<h3>Plain</h3><h4 id="deep">Deep</h4><h1 id="top">Top</h1>';
    expect(addHeadingAnchors(html)).toBe(html);
  });

  it('escapes quotes in the accessible name', () => {
    expect(addHeadingAnchors('<h3 id="q">Say "hi"</h3>')).toContain('aria-label="Link to this section: Say &quot;hi&quot;"');
  });
});

describe('addCodeCopyButtons()', () => {
  it('puts a copy button before every example block, tied to the status line', () => {
    const out = addCodeCopyButtons('<p>a</p><pre><code>{"code": 1}</code></pre><pre>b</pre>', 'copy-status');
    expect(out.match(/<div class="code-block"><button type="button" data-needs-script data-copy="block" aria-describedby="copy-status"/g)).toHaveLength(2);
    expect(out).toContain('<pre><code>{"code": 1}</code></pre></div>');
    expect(out.startsWith('<p>a</p>')).toBe(true);
  });
});
