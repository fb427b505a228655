/**
 * Which built pages Pagefind reads. Only permalinks (`/<vendor>/<code>/`)
 * carry `data-pagefind-body`, so Pagefind indexes nothing else; but it still
 * parses and holds every page it is given until it has seen them all. At
 * 20,000 entries the every-vendor value pages (`/code/<value>/`) are half the
 * site, and leaving them out lowers Pagefind's peak memory by about 250 MB
 * with a byte-for-byte identical index (tests/bench/README.md, fourth pass).
 */
import { codeValuePath } from './urls.ts';

/** Top-level folders whose two-level pages are not permalinks: the value pages (`code`). */
export const NOT_PERMALINK_FOLDERS: readonly string[] = [codeValuePath('0').split('/')[1]!];

/**
 * Pagefind's `--glob` (relative to the site folder) for every `<folder>/<page>/index.html`
 * under the given top-level folders of the built site, except the value pages.
 * Every other folder is kept, so a new vendor is indexed without a change here.
 */
export function permalinkGlob(topLevelFolders: readonly string[]): string {
  const folders = topLevelFolders.filter((name) => !NOT_PERMALINK_FOLDERS.includes(name)).sort();
  for (const name of folders) {
    // Glob syntax inside a name would silently widen or narrow what is indexed.
    if (!/^[A-Za-z0-9._-]+$/.test(name)) {
      throw new Error(`search index: the built site's folder "${name}" has characters a Pagefind glob cannot list (expected letters, digits, ".", "_" or "-")`);
    }
  }
  if (folders.length === 0) throw new Error('search index: the built site has no folders, so no permalink to index (was the site built?)');
  return `{${folders.join(',')}}/*/index.html`;
}
