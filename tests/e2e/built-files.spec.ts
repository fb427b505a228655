/**
 * Checks over every built file of dist/ (root) and dist-base/
 * (BASE_PATH): no inline style and no inline script but the early theme
 * script the CSP allows by its hash, no broken
 * internal link or anchor, and HTML that validates (html-validate, config in
 * tests/html-validate.json; its one rule turned off, no-trailing-whitespace,
 * is style: `compressHTML: true` keeps one space where the source had several).
 * No browser: these read the files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Parser } from 'htmlparser2';
import { HtmlValidate } from 'html-validate';
import { BASE_PATH } from '../playwright.config.ts';
import { contentIndex } from '../helpers/content-index.ts';
import { permalinkPath, vendorPath } from '../../src/utils/urls.ts';
import { headersFromNetlify } from '../../src/utils/host-headers.ts';
import { cspHash } from '../../src/utils/first-paint.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BUILDS = [
  { dir: join(ROOT, 'dist'), base: '/' },
  { dir: join(ROOT, 'dist-base'), base: BASE_PATH },
];

interface PageFacts {
  /** Site path of the page, e.g. "/xiaomi/10001/". */
  path: string;
  ids: Set<string>;
  /** Every internal reference: [attribute, value]. */
  links: [string, string][];
  /** Text of every <script> without a src. */
  inlineScripts: string[];
  styleElements: number;
  styleAttributes: number;
  /** Text of the <title> and of the <h1>, trimmed. */
  title: string;
  h1: string;
  /** Where a `<meta http-equiv="refresh">` sends the reader (the /code/ page of a lone code), or ''. */
  refreshTo: string;
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

/** Site path of a file: "xiaomi/10001/index.html" → base + "xiaomi/10001/". */
function sitePath(base: string, file: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Attributes that hold a URL the site itself resolves (data-*-url feed the search and 404 scripts). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'data-lookup-url', 'data-pagefind-url', 'data-base', 'data-path']);

function readPage(base: string, dir: string, file: string): PageFacts {
  const facts: PageFacts = { path: sitePath(base, file), ids: new Set(), links: [], inlineScripts: [], styleElements: 0, styleAttributes: 0, title: '', h1: '', refreshTo: '' };
  const open: string[] = [];
  const parser = new Parser({
    ontext(text) {
      if (open.includes('title')) facts.title += text;
      if (open.includes('h1')) facts.h1 += text;
      if (open.at(-1) === 'script') facts.inlineScripts[facts.inlineScripts.length - 1] += text;
    },
    onclosetag(name) {
      if (open.at(-1) === name) open.pop();
      if (name === 'title') facts.title = facts.title.trim();
      if (name === 'h1') facts.h1 = facts.h1.trim();
    },
    onopentag(name, attributes) {
      if (name === 'title' || name === 'h1') open.push(name);
      if (name === 'script' && attributes.src === undefined) {
        open.push(name);
        facts.inlineScripts.push('');
      }
      if (attributes.id !== undefined) facts.ids.add(attributes.id);
      if (name === 'a' && attributes.name !== undefined) facts.ids.add(attributes.name);
      if (attributes.style !== undefined) facts.styleAttributes++;
      if (name === 'style') facts.styleElements++;
      if (name === 'meta' && attributes['http-equiv'] === 'refresh') {
        const to = /^0; url=(.+)$/.exec(attributes.content ?? '')?.[1] ?? 'unreadable';
        facts.refreshTo = to;
        facts.links.push(['<meta http-equiv=refresh>', to]);
      }
      for (const [attribute, value] of Object.entries(attributes)) {
        if (URL_ATTRIBUTES.has(attribute)) facts.links.push([`<${name} ${attribute}>`, value]);
      }
    },
  });
  parser.end(readFileSync(join(dir, file), 'utf8'));
  return facts;
}

for (const { dir, base } of BUILDS) {
  test.describe(`built files of ${base === '/' ? 'dist/' : 'dist-base/'}`, () => {
    // `npm test` builds both first; a missing build fails here rather than skipping.
    const files = htmlFiles(dir);
    const pages = new Map(files.map((f) => [sitePath(base, f), readPage(base, dir, f)]));

    const content = contentIndex();

    test('every entry and vendor of content/ has its page, headed with its code and titled with its vendor', () => {
      const wrong: string[] = [];
      for (const vendor of content.vendors) {
        if (!pages.has(base + vendorPath(vendor.slug).slice(1))) wrong.push(`${vendor.slug}: no vendor page`);
      }
      const names = new Map(content.vendors.map((v) => [v.slug, v.name]));
      for (const { vendor, code } of content.codes) {
        const page = pages.get(base + permalinkPath(vendor, code).slice(1));
        if (!page) wrong.push(`${vendor}/${code}: no page`);
        else if (page.h1 !== code || !page.title.startsWith(`${code} · ${names.get(vendor)} · `)) wrong.push(`${vendor}/${code}: h1 "${page.h1}", title "${page.title}"`);
      }
      expect(content.codes.length).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    });

    test('no <style> or style="" anywhere, and one inline script per page: the theme script the CSP allows by its hash', () => {
      const offenders = [...pages.values()].filter((p) => p.styleElements || p.styleAttributes).map((p) => p.path);
      expect(offenders).toEqual([]);
      const scriptSrc = headersFromNetlify(readFileSync(join(dir, '_headers'), 'utf8'))['Content-Security-Policy']?.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
      // A page that only sends the reader on (the /code/ page of a lone code) needs no theme, so has no script at all.
      const scriptsWanted = (p: PageFacts) => (p.refreshTo ? 0 : 1);
      const notAllowed = [...pages.values()].filter((p) => p.inlineScripts.length !== scriptsWanted(p) || p.inlineScripts.some((text) => !scriptSrc.split(' ').includes(cspHash(text)))).map((p) => `${p.path}: ${p.inlineScripts.length} inline`);
      expect(notAllowed).toEqual([]);
    });

    test('every internal link, asset and #anchor resolves to a built file', () => {
      const broken: string[] = [];
      const origin = 'http://site.invalid';
      for (const page of pages.values()) {
        for (const [where, value] of page.links) {
          const url = new URL(value, origin + page.path);
          if (url.origin !== origin) {
            if (!/^(https?|mailto|data):/.test(url.protocol + '')) broken.push(`${page.path}: ${where} ${value} (scheme)`);
            continue;
          }
          const path = decodeURIComponent(url.pathname);
          if (!path.startsWith(base)) {
            broken.push(`${page.path}: ${where} ${value} (outside ${base})`);
            continue;
          }
          const target = pages.get(path);
          const file = join(dir, path.slice(base.length));
          if (!target && !(existsSync(file) && statSync(file).isFile())) {
            broken.push(`${page.path}: ${where} ${value} (no such file${path.endsWith('/') ? '' : '; directory links end in /'})`);
            continue;
          }
          if (url.hash) {
            const id = decodeURIComponent(url.hash.slice(1));
            if (!target?.ids.has(id)) broken.push(`${page.path}: ${where} ${value} (no #${id} there)`);
          }
        }
      }
      expect(broken).toEqual([]);
    });

    test('api/codes.json lists exactly the entries of content/, each URL a page', () => {
      const api = JSON.parse(readFileSync(join(dir, 'api/codes.json'), 'utf8')) as { vendors: { url: string }[]; codes: { vendor: string; code: string; url: string }[] };
      const missing = [...api.vendors, ...api.codes].map((x) => x.url).filter((url) => !pages.has(url));
      expect(api.codes.map((c) => `${c.vendor}/${c.code}`).sort()).toEqual(content.codes.map((c) => `${c.vendor}/${c.code}`).sort());
      expect(missing).toEqual([]);
    });

    test('every class of the stylesheet is written in src/: no utility from the words of content/, the README or the tests', () => {
      const cssFile = readdirSync(join(dir, '_astro')).find((f) => f.endsWith('.css'));
      expect(cssFile).toBeTruthy();
      const css = readFileSync(join(dir, '_astro', cssFile!), 'utf8');
      // Class selectors, unescaped (`.py-1\.5` is the class `py-1.5`); a value such as `.25rem` starts with a digit.
      const classes = new Set([...css.matchAll(/\.(-?[A-Za-z_](?:\\.|[\w-])*)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')));
      const written = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[])
        .filter((f) => /\.(astro|ts|css)$/.test(f))
        .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'))
        .join('\n');
      const asWord = (name: string) => new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w-])`);
      expect(classes.size).toBeGreaterThan(50);
      expect([...classes].filter((name) => !asWord(name).test(written))).toEqual([]);
    });

    test('every page validates (html-validate)', async () => {
      test.setTimeout(180_000);
      const validator = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, 'tests/html-validate.json'), 'utf8')));
      const errors: string[] = [];
      for (const file of files) {
        const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
        for (const result of report.results) {
          for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
      expect(errors.slice(0, 30)).toEqual([]);
    });
  });
}
