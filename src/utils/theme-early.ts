/**
 * The one inline script of the site: it applies a stored theme choice while
 * <head> is parsed, so the first paint already has it (no flash of the other
 * theme). Inline rather than a file because a blocking script file costs every
 * page a request before its first paint; the CSP allows exactly this text by
 * its hash (security-headers.ts), so no other inline script can run.
 *
 * Change the text and the hash follows; run `npm run headers` to regenerate
 * public/_headers (a unit test fails until then).
 */
import { createHash } from 'node:crypto';

/** Written out by Base.astro byte for byte: the hash below is of exactly this text. */
export const THEME_EARLY_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** A CSP source expression that allows an inline script or style with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export const THEME_EARLY_HASH = cspHash(THEME_EARLY_SCRIPT);
