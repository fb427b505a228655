/**
 * The Pagefind index on its own, without the exact lookup in front of it:
 * codes and words must be findable as separate words. (Astro 7's default
 * compressHTML: 'jsx' glues adjacent elements' text together, which makes
 * Pagefind index "80100016Huawei" as one word.)
 */
import { expect, test } from '@playwright/test';

test('Pagefind finds codes and description words on permalink pages', async ({ page }) => {
  await page.goto('search/');
  const found = await page.evaluate(async () => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    const top = async (q: string) => {
      const { results } = await pagefind.search(q);
      return Promise.all(results.slice(0, 5).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
    };
    return {
      code: await top('80100016'),
      name: await top('SENDER_ID_MISMATCH'),
      words: await top('fingerprint certificate'),
      vendorPage: await top('System busy'),
    };
  });
  expect(found.code[0]).toBe('/huawei/80100016/');
  expect(found.name[0]).toBe('/fcm/sender_id_mismatch/');
  // Two pages are about the certificate fingerprint (Huawei 6003 and the HMS Core 907135702 added
  // from Huawei's docs); the words must find the first among the top answers, whichever ranks first.
  expect(found.words.slice(0, 2)).toContain('/huawei/6003/');
  expect(found.words[0]).toMatch(/^\/huawei\/(6003|907135702)\/$/);
  // Only permalinks are indexed: a vendor table would otherwise outrank its own codes.
  expect(found.vendorPage).toContain('/xiaomi/10002/');
  expect(found.vendorPage).not.toContain('/xiaomi/');
});

test('table cells keep whitespace between them, so indexed text never glues a code to its meaning', async ({ request }) => {
  const html = await (await request.get('vivo/')).text();
  const row = /<tr id="code-10070"[\s\S]*?<\/tr>/.exec(html)?.[0];
  expect(row).toBeDefined();
  // With compressHTML: 'jsx' this reads "</th><td": Pagefind would index "10070Message-sending".
  expect(row).not.toMatch(/<\/t[hd]><t[hd]/);
  expect(row).toMatch(/<\/th>\s+<td/);
});

test('a permalink is indexed by what it says of its code, not by what every permalink says alike', async ({ page }) => {
  await page.goto('search/');
  const content = await page.evaluate(async () => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    const { results } = await pagefind.search('10001');
    for (const r of results) {
      const data = await r.data();
      if (data.url === '/xiaomi/10001/') return data.content as string;
    }
    return '';
  });
  // The meaning, the action and the advice are full text…
  expect(content).toContain('System error');
  expect(content).toContain('Retry with back-off');
  expect(content).toMatch(/pause that doubles/);
  // …the facts every page has (category, retry, what the reading is based on, the source line, the vendor docs
  // link, the meaning's citation) are not: they matched thousands of pages alike and took half of Pagefind's memory.
  for (const chrome of ['Based on', "The site's own reading", 'Source document, line', 'of the imported text', 'Vendor docs', 'Can help (see below']) expect(content).not.toContain(chrome);
});
