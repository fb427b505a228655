/**
 * Build-time facts about entry files: the edit link (EDIT_URL) and the date
 * each file last changed, from one `git log` for the whole content/ folder
 * (one process, not one per page). Outside a git checkout, or without git,
 * there are no dates and the pages say nothing; the build does not fail.
 */
import { execFileSync } from 'node:child_process';
import { editUrl, lastChanged } from '../utils/entry-meta.ts';

let dates: Map<string, string> | undefined;

/** ISO date-time of the last commit that changed `filePath` (relative to the project), if known. */
export function lastUpdated(filePath: string): string | undefined {
  if (!dates) {
    try {
      const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
      dates = lastChanged(log);
    } catch {
      dates = new Map();
    }
  }
  return dates.get(filePath);
}

/** "Edit this page" for an entry file, when the build is given EDIT_URL. */
export function entryEditUrl(filePath: string): string | undefined {
  return editUrl(process.env.EDIT_URL, filePath);
}
