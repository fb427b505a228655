/**
 * `/code/<value>/` for a value only one entry has, as its own code (most codes:
 * 19,900 of 20,000 at the benchmark's scale), is a small page that sends the
 * reader on to that entry's permalink instead of a rendered comparison of one.
 * Astro's fixed cost per page (request, render, write, log) was about half the
 * build at 20,000 entries for these pages alone; written here, after the build,
 * they cost a file each. The URL keeps working, with scripts on or off
 * (a meta refresh, and a link). Pure: src/build/lone-code-pages.ts writes them, in the build's second step.
 */
import { codeValueTable, type ValueGroups } from './code-value.ts';

/** A value that needs no comparison page: one entry has it as its code, none as its HTTP status. */
export function isLoneCode(groups: ValueGroups<unknown>): boolean {
  return groups.byCode.length === 1 && groups.byHttp.length === 0;
}

/** What api/codes.json says of an entry (the fields read here). */
export interface PublishedCode {
  vendor: string;
  code: string;
  httpStatus: number | null;
  url: string;
}

export interface ValueRedirect {
  /** The value's URL segment, as the value page's route gets it (codeSlug). */
  slug: string;
  code: string;
  vendorName: string;
  /** The permalink, root-relative with the base path (as api/codes.json gives it). */
  to: string;
}

/** The redirects for every lone code, from the built api/codes.json: the same grouping the value pages use. */
export function loneCodeRedirects(published: { vendors: { slug: string; name: string }[]; codes: PublishedCode[] }, file = 'api/codes.json'): ValueRedirect[] {
  const names = new Map(published.vendors.map((v) => [v.slug, v.name]));
  const entries = published.codes.map((c, i) => {
    for (const field of ['vendor', 'code', 'url'] as const) {
      if (typeof c[field] !== 'string' || c[field] === '') throw new Error(`${file}: codes[${i}].${field} should be a non-empty string, found ${JSON.stringify(c[field])}`);
    }
    if (!names.has(c.vendor)) throw new Error(`${file}: codes[${i}].vendor "${c.vendor}" is not in vendors`);
    return { data: { vendor: c.vendor, code: c.code, url: c.url, ...(typeof c.httpStatus === 'number' ? { httpStatus: c.httpStatus } : {}) } };
  });
  const table = codeValueTable(entries);
  const redirects: ValueRedirect[] = [];
  for (const [slug, groups] of table) {
    if (!isLoneCode(groups)) continue;
    const { data } = groups.byCode[0]!;
    redirects.push({ slug, code: data.code, vendorName: names.get(data.vendor)!, to: data.url });
  }
  return redirects;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page at `/code/<value>/`: a meta refresh (works with scripts off) and the same link for anyone it does not move. */
export function redirectPage(r: ValueRedirect): string {
  const to = escapeHtml(r.to);
  const label = escapeHtml(`${r.vendorName} ${r.code}`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Short: html-validate caps titles at 70 characters, and some vendor names are long.
    `<title>Error ${escapeHtml(r.code)}</title>`,
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="refresh" content="0; url=${to}">`,
    `<link rel="canonical" href="${to}">`,
    '</head>',
    '<body>',
    `<p>Only one code has the value ${escapeHtml(r.code)}: <a href="${to}">${label}</a>.</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
