/**
 * A catalogue of a few thousand entries (synthetic ones added to a copy of
 * the project) builds with every vendor table page inside the 12 KB gzipped
 * budget and every code two clicks from its vendor page: the vendor page
 * links it, or links the part of the table that does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { fixtureProject, PROJECT_ROOT, type FixtureProject } from '../helpers/fixture-project.ts';
import { addSyntheticEntries, countEntries } from '../helpers/synthetic-entries.ts';
import { permalinkPath, rowAnchor, vendorPartPath } from '../../src/utils/urls.ts';
import { isNameShard, itemKeys, LOOKUP_BUDGET, namePlaces, readManifest, recordShards, SHARD_BUDGET, shardOf, shardsForText, wordingTexts, type KeyShard, type ShardItem, type ShardManifestFile } from '../../src/utils/lookup-shards.ts';
import type { CompactIndex, CompactItem } from '../../src/utils/lookup-compact.ts';
import type { WordManifest } from '../../src/utils/lookup-words.ts';
import { readCjk, readWords, type CjkFile } from '../../src/utils/lookup-words-format.ts';
import { PAGE_SIZE } from '../../src/utils/browse-page.ts';

/**
 * 2,000 synthetic entries beyond the real ones, dealt round-robin over the document's tables: 200 rows or more a
 * table, each over 40 B by rowWeight(), so every table outweighs PART_BUDGET and is cut into parts however
 * content/ grows. Chinese meanings as often as real ones: their rows weigh up to twice the others (three bytes a
 * character, and gzip barely shrinks them), and their messages share first characters.
 */
const ENTRIES = countEntries(PROJECT_ROOT) + 2000;
const BUDGET = 12 * 1024;

let project: FixtureProject;
let dist: string;
beforeAll(() => {
  project = fixtureProject();
  addSyntheticEntries(project.dir, ENTRIES, { chinese: true });
  for (const step of [() => project.build(), () => project.finishBuild()]) {
    const { status, output } = step();
    if (status !== 0) throw new Error(output.slice(-3000));
  }
  dist = join(project.dir, 'dist');
}, 600_000);
afterAll(() => project?.dispose(), 120_000);

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const links = (html: string) => new Set([...html.matchAll(/href="([^"#?]+)/g)].map((m) => m[1]!));
const vendors = () => readdirSync(join(project.dir, 'content/codes'));
const codesOf = (vendor: string) =>
  readdirSync(join(project.dir, 'content/codes', vendor)).map((file) => {
    const code = /^code: "?(.+?)"?$/m.exec(readFileSync(join(project.dir, 'content/codes', vendor, file), 'utf8'))?.[1];
    if (!code) throw new Error(`no code in ${vendor}/${file}`);
    return code;
  });
/** The part pages a vendor page links to (part 1 is the vendor page). */
const partsOf = (vendor: string) => [...links(page(`/${vendor}/`))].filter((href) => href.startsWith(`/${vendor}/codes/`));

describe(`a catalogue of ${ENTRIES} entries`, () => {
  it('cuts at least one vendor table into parts (so the paging is exercised)', () => {
    expect(vendors().some((v) => partsOf(v).length > 0)).toBe(true);
  });

  it('keeps every vendor page and every part within 12 KB gzipped', () => {
    for (const vendor of vendors()) {
      for (const path of [`/${vendor}/`, ...partsOf(vendor)]) {
        expect(gzipSync(page(path)).length, path).toBeLessThanOrEqual(BUDGET);
      }
    }
  });

  it('links every code from its vendor page or from a part the vendor page links', () => {
    for (const vendor of vendors()) {
      const reachable = new Set(links(page(`/${vendor}/`)));
      for (const part of partsOf(vendor)) for (const href of links(page(part))) reachable.add(href);
      const missing = codesOf(vendor).filter((code) => !reachable.has(permalinkPath(vendor, code)));
      expect(missing, vendor).toEqual([]);
    }
  });

  it('lists in the parts index the part whose page has each row', () => {
    for (const vendor of vendors().filter((v) => partsOf(v).length > 0)) {
      const index = JSON.parse(readFileSync(join(dist, vendor, 'codes.json'), 'utf8')) as string[][];
      expect(index.flat().length, vendor).toBe(codesOf(vendor).length);
      index.forEach((slugs, i) => {
        const html = page(vendorPartPath(vendor, i + 1));
        for (const slug of slugs) expect(html, `${vendor} part ${i + 1}`).toContain(`id="${rowAnchor(slug)}"`);
      });
    }
  });
});

describe(`the lookup index of ${ENTRIES} entries`, () => {
  const json = <T>(path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

  it('is cut into shards within their budget, the manifest small enough to fetch with two of them', () => {
    expect(gzipSync(readFileSync(join(dist, 'api/lookup.json'))).length).toBeGreaterThan(LOOKUP_BUDGET);
    const manifest = readManifest(json<ShardManifestFile>('api/lookup/manifest.json'));
    expect(manifest.whole).toBeUndefined();
    expect(manifest.first.length).toBeGreaterThan(1);
    // Key and wording shards (those of CJK wordings last, listed in cjk.json), then the word index's records, CJK
    // records and postings (utils/lookup-words.ts).
    const words = readWords(json<WordManifest>('api/lookup/words.json'))!;
    const cjk = readCjk(json<CjkFile>('api/lookup/cjk.json'))!;
    expect(manifest.cjk).toBe(true);
    expect(cjk.worded.from).toBe(manifest.worded.from + manifest.worded.first.length);
    expect(manifest.rec!.from).toBe(cjk.worded.from + cjk.worded.first.length);
    const count = words.lex.from + words.lex.first.length;
    for (let n = 0; n < count; n++) expect(gzipSync(readFileSync(join(dist, `api/lookup/${n}.json`))).length, `shard ${n}`).toBeLessThanOrEqual(SHARD_BUDGET);
    expect(gzipSync(readFileSync(join(dist, 'api/lookup/manifest.json'))).length + 2 * SHARD_BUDGET).toBeLessThanOrEqual(LOOKUP_BUDGET);
  });

  it('reaches every code by each of its keys in the shard the manifest names, and by each of its wordings in a shard a text holding it reads', () => {
    const manifest = readManifest(json<ShardManifestFile>('api/lookup/manifest.json'));
    const shards = manifest.first.map((_, n) => json<KeyShard>(`api/lookup/${n}.json`));
    const recordFiles = new Map<number, ShardItem[]>();
    const recordAt = (i: number) => {
      const n = recordShards(manifest.rec!, [i])[0]!;
      if (!recordFiles.has(n)) recordFiles.set(n, json<ShardItem[]>(`api/lookup/${n}.json`));
      return recordFiles.get(n)!.find((r) => r.i === i) ?? { c: undefined };
    };
    const { codes } = json<CompactIndex>('api/lookup.json');
    const { worded } = manifest;
    const cjk = readCjk(json<CjkFile>('api/lookup/cjk.json'))!;
    const wordingShards = [...worded.first, ...cjk.worded.first].map((_, n) => json<ShardItem[]>(`api/lookup/${worded.from + n}.json`));
    for (const [i, item] of codes.entries()) {
      // A code's key shard holds its record; a name's, its place (whose record shard holds the record).
      for (const key of itemKeys(item)) {
        const shard = shards[shardOf(manifest, key)]!;
        const found = isNameShard(shard) ? namePlaces(shard, new Set([key])).includes(i) && recordAt(i).c === item.c : shard.some((r) => r.i === i && r.c === item.c);
        expect(found, `${item.v}/${item.c} by ${key}`).toBe(true);
      }
      // A text that holds the wording reads a wording shard with the record (a CJK one keyed by two characters or more).
      for (const text of wordingTexts(item)) {
        const read = shardsForText(manifest, text, cjk.worded).shards.filter((n) => n >= worded.from).map((n) => wordingShards[n - worded.from]!);
        expect(read.some((shard) => shard.some((r) => r.i === i && r.c === item.c)), `${item.v}/${item.c} by wording ${text}`).toBe(true);
      }
    }
  });
});

/** The search page's result links for a query, and the paths of every request it made. */
async function searchResults(page: Page, url: string, query: string): Promise<{ links: string[]; requests: string[] }> {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-status').filter({ hasText: /result/ }).waitFor();
  const links = await page.locator('main #search-results > li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { links, requests };
}

/** Serves dist/, opens one page in Chromium (CHROMIUM_PATH, or Debian's), runs `use`, then closes both. */
async function withPage(use: (page: Page, url: string) => Promise<void>): Promise<void> {
  const { server, url } = await startStaticServer({ root: dist });
  // The flags this machine's closed network wants (as in tests/playwright.config.ts).
  const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args });
  try {
    // A page of its own context, as axe (@axe-core/playwright) wants it.
    await use(await (await browser.newContext()).newPage(), url);
  } finally {
    await browser.close();
    server.close();
  }
}

describe('the sharded lookup index, in a browser', () => {
  it('answers a code in the lookup box from the manifest and one shard, not the whole index', async () => {
    const { codes } = JSON.parse(readFileSync(join(dist, 'api/lookup.json'), 'utf8')) as CompactIndex;
    const code = codes.filter((c) => /^70\d{5}$/.test(c.c)).at(-1)!.c;
    await withPage(async (page, url) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(url);
      await page.locator('#site-search').fill(code);
      await page.locator('#site-search-listbox [role=option]').filter({ hasText: code }).first().waitFor();
      expect(requests).toContain('/api/lookup/manifest.json');
      expect(requests.filter((p) => /^\/api\/lookup\/\d+\.json$/.test(p))).toHaveLength(1);
      expect(requests).not.toContain('/api/lookup.json');
      // Words with no exact answer: suggestions ranked from the word index, still not the whole index.
      await page.locator('#site-search').fill('token expired');
      await page.locator('#site-search-listbox [role=option]').filter({ hasText: /expired/i }).first().waitFor();
      expect(requests).toContain('/api/lookup/words.json');
      expect(requests).not.toContain('/api/lookup.json');
      // A name typed as words with a letter off: "Did you mean", from the names kept under each word (x: keys).
      const named = codes.filter((c) => c.n?.startsWith('SYNTHETIC_TOKEN_')).at(-1)!.n!;
      const typed = named.toLowerCase().replace(/_/g, ' ').replace('token', 'tokn');
      await page.locator('#site-search').fill(typed);
      await page.locator('#site-search-listbox [role=option]').filter({ hasText: `Did you mean ${named}?` }).first().waitFor();
      expect(requests).not.toContain('/api/lookup.json');
      // A real description reworded: no text holds it, so the entries whose words may read like it are read last.
      const real = codes.find((c) => !/^7\d{6}$/.test(c.c) && (c.d.match(/[a-z]+/gi) ?? []).length >= 8 && c.d.length <= 120 && !/[{}"=:\u4e00-\u9fff]/.test(c.d))!;
      const reworded = real.d.toLowerCase().match(/[a-z0-9]+/g)!.map((w, k) => (k === 2 ? 'foo' : w)).join(' ');
      await page.locator('#site-search').fill(reworded);
      await page.locator('#site-search-listbox [role=option]').filter({ hasText: real.c }).first().waitFor();
      expect(requests).not.toContain('/api/lookup.json');
      // None of these texts has a CJK character: the CJK wordings' ranges and pair index are not fetched.
      expect(requests).not.toContain('/api/lookup/cjk.json');
    });
  }, 120_000);

  it('answers a name in the lookup box from its name shard and the record shard its place names, not the whole index', async () => {
    const manifest = readManifest(JSON.parse(readFileSync(join(dist, 'api/lookup/manifest.json'), 'utf8')) as ShardManifestFile);
    const words = readWords(JSON.parse(readFileSync(join(dist, 'api/lookup/words.json'), 'utf8')) as WordManifest)!;
    const isRecordShard = (n: number) => n >= manifest.rec!.from && n < words.cjk.from;
    await withPage(async (page, url) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(url);
      await page.locator('#site-search').fill('BadDeviceToken');
      await page.locator('#site-search-listbox [role=option]').filter({ hasText: 'BadDeviceToken' }).first().waitFor();
      const shards = requests.flatMap((p) => /^\/api\/lookup\/(\d+)\.json$/.exec(p)?.[1] ?? []).map(Number);
      expect(shards.some((n) => n < manifest.worded.from)).toBe(true);
      expect(shards.filter(isRecordShard).length).toBeGreaterThan(0);
      expect(requests).not.toContain('/api/lookup.json');
      expect(requests).not.toContain('/api/lookup/words.json');
    });
  }, 120_000);

  it('lists, on the search page, the description a timestamped log line quotes, from the word index', async () => {
    const { codes } = JSON.parse(readFileSync(join(dist, 'api/lookup.json'), 'utf8')) as CompactIndex;
    const real = codes.find((c) => !/^7\d{6}$/.test(c.c) && (c.d.match(/[a-z]+/gi) ?? []).length >= 8 && c.d.length <= 120 && !/[{}"=:\u4e00-\u9fff]/.test(c.d))!;
    // Eight numbers before the words (the word index's largest shards, lookup-words-read.ts leaves some unread).
    const line = `2020-04-10 22:51:48,802 [13121] W/Push: ${real.d}`;
    await withPage(async (page, url) => {
      const { links, requests } = await searchResults(page, url, line);
      expect(links[0]).toBe(permalinkPath(real.v, real.c));
      expect(requests).toContain('/api/lookup/words.json');
      expect(requests).not.toContain('/api/lookup.json');
    });
  }, 120_000);
});

describe('a Chinese text at scale, in a browser', () => {
  it('lists the code whose Chinese meaning holds the text, from the CJK pair index, not every CJK text', async () => {
    const { codes } = JSON.parse(readFileSync(join(dist, 'api/lookup.json'), 'utf8')) as CompactIndex;
    const words = readWords(JSON.parse(readFileSync(join(dist, 'api/lookup/words.json'), 'utf8')) as WordManifest)!;
    const chinese = (c: CompactItem) => c.d.split(' / ').filter((d) => /[\u4e00-\u9fff]{8}/.test(d));
    // Four characters from the middle of a real Chinese meaning that no other entry's texts hold.
    const found = codes.filter((c) => !/^7\d{6}$/.test(c.c)).flatMap((c) => chinese(c).map((d) => ({ c, text: /[\u4e00-\u9fff]{8,}/.exec(d)![0].slice(2, 6) })));
    const { c: real, text } = found.find(({ text }) => codes.filter((c) => c.d.includes(text) || c.m?.some((m) => m.includes(text))).length === 1)!;
    await withPage(async (page, url) => {
      const { links, requests } = await searchResults(page, url, text);
      expect(links, text).toContain(permalinkPath(real.v, real.c));
      expect(requests).toContain('/api/lookup/cjk.json');
      const cjkShards = requests.map((r) => /^\/api\/lookup\/(\d+)\.json$/.exec(r)?.[1]).filter((n) => n !== undefined && Number(n) >= words.cjk.from && Number(n) < words.cjk.from + words.cjk.count);
      expect(cjkShards).toEqual([]);
      expect(requests).not.toContain('/api/lookup.json');
    });
  }, 120_000);
});

describe('category browsing at scale, in a browser', () => {
  it('lists a category a page at a time from the facets and the record shards, not the whole index', async () => {
    const { codes } = JSON.parse(readFileSync(join(dist, 'api/lookup.json'), 'utf8')) as CompactIndex;
    const all = codes.filter((c) => c.k === 'invalid-request').map((c) => permalinkPath(c.v, c.c));
    const pages = Math.ceil(all.length / PAGE_SIZE);
    expect(pages).toBeGreaterThan(3);
    await withPage(async (page, url) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      const rows = async (n: number) => {
        await page.locator('#search-status').filter({ hasText: `page ${n} of ${pages}` }).waitFor();
        return page.locator('#search-results > li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      };
      await page.goto(`${url}search/?category=invalid-request&page=2`);
      expect(await rows(2)).toEqual(all.slice(PAGE_SIZE, 2 * PAGE_SIZE));
      await page.getByRole('link', { name: 'Next page' }).click();
      expect(await rows(3)).toEqual(all.slice(2 * PAGE_SIZE, 3 * PAGE_SIZE));
      await page.getByRole('link', { name: /^Last page/ }).click();
      expect(await rows(pages)).toEqual(all.slice((pages - 1) * PAGE_SIZE));
      expect(requests).toContain('/api/lookup/facets.json');
      expect(requests).not.toContain('/api/lookup.json');
      // The facets file says where the records are: no manifest of the lookup's is read.
      expect(requests.filter((p) => /^\/api\/lookup\/(manifest|words|cjk)\.json$/.test(p))).toEqual([]);
      // A row leads to its code.
      await page.locator(`#search-results a[href="${all.at(-1)}"]`).click();
      await page.waitForURL(`**${all.at(-1)}`);
    });
  }, 120_000);
});

describe('the 404 page at scale, in a browser', () => {
  it('sends a hand-typed address on to its permalink from the shards of its segments, not the whole index', async () => {
    const { codes } = JSON.parse(readFileSync(join(dist, 'api/lookup.json'), 'utf8')) as CompactIndex;
    const { v, c } = codes.filter((item) => /^70\d{5}$/.test(item.c)).at(-1)!;
    await withPage(async (page, url) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${url}${v.toUpperCase()}/${c}`);
      await page.waitForURL(`**/${v}/${c}/`);
      expect(requests).toContain('/api/lookup/manifest.json');
      expect(requests).not.toContain('/api/lookup.json');
    });
  }, 120_000);
});

describe('a table cut into parts, in a browser', () => {
  it('sends an old #code link on to the part that has the row, and filters across every part', async () => {
    const vendor = vendors().find((v) => partsOf(v).length > 0)!;
    const index = JSON.parse(readFileSync(join(dist, vendor, 'codes.json'), 'utf8')) as string[][];
    const inPart2 = index[1]![0]!;
    // A synthetic code (7 digits from 7000000): no other row's text contains it.
    const inLastPart = index.at(-1)!.filter((slug) => /^70\d{5}$/.test(slug)).at(-1)!;
    await withPage(async (page, url) => {
      await page.goto(`${url}${vendor}/#${rowAnchor(inPart2)}`);
      await page.waitForURL(`**/${vendor}/codes/2/#${rowAnchor(inPart2)}`);
      expect(await page.locator(`#${rowAnchor(inPart2)}`).isVisible()).toBe(true);

      await page.goto(`${url}${vendor}/`);
      expect(await page.locator(`#${rowAnchor(inLastPart)}`).count()).toBe(0);
      await page.getByLabel('Find in table').fill(inLastPart);
      await page.locator(`#${rowAnchor(inLastPart)}:not([hidden])`).waitFor();
      expect(await page.locator('#codes tbody tr:not([hidden])').count()).toBe(1);
      expect(await page.locator('#codes tbody tr').count()).toBe(index.flat().length);
    });
  }, 120_000);

  it('keeps the list of parts to one row that scrolls sideways on a phone, every part still a link, and no axe violation', async () => {
    const vendor = vendors().find((v) => partsOf(v).length > 3)!;
    await withPage(async (page, url) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${url}${vendor}/codes/2/`);
      const list = page.locator('.table-parts ol');
      const shape = await list.evaluate((ol) => ({ height: ol.getBoundingClientRect().height, scrollWidth: ol.scrollWidth, clientWidth: ol.clientWidth }));
      // One row of links (about 38 px high), wider than the screen: wrapped, 23 parts took most of the first screen.
      expect(shape.height).toBeLessThan(60);
      expect(shape.scrollWidth).toBeGreaterThan(shape.clientWidth);
      expect(await list.locator('a').count()).toBe(partsOf(vendor).length + 1);
      const { violations } = await new AxeBuilder({ page }).include('.table-parts').analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    });
  }, 120_000);

  it('opens the row of parts at the current part on a phone, and the page at its top on a wider screen', async () => {
    const vendor = vendors().find((v) => partsOf(v).length > 3)!;
    const last = partsOf(vendor).length + 1;
    await withPage(async (page, url) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${url}${vendor}/codes/${last}/`);
      const current = page.locator('.table-parts [aria-current="page"]');
      expect(await current.count()).toBe(1);
      // The last part's link sits far right in the row; the row opens scrolled to it, and it is on screen.
      const { left, right, rowLeft, rowRight, scrolled } = await current.evaluate((a) => {
        const row = a.closest('ol')!;
        const [box, rowBox] = [a.getBoundingClientRect(), row.getBoundingClientRect()];
        return { left: box.left, right: box.right, rowLeft: rowBox.left, rowRight: rowBox.right, scrolled: row.scrollLeft };
      });
      expect(scrolled).toBeGreaterThan(0);
      expect(left).toBeGreaterThanOrEqual(rowLeft - 1);
      expect(right).toBeLessThanOrEqual(rowRight + 1);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${url}${vendor}/codes/${last}/`);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }, 120_000);
});
