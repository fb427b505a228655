/**
 * Content collections. The schemas live in src/schema.ts (shared with the
 * importer); cross-entry rules (unknown vendor, duplicate code, dangling
 * related link) are checked in src/data/load-catalog.ts, because Astro only logs a
 * missing reference() instead of failing the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryFiles } from './build/entry-files-loader.ts';
import { codeSchema, vendorSchema } from './schema.ts';

const vendors = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/vendors' }),
  schema: vendorSchema,
});

const codes = defineCollection({
  // Ids are the file path without extension ("xiaomi/-1", "apns/BadCertificate"):
  // the default slugger would lowercase and strip characters codes need. glob() itself,
  // but reading files synchronously in a build (src/build/entry-files-loader.ts says why).
  loader: entryFiles({ pattern: '**/*.{md,mdx}', base: './content/codes', generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
  schema: codeSchema,
});

export const collections = { vendors, codes };
