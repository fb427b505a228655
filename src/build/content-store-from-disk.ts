/**
 * A build-only integration: the prerendered pages read Astro's content store
 * (node_modules/.astro/data-store.json) from disk when they run, instead of
 * Astro bundling the whole store into a JavaScript chunk as one string.
 *
 * Why: at 20,000 entries the store is 19.5 MB of JSON; bundled, it went
 * through Rolldown as a 21 MB string literal (parsed, transformed, rendered,
 * written) and through V8 again as module source, which set the build's peak
 * resident memory (tests/bench/README.md, "Where the memory goes"). The pages
 * get the same store (the same JSON, unflattened as Astro does it); only a
 * static build does this, since its chunks run once, here, and are deleted.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const STORE_IMPORT = /^astro:data-layer-content$/;
const OWN_ID = 'virtual:content-store-from-disk';

export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Chunked storage (experimental.collectionStorage) has its own module layout: leave it alone.
        const singleFile = (config.experimental.collectionStorage ?? 'single-file') === 'single-file';
        if (command !== 'build' || config.output !== 'static' || !singleFile) return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        // The devalue Astro itself reads the store with.
        const devalue = createRequire(createRequire(import.meta.url).resolve('astro/package.json')).resolve('devalue');
        updateConfig({
          vite: {
            // An alias, because Astro's own plugin (also `enforce: 'pre'`, and first) answers the import otherwise.
            resolve: { alias: [{ find: STORE_IMPORT, replacement: OWN_ID }] },
            plugins: [
              {
                name: 'content-store-from-disk',
                resolveId: { filter: { id: new RegExp(`^${OWN_ID}$`) }, handler: (id) => `\0${id}` },
                load: {
                  filter: { id: new RegExp(`^\0${OWN_ID}$`) },
                  handler: () =>
                    [
                      `import { existsSync, readFileSync } from 'node:fs';`,
                      `import { unflatten } from ${JSON.stringify(devalue)};`,
                      `const file = ${JSON.stringify(storeFile)};`,
                      // The Map Astro would unflatten from its own module, built here so that the
                      // flattened array (24 MB of heap at 20,000 entries) is not kept by this module's export.
                      `export default existsSync(file) ? unflatten(JSON.parse(readFileSync(file, 'utf8'))) : new Map();`,
                    ].join('\n'),
                },
              },
            ],
          },
        });
      },
    },
  };
}
