import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeLoneCodePages } from '../../src/build/lone-code-pages.ts';

const vendors = [{ slug: 'xiaomi', name: 'Xiaomi' }, { slug: 'vivo', name: 'vivo' }];
const code = (vendor: string, value: string) => ({ vendor, code: value, httpStatus: null, url: `/${vendor}/${value.toLowerCase()}/` });

let site = '';
function builtSite(codes: ReturnType<typeof code>[]): string {
  site = mkdtempSync(join(tmpdir(), 'lone-code-pages-'));
  mkdirSync(join(site, 'api'));
  writeFileSync(join(site, 'api/codes.json'), JSON.stringify({ vendors, codes }));
  return site;
}
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('writeLoneCodePages', () => {
  it('writes a page for each value one entry has, and none for a shared value', () => {
    const dir = builtSite([code('xiaomi', '10001'), code('xiaomi', '-1'), code('vivo', '-1')]);
    expect(writeLoneCodePages(dir)).toBe(1);
    expect(readFileSync(join(dir, 'code/10001/index.html'), 'utf8')).toContain('<a href="/xiaomi/10001/">Xiaomi 10001</a>');
    expect(existsSync(join(dir, 'code/-1/index.html'))).toBe(false);
  });

  it('can run again on the same build', () => {
    const dir = builtSite([code('xiaomi', '10001')]);
    expect(writeLoneCodePages(dir)).toBe(1);
    expect(writeLoneCodePages(dir)).toBe(1);
  });

  it('fails, naming the page, when the value page was already built', () => {
    const dir = builtSite([code('xiaomi', '10001')]);
    mkdirSync(join(dir, 'code/10001'), { recursive: true });
    writeFileSync(join(dir, 'code/10001/index.html'), 'built by Astro');
    expect(() => writeLoneCodePages(dir)).toThrow(`${join(dir, 'code/10001/index.html')} was already built by src/pages/code/[code]/`);
    expect(readFileSync(join(dir, 'code/10001/index.html'), 'utf8')).toBe('built by Astro');
  });

  it('fails, naming the file, when the site has no api/codes.json', () => {
    const dir = builtSite([]);
    rmSync(join(dir, 'api/codes.json'));
    expect(() => writeLoneCodePages(dir)).toThrow(`${join(dir, 'api/codes.json')} was not built`);
    writeFileSync(join(dir, 'api/codes.json'), '{"codes": [');
    expect(() => writeLoneCodePages(dir)).toThrow(`${join(dir, 'api/codes.json')} is not JSON`);
  });
});
