/**
 * What a build given SITE_URL, BASE_PATH and EDIT_URL adds, on a copy of the
 * project (not a git checkout): canonical links, an absolute OpenSearch
 * template, a sitemap of every page, an "Edit this page" link on every entry;
 * and no "Last updated", since there is no history to read, without failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { contentIndex } from '../helpers/content-index.ts';
import { permalinkPath } from '../../src/utils/urls.ts';

const SITE = 'https://errors.example.test';
const BASE = '/docs/push/';
const EDIT = 'https://git.example.test/org/push-codes/edit/main/';
let project: FixtureProject;
let build: { status: number | null; output: string };
const read = (path: string) => readFileSync(join(project.dir, 'dist', path), 'utf8');

beforeAll(() => {
  project = fixtureProject();
  build = project.build({ SITE_URL: SITE, BASE_PATH: BASE, EDIT_URL: EDIT });
}, 300_000);
afterAll(() => project.dispose());

describe('a build with SITE_URL, BASE_PATH and EDIT_URL', () => {
  it('succeeds outside a git checkout', () => {
    expect(existsSync(join(project.dir, '.git'))).toBe(false);
    expect(build.status, build.output).toBe(0);
  });

  it('gives each page its absolute canonical link', () => {
    expect(read('xiaomi/-1/index.html')).toContain(`<link rel="canonical" href="${SITE}${BASE}xiaomi/-1/">`);
    expect(read('index.html')).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
  });

  it('writes an absolute OpenSearch template', () => {
    expect(read('opensearch.xml')).toContain(`template="${SITE}${BASE}search/?q={searchTerms}"`);
  });

  it('lists every entry of content/ in the sitemap, as absolute URLs', () => {
    expect(read('sitemap-index.xml')).toContain(`<loc>${SITE}${BASE}sitemap-0.xml</loc>`);
    const urls = new Set([...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    const missing = contentIndex().codes.map((c) => `${SITE}${BASE}${permalinkPath(c.vendor, c.code).slice(1)}`).filter((u) => !urls.has(u));
    expect(missing).toEqual([]);
    expect(urls.has(`${SITE}${BASE}`)).toBe(true);
  });

  it('links every entry to its file in the repository', () => {
    const missing = contentIndex().codes.filter((c) => !/<a [^>]*href="https:\/\/git\.example\.test\/org\/push-codes\/edit\/main\/content\/codes\/[^"]+"[^>]*>Edit this page<\/a>/.test(read(`${permalinkPath(c.vendor, c.code).slice(1)}index.html`)));
    expect(missing).toEqual([]);
    expect(read('xiaomi/-1/index.html')).toContain(`href="${EDIT}content/codes/xiaomi/-1.md"`);
    expect(read('huawei/503/index.html')).toContain(`href="${EDIT}content/codes/huawei/503.mdx"`);
  });

  it('shows no "Last updated" where git has no history', () => {
    expect(read('xiaomi/-1/index.html')).not.toContain('Last updated');
  });
});
