/**
 * What a permalink says about its own file: where to edit it and when it last
 * changed. Pure: src/data/entry-meta.ts runs git and reads the environment.
 */

/**
 * The repository's edit URL for an entry file, or nothing when the build was
 * not given one. `editBase` is the prefix that a path in the repository
 * completes (GitHub: https://github.com/org/repo/edit/main/). Throws, naming
 * the variable, when it is not an http(s) URL: a broken link on every page is
 * worse than a failed build.
 */
export function editUrl(editBase: string | undefined, filePath: string, variable = 'EDIT_URL'): string | undefined {
  if (!editBase) return undefined;
  let url: URL;
  try {
    url = new URL(editBase);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${variable}: "${editBase}" is not an http(s) URL; expected the prefix of an edit link, like https://github.com/org/repo/edit/main/`);
  }
  const prefix = editBase.endsWith('/') ? editBase : `${editBase}/`;
  return prefix + filePath.split('/').map(encodeURIComponent).join('/');
}

/**
 * Reads `git log --format=%x00%cI --name-only` (newest first) into the date
 * each file last changed: the first commit that names a file is its latest.
 */
export function lastChanged(gitLog: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of gitLog.split('\0')) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim());
    if (!date || !/^\d{4}-\d{2}-\d{2}T/.test(date)) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}
