/**
 * `node src/cli/search-index.ts <site>`: the build's second step, Pagefind's
 * own CLI over the permalinks only (src/utils/search-index.ts says why), so its
 * options, output and errors stay Pagefind's own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { permalinkGlob } from '../utils/search-index.ts';

const site = process.argv[2];
if (!site || !existsSync(site)) {
  console.error(`search index: no built site at "${site ?? ''}" (usage: node src/cli/search-index.ts <site folder>)`);
  process.exit(1);
}
const folders = readdirSync(site, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const glob = permalinkGlob(folders);
// The script behind `npx pagefind` (its package.json "bin"), beside the module Pagefind exports.
const bin = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
const run = spawnSync(process.execPath, [bin, '--site', site, '--glob', glob], { stdio: 'inherit' });
process.exit(run.status ?? 1);
