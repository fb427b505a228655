/**
 * The one inline script of the site: what must hold at the first paint, set
 * on <html> while <head> is parsed.
 * - `data-theme`: a stored theme choice, so the page never flashes the other
 *   theme (scripts/theme.ts keeps it in step afterwards).
 * - `data-has-search`: the URL holds a search (site.ts's own rule for loading
 *   the search page's code). The search page hides its "Browse a category"
 *   list from the first paint then, so drawing the results moves nothing
 *   (Lighthouse counted that move as layout shift); search-page.ts clears it
 *   when the search is emptied.
 * Inline rather than a file because a blocking script file costs every page a
 * request before its first paint; the CSP allows exactly this text by its hash
 * (security-headers.ts), so no other inline script can run.
 *
 * Change the text and the hash follows; run `npm run headers` to regenerate
 * public/_headers and update the README's examples (unit tests fail until then).
 */
import { createHash } from 'node:crypto';

/** Written out by Base.astro byte for byte: the hash below is of exactly this text. */
export const FIRST_PAINT_SCRIPT =
  "var d=document.documentElement;try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}if(location.search.length>1)d.dataset.hasSearch=''";

/** A CSP source expression that allows an inline script or style with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export const FIRST_PAINT_HASH = cspHash(FIRST_PAINT_SCRIPT);
