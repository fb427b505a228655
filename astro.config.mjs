// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentStoreFromDisk } from './src/build/content-store-from-disk.ts';

/** Sub-path the site is served under, e.g. BASE_PATH=/docs/push/ (default: the root). */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // Where the site is published, e.g. SITE_URL=https://errors.example.com: enables
  // canonical links and sitemap-index.xml. Without it every link stays root-relative.
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  // contentStoreFromDisk: pages read the content store from disk instead of a 21 MB bundled
  // chunk at 20,000 entries. package.json's build scripts also give astro build a heap limit,
  // which makes V8 collect sooner, and MIMALLOC_PURGE_DELAY=0, which makes the allocator of
  // Astro's and Rolldown's native code hand freed memory back at once instead of holding it
  // through page generation (tests/bench/README.md, "Scale, twelfth pass"). On Node 24 they also
  // cap V8's young generation at 8 MB a semi-space: Node 24 let the heap grow to about 575 MB
  // before its first full collection in page generation. The limit is 1 GB since the codes'
  // loader reads files synchronously (src/build/entry-files-loader.ts): with 1.5 GB that peaked
  // at 821–967 MB at 20,000 entries, with 1 GB at 796–831 MB ("Scale, fourteenth pass").
  // Rolldown's threads are capped at one worker, two blocking threads and one Rayon thread: with
  // its defaults the peak moved between 862 and 1,102 MB from one build to the next, capped it
  // stayed at 792–800 MB in the same time ("Scale, sixteenth pass").
  // The /code/ page of a code no other entry shares is written by the build's second step
  // (src/cli/finish-build.ts), as a link on to its permalink (src/utils/value-redirects.ts).
  // A sitemap needs absolute URLs, so only with SITE_URL.
  integrations: [mdx(), contentStoreFromDisk(), ...(process.env.SITE_URL ? [sitemap()] : [])],
  // Astro's console output without its line per generated page (40,000 at 20,000 entries):
  // src/build/build-logger.ts. Warnings, errors and the build's summary are printed as before.
  logger: { entrypoint: './src/build/build-logger.ts' },
  // Example responses in code entries are a few lines of JSON: Shiki's inline
  // colour styles would double a permalink's weight and ignore dark mode.
  markdown: { syntaxHighlight: false },
  // Astro 7 defaults to 'jsx', which drops the whitespace between elements:
  // Pagefind then reads adjacent table cells as one word. `true` is HTML-aware:
  // a run of whitespace becomes one space, so cells stay apart (pagefind-index.spec.ts)
  // and a permalink sheds its indentation (about 115 B gzipped).
  compressHTML: true,
  build: {
    // Eight pages at a time: while pages' folders and files are written (Astro awaits each
    // write: about 13 s of an idle main thread at 20,000 entries, one page at a time), others
    // render. Same pages. At 20,000 entries, cold, alternated with 2 (thirteenth pass): page
    // generation 28.2, 26.9, 24.8 s against 32.4, 27.9, 26.1 s; peak 730-742 MB against
    // 733-812 MB (tests/bench/README.md, "Scale, thirteenth pass").
    concurrency: 8,
    format: 'directory',
    // One cached stylesheet instead of CSS repeated inline in every page, and
    // no inline script: the site must run under a strict CSP.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
