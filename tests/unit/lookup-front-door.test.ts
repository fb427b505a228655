/** The lookup folder has one front door: nothing outside src/utils/lookup/ imports the files beside index.ts. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('src/utils/lookup/', () => {
  it('is imported only through index.ts', () => {
    const inner = /from\s+['"][^'"]*utils\/lookup\/(?!index\.ts['"])[^'"]+['"]/;
    const offenders = [...files('src'), ...files('tests')].filter((f) => !f.startsWith('src/utils/lookup/') && inner.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps every module under 300 lines', () => {
    const long = files('src/utils/lookup').filter((f) => readFileSync(join(root, f), 'utf8').split('\n').length > 300);
    expect(long.map((f) => relative('src', f))).toEqual([]);
  });
});
