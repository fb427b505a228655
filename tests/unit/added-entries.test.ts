/**
 * Codes added beyond the source document (new layers and manufacturer codes
 * from the vendors' own pages): each carries its source, and every other
 * spelling (alias) leads to exactly one page of its vendor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/utils/import-entries.ts';
import { codeSchema, type CodeEntry } from '../../src/schema.ts';
import { fromVendorDocs, vendorFromDocument } from '../../src/utils/catalog-rules.ts';
import { codeSlug } from '../../src/utils/urls.ts';

const CODES = new URL('../../content/codes/', import.meta.url).pathname;
const entries = readdirSync(CODES).flatMap((vendor) =>
  readdirSync(join(CODES, vendor)).map((file) => ({ file: `${vendor}/${file}`, data: codeSchema.parse(splitFrontmatter(readFileSync(join(CODES, vendor, file), 'utf8')).data) as CodeEntry })),
);
const added = entries.filter((e) => fromVendorDocs(e.data));
const hostOf = (url: string) => new URL(url).hostname;

describe('codes added from vendor docs', () => {
  it('include every code of the layers added beyond the source document', () => {
    const inAddedLayers = entries.filter((e) => !vendorFromDocument(e.data.vendor));
    expect(inAddedLayers.length).toBeGreaterThan(0);
    for (const e of inAddedLayers) expect(fromVendorDocs(e.data), `${e.file} has source lines but its layer is not in the document`).toBe(true);
  });

  it('each have a source page, and every meaning quotes the vendor with its link', () => {
    for (const { file, data } of added) {
      expect(data.docsUrl, file).toMatch(/^https:\/\//);
      expect(data.descriptions.length, file).toBeGreaterThan(0);
      for (const d of data.descriptions) {
        expect(d.from, file).toBe('vendor');
        expect(d.url, file).toMatch(/^https:\/\//);
      }
    }
  });

  it('follow the guidance rules: success means nothing to do, a dead token is never retried, a retry is retryable', () => {
    for (const { file, data } of added) {
      if (data.category === 'success') expect(data.action, file).toBe('nothing');
      if (data.action === 'remove-token') expect(data.retryable, file).toBe(false);
      if (data.action.startsWith('retry-')) expect(data.retryable, file).toBe(true);
      if (data.guidance.from === 'vendor') expect(hostOf(data.guidance.url!), file).toBe(hostOf(data.docsUrl!));
    }
  });
});

describe('aliases', () => {
  const byVendor = new Map<string, typeof entries>();
  for (const e of entries) byVendor.set(e.data.vendor, [...(byVendor.get(e.data.vendor) ?? []), e]);

  it('each lead to exactly one page of their vendor', () => {
    for (const { file, data } of entries) {
      for (const alias of data.aliases) {
        const text = codeSlug(alias.text);
        const pages = byVendor.get(data.vendor)!.filter((o) => codeSlug(o.data.code) === text || codeSlug(o.data.name ?? '') === text || o.data.aliases.some((a) => codeSlug(a.text) === text));
        expect(pages.map((p) => p.file), `${file}: alias "${alias.text}"`).toEqual([file]);
      }
    }
  });

  it('each say where the spelling comes from, with a link', () => {
    for (const { file, data } of entries) {
      for (const alias of data.aliases) {
        expect(alias.source, file).not.toBe('');
        expect(alias.url, file).toMatch(/^https:\/\//);
      }
    }
  });
});
