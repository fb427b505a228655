/** The lookup index built from the real content/ files, as the build does (without Astro). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { codeSchema, vendorSchema } from '../../src/schema.ts';
import { compareCodes, sortVendors } from '../../src/utils/catalog-rules.ts';
import { buildLookupIndex } from '../../src/utils/lookup-index.ts';
import type { LookupIndex } from '../../src/utils/lookup/index.ts';

const root = new URL('../../content/', import.meta.url).pathname;

function frontmatter(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!m) throw new Error(`${path}: no frontmatter`);
  return parse(m[1]!);
}

/** `dir`: another content/ folder (a benchmark's copy grown with synthetic entries). */
export function contentIndex(dir = root): LookupIndex {
  const root = dir;
  const vendors = sortVendors(
    readdirSync(join(root, 'vendors'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ id: f.replace(/\.md$/, ''), data: vendorSchema.parse(frontmatter(join(root, 'vendors', f))) })),
  );
  // A vendor may have no codes yet (a layer added before its entries): no folder, no codes.
  const codes = vendors.flatMap((v) =>
    (existsSync(join(root, 'codes', v.id)) ? readdirSync(join(root, 'codes', v.id)) : [])
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => ({ data: codeSchema.parse(frontmatter(join(root, 'codes', v.id, f))) }))
      .sort((a, b) => compareCodes(a.data, b.data)),
  );
  return buildLookupIndex(vendors, codes);
}
