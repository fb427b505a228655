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
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { addSyntheticEntries } from '../helpers/synthetic-entries.ts';
import { permalinkPath, rowAnchor, vendorPartPath } from '../../src/utils/urls.ts';

const ENTRIES = 2500;
const BUDGET = 12 * 1024;

let project: FixtureProject;
let dist: string;
beforeAll(() => {
  project = fixtureProject();
  addSyntheticEntries(project.dir, ENTRIES);
  const { status, output } = project.build();
  if (status !== 0) throw new Error(output.slice(-3000));
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
