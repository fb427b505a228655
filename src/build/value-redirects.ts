/**
 * A build-only integration: after Astro has written the site, writes the
 * `/code/<value>/` page of every lone code (src/utils/value-redirects.ts says
 * which and why) from the built api/codes.json. The value page's route
 * (src/pages/code/[code]/) leaves these values out with the same rule, so each
 * value has exactly one page; a value with both fails the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loneCodeRedirects, redirectPage } from '../utils/value-redirects.ts';
import { codeValuePath } from '../utils/urls.ts';
import { inParallel } from '../utils/in-parallel.ts';

// Writes in flight at once: enough to keep both cores and the disk busy (19,955 files at
// 20,000 entries took about 4 s one by one, tests/bench/README.md, fifth pass).
const WRITES_IN_FLIGHT = 32;

export function valueRedirects(): AstroIntegration {
  return {
    name: 'value-redirects',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = join(outDir, 'api/codes.json');
        if (!existsSync(file)) throw new Error(`value-redirects: ${file} was not built, so the /code/ pages of lone codes cannot be written`);
        const redirects = loneCodeRedirects(JSON.parse(readFileSync(file, 'utf8')), file);
        await inParallel(redirects, WRITES_IN_FLIGHT, async (r) => {
          // The folder Astro would give the route's page (its path, decoded).
          const folder = join(outDir, decodeURIComponent(codeValuePath(r.code)));
          const page = join(folder, 'index.html');
          await mkdir(folder, { recursive: true });
          // 'wx' fails if Astro already wrote the page: the check and the write in one call.
          await writeFile(page, redirectPage(r), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'EEXIST') throw error;
            throw new Error(`value-redirects: ${page} was already built by src/pages/code/[code]/, which should leave out lone codes such as "${r.code}"`);
          });
        });
        logger.info(`${redirects.length} /code/ pages of lone codes sent on to their permalinks`);
      },
    },
  };
}
