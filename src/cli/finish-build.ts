/**
 * `node src/cli/finish-build.ts <site>`: the build's second step, on the site
 * `astro build` wrote. Pagefind's own CLI indexes the permalinks only
 * (src/utils/search-index.ts says why), so its options, output and errors stay
 * Pagefind's own; it runs in a child process, and while it does, this process
 * writes the files derived from the built site, on the machine's other core
 * instead of inside Astro's page generation, one step after another:
 * the /code/ pages of lone codes (src/build/lone-code-pages.ts; about 20,000
 * small files at 20,000 entries) and the lookup's shards (src/build/lookup-files.ts;
 * cutting them sizes candidates with gzip, about 4 s of CPU at 20,000 entries).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { permalinkGlob } from '../utils/search-index.ts';
import { writeLoneCodePages } from '../build/lone-code-pages.ts';
import { writeLookupFiles } from '../build/lookup-files.ts';

const site = process.argv[2];
if (!site || !existsSync(site)) {
  console.error(`finish build: no built site at "${site ?? ''}" (usage: node src/cli/finish-build.ts <site folder>)`);
  process.exit(1);
}
const folders = readdirSync(site, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const glob = permalinkGlob(folders);
// The script behind `npx pagefind` (its package.json "bin"), beside the module Pagefind exports.
const bin = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
const pagefind = spawn(process.execPath, [bin, '--site', site, '--glob', glob], { stdio: 'inherit' });
const indexed = new Promise<number>((resolve) => {
  pagefind.on('error', (error) => {
    console.error(`finish build: Pagefind did not start: ${error.message}`);
    resolve(1);
  });
  pagefind.on('close', (code) => resolve(code ?? 1));
});

let failed = false;
for (const write of [
  () => `[lone-code pages] ${writeLoneCodePages(site)} /code/ pages of lone codes sent on to their permalinks`,
  () => `[lookup files] ${writeLookupFiles(site)} files of the lookup index in api/lookup/`,
]) {
  try {
    console.log(write());
  } catch (error) {
    console.error(`finish build: ${(error as Error).message}`);
    failed = true;
  }
}
const status = await indexed;
process.exit(failed ? 1 : status);
