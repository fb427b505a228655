/**
 * Writes the `/code/<value>/` page of every lone code (src/utils/value-redirects.ts
 * says which and why) into a built site, from its api/codes.json. The value
 * page's route (src/pages/code/[code]/) leaves these values out with the same
 * rule, so each value has exactly one page; a value with both fails the build.
 * Run by the build's second step (src/cli/finish-build.ts) while Pagefind indexes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loneCodeRedirects, redirectPage } from '../utils/value-redirects.ts';
import { codeValuePath } from '../utils/urls.ts';
import { readBuiltJson } from './built-json.ts';

/** Writes the pages into `site` and returns how many. Throws, naming the file, on a missing or bad api/codes.json or a page Astro already wrote. */
export function writeLoneCodePages(site: string): number {
  const { file, value } = readBuiltJson(site, 'api/codes.json', 'lone-code pages');
  const redirects = loneCodeRedirects(value as Parameters<typeof loneCodeRedirects>[0], file);
  for (const r of redirects) {
    // The folder Astro would give the route's page (its path, decoded).
    const folder = join(site, decodeURIComponent(codeValuePath(r.code)));
    const page = join(folder, 'index.html');
    mkdirSync(folder, { recursive: true });
    // 'wx' fails if Astro already wrote the page: the check and the write in one call.
    const html = redirectPage(r);
    try {
      writeFileSync(page, html, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // The same page from an earlier run of this step on the same build.
      if (readFileSync(page, 'utf8') === html) continue;
      throw new Error(`lone-code pages: ${page} was already built by src/pages/code/[code]/, which should leave out lone codes such as "${r.code}"`);
    }
  }
  return redirects.length;
}
