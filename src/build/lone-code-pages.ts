/**
 * A build-only integration: after Astro has written the site, writes the
 * `/code/<value>/` page of every lone code (src/utils/value-redirects.ts says
 * which and why) from the built api/codes.json. The value page's route
 * (src/pages/code/[code]/) leaves these values out with the same rule, so each
 * value has exactly one page; a value with both fails the build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loneCodeRedirects, redirectPage } from '../utils/value-redirects.ts';
import { codeValuePath } from '../utils/urls.ts';

export function valueRedirects(): AstroIntegration {
  return {
    name: 'value-redirects',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = join(outDir, 'api/codes.json');
        if (!existsSync(file)) throw new Error(`value-redirects: ${file} was not built, so the /code/ pages of lone codes cannot be written`);
        const redirects = loneCodeRedirects(JSON.parse(readFileSync(file, 'utf8')), file);
        for (const r of redirects) {
          // The folder Astro would give the route's page (its path, decoded).
          const folder = join(outDir, decodeURIComponent(codeValuePath(r.code)));
          const page = join(folder, 'index.html');
          mkdirSync(folder, { recursive: true });
          // 'wx' fails if Astro already wrote the page: the check and the write in one call.
          try {
            writeFileSync(page, redirectPage(r), { flag: 'wx' });
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
            throw new Error(`value-redirects: ${page} was already built by src/pages/code/[code]/, which should leave out lone codes such as "${r.code}"`);
          }
        }
        logger.info(`${redirects.length} /code/ pages of lone codes sent on to their permalinks`);
      },
    },
  };
}
