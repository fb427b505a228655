/**
 * Touches on an entry's rendered body (HTML from Markdown or MDX, ids from
 * Astro's heading-id step): a link to each section heading, so "How to fix"
 * can be linked from a ticket, and a copy button on each example response.
 * Pure string work on the HTML the build produced; no inline script or style.
 */

/** Text of a fragment of HTML: tags dropped (for the anchor's accessible name). */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

/** Adds `<a class="heading-anchor" href="#id">` inside every h2 and h3 that has an id. */
export function addHeadingAnchors(html: string): string {
  return html.replace(/<(h[23])(\s[^>]*?)?\sid="([^"]+)"([^>]*)>([\s\S]*?)<\/\1>/g, (_all, tag: string, before = '', id: string, after: string, inner: string) => {
    const label = `Link to this section: ${textOf(inner)}`.replace(/"/g, '&quot;');
    return `<${tag}${before} id="${id}"${after}>${inner}<a class="heading-anchor" href="#${id}" aria-label="${label}">#</a></${tag}>`;
  });
}

/**
 * Wraps every <pre> in a block with a "Copy" button (src/scripts/copy.ts,
 * data-copy="block" copies the block's text). The button needs a script, so
 * it is hidden without one (data-needs-script).
 */
export function addCodeCopyButtons(html: string, statusId: string): string {
  return html.replace(/<pre\b[\s\S]*?<\/pre>/g, (pre) =>
    `<div class="code-block"><button type="button" data-needs-script data-copy="block" aria-describedby="${statusId}" aria-label="Copy this example">Copy</button>${pre}</div>`);
}
